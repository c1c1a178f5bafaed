import Testing
@testable import SlantLexicon
@testable import SlantText

/// `Vocabulary.resolve` reads keys of up to 16 bytes from a memo kept in the text it refills
/// (`Vocabulary.Memo`): the ids and classes are those of a text resolved afresh.
@Suite("Vocabulary memo")
struct VocabularyMemoTests {
    /// The ids and classes of a fresh text's tokens: its memo is empty, so every key is looked up.
    static func fresh(_ tokenizer: Tokenizer, _ vocabulary: Vocabulary, _ input: String) throws -> [(Int32, UInt64)] {
        var text = try tokenizer.tokenize(input)
        vocabulary.resolve(&text)
        return text.tokens.map { ($0.wordID, $0.lexiconClasses) }
    }

    @Test func aRefilledTextResolvesAsAFreshOne() throws {
        let words = ["qmza", "qmzab", "qmzabcdefghijklm", "qmzabcdefghijklmn", "qmza's"].map { Array($0.utf8) }
        let registration = Vocabulary.register(words: words, stems: ["qmzb", "qmzabcdefgh"].map { Array($0.utf8) })
        let vocabulary = Vocabulary.snapshot()
        let tokenizer = try Tokenizer()
        var text = TokenizedText()
        // Keys of 4, 5, 16 (the longest the memo holds) and 17 bytes, a stem's extension, a possessive.
        let input = "qmza qmzab qmzabcdefghijklm qmzabcdefghijklmn qmzbx qmzab's qmzc"
        for round in 0..<3 {
            try tokenizer.tokenize(utf8: Array(input.utf8), into: &text)
            vocabulary.resolve(&text)
            let ids = text.tokens.map(\.wordID)
            #expect(ids == [registration.wordIDs[0], registration.wordIDs[1], registration.wordIDs[2], registration.wordIDs[3], -1, -1, -1],
                    "round \(round)")
            let bit = registration.classBit
            #expect(text.tokens.map { $0.lexiconClasses & bit != 0 } == [true, true, true, true, true, true, false], "round \(round)")
            #expect(text.tokens.allSatisfy { $0.vocabularyGeneration == vocabulary.generation })
        }
        // The memo now holds these keys; another snapshot empties it first.
        let later = Vocabulary.register(words: [Array("qmzc".utf8)])
        let newer = Vocabulary.snapshot()
        try tokenizer.tokenize(utf8: Array(input.utf8), into: &text)
        newer.resolve(&text)
        #expect(text.tokens[6].wordID == later.wordIDs[0] && text.tokens[6].lexiconClasses & later.classBit != 0)
        #expect(text.tokens[0].wordID == registration.wordIDs[0])
    }

    /// Generated documents through one refilled text (so keys meet the memo's entries, and
    /// keys whose slots collide evict each other) against fresh texts.
    @Test func generatedDocumentsThroughOneTextMatchFreshOnes() throws {
        _ = Vocabulary.register(words: ["qmy", "qmyab", "qmybab", "qmy's", "qmyabqmyabqmyabq"].map { Array($0.utf8) },
                                stems: ["qmyab", "qmybabq"].map { Array($0.utf8) })
        let vocabulary = Vocabulary.snapshot()
        let tokenizer = try Tokenizer()
        var random = SplitMix64(state: 5)
        let pieces = ["q", "m", "y", "a", "b", "'s", "qmy", "qmyab", ".", "QMY"]
        var text = TokenizedText()
        for _ in 0..<300 {
            let words = (0..<1 + random.next(below: 30)).map { _ in
                "q" + (0..<random.next(below: 7)).map { _ in pieces[random.next(below: pieces.count)] }.joined()
            }
            let input = words.joined(separator: " ")
            try tokenizer.tokenize(utf8: Array(input.utf8), into: &text)
            vocabulary.resolve(&text)
            let expected = try Self.fresh(tokenizer, vocabulary, input)
            #expect(text.tokens.count == expected.count)
            for (token, (id, classes)) in zip(text.tokens, expected) {
                #expect(token.wordID == id && token.lexiconClasses == classes, "\(text.key(of: token))")
            }
        }
    }
}
