import Testing
@testable import SlantLexicon
import SlantText

/// ``LexiconPair`` decides what each lexicon's `match` finds at a token, in one read.
@Suite("Lexicon pairs")
struct LexiconPairTests {
    // Words no other test's lexicon has ("qz…"): past 64 registrations in one test process a
    // class bit is shared, and a word another lexicon registered could carry this one's bit.
    let rules = Lexicon(source: "rules", entries: [
        .init(term: "qznot", weight: -0.74, category: "negation"), .init(term: "qzvery", weight: 0.293, category: "booster"),
        .init(term: "qzno", weight: -0.75, category: "negation"), .init(term: "qzno qzdoubt", weight: 0.25, category: "booster"),
    ])
    let valences = Lexicon(source: "valences", entries: [
        .init(term: "qzgood", weight: 1.9), .init(term: "qzno", weight: -1.2), .init(term: "qzdoubt", weight: -1.5),
        .init(term: "qzbad", weight: -2.5),
    ])
    let input = "Qznot qzgood, qzno qzdoubt qzvery qzbad; qzno zyxq qzgood qzno"

    /// Each token's decisions, worked by hand: `e(term)` is the entry of a single-word term.
    @Test func decisionsOfEachToken() throws {
        let tokenizer = try Tokenizer()
        let first = try CompiledLexicon([rules], tokenizer: tokenizer)
        let second = try CompiledLexicon([valences], tokenizer: tokenizer)
        let pair = LexiconPair(first, second)
        var text = try tokenizer.tokenize(input)
        Vocabulary.snapshot().resolve(&text)
        func e(_ lexicon: CompiledLexicon, _ term: String) throws -> Int32 {
            Int32(try #require(lexicon.entries.firstIndex { $0.term == term }))
        }
        let none = LexiconPair.none, lookUp = LexiconPair.lookUp
        let expected: [(Int32, Int32, Double, Double)] = [
            (try e(first, "qznot"), none, -0.74, 0),        // Qznot: a rule word only
            (none, try e(second, "qzgood"), 0, 1.9),        // qzgood
            (none, none, 0, 0),                             // ,
            (lookUp, try e(second, "qzno"), -0.75, -1.2),   // qzno before qzdoubt: the phrase may start
            (none, try e(second, "qzdoubt"), 0, -1.5),      // qzdoubt: in the rules only inside a phrase
            (try e(first, "qzvery"), none, 0.293, 0),       // qzvery
            (none, try e(second, "qzbad"), 0, -2.5),        // qzbad
            (none, none, 0, 0),                             // ;
            (try e(first, "qzno"), try e(second, "qzno"), -0.75, -1.2), // qzno before a word no lexicon has
            (none, none, 0, 0),                             // zyxq
            (none, try e(second, "qzgood"), 0, 1.9),        // qzgood
            (try e(first, "qzno"), try e(second, "qzno"), -0.75, -1.2), // qzno, last: no phrase can follow
        ]
        let decisions = text.withKeys { _, tokens in
            tokens.indices.map { pair.decide(tokens: tokens, at: $0, end: tokens.count) }
        }
        #expect(decisions.count == expected.count)
        for (index, (decision, want)) in zip(decisions, expected).enumerated() {
            // Past 64 registrations in one test process a class bit is shared: a token no lexicon
            // of this test has (",", "zyxq") may carry one of their bits for another lexicon's
            // word, and is then left to `match` (which finds nothing).
            if text.key(of: text.tokens[index]).hasPrefix("qz") {
                #expect(decision == LexiconPair.Decision(first: want.0, second: want.1, firstWeight: want.2, secondWeight: want.3))
            } else {
                #expect([none, lookUp].contains(decision.first) && [none, lookUp].contains(decision.second))
                #expect(decision.firstWeight == 0 && decision.secondWeight == 0)
            }
        }
    }

    /// Where the pair decides, each lexicon's `match` finds the same: the entry, length 1, or nothing;
    /// tokens not resolved are left to `match`.
    @Test func decisionsAgreeWithMatch() throws {
        let tokenizer = try Tokenizer()
        let first = try CompiledLexicon([rules], tokenizer: tokenizer)
        let second = try CompiledLexicon([valences], tokenizer: tokenizer)
        let pair = LexiconPair(first, second)
        for resolve in [false, true] {
            var text = try tokenizer.tokenize(input + ". QZNO QZDOUBT, qzno-qzgood qzno qzno qzdoubt!")
            if resolve { Vocabulary.snapshot().resolve(&text) }
            let lexiconWords = text.tokens.filter { text.key(of: $0).hasPrefix("qz") && !text.key(of: $0).contains("-") }.count
            text.withKeys { keys, tokens in
                var decided = 0
                for index in tokens.indices {
                    let decision = pair.decide(tokens: tokens, at: index, end: tokens.count)
                    for (lexicon, entry, weight) in [(first, decision.first, decision.firstWeight), (second, decision.second, decision.secondWeight)] {
                        let match = lexicon.match(keys: keys, tokens: tokens, at: index, end: tokens.count)
                        if entry == LexiconPair.lookUp { continue }
                        if text.key(of: tokens[index]).hasPrefix("qz") && !text.key(of: tokens[index]).contains("-") { decided += 1 }
                        if entry == LexiconPair.none {
                            #expect(match == nil)
                        } else {
                            #expect(match?.entries.lowerBound == Int(entry) && match?.length == 1)
                            #expect(lexicon.weights[Int(entry)] == weight)
                        }
                    }
                }
                // Unresolved tokens are all left to `match`; the lexicons' words, resolved, are
                // decided by both but where a phrase may start ("qzno" before "qzdoubt", three times,
                // and a second word whose filter bit another word's id shares).
                #expect(resolve ? decided >= 2 * lexiconWords - 6 : decided == 0)
            }
        }
    }
}
