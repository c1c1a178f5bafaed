/// Helpers shared by the readers of Slant's line-based data files.
public enum DataFile {
    /// The lines of `text`, numbered from 1, without their line ends (`\n` or `\r\n`).
    public static func lines(_ text: String) -> [(number: Int, text: Substring)] {
        text.split(separator: "\n", omittingEmptySubsequences: false).enumerated().map { offset, line in
            (offset + 1, line.last == "\r" ? line.dropLast() : line)
        }
    }

    /// Whether a line carries no data: empty, blank, or a `#` comment.
    public static func isBlankOrComment(_ line: Substring) -> Bool {
        line.first == "#" || line.allSatisfy(\.isWhitespace)
    }

    /// `value` with at most `places` decimals, trailing zeros and a negative zero dropped, never
    /// in exponent form: "-1.5", "2", "0.2935", "0".
    public static func decimal(_ value: Double, places: Int = 4) -> String {
        guard value.isFinite else { return "null" }
        var unit: Int64 = 1
        for _ in 0..<places { unit *= 10 }
        let scaled = Int64((abs(value) * Double(unit)).rounded())
        if scaled == 0 { return "0" }
        var fraction = String(scaled % unit)
        fraction = String(repeating: "0", count: places - fraction.count) + fraction
        while fraction.last == "0" { fraction.removeLast() }
        return (value < 0 ? "-" : "") + String(scaled / unit) + (fraction.isEmpty ? "" : "." + fraction)
    }
}
