/// Writes JSON bytes as `JSONEncoder` with `.sortedKeys` does, byte for byte, without building
/// a tree: keys sorted by their UTF-8 bytes, `"`, `\` and `/` escaped with a backslash, the
/// control characters as `\b \f \n \r \t` or `\u00XX` (lowercase hex), every other byte as it is,
/// integers in decimal. Bytes go to the sink whenever about ``chunkBytes`` are held.
struct JSONByteWriter {
    /// How many bytes are held before they go to the sink: large enough that a write call
    /// costs little per byte, small enough that memory does not grow with the report.
    static let chunkBytes = 1 << 16

    /// The bytes not yet handed to the sink; written through a pointer, without the capacity
    /// and uniqueness checks of an array append.
    private final class Storage {
        var start: UnsafeMutablePointer<UInt8>
        var capacity: Int

        init(capacity: Int) {
            start = .allocate(capacity: capacity)
            self.capacity = capacity
        }

        deinit { start.deallocate() }
    }

    private let storage = Storage(capacity: Self.chunkBytes)
    private var count = 0
    private let sink: (UnsafeRawBufferPointer) -> Void
    /// Varints of one replicate array, reused (see ``replicates(_:)``).
    private var scratch: [UInt8] = []

    init(sink: @escaping (UnsafeRawBufferPointer) -> Void) {
        self.sink = sink
    }

    /// Room for `needed` more bytes: what is held goes to the sink first when they would not fit.
    @inline(__always)
    private mutating func reserve(_ needed: Int) -> UnsafeMutablePointer<UInt8> {
        if count + needed > storage.capacity {
            flush()
            if needed > storage.capacity {
                storage.start.deallocate()
                storage.start = .allocate(capacity: needed)
                storage.capacity = needed
            }
        }
        return storage.start + count
    }

    /// Kept for the places where a chunk may end; the writer flushes when full.
    mutating func checkpoint() {}

    /// Hands every held byte to the sink.
    mutating func flush() {
        guard count > 0 else { return }
        sink(UnsafeRawBufferPointer(start: storage.start, count: count))
        count = 0
    }

    @inline(__always) mutating func byte(_ value: UInt8) {
        reserve(1).pointee = value
        count += 1
    }

    /// Bytes that need no escaping, such as `{"count":`.
    mutating func raw(_ text: StaticString) {
        let length = text.utf8CodeUnitCount
        reserve(length).update(from: text.utf8Start, count: length)
        count += length
    }

    /// `"key":`, the key escaped.
    mutating func key(_ key: String) {
        string(key)
        byte(UInt8(ascii: ":"))
    }

    /// A quoted, escaped string.
    mutating func string(_ text: String) {
        var copy = text
        copy.withUTF8 { utf8 in
            // Each byte takes at most six (`\u00XX`), plus the quotes.
            let out = reserve(utf8.count * 6 + 2)
            out[0] = UInt8(ascii: "\"")
            let length = Self.escape(utf8, into: out + 1)
            out[length + 1] = UInt8(ascii: "\"")
            count += length + 2
        }
    }

    private static let hexDigits: StaticString = "0123456789abcdef"

    /// Writes the escaped form of UTF-8 bytes (without quotes); returns the bytes written.
    @inline(__always)
    static func escape(_ source: UnsafeBufferPointer<UInt8>, into out: UnsafeMutablePointer<UInt8>) -> Int {
        var at = 0
        for value in source {
            guard value < 0x20 || value == UInt8(ascii: "\"") || value == UInt8(ascii: "\\") || value == UInt8(ascii: "/") else {
                out[at] = value
                at += 1
                continue
            }
            out[at] = UInt8(ascii: "\\")
            let escaped: UInt8
            switch value {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): escaped = value
            case 0x08: escaped = UInt8(ascii: "b")
            case 0x0C: escaped = UInt8(ascii: "f")
            case 0x0A: escaped = UInt8(ascii: "n")
            case 0x0D: escaped = UInt8(ascii: "r")
            case 0x09: escaped = UInt8(ascii: "t")
            default:
                out[at + 1] = UInt8(ascii: "u")
                out[at + 2] = UInt8(ascii: "0")
                out[at + 3] = UInt8(ascii: "0")
                out[at + 4] = hexDigits.utf8Start[Int(value >> 4)]
                out[at + 5] = hexDigits.utf8Start[Int(value & 0xF)]
                at += 6
                continue
            }
            out[at + 1] = escaped
            at += 2
        }
        return at
    }

    /// A signed integer in decimal.
    mutating func integer(_ value: Int) { integer(Int64(value)) }

    /// A signed integer in decimal.
    mutating func integer(_ value: Int64) {
        if value < 0 {
            byte(UInt8(ascii: "-"))
            unsigned(value.magnitude)
        } else {
            unsigned(UInt64(value))
        }
    }

    /// An unsigned integer in decimal, written without an intermediate `String`.
    mutating func unsigned(_ value: UInt64) {
        // UInt64.max has 20 digits.
        let out = reserve(20)
        var digits = 1
        var rest = value / 10
        while rest > 0 {
            digits += 1
            rest /= 10
        }
        rest = value
        for index in stride(from: digits - 1, through: 0, by: -1) {
            out[index] = UInt8(ascii: "0") + UInt8(truncatingIfNeeded: rest % 10)
            rest /= 10
        }
        count += digits
    }

    /// `{"a":…,"b":…}` for a dictionary, keys sorted by their UTF-8 bytes as `JSONEncoder` sorts them.
    mutating func object<Value>(_ dictionary: [String: Value], _ value: (inout JSONByteWriter, Value) -> Void) {
        byte(UInt8(ascii: "{"))
        var first = true
        for (_, key, element) in Self.sorted(dictionary) {
            if !first { byte(UInt8(ascii: ",")) }
            first = false
            self.key(key)
            value(&self, element)
        }
        byte(UInt8(ascii: "}"))
    }

    /// The entries in the order of their keys' UTF-8 bytes. Each key's first eight bytes, read
    /// once as a big-endian integer (zeros past its end), decide most comparisons; keys that
    /// share them are compared byte by byte.
    static func sorted<Value>(_ dictionary: [String: Value]) -> [(prefix: UInt64, key: String, value: Value)] {
        var entries = dictionary.map { (prefix: leadingBytes($0.key), key: $0.key, value: $0.value) }
        entries.sort { $0.prefix != $1.prefix ? $0.prefix < $1.prefix : precedes($0.key, $1.key) }
        return entries
    }

    /// The first eight UTF-8 bytes of `key` as a big-endian integer, zeros past its end: a
    /// shorter key that another begins with never comes out larger, so the order of these
    /// integers agrees with the order of the bytes wherever they differ.
    @inline(__always)
    static func leadingBytes(_ key: String) -> UInt64 {
        var value: UInt64 = 0
        var shift: UInt64 = 56
        for byte in key.utf8 {
            value |= UInt64(byte) << shift
            if shift == 0 { break }
            shift -= 8
        }
        return value
    }

    /// Whether `a` comes before `b` in the order of their UTF-8 bytes (`JSONEncoder`'s order of
    /// keys), comparing the bytes in place where the strings hold them contiguously.
    @inline(__always)
    static func precedes(_ a: String, _ b: String) -> Bool {
        let inPlace: Bool?? = a.utf8.withContiguousStorageIfAvailable { first in
            b.utf8.withContiguousStorageIfAvailable { second in
                let common = min(first.count, second.count)
                var index = 0
                while index < common {
                    let x = first[index], y = second[index]
                    if x != y { return x < y }
                    index += 1
                }
                return first.count < second.count
            }
        }
        if let inPlace, let result = inPlace { return result }
        return a.utf8.lexicographicallyPrecedes(b.utf8)
    }

    /// Word counts: `{"word":3,…}`.
    mutating func counts(_ dictionary: [String: Int]) {
        object(dictionary) { writer, count in writer.integer(count) }
    }

    /// A replicate array in the compact string form of ``ReplicateCoding``: `"zd1:` and base64
    /// (its `/` escaped as `\/`, as `JSONEncoder` writes it).
    mutating func replicates<Value: FixedWidthInteger>(_ values: [Value]) {
        raw("\"zd1:")
        let length = values.withUnsafeBufferPointer { ReplicateCoding.varints($0, into: &scratch) }
        let out = reserve(ReplicateCoding.maximumBase64Length(length) + 1)
        let written = scratch.withUnsafeBufferPointer { source in
            ReplicateCoding.base64(UnsafeBufferPointer(rebasing: source[..<length]), escapingSlash: true, into: out)
        }
        out[written] = UInt8(ascii: "\"")
        count += written + 1
    }
}
