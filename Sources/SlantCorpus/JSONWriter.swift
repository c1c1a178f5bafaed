import SlantText

/// Builds JSON text with a fixed key order and fixed number formatting, so that the same
/// values always give the same bytes.
///
/// The text is built as UTF-8 bytes: keys, strings and numbers are appended in place, with no
/// `String` made per field.
public struct JSONWriter {
    /// The JSON written so far, as UTF-8.
    public private(set) var bytes: [UInt8] = []
    /// Whether the open object or array at each depth already has a member (so the next one
    /// needs a comma): bit `d` for depth `d` up to 63, ``deeper`` beyond, so that the usual
    /// records keep no array of flags.
    private var hasMember: UInt64 = 0
    private var deeper: [Bool] = []
    /// How many objects and arrays are open.
    private var depth = 0

    /// The JSON written so far.
    public var text: String { String(decoding: bytes, as: UTF8.self) }

    public init() {}

    /// Starts with room for `capacity` bytes.
    public init(capacity: Int) {
        bytes.reserveCapacity(capacity)
    }

    private mutating func separate() {
        guard depth > 0 else { return }
        let level = depth - 1
        if level < 64 {
            if hasMember & (1 << UInt64(level)) != 0 { bytes.append(UInt8(ascii: ",")) }
            hasMember |= 1 << UInt64(level)
        } else {
            if deeper[level - 64] { bytes.append(UInt8(ascii: ",")) }
            deeper[level - 64] = true
        }
    }

    /// Opens an object or array: the new level has no member yet.
    private mutating func open() {
        if depth < 64 {
            hasMember &= ~(1 << UInt64(depth))
        } else {
            deeper.append(false)
        }
        depth += 1
    }

    private mutating func close() {
        depth -= 1
        if depth >= 64 { deeper.removeLast() }
    }

    public mutating func beginObject(_ key: String? = nil) {
        if let key { self.key(key) } else { separate() }
        bytes.append(UInt8(ascii: "{"))
        open()
    }

    public mutating func endObject() {
        bytes.append(UInt8(ascii: "}"))
        close()
    }

    public mutating func beginArray(_ key: String? = nil) {
        if let key { self.key(key) } else { separate() }
        bytes.append(UInt8(ascii: "["))
        open()
    }

    public mutating func endArray() {
        bytes.append(UInt8(ascii: "]"))
        close()
    }

    private mutating func key(_ key: String) {
        separate()
        Self.appendQuoted(key, to: &bytes)
        bytes.append(UInt8(ascii: ":"))
    }

    public mutating func field(_ key: String, _ value: String?) {
        self.key(key)
        if let value { Self.appendQuoted(value, to: &bytes) } else { bytes.append(contentsOf: Self.null) }
    }

    /// A string element of the array being written.
    public mutating func element(_ value: String) {
        separate()
        Self.appendQuoted(value, to: &bytes)
    }

    public mutating func field(_ key: String, _ value: Int) {
        self.key(key)
        Self.appendInteger(value, to: &bytes)
    }

    public mutating func field(_ key: String, _ value: Double?) {
        self.key(key)
        if let value { Self.appendNumber(value, to: &bytes) } else { bytes.append(contentsOf: Self.null) }
    }

    private static let null = Array("null".utf8)

    /// A number with at most four decimals, no exponent ("-0.1234", "1", "0").
    public static func number(_ value: Double) -> String { DataFile.decimal(value) }

    /// Appends ``number(_:)``'s text for `value` without making a `String` (the same bytes,
    /// formatted by ``RecordBytes/writeDecimal(_:to:)``).
    static func appendNumber(_ value: Double, to bytes: inout [UInt8]) {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: RecordBytes.longestDecimal) { buffer in
            if let count = RecordBytes.writeDecimal(value, to: buffer.baseAddress!) {
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[..<count]))
            } else {
                bytes.append(contentsOf: DataFile.decimal(value).utf8)
            }
        }
    }

    /// Appends `value` in decimal, as `String(value)` writes it.
    static func appendInteger(_ value: Int, to bytes: inout [UInt8]) {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: RecordBytes.longestInteger) { buffer in
            let count = RecordBytes.writeInteger(value, to: buffer.baseAddress!)
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[..<count]))
        }
    }

    /// A quoted JSON string with the escapes RFC 8259 requires.
    public static func quoted(_ value: String) -> String {
        var bytes: [UInt8] = []
        appendQuoted(value, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Appends `value` quoted, escaping `"`, `\` and control characters (`\n`, `\r`, `\t`, else
    /// `\u00XX`: ``RecordBytes/writeEscape(_:to:)``). Each of them is one byte in UTF-8 and no
    /// other scalar's bytes can be mistaken for them, so escaping byte by byte gives what escaping
    /// scalar by scalar gives.
    static func appendQuoted(_ value: String, to bytes: inout [UInt8]) {
        bytes.append(UInt8(ascii: "\""))
        var value = value
        value.withUTF8 { utf8 in
            var runStart = 0
            for (index, byte) in utf8.enumerated() where byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") {
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<index]))
                runStart = index + 1
                withUnsafeTemporaryAllocation(of: UInt8.self, capacity: RecordBytes.longestEscape) { escape in
                    let count = RecordBytes.writeEscape(byte, to: escape.baseAddress!)
                    bytes.append(contentsOf: UnsafeBufferPointer(rebasing: escape[..<count]))
                }
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart...]))
        }
        bytes.append(UInt8(ascii: "\""))
    }
}
