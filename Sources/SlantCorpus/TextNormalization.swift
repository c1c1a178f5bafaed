/// What every reader does to text before scoring: a leading byte order mark dropped, line ends
/// (`\r\n`, `\r`) made `\n`, so a file saved on Windows or classic Mac OS scores as the same text.
public enum TextNormalization {
    /// UTF-8's byte order mark, EF BB BF.
    public static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

    /// `bytes` without a leading byte order mark.
    public static func droppingByteOrderMark(_ bytes: [UInt8]) -> [UInt8] {
        bytes.starts(with: byteOrderMark) ? Array(bytes.dropFirst(3)) : bytes
    }

    /// `bytes` with `\r\n` and lone `\r` written as `\n`; the same array when it has no `\r`.
    ///
    /// - Complexity: O(n), one pass.
    public static func lineEnds(_ bytes: [UInt8]) -> [UInt8] {
        let carriageReturn = UInt8(ascii: "\r"), lineFeed = UInt8(ascii: "\n")
        guard bytes.contains(carriageReturn) else { return bytes }
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == carriageReturn {
                result.append(lineFeed)
                if index + 1 < bytes.count && bytes[index + 1] == lineFeed { index += 1 }
            } else {
                result.append(byte)
            }
            index += 1
        }
        return result
    }

    /// Whether the text holds only spaces, tabs and line ends.
    public static func isBlank(_ bytes: [UInt8]) -> Bool {
        bytes.allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }
    }

    /// The offset of the first byte that does not start a well-formed UTF-8 sequence, or `nil`:
    /// the same offset as the generic version, checked with the table of well-formed byte
    /// sequences (The Unicode Standard, Table 3-7) and ASCII skipped eight bytes at a time.
    public static func firstInvalidUTF8(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        guard let base = bytes.baseAddress else { return nil }
        let count = bytes.count
        var index = 0
        while index < count {
            while index + 8 <= count,
                  UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                index += 8
            }
            guard index < count else { break }
            if bytes[index] < 0x80 {
                index += 1
                continue
            }
            guard let length = wellFormedSequenceLength(at: index, in: bytes) else { return index }
            index += length
        }
        return nil
    }

    /// The length of the well-formed UTF-8 sequence of two to four bytes at `index`, whose lead
    /// byte is 0x80 or more, or `nil` when the bytes there are no such sequence (The Unicode
    /// Standard, Table 3-7).
    @inline(__always)
    static func wellFormedSequenceLength(at index: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        // The allowed range of the second byte, and the sequence's length.
        let second: ClosedRange<UInt8>, length: Int
        switch bytes[index] {
        case 0xC2...0xDF: (second, length) = (0x80...0xBF, 2)
        case 0xE0: (second, length) = (0xA0...0xBF, 3)
        case 0xE1...0xEC, 0xEE...0xEF: (second, length) = (0x80...0xBF, 3)
        case 0xED: (second, length) = (0x80...0x9F, 3)
        case 0xF0: (second, length) = (0x90...0xBF, 4)
        case 0xF1...0xF3: (second, length) = (0x80...0xBF, 4)
        case 0xF4: (second, length) = (0x80...0x8F, 4)
        default: return nil
        }
        guard index + length <= bytes.count, second.contains(bytes[index + 1]) else { return nil }
        for offset in 2..<length where bytes[index + offset] & 0xC0 != 0x80 { return nil }
        return length
    }

    /// The offset of the first byte that does not start a well-formed UTF-8 sequence, or `nil`.
    public static func firstInvalidUTF8(_ bytes: some Collection<UInt8>) -> Int? {
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes.makeIterator()
        var offset = 0
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let encoded): offset += encoded.count
            case .error: return offset
            case .emptyInput: return nil
            }
        }
    }
}
