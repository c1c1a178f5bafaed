/// Helpers shared by the readers of Slant's line-based data files.
public enum DataFile {
    /// The lines of `text`, numbered from 1, without their line ends (`\n`, `\r\n` or `\r`) and
    /// without a leading byte order mark.
    ///
    /// Splits on the UTF-8 bytes: in a Swift `String`, `"\r\n"` is one `Character`, so splitting
    /// on the `Character` `"\n"` would leave a Windows file as one line.
    public static func lines(_ text: String) -> [(number: Int, text: Substring)] {
        let utf8 = text.utf8
        var start = utf8.startIndex
        if text.unicodeScalars.first == "\u{FEFF}" { start = text.unicodeScalars.index(after: start) }
        var lines: [(number: Int, text: Substring)] = []
        var index = start
        while index < utf8.endIndex {
            let byte = utf8[index]
            if byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") {
                lines.append((lines.count + 1, text[start..<index]))
                var next = utf8.index(after: index)
                if byte == UInt8(ascii: "\r"), next < utf8.endIndex, utf8[next] == UInt8(ascii: "\n") { next = utf8.index(after: next) }
                start = next
                index = next
            } else {
                index = utf8.index(after: index)
            }
        }
        lines.append((lines.count + 1, text[start..<utf8.endIndex]))
        return lines
    }

    /// A finite value too large for ``decimal(_:places:)``'s scaled integer, rounded to a whole
    /// number and written digit by digit.
    static func wholeNumber(_ value: Double) -> String {
        var magnitude = abs(value).rounded()
        var digits: [UInt8] = []
        while magnitude >= 1 {
            let digit = magnitude.truncatingRemainder(dividingBy: 10)
            digits.append(UInt8(ascii: "0") + UInt8(digit))
            magnitude = ((magnitude - digit) / 10).rounded()
        }
        return (value < 0 ? "-" : "") + String(decoding: digits.reversed(), as: UTF8.self)
    }

    /// Whether a line carries no data: empty, blank, or a `#` comment.
    public static func isBlankOrComment(_ line: Substring) -> Bool {
        // A first scalar other than `#` that is not whitespace starts a first character that is
        // neither "#" nor whitespace (a character is whitespace by its first scalar): most data
        // lines are told apart on it, without walking the line's characters.
        if let first = line.unicodeScalars.first, first != "#", !Self.isWhitespace(first) { return false }
        return line.first == "#" || line.allSatisfy(\.isWhitespace)
    }

    /// Whether a scalar is White_Space, told on the byte for printable ASCII.
    @inline(__always)
    static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        (0x21...0x7E).contains(scalar.value) ? false : scalar.properties.isWhitespace
    }

    /// Whether a line is empty or holds only whitespace characters, as
    /// `line.allSatisfy(\.isWhitespace)` says, told on the first scalar when that is not
    /// whitespace (a character is whitespace by its first scalar).
    public static func isBlank(_ line: Substring) -> Bool {
        if let first = line.unicodeScalars.first, !isWhitespace(first) { return false }
        return line.allSatisfy(\.isWhitespace)
    }

    /// `value` with at most `places` decimals, trailing zeros and a negative zero dropped, never
    /// in exponent form: "-1.5", "2", "0.2935", "0".
    /// Values too large for 18 digits (beyond about 9.2e14 at four places) are written without
    /// decimals, still never in exponent form, instead of trapping.
    public static func decimal(_ value: Double, places: Int = 4) -> String {
        guard value.isFinite else { return "null" }
        var unit: Int64 = 1
        for _ in 0..<places { unit *= 10 }
        guard let scaled = Int64(exactly: (abs(value) * Double(unit)).rounded()) else {
            return wholeNumber(value)
        }
        if scaled == 0 { return "0" }
        var fraction = String(scaled % unit)
        fraction = String(repeating: "0", count: places - fraction.count) + fraction
        while fraction.last == "0" { fraction.removeLast() }
        return (value < 0 ? "-" : "") + String(scaled / unit) + (fraction.isEmpty ? "" : "." + fraction)
    }
}
