import Foundation
import Testing
@testable import SlantReport

@Suite("Moments")
struct MomentsTests {
    @Test func meanStandardDeviationAndErrorWorkedByHand() {
        var moments = Moments()
        for value in [0.5, -0.25, 0.25, 0.5] { moments.add(value) }
        // mean 0.25; squares 0.25 + 0.0625 + 0.0625 + 0.25 = 0.625; variance (0.625 - 4 × 0.0625) / 3 = 0.125
        #expect(moments.mean == 0.25)
        #expect(moments.standardDeviation == 0.125.squareRoot())
        #expect(moments.standardError == 0.125.squareRoot() / 2)
        #expect(Moments().mean == nil)
    }

    @Test func mergingIsExactInAnyOrder() throws {
        let values = (1...1000).map { sin(Double($0)) }
        var forward = Moments()
        values.forEach { forward.add($0) }
        var left = Moments(), right = Moments()
        values[..<333].reversed().forEach { left.add($0) }
        values[333...].forEach { right.add($0) }
        try right.merge(left)
        #expect(right == forward)
    }
}

@Suite("Poisson bootstrap")
struct BootstrapTests {
    /// The weights come from FNV-1a, SplitMix64 and Poisson(1) inversion; these values were
    /// computed independently in Python (docs/STATISTICS.md gives the recipe).
    @Test func weightsAreFixedBySeedAndKey() {
        let bootstrap = PoissonBootstrap(seed: 7, replicates: 6)
        #expect(bootstrap.weights(for: "a\u{0}d1") == [0, 1, 1, 1, 1, 0])
        #expect(bootstrap.weights(for: "a\u{0}d2") == [0, 0, 2, 1, 2, 2])
        #expect(bootstrap.weights(for: "a\u{0}d3") == [2, 0, 2, 1, 2, 1])
        #expect(PoissonBootstrap.cumulative[0] == 6_786_177_901_268_885_504) // e⁻¹ × 2⁶⁴
        #expect(PoissonBootstrap(seed: 8, replicates: 6).weights(for: "a\u{0}d1") != bootstrap.weights(for: "a\u{0}d1"))
    }

    @Test func weightsHaveMeanAndVarianceOne() {
        let weights = PoissonBootstrap(seed: 1, replicates: 100_000).weights(for: "outlet\u{0}id").map(Double.init)
        let mean = weights.reduce(0, +) / Double(weights.count)
        let variance = weights.map { ($0 - mean) * ($0 - mean) }.reduce(0, +) / Double(weights.count)
        #expect(abs(mean - 1) < 0.01)
        #expect(abs(variance - 1) < 0.02)
    }

    /// Three documents with compound 0.1, 0.5 and −0.3 and the weights above. Replicate means:
    /// r0 (0,0,2) −0.3; r1 (1,0,0) 0.1; r2 (1,2,2) 0.5/5 = 0.1; r3 (1,1,1) 0.1; r4 (1,2,2) 0.1;
    /// r5 (0,2,1) 0.7/3. Sorted: −0.3, 0.1, 0.1, 0.1, 0.1, 0.2333. Type-7 quantiles: 2.5% at
    /// position 0.125 → −0.3 + 0.125 × 0.4 = −0.25; 97.5% at 4.875 → 0.1 + 0.875 × 0.1333 = 0.216667.
    @Test func tinyReportIntervalWorkedByHand() throws {
        var report = CorpusReport(frames: [], actors: [], bootstrap: PoissonBootstrap(seed: 7, replicates: 6))
        for (id, compound) in [("d1", 0.1), ("d2", 0.5), ("d3", -0.3)] {
            report.add(DocumentSummary(id: id, outlet: "a", tokens: 10, sentences: 1, compound: compound, sentenceCompound: compound,
                                       frameShares: [], actors: []))
        }
        let interval = try #require(report.outlets["a"]?.compound.interval())
        #expect(abs(interval.estimate - 0.1) < 1e-12)
        #expect(abs(try #require(interval.lower) - -0.25) < 1e-12)
        #expect(abs(try #require(interval.upper) - 0.65 / 3) < 1e-12)
    }

    @Test func explicitWeightsGiveTheHandWorkedPercentileInterval() throws {
        // Replicate means −1/6, 0.1, 0.7/3, 0.1 → sorted −1/6, 0.1, 0.1, 0.7/3; positions 0.075 and 2.925.
        var moments = Moments()
        moments.add(0.1, weights: [1, 0, 2, 1])
        moments.add(0.5, weights: [0, 1, 1, 1])
        moments.add(-0.3, weights: [2, 1, 0, 1])
        let interval = try #require(moments.interval())
        let expectedLower: Double = -1.0 / 6 + 0.075 * (0.1 + 1.0 / 6)
        let expectedUpper: Double = 0.1 + 0.925 * (0.7 / 3 - 0.1)
        #expect(abs(try #require(interval.lower) - expectedLower) < 1e-12)
        #expect(abs(try #require(interval.upper) - expectedUpper) < 1e-12)
    }

    @Test func shareOfATallyUsesTheRatioInEachReplicate() throws {
        var part = Tally(), whole = Tally()
        part.add(2, weights: [1, 0, 2]); whole.add(4, weights: [1, 0, 2])
        part.add(0, weights: [0, 3, 1]); whole.add(6, weights: [0, 3, 1])
        // estimate 2/10; replicates 2/4, 0/18, 4/14 → sorted 0, 2/7, 1/2
        let share = try #require(part.share(of: whole))
        #expect(share.estimate == 0.2)
        let expectedLower: Double = 0.05 * 2 / 7
        let expectedUpper: Double = 2.0 / 7 + 0.95 * (0.5 - 2.0 / 7)
        #expect(abs(try #require(share.lower) - expectedLower) < 1e-12)
        #expect(abs(try #require(share.upper) - expectedUpper) < 1e-12)
    }

    @Test func quantilesInterpolateLikeR() {
        let values = [1.0, 2, 3, 4, 10]
        #expect(Interval.quantile(sorted: values, 0) == 1)
        #expect(Interval.quantile(sorted: values, 0.5) == 3)
        #expect(abs(Interval.quantile(sorted: values, 0.9) - 7.6) < 1e-12) // R: quantile(c(1,2,3,4,10), 0.9) = 7.6
        #expect(Interval.quantile(sorted: values, 1) == 10)
    }
}

@Suite("Divergence and distinctive words")
struct DivergenceAndLogOddsTests {
    @Test func jensenShannonWorkedByHand() throws {
        // P = (½, ½), Q = (1, 0), M = (¾, ¼): ½[½ log₂(⅔) + ½ log₂ 2] + ½[log₂(4/3)] = 0.311278…
        let divergence = try #require(jensenShannonDivergence([2, 2], [3, 0]))
        #expect(abs(divergence - 0.31127812445913283) < 1e-12)
        #expect(jensenShannonDivergence([1, 0], [0, 5]) == 1)
        #expect(jensenShannonDivergence([0.2, 0.3, 0.5], [2, 3, 5]) == 0)
        #expect(jensenShannonDivergence([0, 0], [1, 1]) == nil)
    }

    /// Focus {a: 3, b: 1}, other {a: 1, b: 3}; prior α_w = pooled count, α₀ = 8.
    /// a: δ = ln(7 / (4 + 8 − 3 − 4)) − ln(5 / (4 + 8 − 1 − 4)) = 2 ln 1.4 = 0.672944;
    /// σ² = 1/7 + 1/5; z = 1.149271.
    @Test func logOddsWithInformativePriorWorkedByHand() throws {
        let words = LogOddsRatio.score(focus: ["a": 3, "b": 1], other: ["a": 1, "b": 3])
        #expect(words.map(\.word) == ["a", "b"])
        #expect(abs(words[0].logOddsRatio - 0.6729444732424258) < 1e-12)
        #expect(abs(words[0].z - 1.1492714809232922) < 1e-12)
        #expect(abs(words[1].z + 1.1492714809232922) < 1e-12)
        #expect(words[0].focusCount == 3 && words[0].otherCount == 1)
        let focusOnly = LogOddsRatio.scoreFocusWords(focus: ["a": 3, "b": 1], pooled: ["a": 4, "b": 4, "c": 2])
        #expect(focusOnly.map(\.word) == ["a", "b"])
    }

    @Test func thePriorKeepsRareWordsBelowFrequentOnes() throws {
        // "rare" said twice only by the focus group; "often" 200 against 100 in groups of equal size.
        let focus = ["rare": 2, "often": 200, "the": 798], other = ["often": 100, "the": 900]
        let words = LogOddsRatio.score(focus: focus, other: other)
        #expect(words.first?.word == "often")
        let rare = try #require(words.first { $0.word == "rare" })
        #expect(rare.z < 1.96)
    }
}
