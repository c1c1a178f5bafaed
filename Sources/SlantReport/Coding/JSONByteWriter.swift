/// Writes JSON bytes as `JSONEncoder` with `.sortedKeys` does, byte for byte, without building
/// a tree: keys sorted by their UTF-8 bytes, `"`, `\` and `/` escaped with a backslash, the
/// control characters as `\b \f \n \r \t` or `\u00XX` (lowercase hex), every other byte as it is,
/// integers in decimal. Bytes are handed to the sink in chunks of about ``chunkBytes``.
struct JSONByteWriter {
    /// About how many bytes are held before they go to the sink: large enough that a write
    /// call costs little per byte, small enough that memory does not grow with the report.
    static let chunkBytes = 1 << 16

    private(set) var bytes: [UInt8] = []
    private let sink: (UnsafeRawBufferPointer) -> Void
    /// Varints of one replicate array, reused (see ``replicates(_:)``).
    private var scratch: [UInt8] = []

    init(sink: @escaping (UnsafeRawBufferPointer) -> Void) {
        self.sink = sink
        bytes.reserveCapacity(Self.chunkBytes + Self.chunkBytes / 4)
    }

    /// Hands the bytes to the sink when about a chunk is held.
    mutating func checkpoint() {
        if bytes.count >= Self.chunkBytes { flush() }
    }

    /// Hands every held byte to the sink.
    mutating func flush() {
        guard !bytes.isEmpty else { return }
        bytes.withUnsafeBytes { sink($0) }
        bytes.removeAll(keepingCapacity: true)
    }

    @inline(__always) mutating func byte(_ value: UInt8) { bytes.append(value) }

    /// Bytes that need no escaping, such as `{"count":`.
    mutating func raw(_ text: StaticString) {
        text.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    /// `"key":`, the key escaped.
    mutating func key(_ key: String) {
        string(key)
        bytes.append(UInt8(ascii: ":"))
    }

    /// A quoted, escaped string.
    mutating func string(_ text: String) {
        bytes.append(UInt8(ascii: "\""))
        var copy = text
        copy.withUTF8 { escaped($0) }
        bytes.append(UInt8(ascii: "\""))
    }

    /// The escaped form of UTF-8 bytes (without quotes).
    mutating func escaped(_ source: UnsafeBufferPointer<UInt8>) {
        var mark = 0
        for index in source.indices {
            let value = source[index]
            guard value < 0x20 || value == UInt8(ascii: "\"") || value == UInt8(ascii: "\\") || value == UInt8(ascii: "/") else { continue }
            if index > mark { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: source[mark..<index])) }
            mark = index + 1
            bytes.append(UInt8(ascii: "\\"))
            switch value {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): bytes.append(value)
            case 0x08: bytes.append(UInt8(ascii: "b"))
            case 0x0C: bytes.append(UInt8(ascii: "f"))
            case 0x0A: bytes.append(UInt8(ascii: "n"))
            case 0x0D: bytes.append(UInt8(ascii: "r"))
            case 0x09: bytes.append(UInt8(ascii: "t"))
            default:
                bytes.append(contentsOf: [UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0")])
                bytes.append(Self.hexDigits[Int(value >> 4)])
                bytes.append(Self.hexDigits[Int(value & 0xF)])
            }
        }
        if source.count > mark { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: source[mark...])) }
    }

    static let hexDigits = Array("0123456789abcdef".utf8)

    /// A signed integer in decimal.
    mutating func integer(_ value: some BinaryInteger) {
        if value < 0 {
            bytes.append(UInt8(ascii: "-"))
            unsigned(UInt64(value.magnitude))
        } else {
            unsigned(UInt64(value))
        }
    }

    /// An unsigned integer in decimal, written without an intermediate `String`.
    mutating func unsigned(_ value: UInt64) {
        var digits: (UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64,
                      UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64) =
            (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        var count = 0
        var rest = value
        withUnsafeMutableBytes(of: &digits) { buffer in
            repeat {
                buffer[count] = UInt8(ascii: "0") + UInt8(rest % 10)
                rest /= 10
                count += 1
            } while rest > 0
            for index in stride(from: count - 1, through: 0, by: -1) { bytes.append(buffer[index]) }
        }
    }

    /// `{"a":…,"b":…}` for a dictionary, keys sorted by their UTF-8 bytes as `JSONEncoder` sorts them.
    mutating func object<Value>(_ dictionary: [String: Value], _ value: (inout JSONByteWriter, Value) -> Void) {
        bytes.append(UInt8(ascii: "{"))
        var first = true
        for key in Self.sortedKeys(dictionary) {
            if !first { bytes.append(UInt8(ascii: ",")) }
            first = false
            self.key(key)
            value(&self, dictionary[key]!)
        }
        bytes.append(UInt8(ascii: "}"))
    }

    /// The keys in the order of their UTF-8 bytes.
    static func sortedKeys<Value>(_ dictionary: [String: Value]) -> [String] {
        dictionary.keys.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
    }

    /// Word counts: `{"word":3,…}`.
    mutating func counts(_ dictionary: [String: Int]) {
        object(dictionary) { writer, count in writer.integer(count) }
        checkpoint()
    }

    /// A replicate array in the compact string form of ``ReplicateCoding``: `"zd1:` and base64
    /// (its `/` escaped as `\/`, as `JSONEncoder` writes it).
    mutating func replicates<Values: Collection>(_ values: Values) where Values.Element: BinaryInteger {
        scratch.removeAll(keepingCapacity: true)
        ReplicateCoding.appendVarints(values, to: &scratch)
        raw("\"zd1:")
        ReplicateCoding.appendBase64(scratch, to: &bytes, escapingSlash: true)
        bytes.append(UInt8(ascii: "\""))
    }
}
