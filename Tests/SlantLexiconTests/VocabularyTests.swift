import Testing
import SlantLexicon
import SlantText

/// Lookups by vocabulary id (tokens resolved once) find exactly what lookups by key bytes find.
@Suite("Vocabulary ids")
struct VocabularyTests {
    let lexicon = Lexicon(source: "v", entries: [
        .init(term: "White House", weight: 1), .init(term: "house", weight: 2), .init(term: "negotiat*", weight: 3),
        .init(term: "neg*", weight: 4), .init(term: "Kremlin", weight: 5), .init(term: "White House press secretary", weight: 6),
    ])
    let input = "The White House press secretary and the Kremlin’s negotiators met; neglect and the house, WHITE HOUSE."

    func weights(_ compiled: CompiledLexicon, _ text: TokenizedText) -> [[Double]] {
        compiled.matches(in: text).map { found in found.match.entries.map { compiled.weights[$0] } }
    }

    @Test func resolvedTokensMatchLikeUnresolvedOnes() throws {
        let tokenizer = try Tokenizer()
        let compiled = try CompiledLexicon([lexicon], tokenizer: tokenizer)
        var text = try tokenizer.tokenize(input)
        #expect(text.tokens.allSatisfy { $0.vocabularyGeneration == 0 && $0.wordID == -1 && $0.lexiconClasses == 0 })
        let byBytes = weights(compiled, text)
        Vocabulary.snapshot().resolve(&text)
        #expect(text.tokens.allSatisfy { $0.vocabularyGeneration > 0 })
        // "the" is in no lexicon of this test; "house" is in this one.
        let house = try #require(text.tokens.firstIndex { text.key(of: $0) == "house" })
        #expect(text.tokens[house].wordID >= 0)
        let byID = weights(compiled, text)
        // White House press secretary, Kremlin’s (possessive), negotiators, neglect, house, WHITE HOUSE.
        #expect(byBytes == [[6], [5], [3], [4], [2], [1]])
        #expect(byID == byBytes)
    }

    @Test func aLexiconCompiledAfterTheSnapshotStillMatches() throws {
        let tokenizer = try Tokenizer()
        var text = try tokenizer.tokenize("a zyxwvutsrq word")
        Vocabulary.snapshot().resolve(&text)
        // A word no lexicon had when the tokens were resolved: their ids cannot cover it, so
        // the lexicon looks the key up by its bytes.
        let late = try CompiledLexicon([Lexicon(source: "late", entries: [.init(term: "zyxwvutsrq", weight: 7)])], tokenizer: tokenizer)
        #expect(weights(late, text) == [[7]])
    }

    @Test func idsAreStableAndClassesSayWhichLexiconsToAsk() throws {
        let first = Vocabulary.register(words: [Array("kyiv".utf8), Array("kremlin".utf8)], stems: [Array("qzinvad".utf8)])
        let second = Vocabulary.register(words: [Array("kremlin".utf8)])
        #expect(second.wordIDs == [first.wordIDs[1]])
        // Other tests register lexicons concurrently, so a later registration is a later
        // generation, not necessarily the next one.
        #expect(second.generation > first.generation)
        #expect(first.classBit != second.classBit || first.generation % 64 == second.generation % 64)
        let tokenizer = try Tokenizer()
        var text = try tokenizer.tokenize("Kremlin qzinvaders kyiv kiev")
        Vocabulary.snapshot().resolve(&text)
        let classes = text.tokens.map(\.lexiconClasses)
        #expect(classes[0] & first.classBit != 0 && classes[0] & second.classBit != 0)
        #expect(classes[1] & first.classBit != 0)   // "qzinvaders" (no lexicon's word) starts with the stem "qzinvad"
        #expect(classes[2] & first.classBit != 0)
        #expect(text.tokens[1].wordID == -1)
        #expect(text.tokens[2].wordID == first.wordIDs[0])
        let map = VocabularyMap(vocabularyIDs: [first.wordIDs[1], first.wordIDs[0]])
        #expect(map.local(first.wordIDs[0]) == 1)
        #expect(map.local(first.wordIDs[1]) == 0)
        #expect(map.local(-1) == nil)
    }

    /// More lexicons than class bits: two lexicons share a bit, and each still finds only its own words.
    @Test func sharedClassBitsNeverFindAnotherLexiconsWords() throws {
        let tokenizer = try Tokenizer()
        let lexicons = try (0..<65).map { index in
            try CompiledLexicon([Lexicon(source: "l\(index)", entries: [.init(term: "word\(index)", weight: Double(index))])], tokenizer: tokenizer)
        }
        var text = try tokenizer.tokenize("word0 word64 word1")
        Vocabulary.snapshot().resolve(&text)
        #expect(weights(lexicons[0], text) == [[0]])
        #expect(weights(lexicons[64], text) == [[64]])
        #expect(weights(lexicons[1], text) == [[1]])
    }
}
