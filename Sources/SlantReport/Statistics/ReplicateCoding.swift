public import Foundation

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
        var bytes: [UInt8] = []
        bytes.reserveCapacity(values.count * 2)
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
        return prefix + Data(bytes).base64EncodedString()
    }

    /// The values of a string made by ``encode(_:)``, or `nil` when it is not one.
    static func decode(_ text: String) -> [Int64]? {
        guard text.hasPrefix(prefix), let data = Data(base64Encoded: String(text.dropFirst(prefix.count))) else { return nil }
        var values: [Int64] = []
        values.reserveCapacity(data.count / 2)
        var previous: Int64 = 0
        var zigzag: UInt64 = 0
        var shift: UInt64 = 0
        for byte in data {
            guard shift < 64 else { return nil }
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
        return shift == 0 ? values : nil
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
