import Testing
import SlantLexicon
import SlantText

@Suite("Lexicon weights and line ends")
struct WeightRangeTests {
    @Test(arguments: ["1e15", "-100.5", "inf", "nan"])
    func aWeightOutOfRangeNamesItsLine(_ weight: String) {
        #expect(throws: DataFileError.self) {
            try Lexicon(parsingTSV: "term\tweight\ngood\t1\nbad\t\(weight)\n", source: "x.tsv")
        }
    }

    @Test func theMessageGivesTheRange() {
        #expect(throws: DataFileError(source: "x.tsv", line: 3, message: "weight 1000000000000000.0 is out of range: weights lie between -100 and +100")) {
            try Lexicon(parsingTSV: "term\tweight\ngood\t1\nbad\t1e15\n", source: "x.tsv")
        }
    }

    @Test func aWindowsLexiconParses() throws {
        let lexicon = try Lexicon(parsingTSV: "\u{FEFF}# comment\r\nterm\tweight\r\ngood\t1.5\r\nbad\t-100\r\n", source: "x.tsv")
        #expect(lexicon.entries.map(\.term) == ["good", "bad"])
        #expect(lexicon.entries.map(\.weight) == [1.5, -100])
        #expect(lexicon.entries.map(\.line) == [3, 4])
    }
}
