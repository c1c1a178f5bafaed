import Testing
import SlantText

@Suite("Data file line ends and numbers")
struct LineEndTests {
    @Test(arguments: ["a\nb\n", "a\r\nb\r\n", "a\rb\r", "\u{FEFF}a\r\nb\n"])
    func everyLineEndSplitsTheSame(_ text: String) {
        #expect(DataFile.lines(text).map { "\($0.number):\($0.text)" } == ["1:a", "2:b", "3:"])
    }

    @Test func aWindowsAbbreviationListParses() throws {
        let list = try Abbreviations(parsing: "\u{FEFF}# titles\r\nMr.\r\nGen.\r\n", source: "abbr.txt")
        #expect(list.entries == ["Mr.", "Gen."])
    }

    @Test func hugeValuesAreWrittenWithoutTrapping() {
        #expect(DataFile.decimal(1e15) == "1000000000000000")
        #expect(DataFile.decimal(-2.5e18) == "-2500000000000000000")
        #expect(DataFile.decimal(9.2e14) == "920000000000000")
        #expect(DataFile.decimal(-1.23456) == "-1.2346")
    }
}
