/// Calendar dates as day numbers, for the date window of ``EventFinder``.
public enum EventDate {
    /// The day number (days since 1970-01-01) of a date written `YYYY-MM-DD`, optionally
    /// followed by a time (`2022-02-24T05:00:00Z`); `nil` for anything else.
    ///
    /// Uses Howard Hinnant's `days_from_civil` (proleptic Gregorian calendar).
    public static func day(_ text: String) -> Int? {
        let bytes = Array(text.utf8.prefix(10))
        guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-") else { return nil }
        func number(_ range: Range<Int>) -> Int? {
            var value = 0
            for byte in bytes[range] {
                guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
                value = value * 10 + Int(byte - UInt8(ascii: "0"))
            }
            return value
        }
        guard let year = number(0..<4), let month = number(5..<7), let day = number(8..<10),
              (1...12).contains(month), (1...31).contains(day) else { return nil }
        if text.utf8.count > 10, text.utf8[text.utf8.index(text.utf8.startIndex, offsetBy: 10)] != UInt8(ascii: "T"),
           text.utf8[text.utf8.index(text.utf8.startIndex, offsetBy: 10)] != UInt8(ascii: " ") { return nil }
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }
}
