import Testing
@testable import SlantLexicon
import SlantText

/// A worker's memo of run-time single-word lookups (``CompiledLexicon/FallbackMemo``) answers
/// exactly what the lookup answers.
@Suite("Fallback memos")
struct FallbackMemoTests {
    // Words no other test's lexicon has ("qz…"), so that no shared class bit changes the lookups.
    let lexicon = Lexicon(source: "memo", entries: [
        .init(term: "qzattack*", weight: 2), .init(term: "qzrussia", weight: 3), .init(term: "qzkyiv", weight: 4),
    ])
    let input = "qzattacking qzrussia's qzattacks zyx qzkyiv's qzattacking qzrussia's qzattackingqzattackingqzattacking qzattacks"

    func weights(_ compiled: CompiledLexicon, _ text: TokenizedText, memo: CompiledLexicon.FallbackMemo?) -> [Double?] {
        text.withKeys { keys, tokens in
            tokens.indices.map { index in
                compiled.match(keys: keys, tokens: tokens, at: index, end: tokens.count, fallbackMemo: memo).map { compiled.weights[$0.entries.lowerBound] }
            }
        }
    }

    @Test func memoizedLookupsEqualTheLookups() throws {
        let tokenizer = try Tokenizer()
        let compiled = try CompiledLexicon([lexicon], tokenizer: tokenizer)
        let other = try CompiledLexicon([Lexicon(source: "other", entries: [.init(term: "qzother", weight: 1)])], tokenizer: tokenizer)
        for resolve in [false, true] {
            var text = try tokenizer.tokenize(input)
            if resolve { Vocabulary.snapshot().resolve(&text) }
            // qzattacking, qzrussia's (the possessive of a word), qzattacks, zyx, qzkyiv's,
            // qzattacking, qzrussia's, a 33-byte word (longer than the memo keeps), qzattacks.
            let plain = weights(compiled, text, memo: nil)
            #expect(plain == [2, 3, 2, nil, 4, 2, 3, 2, 2])
            let memo = compiled.makeFallbackMemo()
            // Twice: the second pass answers from the memo.
            #expect(weights(compiled, text, memo: memo) == plain)
            #expect(weights(compiled, text, memo: memo) == plain)
            // Another lexicon's memo is not used.
            #expect(weights(compiled, text, memo: other.makeFallbackMemo()) == plain)
        }
    }

    /// Two keys in one slot: each is compared byte for byte, the later one replaces the earlier.
    @Test func keysThatShareASlotAreToldApart() {
        let memo = CompiledLexicon.FallbackMemo(generation: 1)
        let first = Array("attacking".utf8), second = Array("attackinh".utf8)
        var calls = 0
        func entries(_ key: [UInt8], _ answer: Range<Int>?) -> Range<Int>? {
            key.withUnsafeBufferPointer { memo.entries($0, hash: 7) { calls += 1; return answer } }
        }
        #expect(entries(first, 3..<5) == 3..<5 && calls == 1)
        #expect(entries(first, 9..<9) == 3..<5 && calls == 1)
        #expect(entries(second, nil) == nil && calls == 2)
        #expect(entries(second, 3..<5) == nil && calls == 2)
        #expect(entries(first, 4..<6) == 4..<6 && calls == 3)
        // A key longer than the memo keeps is always looked up.
        let long = Array(repeating: UInt8(ascii: "a"), count: CompiledLexicon.FallbackMemo.maximumKeyLength + 1)
        #expect(entries(long, 1..<2) == 1..<2 && entries(long, 2..<3) == 2..<3 && calls == 5)
    }
}
