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
    static func encode<Value: FixedWidthInteger>(_ values: [Value]) -> String {
        var scratch: [UInt8] = []
        let length = values.withUnsafeBufferPointer { varints($0, into: &scratch) }
        var text = Array(prefix.utf8)
        let start = text.count
        text.append(contentsOf: repeatElement(0, count: maximumBase64Length(length)))
        let written = scratch.withUnsafeBufferPointer { source in
            text.withUnsafeMutableBufferPointer { out in
                base64(UnsafeBufferPointer(rebasing: source[..<length]), escapingSlash: false, into: out.baseAddress! + start)
            }
        }
        text.removeLast(text.count - start - written)
        return String(decoding: text, as: UTF8.self)
    }

    /// Writes the zigzag LEB128 varints of `values`' successive differences into `scratch`
    /// (grown as needed, reused across calls); returns how many bytes they take.
    static func varints<Value: FixedWidthInteger>(_ values: UnsafeBufferPointer<Value>, into scratch: inout [UInt8]) -> Int {
        // A 64-bit varint takes at most 10 bytes.
        let capacity = values.count * 10
        if scratch.count < capacity { scratch = [UInt8](repeating: 0, count: capacity) }
        return scratch.withUnsafeMutableBufferPointer { out in
            var count = 0
            var previous: Int64 = 0
            for value in values {
                let current = Int64(truncatingIfNeeded: value)
                let difference = current &- previous
                previous = current
                var zigzag = UInt64(bitPattern: (difference << 1) ^ (difference >> 63))
                while zigzag >= 0x80 {
                    out[count] = UInt8(truncatingIfNeeded: zigzag) | 0x80
                    count += 1
                    zigzag >>= 7
                }
                out[count] = UInt8(zigzag)
                count += 1
            }
            return count
        }
    }

    /// The most bytes ``base64(_:escapingSlash:into:)`` writes for `count` bytes: four
    /// characters per three bytes, each at most two bytes (`\\/`).
    static func maximumBase64Length(_ count: Int) -> Int { (count + 2) / 3 * 8 }

    /// Writes padded base64 of `source` at `out`; `/` as `\\/` when `escapingSlash` (inside a
    /// JSON string). Returns the bytes written.
    static func base64(_ source: UnsafeBufferPointer<UInt8>, escapingSlash: Bool, into out: UnsafeMutablePointer<UInt8>) -> Int {
        let alphabet = base64Characters.utf8Start
        var at = 0
        @inline(__always) func put(_ sextet: UInt32) {
            let character = alphabet[Int(sextet & 0x3F)]
            if escapingSlash && character == UInt8(ascii: "/") {
                out[at] = UInt8(ascii: "\\")
                at += 1
            }
            out[at] = character
            at += 1
        }
        let length = source.count
        var index = 0
        while index + 3 <= length {
            let group = UInt32(source[index]) << 16 | UInt32(source[index + 1]) << 8 | UInt32(source[index + 2])
            put(group >> 18); put(group >> 12); put(group >> 6); put(group)
            index += 3
        }
        if length - index == 1 {
            let group = UInt32(source[index]) << 16
            put(group >> 18); put(group >> 12)
            out[at] = UInt8(ascii: "="); out[at + 1] = UInt8(ascii: "=")
            at += 2
        } else if length - index == 2 {
            let group = UInt32(source[index]) << 16 | UInt32(source[index + 1]) << 8
            put(group >> 18); put(group >> 12); put(group >> 6)
            out[at] = UInt8(ascii: "=")
            at += 1
        }
        return at
    }

    /// The base64 alphabet (RFC 4648 §4) as static bytes, read without a lazy global.
    static let base64Characters: StaticString = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"

    /// Sextet of each byte in the base64 alphabet; 0xFF for bytes outside it.
    static let base64Values: [UInt8] = {
        var table = [UInt8](repeating: 0xFF, count: 256)
        for index in 0..<base64Characters.utf8CodeUnitCount { table[Int(base64Characters.utf8Start[index])] = UInt8(index) }
        return table
    }()

    /// The values of the base64 text after the prefix (`"zd1:"` already checked), or `nil` when
    /// it is not padded base64 of whole varints. The bytes are decoded into `scratch` first, so
    /// that the values' array is allocated at its exact size.
    static func decode<Value: FixedWidthInteger>(base64 text: UnsafeBufferPointer<UInt8>, as _: Value.Type,
                                                 scratch: inout [UInt8]) -> [Value]? {
        guard text.count % 4 == 0 else { return nil }
        if scratch.count < text.count / 4 * 3 { scratch = [UInt8](repeating: 0, count: text.count / 4 * 3) }
        let length: Int? = scratch.withUnsafeMutableBufferPointer { out in
            base64Values.withUnsafeBufferPointer { table in
                var count = 0
                var index = 0
                while index < text.count {
                    var group: UInt32 = 0
                    var bytesInGroup = 3
                    for offset in 0..<4 {
                        let character = text[index + offset]
                        let sextet = table[Int(character)]
                        if sextet == 0xFF {
                            // Padding: only at the end, one or two of it.
                            guard character == UInt8(ascii: "="), index + 4 == text.count, offset >= 2 else { return nil }
                            if offset == 2 { guard text[index + 3] == UInt8(ascii: "=") else { return nil } }
                            bytesInGroup = offset - 1
                            break
                        }
                        group |= UInt32(sextet) << (18 - 6 * UInt32(offset))
                    }
                    for byteIndex in 0..<bytesInGroup {
                        out[count] = UInt8(truncatingIfNeeded: group >> (16 - 8 * UInt32(byteIndex)))
                        count += 1
                    }
                    index += 4
                }
                return count
            }
        }
        guard let length else { return nil }
        return scratch.withUnsafeBufferPointer { bytes in
            let varints = UnsafeBufferPointer(rebasing: bytes[..<length])
            // A varint ends at each byte without its high bit.
            var ends = 0
            for byte in varints where byte < 0x80 { ends += 1 }
            var valid = true
            let values = [Value](unsafeUninitializedCapacity: ends) { out, count in
                var previous: Int64 = 0
                var zigzag: UInt64 = 0
                var shift: UInt64 = 0
                for byte in varints {
                    guard shift < 64 else { valid = false; return }
                    zigzag |= UInt64(byte & 0x7F) << shift
                    if byte & 0x80 != 0 {
                        shift += 7
                        continue
                    }
                    let difference = Int64(bitPattern: (zigzag >> 1) ^ (0 &- (zigzag & 1)))
                    previous = previous &+ difference
                    (out.baseAddress! + count).initialize(to: Value(truncatingIfNeeded: previous))
                    count += 1
                    zigzag = 0
                    shift = 0
                }
                valid = shift == 0
            }
            return valid ? values : nil
        }
    }

    /// The values of a string made by ``encode(_:)``, or `nil` when it is not one.
    static func decode(_ text: String) -> [Int64]? {
        guard text.hasPrefix(prefix) else { return nil }
        let body = Array(text.utf8.dropFirst(prefix.utf8.count))
        var scratch: [UInt8] = []
        return body.withUnsafeBufferPointer { decode(base64: $0, as: Int64.self, scratch: &scratch) }
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
