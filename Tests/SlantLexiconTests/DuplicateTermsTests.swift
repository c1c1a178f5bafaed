import Foundation
import Testing
@testable import SlantLexicon
import SlantText

/// The byte-keyed duplicate check finds exactly the duplicates `String` keys find.
@Suite("Duplicate terms on bytes")
struct DuplicateTermsTests {
    /// Every covered scalar lowercases through the table as `String.lowercased()` does, and is
    /// its own NFC form.
    @Test func tableAgreesWithLowercased() {
        var covered = 0
        for value in 0..<FoldedTerm.limit {
            guard let scalar = Unicode.Scalar(value), FoldedTerm.lowercase[Int(value)] != FoldedTerm.uncovered else { continue }
            covered += 1
            let text = String(scalar)
            var bytes: [UInt8] = []
            #expect(FoldedTerm.appendLowercased(text, to: &bytes))
            #expect(bytes == Array(text.lowercased().utf8), "U+\(String(value, radix: 16))")
            #expect(Array(text.precomposedStringWithCanonicalMapping.utf8) == Array(text.utf8))
        }
        // Hand-counted: 256 Latin-1 scalars, and 256 Cyrillic less the 7 combining marks U+0483–U+0489.
        #expect(covered == 256 + 256 - 7)
    }

    /// Hand-worked: ASCII, Latin-1 and Cyrillic capitals fold; a scalar outside the table is refused.
    @Test func foldsAndRefuses() {
        var bytes: [UInt8] = []
        #expect(FoldedTerm.appendLowercased("КИЇВ Élan", to: &bytes))
        #expect(String(decoding: bytes, as: UTF8.self) == "київ élan")
        bytes.removeAll()
        #expect(!FoldedTerm.appendLowercased("İstanbul", to: &bytes))
        #expect(!FoldedTerm.appendLowercased("e\u{0301}", to: &bytes))
    }

    /// The duplicates of a file where `String` keys and byte keys would differ if the check did
    /// not move to `String` keys: "é" written precomposed and decomposed, and "Σ" outside the table.
    @Test func movesToStringKeysAtTheFirstUncoveredTerm() {
        var check = DuplicateTerms()
        var entries: [Lexicon.Entry] = []
        func add(_ term: String, _ category: String? = nil) -> Int? {
            let line = entries.count + 1
            let previous = check.firstLine(of: term, category: category, line: line, earlier: entries)
            if previous == nil { entries.append(Lexicon.Entry(term: term, weight: 1, category: category, line: line)) }
            return previous
        }
        #expect(add("Café") == nil)          // line 1, bytes
        #expect(add("КИЇВ", "war") == nil)   // line 2, bytes
        #expect(add("київ") == nil)          // line 3: another category
        #expect(add("cafÉ") == 1)
        #expect(add("Київ", "war") == 2)
        #expect(add("cafe\u{0301}") == 1)    // decomposed: String keys from here on
        #expect(add("ΣΑ") == nil)            // line 4
        #expect(add("σα") == 4)
        #expect(add("Київ", "war") == 2)
        #expect(add("київ") == 3)
    }

    /// The readers report the first line of a duplicate, byte keys or not.
    @Test func readersReportDuplicates() throws {
        let cyrillic = "term\tweight\tcategory\nмир\t1\tpeace\nМИР\t2\tpeace\n"
        #expect(throws: DataFileError(source: "c.tsv", line: 3, message: "duplicate term \"МИР\" in category peace (first on line 2)")) {
            try Lexicon(parsingTSV: cyrillic, source: "c.tsv")
        }
        let vader = ":D\t2.9\t0.8\t[3]\n:d\t1.0\t0.5\t[1]\nGood\t1.9\t0.9\t[2]\n"
        let lexicon = try LexiconFormat.vader.read(vader, source: "v.txt")
        #expect(lexicon.entries.map(\.term) == [":D", "Good"])
        #expect(lexicon.entries.map(\.weight) == [2.9, 1.9])
    }

    /// Only the first two columns are split off; a line without a tab has one.
    @Test func firstTwoColumns() {
        let four = ImportSupport.firstTwoTabColumns("good\t1.9\t0.9\t[2, 2]")
        #expect(four.count == 2 && four.first == "good" && four.second == "1.9")
        let two = ImportSupport.firstTwoTabColumns("good\t1.9")
        #expect(two.count == 2 && two.first == "good" && two.second == "1.9")
        let one = ImportSupport.firstTwoTabColumns("good")
        #expect(one.count == 1 && one.first == "good" && one.second == "")
    }

    /// The first-byte shortcut of the blank and comment checks gives the character rule's answer.
    @Test(arguments: ["", " ", "\t", "#x", "#\u{0301}x", "a", " a", "\u{00A0}", "\u{2003}", "\u{00A0}a", "é", "\r\n", "x#", "~", "мир\t1", "\u{0301}a", "\u{3000}", "\u{2028}x", "\u{85}"])
    func blankLinesAgree(_ line: String) {
        let substring = Substring(line)
        #expect(DataFile.isBlank(substring) == substring.allSatisfy(\.isWhitespace))
        #expect(DataFile.isBlankOrComment(substring) == (substring.first == "#" || substring.allSatisfy(\.isWhitespace)))
    }
}
