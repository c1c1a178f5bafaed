@testable import SlantScoring
import SlantText
import Testing

/// The integer-keyed helpers that replaced per-document dictionaries in the analysis (issue 13):
/// they must give what the dictionaries gave.
@Suite("Analysis scratch: evidence tally, buckets, ordinals")
struct AnalysisScratchTests {
    @Test func tallySumsByKeyAndOrdersLikeStrongest() {
        var tally = EvidenceTally()
        let names = ["war", "peace", "attack (aggressor)", "hope"]
        // war: -0.5 - 0.25 = -0.75; peace: 0.5; attack: -0.75 (ties war, sorts after it); hope: 0.125.
        tally.add(0, -0.5)
        tally.add(1, 0.5)
        tally.add(2, -0.75)
        tally.add(0, -0.25)
        tally.add(3, 0.125)
        let words = tally.strongest(limit: 3, names: names)
        #expect(words == [EvidenceWord(term: "attack (aggressor)", contribution: -0.75),
                          EvidenceWord(term: "war", contribution: -0.75),
                          EvidenceWord(term: "peace", contribution: 0.5)])
        let same = DocumentAnalyzer.strongest([("war", -0.5), ("peace", 0.5), ("attack (aggressor)", -0.75), ("war", -0.25), ("hope", 0.125)],
                                              limit: 3)
        #expect(words == same)
        // Emptied: the next actor starts from nothing.
        tally.add(3, 1)
        #expect(tally.strongest(limit: 5, names: names) == [EvidenceWord(term: "hope", contribution: 1)])
        #expect(tally.strongest(limit: 5, names: names) == [])
    }

    @Test func bucketsKeepOrderWithinAGroup() {
        let buckets = Buckets(count: 3, keys: [2, 0, -1, 2, 0])
        #expect(Array(buckets[0]) == [1, 4])
        #expect(Array(buckets[1]) == [])
        #expect(Array(buckets[2]) == [0, 3])
    }

    @Test func titleCaseFlagsOnePerSentence() throws {
        // "Russian Troops Attack Kyiv Suburbs" has 5 words, all capitalised (5 >= 0.6 × 5);
        // "The army shelled the city" has 1 of 5; "Peace Talks Stall" has only 3 words (< 4).
        let text = try Tokenizer().tokenize("Russian Troops Attack Kyiv Suburbs. The army shelled the city. Peace Talks Stall.")
        let flags = text.withKeys { _, tokens in ProperNames.titleCaseSentences(of: text, tokens: tokens) }
        #expect(flags == [true, false, false])
        var reused = [true, true, true, true, true]
        text.withKeys { _, tokens in ProperNames.titleCaseSentences(of: text, tokens: tokens, into: &reused) }
        #expect(reused == [true, false, false])
    }

    @Test func ordinalsArePositionsInAllCases() {
        #expect(RoleCues.Kind.allCases.enumerated().allSatisfy { Int($0.element.ordinal) == $0.offset })
        #expect(Role.allCases.enumerated().allSatisfy { $0.element.index == $0.offset })
        #expect(EvidenceKeys.roleLabelName(Role.victim.index) == "victim")
        #expect(EvidenceKeys.roleLabelName(Role.allCases.count) == "agent")
        #expect(EvidenceKeys.roleLabelName(Role.allCases.count + 1) == "patient")
    }
}
