/// A place where a document's bytes are not well-formed UTF-8.
///
/// Slant's policy: ill-formed bytes never stop tokenization. They stay in place (token byte
/// ranges still rebuild the input exactly), each maximal ill-formed subpart counts as one
/// scalar and reads as U+FFFD in normalized keys and in text shown to people, and every such
/// place is reported here with its byte offset.
public struct InvalidUTF8Sequence: Sendable, Hashable, CustomStringConvertible {
    /// Offset of the first ill-formed byte.
    public let byteOffset: Int
    /// How many bytes form this maximal ill-formed subpart (1 to 3).
    public let length: Int

    public var description: String { "ill-formed UTF-8 at byte \(byteOffset) (\(length) byte(s)), read as U+FFFD" }
}

/// Decoding steps over UTF-8 that follow Unicode's "maximal subpart" practice (Unicode 15,
/// §3.9, Table 3-8), the same one ICU's UTF-8 UText and Python's `errors="replace"` use.
@usableFromInline
enum UTF8Decoding {
    /// The scalar at `index` and how many bytes it takes; ill-formed bytes give U+FFFD and the
    /// length of their maximal subpart.
    @inlinable
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (scalar: UInt32, length: Int, valid: Bool) {
        let lead = bytes[index]
        if lead < 0x80 { return (UInt32(lead), 1, true) }
        let count: Int
        var lower: UInt8 = 0x80
        var upper: UInt8 = 0xBF
        var value: UInt32
        switch lead {
        case 0xC2...0xDF: count = 2; value = UInt32(lead & 0x1F)
        case 0xE0: count = 3; lower = 0xA0; value = UInt32(lead & 0x0F)
        case 0xE1...0xEC, 0xEE...0xEF: count = 3; value = UInt32(lead & 0x0F)
        case 0xED: count = 3; upper = 0x9F; value = UInt32(lead & 0x0F)
        case 0xF0: count = 4; lower = 0x90; value = UInt32(lead & 0x07)
        case 0xF1...0xF3: count = 4; value = UInt32(lead & 0x07)
        case 0xF4: count = 4; upper = 0x8F; value = UInt32(lead & 0x07)
        default: return (0xFFFD, 1, false)
        }
        var offset = 1
        while offset < count {
            let position = index + offset
            guard position < bytes.count else { return (0xFFFD, offset, false) }
            let byte = bytes[position]
            guard byte >= lower && byte <= upper else { return (0xFFFD, offset, false) }
            value = value << 6 | UInt32(byte & 0x3F)
            lower = 0x80
            upper = 0xBF
            offset += 1
        }
        return (value, count, true)
    }

    /// Every maximal ill-formed subpart in `bytes`, in order.
    static func invalidSequences(in bytes: UnsafeBufferPointer<UInt8>) -> [InvalidUTF8Sequence] {
        var found: [InvalidUTF8Sequence] = []
        var index = 0
        let count = bytes.count
        while index < count {
            // Skip ASCII eight bytes at a time.
            while index + 8 <= count,
                  UnsafeRawPointer(bytes.baseAddress! + index).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                index += 8
            }
            guard index < count else { break }
            let step = decode(bytes, at: index)
            if !step.valid { found.append(InvalidUTF8Sequence(byteOffset: index, length: step.length)) }
            index += step.length
        }
        return found
    }

    /// The number of scalars in `bytes[range]`. When the text is known to be well-formed this
    /// counts lead bytes; otherwise it decodes.
    @inlinable
    static func scalarCount(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, wellFormed: Bool) -> Int {
        var scalars = 0
        if wellFormed {
            for index in range where bytes[index] & 0xC0 != 0x80 { scalars += 1 }
            return scalars
        }
        var index = range.lowerBound
        while index < range.upperBound {
            index += decode(bytes, at: index).length
            scalars += 1
        }
        return scalars
    }
}
