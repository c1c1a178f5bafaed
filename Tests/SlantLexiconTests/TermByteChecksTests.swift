import Testing
@testable import SlantLexicon
import SlantText

/// The byte-level shortcuts of the term checks give what the character-level rules give.
@Suite("Term checks on bytes")
struct TermByteChecksTests {
    /// The character-level rules as they were written before the byte shortcuts.
    static func referenceIsWildcard(_ term: String) -> Bool {
        guard term.count > 1, term.last == "*" else { return false }
        let before = term[term.index(term.endIndex, offsetBy: -2)]
        return before.isLetter || before.isNumber
    }

    static func referenceIsValid(_ term: String) -> Bool {
        guard !term.isEmpty, term.first != " ", term.last != " " else { return false }
        guard !term.contains("  "), !term.contains("\t") else { return false }
        if referenceIsWildcard(term) && term.contains(" ") || Lexicon.hasInnerWildcard(term) { return false }
        return true
    }

    static let terms = [
        "negotiat*", "a*", "*", "**", "a**", "ab* cd", "ab cd*", "ab *", " a", "a ", "a  b", "a\tb", "пере*", "переговор*",
        "x\u{0301}*", "é*", "e\u{0301}*", "1*", "a*b", "😀*", "\u{0600}a*", "a\u{0301}", "*a", "talks", "peace talks", "",
        "a*\u{0301}", " \u{0301}a", "a \u{0301}", "Ab*", "z9*", "_*", "-*", "a.b*",
    ]

    @Test(arguments: terms)
    func byteShortcutsAgreeWithCharacterRules(_ term: String) {
        #expect(Lexicon.isWildcard(term) == Self.referenceIsWildcard(term))
        let valid = (try? Lexicon.validateTerm(term, source: "t", line: 1)) != nil
        #expect(valid == Self.referenceIsValid(term))
    }

    /// Hand-worked: which terms the shortcut alone settles.
    @Test func plainTerms() {
        #expect(Lexicon.isPlainTerm("negotiat*") && Lexicon.isPlainTerm("переговор*") && Lexicon.isPlainTerm("peace talks"))
        #expect(!Lexicon.isPlainTerm("ab cd*") && !Lexicon.isPlainTerm("a*b") && !Lexicon.isPlainTerm("**") && !Lexicon.isPlainTerm(""))
    }

    /// Splitting on the tab byte gives the columns splitting on the tab character gives, and a
    /// term without whitespace is kept as it is.
    @Test func columnsAndCleanTerms() {
        for line in ["a\tb\tc", "\t\t", "x\u{0301}\t\u{0301}y", "no tab", "é\t-1.5\t"] {
            let expected = line[...].split(separator: "\t", omittingEmptySubsequences: false)
            #expect(ImportSupport.tabColumns(line[...]) == expected)
        }
        #expect(ImportSupport.cleanTerm("переговоры") == "переговоры")
        #expect(ImportSupport.cleanTerm(" a \u{00A0} b\u{3000}") == "a b")
    }
}
