/// The compact form of bootstrap replicate arrays in report files: one string instead of a
/// JSON array of hundreds of numbers, still exact, so reports merge to the bit.
///
/// `"zd1:"` followed by base64 of the values' successive differences (the first value as
/// itself), each zigzag-mapped and written as an unsigned LEB128 varint. Replicates of one
/// figure lie close together, so most differences take one or two bytes: an array of 1,000
/// sums in units of 10⁻⁹ shrinks from about 12 KB of JSON digits to 3–4 KB, and reading it is
/// one string instead of 1,000 numbers. Differences wrap modulo 2⁶⁴ and so do the sums that
/// undo them, so every `Int64` comes back exactly.
///
/// Readers accept both this string and the plain JSON array (reports written before it).
enum ReplicateCoding {
    /// Marks the encoding and its version.
    static let prefix = "zd1:"

    /// The string form of `values`.
    static func encode<Values: Collection>(_ values: Values) -> String where Values.Element: BinaryInteger {
        var varints: [UInt8] = []
        varints.reserveCapacity(values.count * 2)
        appendVarints(values, to: &varints)
        var text = Array(prefix.utf8)
        appendBase64(varints, to: &text, escapingSlash: false)
        return String(decoding: text, as: UTF8.self)
    }

    /// Appends the zigzag LEB128 varints of `values`' successive differences.
    static func appendVarints<Values: Collection>(_ values: Values, to bytes: inout [UInt8]) where Values.Element: BinaryInteger {
        var previous: Int64 = 0
        for value in values {
            let current = Int64(truncatingIfNeeded: value)
            let difference = current &- previous
            previous = current
            var zigzag = UInt64(bitPattern: (difference << 1) ^ (difference >> 63))
            while zigzag >= 0x80 {
                bytes.append(UInt8(truncatingIfNeeded: zigzag) | 0x80)
                zigzag >>= 7
            }
            bytes.append(UInt8(zigzag))
        }
    }

    /// The base64 alphabet of RFC 4648 §4, as `Data.base64EncodedString()` writes it.
    static let base64Alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)

    /// Appends base64 of `source`, padded with `=`; `/` as `\/` when `escapingSlash` (inside JSON).
    static func appendBase64(_ source: [UInt8], to bytes: inout [UInt8], escapingSlash: Bool) {
        @inline(__always) func put(_ sextet: UInt32) {
            let character = base64Alphabet[Int(sextet & 0x3F)]
            if escapingSlash && character == UInt8(ascii: "/") { bytes.append(UInt8(ascii: "\\")) }
            bytes.append(character)
        }
        var index = 0
        while index + 3 <= source.count {
            let group = UInt32(source[index]) << 16 | UInt32(source[index + 1]) << 8 | UInt32(source[index + 2])
            put(group >> 18); put(group >> 12); put(group >> 6); put(group)
            index += 3
        }
        switch source.count - index {
        case 1:
            let group = UInt32(source[index]) << 16
            put(group >> 18); put(group >> 12)
            bytes.append(contentsOf: [UInt8(ascii: "="), UInt8(ascii: "=")])
        case 2:
            let group = UInt32(source[index]) << 16 | UInt32(source[index + 1]) << 8
            put(group >> 18); put(group >> 12); put(group >> 6)
            bytes.append(UInt8(ascii: "="))
        default: break
        }
    }

    /// The values of the base64 text after the prefix (`"zd1:"` already checked), or `nil` when
    /// it is not padded base64 of whole varints. Writes into `values`, whose old contents go.
    static func decode(base64 text: UnsafeBufferPointer<UInt8>, into values: inout [Int64]) -> Bool {
        values.removeAll(keepingCapacity: true)
        guard text.count % 4 == 0 else { return false }
        var previous: Int64 = 0
        var zigzag: UInt64 = 0
        var shift: UInt64 = 0
        var index = 0
        while index < text.count {
            var group: UInt32 = 0
            var bytesInGroup = 3
            for offset in 0..<4 {
                let character = text[index + offset]
                let sextet = base64Values[Int(character)]
                if sextet == 0xFF {
                    // Padding: only at the end, one or two of it.
                    guard character == UInt8(ascii: "="), index + 4 == text.count, offset >= 2 else { return false }
                    if offset == 2 { guard text[index + 3] == UInt8(ascii: "=") else { return false } }
                    bytesInGroup = offset - 1
                    break
                }
                group |= UInt32(sextet) << (18 - 6 * UInt32(offset))
            }
            for byteIndex in 0..<bytesInGroup {
                let byte = UInt8(truncatingIfNeeded: group >> (16 - 8 * UInt32(byteIndex)))
                guard shift < 64 else { return false }
                zigzag |= UInt64(byte & 0x7F) << shift
                if byte & 0x80 != 0 {
                    shift += 7
                    continue
                }
                let difference = Int64(bitPattern: (zigzag >> 1) ^ (0 &- (zigzag & 1)))
                previous = previous &+ difference
                values.append(previous)
                zigzag = 0
                shift = 0
            }
            index += 4
        }
        return shift == 0
    }

    /// Sextet of each byte in the base64 alphabet; 0xFF for bytes outside it.
    static let base64Values: [UInt8] = {
        var table = [UInt8](repeating: 0xFF, count: 256)
        for (value, character) in base64Alphabet.enumerated() { table[Int(character)] = UInt8(value) }
        return table
    }()

    /// The values of a string made by ``encode(_:)``, or `nil` when it is not one.
    static func decode(_ text: String) -> [Int64]? {
        guard text.hasPrefix(prefix) else { return nil }
        var values: [Int64] = []
        let body = Array(text.utf8.dropFirst(prefix.utf8.count))
        let decoded = body.withUnsafeBufferPointer { decode(base64: $0, into: &values) }
        return decoded ? values : nil
    }
}

extension KeyedDecodingContainer {
    /// Replicates stored under `key` in either form (see ``ReplicateCoding``); empty when absent.
    func decodeReplicates(forKey key: Key) throws -> [Int64] {
        guard contains(key) else { return [] }
        if let text = try? decode(String.self, forKey: key) {
            guard let values = ReplicateCoding.decode(text) else {
                throw DecodingError.dataCorruptedError(forKey: key, in: self,
                    debugDescription: "expected replicates as \"\(ReplicateCoding.prefix)\" and base64, or as a list of integers")
            }
            return values
        }
        return try decode([Int64].self, forKey: key)
    }
}
