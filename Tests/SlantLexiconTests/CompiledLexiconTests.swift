import Testing
import SlantLexicon
import SlantText

@Suite("Compiled lookup")
struct CompiledLexiconTests {
    func matches(_ lexicons: [Lexicon], in input: String) throws -> [(String, [String], [Double])] {
        let tokenizer = try Tokenizer()
        let compiled = try CompiledLexicon(lexicons, tokenizer: tokenizer)
        let text = try tokenizer.tokenize(input)
        return compiled.matches(in: text).map { found in
            let words = found.tokens.map { text.text(of: text.tokens[$0]) }.joined(separator: " ")
            return (words, found.match.entries.map { compiled.entries[$0].term }, found.match.entries.map { compiled.weights[$0] })
        }
    }

    @Test func longestPhraseWins() throws {
        let lexicon = Lexicon(source: "l", entries: [
            .init(term: "White House", weight: 1), .init(term: "house", weight: 2), .init(term: "white", weight: 3),
            .init(term: "White House press secretary", weight: 4),
        ])
        let found = try matches([lexicon], in: "The White House said the house was white. The White House press secretary spoke.")
        #expect(found.map(\.0) == ["White House", "house", "white", "White House press secretary"])
        #expect(found.map(\.2) == [[1], [2], [3], [4]])
    }

    @Test func keysMatchWhateverTheCaseAndApostrophe() throws {
        let lexicon = Lexicon(source: "l", entries: [.init(term: "Russia's", weight: 1), .init(term: "КИЇВ", weight: 2)])
        let found = try matches([lexicon], in: "RUSSIA’S claims; київ responded.")
        #expect(found.map(\.0) == ["RUSSIA’S", "київ"])
    }

    @Test func wildcardsMatchPrefixesLongestFirst() throws {
        let lexicon = Lexicon(source: "l", entries: [
            .init(term: "negotiat*", weight: 1), .init(term: "negotiations", weight: 5), .init(term: "neg*", weight: 2),
        ])
        let found = try matches([lexicon], in: "negotiators negotiations neglect negative")
        #expect(found.map(\.2) == [[1], [5], [2], [2]])
    }

    /// Nested wildcards: the longest prefix wins, whichever lengths lie between, for tokens
    /// resolved against the vocabulary and not (the prefixes are probed longest first).
    @Test func nestedWildcardsLongestPrefixWins() throws {
        let tokenizer = try Tokenizer()
        let compiled = try CompiledLexicon([Lexicon(source: "l", entries: [
            .init(term: "qzatt*", weight: 1), .init(term: "qzattack*", weight: 2), .init(term: "qzattacke*", weight: 3),
        ])], tokenizer: tokenizer)
        var text = try tokenizer.tokenize("qzattacks qzattackers qzatta qzat qzattacked")
        let weights = { (text: TokenizedText) in compiled.matches(in: text).map { found in found.match.entries.map { compiled.weights[$0] } } }
        #expect(weights(text) == [[2], [3], [1], [3]])
        Vocabulary.snapshot().resolve(&text)
        #expect(weights(text) == [[2], [3], [1], [3]])
    }

    @Test func possessiveFallsBackToTheWord() throws {
        let lexicon = Lexicon(source: "l", entries: [.init(term: "Kremlin", weight: 1)])
        #expect(try matches([lexicon], in: "the Kremlin’s envoy").map(\.0) == ["Kremlin’s"])
    }

    @Test func earlierLexiconsHavePriority() throws {
        let news = Lexicon(source: "news", entries: [.init(term: "withdrawal", weight: 0)])
        let general = Lexicon(source: "general", entries: [.init(term: "withdrawal", weight: -3), .init(term: "war", weight: -2.9)])
        let found = try matches([news, general], in: "withdrawal war")
        #expect(found.map(\.2) == [[0], [-2.9]])
    }

    @Test func oneTermCanBelongToSeveralCategories() throws {
        let frames = Lexicon(source: "frames", entries: [
            .init(term: "sanctions", weight: 1, category: "economic"), .init(term: "sanctions", weight: 1, category: "legitimacy"),
        ])
        let tokenizer = try Tokenizer()
        let compiled = try CompiledLexicon([frames], tokenizer: tokenizer)
        let found = compiled.matches(in: try tokenizer.tokenize("new sanctions"))
        #expect(found.count == 1)
        #expect(found[0].match.entries.map { compiled.categories[Int(compiled.categoryIndices[$0])] } == ["economic", "legitimacy"])
    }

    @Test func emoticonsAreTermsOfPunctuation() throws {
        let lexicon = Lexicon(source: "l", entries: [.init(term: ":(", weight: -1.9), .init(term: "<3", weight: 1.9)])
        #expect(try matches([lexicon], in: "no :( but <3").map(\.0) == [": (", "< 3"])
    }

    @Test func aWildcardOfSeveralTokensNamesItsLine() throws {
        let lexicon = Lexicon(source: "bad.tsv", entries: [.init(term: "9/11*", weight: 1, line: 7)])
        #expect(throws: DataFileError(source: "bad.tsv", line: 7, message: "the wildcard prefix of \"9/11*\" must be one word, found 3 tokens")) {
            try CompiledLexicon([lexicon], tokenizer: Tokenizer())
        }
    }

    /// Russian terms: words, a wildcard, and a word whose stem is too short to index (месть).
    static let russianTerms = Lexicon(source: "l", entries: [
        .init(term: "агрессия", weight: -2.6), .init(term: "месть", weight: -2.0), .init(term: "агресс*", weight: -1.0),
        .init(term: "нападение", weight: -2.4),
    ])

    /// With the Russian stemmer a single word matches the other forms of its word; wildcards
    /// still match first; short stems (месть → мест, 4 letters) are not indexed.
    @Test func stemsMatchOtherFormsOfAWord() throws {
        let tokenizer = try Tokenizer()
        let lexicon = Self.russianTerms
        let stemmed = try CompiledLexicon([lexicon], tokenizer: tokenizer, options: .init(stemmer: "russian"))
        let plain = try CompiledLexicon([lexicon], tokenizer: tokenizer)
        let text = try tokenizer.tokenize("агрессия агрессии нападении нападением место месть")
        let weights = { (compiled: CompiledLexicon) in compiled.matches(in: text).map { compiled.weights[$0.match.entries.lowerBound] } }
        // агрессии: the wildcard агресс* (-1) before the stem; нападении, нападением: the stem of
        // нападение (-2.4); место: no match (мест has 4 letters).
        #expect(weights(stemmed) == [-2.6, -1.0, -2.4, -2.4, -2.0])
        #expect(weights(plain) == [-2.6, -1.0, -2.0])
        // The second lookup of a word comes from the cache and agrees.
        #expect(weights(stemmed) == [-2.6, -1.0, -2.4, -2.4, -2.0])
    }

    /// A worker's own stem memo (no lock) finds what the shared memo finds, on first sight of
    /// each word and from the memo after; a lexicon without a stemmer has no memo to make.
    @Test func aWorkersStemMemoFindsWhatTheSharedMemoFinds() throws {
        let tokenizer = try Tokenizer()
        let lexicon = Self.russianTerms
        let stemmed = try CompiledLexicon([lexicon], tokenizer: tokenizer, options: .init(stemmer: "russian"))
        #expect(try CompiledLexicon([lexicon], tokenizer: tokenizer).makeStemMemo() == nil)
        let memo = try #require(stemmed.makeStemMemo())
        let text = try tokenizer.tokenize("нападении агрессия агрессии нападении нападением место месть")
        let weights = text.withKeys { keys, tokens in
            var found: [Double] = []
            var index = 0
            while index < tokens.count {
                if let match = stemmed.match(keys: keys, tokens: tokens, at: index, end: tokens.count, stemMemo: memo) {
                    found.append(stemmed.weights[match.entries.lowerBound])
                    index += match.length
                } else {
                    index += 1
                }
            }
            return found
        }
        #expect(weights == [-2.4, -2.6, -1.0, -2.4, -2.4, -2.0])
    }

    @Test func unknownStemmerNamesTheLexicon() throws {
        let tokenizer = try Tokenizer()
        #expect {
            _ = try CompiledLexicon([Lexicon(source: "words.tsv", entries: [.init(term: "мир", weight: 1)])], tokenizer: tokenizer,
                                    options: .init(stemmer: "klingon"))
        } throws: { error in
            String(describing: error).hasPrefix("words.tsv: unknown Snowball stemmer \"klingon\"")
        }
    }
}
