import Foundation
import SlantLexicon
@testable import SlantScoring
import SlantText
import Testing

/// The lexical walks' shortcuts against what they replace: the script majority decided before
/// the last token, the inlined match walk, cased aliases compared as bytes.
@Suite("Lexical walks")
struct LexicalWalkTests {
    let tokenizer: Tokenizer
    let model: ScoringModel

    init() throws {
        (tokenizer, model) = try bundledTokenizerAndModel()
    }

    /// `count` words of one script: "word" or "слово".
    func words(_ word: String, _ count: Int) -> String { Array(repeating: word, count: count).joined(separator: " ") }

    /// The majority script is read from the word pass's counts: the whole text counts, in either
    /// order, whatever leads early.
    @Test(arguments: [
        // 100 Latin, 99 Cyrillic: Latin by one word.
        (100, 99, LanguageDetector.Script.latin),
        // 70 Latin, 100 Cyrillic: the Latin lead over the first words does not decide.
        (70, 100, .cyrillic),
        // 130 Latin, 130 Cyrillic: a tie is Latin.
        (130, 130, .latin),
        // 200 Latin, 10 Cyrillic.
        (200, 10, .latin),
    ])
    func majorityScriptCountsEveryWord(latin: Int, cyrillic: Int, expected: LanguageDetector.Script) throws {
        let detector = try #require(model.detector)
        let text = try tokenizer.tokenize(words("word", latin) + " " + words("слово", cyrillic))
        #expect(detector.majorityScript(of: text) == expected)
        let reversed = try tokenizer.tokenize(words("слово", cyrillic) + " " + words("word", latin))
        #expect(detector.majorityScript(of: reversed) == expected)
    }

    /// The inlined walk finds the matches that asking ``CompiledLexicon/match(keys:tokens:at:end:stemMemo:)``
    /// at each token finds, resolved or not.
    @Test func inlinedWalkFindsWhatEveryTokenFinds() throws {
        let text = "Moscow's invasion of Kyiv, the so-called special military operation, met sanctions; "
            + "the White House and NATO's allies sent weapons to Kiev. Civilians fled the shelling."
        for lexicon in [model.frames.lexicon, model.actors.lexicon, try #require(model.naming).lexicon] {
            for resolve in [false, true] {
                var tokens = try tokenizer.tokenize(text)
                if resolve { Vocabulary.snapshot().resolve(&tokens) }
                var walked: [(Int, CompiledLexicon.Match)] = []
                var asked: [(Int, CompiledLexicon.Match)] = []
                tokens.withKeys { keys, tokens in
                    lexicon.forEachMatch(keys: keys, tokens: tokens) { walked.append(($0, $1)) }
                    var index = 0
                    while index < tokens.count {
                        if let match = lexicon.match(keys: keys, tokens: tokens, at: index, end: tokens.count) {
                            asked.append((index, match))
                            index += match.length
                        } else {
                            index += 1
                        }
                    }
                }
                #expect(walked.map(\.0) == asked.map(\.0) && walked.map(\.1) == asked.map(\.1))
                #expect(!walked.isEmpty)
            }
        }
    }

    @Test(arguments: [
        // The same bytes: a mention.
        ("US", ["US"], true as Bool?),
        // ASCII bytes that differ: none.
        ("US", ["Us"], false),
        ("US", ["USA"], false),
        // Tokens joined by one space, whatever separates them in the text.
        ("Xi Jinping", ["Xi", "Jinping"], true),
        ("Xi Jinping", ["Xi", "Jin"], false),
        ("ВСУ", ["ВСУ"], true),
        // Non-ASCII bytes that differ: left to the String comparison (canonical equivalence).
        ("ВСУ", ["Всу"], nil),
        ("Élysée", ["E\u{301}lysée"], nil),
    ])
    func casedAliasBytes(alias: String, written: [String], expected: Bool?) throws {
        let text = try tokenizer.tokenize(written.joined(separator: "  "))
        #expect(text.tokens.count == written.count)
        let found = text.bytes.withUnsafeBufferPointer { bytes in
            text.tokens.withUnsafeBufferPointer { tokens in
                Array(alias.utf8).withUnsafeBufferPointer { alias in
                    ActorMatcher.isWritten(alias, bytes: bytes, tokens: tokens, range: 0..<tokens.count)
                }
            }
        }
        #expect(found == expected)
    }

    /// A cased alias written with a combining accent still matches (the String comparison).
    @Test func casedAliasInAnotherNormalizationForm() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("slant-actors-\(UUID()).tsv")
        try Data("actor\tname\talias\tmatch\nfrance\tFrance\tÉlysée\tcased\n".utf8).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let model = try bundledModel(tokenizer: tokenizer, extraActors: [file])
        let france = try #require(model.actors.catalog.index(of: "france"))
        for (text, expected) in [("The Élysée said so.", 1), ("The E\u{301}lysée said so.", 1), ("The élysée said so.", 0)] {
            let mentions = model.actors.mentions(in: try tokenizer.tokenize(text)).filter { $0.actor == france }
            #expect(mentions.count == expected, "\(text)")
        }
    }

    /// The actor, frame and naming walks with a worker's memos of run-time lookups find what
    /// they find without, on the first text and again (answered from the memos).
    @Test func walksWithMemosFindWhatTheyFindWithout() throws {
        let texts = ["Russia's attacks on Kyiv's suburbs and the Kremlin's denials; Ukraine's allies and NATO's summit.",
                     "Kiev's mayor said Russia's shelling and Moscow's attacks continued; the White House's envoy left.",
                     // Hyphenated tokens whose parts are aliases: one, two, and more than two actors.
                     "The Kyiv-based envoy, the Russia-Ukraine talks, Kremlin-Kyiv-Russia ties and Russia-Ukraine-NATO-Washington-Brussels meetings."]
        let naming = try #require(model.naming)
        let memos = (actors: model.actors.makeMemo(), frames: model.frames.makeMemo(), naming: naming.makeMemo())
        for text in texts + texts {
            var tokens = try tokenizer.tokenize(text)
            Vocabulary.snapshot().resolve(&tokens)
            let mentions = model.actors.mentions(in: tokens)
            #expect(model.actors.mentions(in: tokens, memo: memos.actors) == mentions)
            #expect(mentions.count >= 3)
            #expect(model.frames.score(tokens, memo: memos.frames) == model.frames.score(tokens))
            #expect(naming.count(in: tokens, memo: memos.naming) == naming.count(in: tokens))
        }
    }

    /// The negation suffix tested on a key's last two bytes in one branch never rules out a key
    /// that ends with a suffix, and rules out words that only end in its last byte ("that").
    @Test func negationSuffixTestOnTheLastTwoBytes() throws {
        let tokenizer = try Tokenizer()
        func rules(_ suffixes: [String]) throws -> SentimentRules {
            try SentimentRules(Lexicon(source: "r", entries: suffixes.map { .init(term: $0, weight: -0.74, category: "negation-suffix") }),
                               tokenizer: tokenizer)
        }
        func passes(_ rules: SentimentRules, _ key: String) -> Bool {
            let bytes = Array(key.utf8)
            return rules.mayEndNegationSuffix(last: bytes[bytes.count - 1], beforeLast: bytes[max(bytes.count - 2, 0)])
        }
        let clitic = try rules(["n't"])
        #expect(["don't", "isn't", "'t", "won't"].allSatisfy { passes(clitic, $0) })
        #expect(!["that", "it", "t", "nt", "at"].contains { passes(clitic, $0) })
        #expect(["don't", "isn't"].map { key in Array(key.utf8).withUnsafeBufferPointer { clitic.negationSuffixWeight($0) } } == [-0.74, -0.74])
        // A one-byte suffix: any byte may come before it (the two bytes are tested apart, so
        // "that" passes too, and the weight says it ends with no suffix).
        let withOneByte = try rules(["n't", "q"])
        #expect(["don't", "iraq", "q", "qq", "that"].allSatisfy { passes(withOneByte, $0) })
        #expect(!passes(withOneByte, "than"))
        #expect(Array("that".utf8).withUnsafeBufferPointer { withOneByte.negationSuffixWeight($0) } == nil)
    }
}
