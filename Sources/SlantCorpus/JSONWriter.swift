import SlantText

/// Builds JSON text with a fixed key order and fixed number formatting, so that the same
/// values always give the same bytes.
public struct JSONWriter {
    public private(set) var text = ""
    private var needsComma: [Bool] = []

    public init() {}

    private mutating func separate() {
        if let last = needsComma.last {
            if last { text += "," }
            needsComma[needsComma.count - 1] = true
        }
    }

    public mutating func beginObject(_ key: String? = nil) {
        if let key { self.key(key) } else { separate() }
        text += "{"
        needsComma.append(false)
    }

    public mutating func endObject() {
        text += "}"
        needsComma.removeLast()
    }

    public mutating func beginArray(_ key: String? = nil) {
        if let key { self.key(key) } else { separate() }
        text += "["
        needsComma.append(false)
    }

    public mutating func endArray() {
        text += "]"
        needsComma.removeLast()
    }

    private mutating func key(_ key: String) {
        separate()
        text += Self.quoted(key) + ":"
    }

    public mutating func field(_ key: String, _ value: String?) {
        self.key(key)
        text += value.map(Self.quoted) ?? "null"
    }

    /// A string element of the array being written.
    public mutating func element(_ value: String) {
        separate()
        text += Self.quoted(value)
    }

    public mutating func field(_ key: String, _ value: Int) {
        self.key(key)
        text += String(value)
    }

    public mutating func field(_ key: String, _ value: Double?) {
        self.key(key)
        text += value.map(Self.number) ?? "null"
    }

    /// A number with at most four decimals, no exponent ("-0.1234", "1", "0").
    public static func number(_ value: Double) -> String { DataFile.decimal(value) }

    /// A quoted JSON string with the escapes RFC 8259 requires.
    public static func quoted(_ value: String) -> String {
        // Most strings need no escape: copy them whole instead of scalar by scalar.
        if !value.utf8.contains(where: { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }) {
            return "\"" + value + "\""
        }
        var result = "\""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }
}
