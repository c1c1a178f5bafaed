import Testing
@testable import SlantLexicon
@testable import SlantText

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
    }

    /// A lexicon's records by vocabulary id: each word's entries and phrases at its id, an empty
    /// record for ids between them that are not its words, and for ids outside them or -1.
    @Test func recordsByVocabularyID() {
        let words = VocabularyWords(vocabularyIDs: [12, 10, 15], wordEntries: [0..<2, 2..<2, 2..<3],
                                    phrasesByFirstWord: [0..<0, 0..<3, 0..<0], nextWords: [0, 0b1001, 0])
        #expect(words.base == 10)
        #expect(words.words.count == 6)
        #expect(words.word(12) == .init(entryStart: 0, entryCount: 2, phraseCount: 0, phraseStart: 0, nextWords: 0))
        #expect(words.word(10) == .init(entryStart: 2, entryCount: 0, phraseCount: 3, phraseStart: 0, nextWords: 0b1001))
        #expect(words.word(15) == .init(entryStart: 2, entryCount: 1, phraseCount: 0, phraseStart: 0, nextWords: 0))
        #expect(words.word(12).entries == 0..<2 && words.word(10).phrases == 0..<3 && words.word(15).entries == 2..<3)
        for id: Int32 in [-1, 0, 9, 11, 13, 14, 16, 1000] { #expect(words.word(id) == .none) }
        let empty = VocabularyWords(vocabularyIDs: [], wordEntries: [], phrasesByFirstWord: [])
        #expect(empty.word(0) == .none && empty.word(-1) == .none)
        // Counts past 16 bits: the word is looked up by its bytes.
        let many = VocabularyWords(vocabularyIDs: [3], wordEntries: [0..<70_000], phrasesByFirstWord: [0..<0])
        #expect(many.word(3) == .byBytes)
    }

    /// A phrase's first word holds a filter bit (vocabulary id mod 32) per second word: "qzno
    /// qzdoubt" and "qzno qzway" give "qzno" the bits of "qzdoubt" and "qzway"; the record
    /// decides "qzno" before another word, at the end of the text, and before a word no
    /// lexicon has, without a phrase read; a phrase still matches.
    @Test func secondWordFilterOfPhrases() throws {
        let tokenizer = try Tokenizer()
        let compiled = try CompiledLexicon([Lexicon(source: "f", entries: [
            .init(term: "qzno qzdoubt", weight: 2), .init(term: "qzno qzway", weight: 3), .init(term: "qzno", weight: -1),
        ])], tokenizer: tokenizer)
        var text = try tokenizer.tokenize("qzno qzdoubt qzno qzway qzno qzunknownword qzno")
        Vocabulary.snapshot().resolve(&text)
        let ids = text.tokens.map(\.wordID)
        #expect(ids[5] == -1)
        let record = compiled.vocabularyWords.word(ids[0])
        #expect(record.nextWords == VocabularyWords.Word.bit(ids[1]) | VocabularyWords.Word.bit(ids[3]))
        #expect(record.phraseCount == 2 && record.entryCount == 1)
        text.withKeys { _, tokens in
            #expect(compiled.mayStartPhrase(record, tokens: tokens, at: 0, end: tokens.count))
            #expect(compiled.mayStartPhrase(record, tokens: tokens, at: 2, end: tokens.count))
            #expect(!compiled.mayStartPhrase(record, tokens: tokens, at: 4, end: tokens.count))
            #expect(!compiled.mayStartPhrase(record, tokens: tokens, at: 6, end: tokens.count))
            #expect(!compiled.mayStartPhrase(record, tokens: tokens, at: 0, end: 1))
        }
        #expect(weights(compiled, text) == [[2], [3], [-1], [-1]])
    }

    /// Other lexicons' words that a wildcard matches extend the records, below and above the
    /// lexicon's own ids; its own words keep theirs.
    @Test func recordsOfOtherWordsAWildcardMatches() {
        let own = VocabularyWords(vocabularyIDs: [12, 10], wordEntries: [0..<1, 1..<2], phrasesByFirstWord: [0..<0, 0..<0])
        let words = own.withOtherWords([(3, 5..<6), (10, 7..<8), (20, 8..<10)])
        #expect(words.base == 3 && words.words.count == 18)
        #expect(words.word(3).entries == 5..<6 && words.word(20).entries == 8..<10)
        #expect(words.word(10) == own.word(10) && words.word(12) == own.word(12))
        for id: Int32 in [-1, 2, 4, 11, 19, 21] { #expect(words.word(id) == .none) }
        #expect(own.withOtherWords([]).base == own.base)
    }

    /// A word an earlier lexicon registered ("qzattacks") that a wildcard of a later one matches
    /// ("qzattack*") has a record in the later lexicon holding the wildcard's entries (the
    /// longest prefix: "qzattacker" takes "qzattacke*"); a word no lexicon has ("qzattacking")
    /// is still matched at run time; all match as by bytes.
    @Test func earlierLexiconsWordsThatAWildcardMatchesHaveRecords() throws {
        let tokenizer = try Tokenizer()
        _ = try CompiledLexicon([Lexicon(source: "a", entries: [.init(term: "qzattacks", weight: 1), .init(term: "qzattacker", weight: 1)])],
                                tokenizer: tokenizer)
        let later = try CompiledLexicon([Lexicon(source: "b", entries: [
            .init(term: "qzattack*", weight: 5), .init(term: "qzattacke*", weight: 6), .init(term: "qzpeace", weight: 7),
        ])], tokenizer: tokenizer)
        var text = try tokenizer.tokenize("qzattacks qzattacker qzattacking qzpeace")
        let byBytes = weights(later, text)
        Vocabulary.snapshot().resolve(&text)
        let ids = text.tokens.map(\.wordID)
        #expect(ids[0] >= 0 && ids[1] >= 0 && ids[2] == -1)
        #expect(later.vocabularyWords.word(ids[0]).entries == 0..<1)
        #expect(later.vocabularyWords.word(ids[1]).entries == 1..<2)
        #expect(byBytes == [[5], [6], [5], [7]])
        #expect(weights(later, text) == byBytes)
    }

    /// Phrases matched by vocabulary ids find what matching by bytes finds, over generated
    /// texts of phrase words, their prefixes, other lexicons' words and unknown words.
    @Test func phrasesByIDMatchPhrasesByBytesOnGeneratedTexts() throws {
        let tokenizer = try Tokenizer()
        let compiled = try CompiledLexicon([Lexicon(source: "p", entries: [
            .init(term: "the bomb", weight: 1), .init(term: "the", weight: 2), .init(term: "to die for", weight: 3),
            .init(term: "to die", weight: 4), .init(term: "die", weight: 5), .init(term: "bomb*", weight: 6),
            .init(term: "for the bomb", weight: 7),
        ])], tokenizer: tokenizer)
        // A word of another lexicon, so that ids of other lexicons sit between this one's.
        _ = try CompiledLexicon([Lexicon(source: "q", entries: [.init(term: "qvxother", weight: 1)])], tokenizer: tokenizer)
        let vocabulary = Vocabulary.snapshot()
        let pool = ["the", "bomb", "bombs", "to", "die", "for", "qvxother", "unknownword", ",", "The", "DIE"]
        var random = SplitMix64(state: 13)
        for _ in 0..<200 {
            let words = (0..<random.next(below: 12)).map { _ in pool[random.next(below: pool.count)] }
            var text = try tokenizer.tokenize(words.joined(separator: " "))
            let byBytes = weights(compiled, text)
            vocabulary.resolve(&text)
            #expect(weights(compiled, text) == byBytes, "\(words)")
        }
        var text = try tokenizer.tokenize("for the bomb to die for the bombs, the die")
        vocabulary.resolve(&text)
        #expect(weights(compiled, text) == [[7], [3], [2], [6], [2], [5]])
    }

    /// A word that only follows inside a lexicon's phrases gets an id but not the lexicon's
    /// class bit (no match starts there), and the phrases still match, by id.
    @Test func wordsOnlyInsidePhrasesSetNoClassBit() throws {
        let tokenizer = try Tokenizer()
        // "qzof", not "of": other suites register lexicons at the same time, and past 64
        // registrations a class bit is shared (bit n mod 64) with lexicons that may start a term
        // with "of" (the test failed so once); no other lexicon has "qzof".
        let compiled = try CompiledLexicon([Lexicon(source: "l", entries: [
            .init(term: "qzprisoners qzof qzwar", weight: -2), .init(term: "qzwar", weight: -1),
        ])], tokenizer: tokenizer)
        var text = try tokenizer.tokenize("qzprisoners qzof qzwar qzof qzwar")
        Vocabulary.snapshot().resolve(&text)
        let of = text.tokens[1]
        #expect(of.wordID >= 0 && of.lexiconClasses & compiled.classBit == 0)
        #expect(text.tokens[0].lexiconClasses & compiled.classBit != 0 && text.tokens[2].lexiconClasses & compiled.classBit != 0)
        #expect(weights(compiled, text) == [[-2], [-1]])
        text.withKeys { keys, tokens in #expect(compiled.match(keys: keys, tokens: tokens, at: 3, end: tokens.count) == nil) }
    }

    /// A word that starts a phrase but is no term alone matches, alone, what it matched before
    /// its record held it: its wildcard ("qzth*"), its possessive-less word, or nothing.
    @Test func phraseFirstWordsAloneMatchTheirWildcardOrNothing() throws {
        let tokenizer = try Tokenizer()
        let compiled = try CompiledLexicon([Lexicon(source: "l", entries: [
            .init(term: "qzthe qzbomb", weight: 3), .init(term: "qzth*", weight: -1), .init(term: "qzno qzfun", weight: -2),
            .init(term: "qzkyiv qzgov", weight: 1), .init(term: "qzgov's qzplan", weight: 6), .init(term: "qzgov", weight: 4),
        ])], tokenizer: tokenizer)
        let sentence = "qzthe qzbomb qzthe qzno qzfun qzno qzkyiv qzkyiv qzgov qzgov's qzplan qzgov's"
        var text = try tokenizer.tokenize(sentence)
        #expect(weights(compiled, text) == [[3], [-1], [-2], [1], [6], [4]])
        Vocabulary.snapshot().resolve(&text)
        #expect(weights(compiled, text) == [[3], [-1], [-2], [1], [6], [4]])
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

    /// `resolve` (tags, the stem gate and filter, the possessive lookup) gives every token the id
    /// and classes a brute-force reading of the registry gives, over generated keys: words, stems
    /// and their extensions, possessives, and keys shorter than the shortest stem.
    @Test func resolveAgreesWithABruteForceReadingOfTheRegistry() throws {
        let first = Vocabulary.register(words: ["qxa", "qxab", "qxbab", "qxa's"].map { Array($0.utf8) },
                                        stems: ["qxab", "qxbabq"].map { Array($0.utf8) })
        let second = Vocabulary.register(words: ["qxb"].map { Array($0.utf8) }, stems: ["qxa", "qxbabqa"].map { Array($0.utf8) })
        let vocabulary = Vocabulary.snapshot()
        let registry = vocabulary.registry
        func expected(_ key: [UInt8]) -> (id: Int32, classes: UInt64) {
            func stemClasses(_ key: [UInt8]) -> UInt64 {
                (0..<registry.stems.count).reduce(UInt64(0)) { classes, id in
                    key.starts(with: registry.stems.key(Int32(id))) ? classes | registry.stemClasses[id] : classes
                }
            }
            func find(_ key: [UInt8]) -> Int32? { key.withUnsafeBufferPointer { registry.words.id(of: $0) } }
            let id = find(key) ?? -1
            var classes = (id >= 0 ? registry.wordClasses[Int(id)] : 0) | stemClasses(key)
            if Possessive.suffixLength(key) == 2, let stripped = find(Array(key.dropLast(2))) {
                classes |= registry.wordClasses[Int(stripped)] | stemClasses(Array(key.dropLast(2)))
            }
            return (id, classes)
        }
        let tokenizer = try Tokenizer()
        var random = SplitMix64(state: 7)
        let pieces = ["q", "x", "a", "b", "'s", "qxa", "qxbab"]
        for _ in 0..<300 {
            let words = (0..<1 + random.next(below: 6)).map { _ in
                "q" + (0..<random.next(below: 5)).map { _ in pieces[random.next(below: pieces.count)] }.joined()
            }
            var text = try tokenizer.tokenize(words.joined(separator: " "))
            vocabulary.resolve(&text)
            for token in text.tokens {
                let key = Array(text.key(of: token).utf8)
                let (id, classes) = expected(key)
                #expect(token.wordID == id && token.lexiconClasses == classes, "\(text.key(of: token))")
            }
        }
        var text = try tokenizer.tokenize("qxa qxabc qxbabqa q qxa's")
        vocabulary.resolve(&text)
        let classes = text.tokens.map(\.lexiconClasses)
        #expect(classes[0] & first.classBit != 0 && classes[0] & second.classBit != 0)   // word of the first, stem of the second
        #expect(classes[1] & first.classBit != 0 && classes[1] & second.classBit != 0)   // stems "qxab" and "qxa"
        #expect(classes[2] & first.classBit != 0 && classes[2] & second.classBit != 0)   // stems "qxbabq" and "qxbabqa"
        #expect(text.tokens[2].wordID == -1 && text.tokens[3].wordID == -1)
        #expect(classes[4] & first.classBit != 0 && text.tokens[4].wordID == first.wordIDs[3])
    }

    /// Prefix hashes stop at the longest length asked for, and equal the hash of the prefix,
    /// on both sides of the eight-byte blocks.
    @Test func prefixHashesStopAtTheLongestLength() {
        let key = Array("abcdefghijklmnopqrst".utf8)
        var seen: [Int] = []
        key.withUnsafeBufferPointer { key in
            KeyHash.forEachPrefix(of: key, lengths: 1 << 2 | 1 << 5 | 1 << 8 | 1 << 9 | 1 << 16 | 1 << 17 | 1 << 30) { length, hash in
                seen.append(length)
                #expect(hash == KeyHash.hash(UnsafeBufferPointer(rebasing: key[0..<length])))
            }
            KeyHash.forEachPrefix(of: key, lengths: 0) { length, _ in seen.append(-length) }
        }
        #expect(seen == [2, 5, 8, 9, 16, 17])
    }

    /// Wildcard prefixes of 64 bytes or more are found beside shorter ones, the longest winning,
    /// resolved or not.
    @Test func wildcardsOfSixtyFourBytesOrMore() throws {
        let long = String(repeating: "qz", count: 35)   // 70 bytes
        let tokenizer = try Tokenizer()
        let compiled = try CompiledLexicon([Lexicon(source: "w", entries: [
            .init(term: "qzqz*", weight: 1), .init(term: long + "*", weight: 2), .init(term: String(repeating: "qz", count: 40) + "*", weight: 3),
        ])], tokenizer: tokenizer)
        var text = try tokenizer.tokenize("qzqzqz \(long) \(long)qzqz \(String(repeating: "qz", count: 41)) \(long.dropLast(2))")
        let byBytes = weights(compiled, text)
        Vocabulary.snapshot().resolve(&text)
        #expect(byBytes == [[1], [2], [2], [3], [1]])
        #expect(weights(compiled, text) == byBytes)
    }
}
