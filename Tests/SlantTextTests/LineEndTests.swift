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

@Suite("Marks after a space")
struct MarksAfterSpaceTests {
    @Test(arguments: [
        ("a \u{AAEB} b", "\u{AAEB}"),      // MEETEI MAYEK VOWEL SIGN II, a spacing mark (Mc)
        ("a \u{0903} b", "\u{0903}"),      // DEVANAGARI SIGN VISARGA (Mc)
        ("a \u{0301}\u{0301} b", "\u{0301}\u{0301}"), // combining acute accents (Mn)
    ])
    func aMarkAfterASpaceIsAToken(_ text: String, _ mark: String) throws {
        let tokens = try Tokenizer().tokenize(text)
        #expect(tokens.tokens.map { tokens.text(of: $0) } == ["a", mark, "b"])
        #expect(tokens.tokens[1].kind == .other)
        #expect(tokens.tokens[1].byteRange == 2..<(2 + mark.utf8.count))
        #expect(tokens.tokens[1].scalarRange == 2..<(2 + mark.unicodeScalars.count))
        #expect(tokens.tokens[2].scalarRange.lowerBound == 3 + mark.unicodeScalars.count)
    }
}
