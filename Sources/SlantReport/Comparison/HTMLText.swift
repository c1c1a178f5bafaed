import Foundation

/// Small text helpers for the HTML pages.
enum HTMLText {
    /// `&`, `<`, `>` and `"` as entities.
    static func escape(_ text: String) -> String {
        var escaped = ""
        for character in text {
            switch character {
            case "&": escaped += "&amp;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "\"": escaped += "&quot;"
            default: escaped.append(character)
            }
        }
        return escaped
    }

    /// One decimal, for SVG coordinates.
    static func f(_ value: Double) -> String { String(format: "%.1f", value) }

    /// A label cut to `limit` characters with an ellipsis, so long outlet names keep charts narrow.
    static func short(_ text: String, limit: Int = 26) -> String {
        text.count <= limit ? text : String(text.prefix(limit - 1)) + "…"
    }
}
