import SlantText
import Testing

/// Snowball stems from the system's libstemmer, as its Russian algorithm defines them.
@Suite("Snowball stemmer")
struct StemmerTests {
    /// The six case forms of a noun share one stem (Snowball removes the case endings -ия, -ии,
    /// -ию, -ией; -а, -ы, -е, -у, -ой).
    @Test(arguments: [
        (["агрессия", "агрессии", "агрессию", "агрессией"], "агресс"),
        (["украина", "украины", "украине", "украину", "украиной"], "украин"),
        (["нападение", "нападении"], "нападен"),
    ])
    func caseFormsShareAStem(_ forms: [String], stem: String) throws {
        let stemmer = try SnowballStemmer(algorithm: "russian")
        let stems = forms.map { stemmer.stem($0) }
        #expect(stems == Array(repeating: stem, count: forms.count))
    }

    /// Short stems join unrelated words: why ``StemIndex`` leaves them out.
    @Test func shortStemsJoinUnrelatedWords() throws {
        let stemmer = try SnowballStemmer(algorithm: "russian")
        #expect(stemmer.stem("месть") == "мест" && stemmer.stem("место") == "мест")
        #expect(stemmer.stem("свой") == "сво")
    }

    @Test func englishIsOffered() throws {
        #expect(SnowballStemmer.algorithms.contains("russian") && SnowballStemmer.algorithms.contains("english"))
        #expect(try SnowballStemmer(algorithm: "english").stem("attacks") == "attack")
    }

    @Test func unknownAlgorithmNamesTheOnesThatExist() {
        #expect {
            _ = try SnowballStemmer(algorithm: "klingon")
        } throws: { error in
            let message = String(describing: error)
            return message.hasPrefix("unknown Snowball stemmer \"klingon\"; libstemmer has: ") && message.contains("russian")
        }
    }

    /// The empty word is its own stem.
    @Test func emptyWord() throws {
        #expect(try SnowballStemmer(algorithm: "russian").stem("") == "")
    }
}
