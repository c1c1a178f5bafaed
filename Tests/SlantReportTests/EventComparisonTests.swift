@testable import SlantReport
import Testing

/// A corpus where selection and framing point opposite ways.
///
/// Outlet A runs three war stories (compound −0.6 each) and one on the talks (+0.5); outlet B
/// one war story (−0.8) and three on the talks (+0.3 each). A also has one story with no event
/// (+0.1), C one story on a parade that nobody else covers (+0.9).
///
/// Pooled over their event documents, A − B = (−1.8 + 0.5)/4 − (−0.8 + 0.9)/4 = −0.325 − 0.025 = −0.35:
/// A looks more negative. Within events, A − B is −0.6 − (−0.8) = +0.2 on the war and
/// 0.5 − 0.3 = +0.2 on the talks, mean +0.2: on the same events A is more positive. A's extra
/// negativity is selection (it covers the war more), not framing.
@Suite struct EventComparisonTests {
    static func summary(_ id: String, _ outlet: String, _ event: String?, _ compound: Double) -> DocumentSummary {
        var summary = DocumentSummary(id: id, outlet: outlet, tokens: 10, sentences: 1, compound: compound, sentenceCompound: compound,
                                      frameShares: [], actors: [])
        summary.event = event
        return summary
    }

    static let documents = [
        summary("a1", "A", "war", -0.6), summary("a2", "A", "war", -0.6), summary("a3", "A", "war", -0.6),
        summary("a4", "A", "talks", 0.5), summary("a5", "A", nil, 0.1),
        summary("b1", "B", "war", -0.8), summary("b2", "B", "talks", 0.3), summary("b3", "B", "talks", 0.3), summary("b4", "B", "talks", 0.3),
        summary("c1", "C", "parade", 0.9),
    ]

    static func report(_ documents: [DocumentSummary] = documents, replicates: Int = 0) -> CorpusReport {
        var report = CorpusReport(frames: [], actors: [], bootstrap: PoissonBootstrap(replicates: replicates))
        for document in documents { report.add(document) }
        return report
    }

    static var options: EventComparison.Options {
        var options = EventComparison.Options()
        options.minimumEvents = 2
        return options
    }

    @Test func pooledAndWithinEventDisagree() throws {
        let comparison = try EventComparison(report: Self.report(), outlets: ["A", "B", "C"], options: Self.options)
        let ab = try #require(comparison.pairs.first { $0.first == "A" && $0.second == "B" })
        #expect(ab.sharedEvents == 2)
        let compound = try #require(ab.differences.first { $0.measure == "compound" })
        #expect(compound.events == 2)
        let pooled = try #require(compound.pooled), within = try #require(compound.withinEvents)
        #expect(abs(pooled.estimate - -0.35) < 1e-9)
        #expect(abs(within.estimate - 0.2) < 1e-9)
        // A and C share no event: the pooled difference exists, the within-event one does not.
        let ac = try #require(comparison.pairs.first { $0.first == "A" && $0.second == "C" })
        #expect(ac.sharedEvents == 0)
        let acCompound = try #require(ac.differences.first)
        #expect(acCompound.withinEvents == nil)
        let acPooled = try #require(acCompound.pooled)
        #expect(abs(acPooled.estimate - (-0.325 - 0.9)) < 1e-9)
    }

    @Test func coverageSeparatesSelection() throws {
        let comparison = try EventComparison(report: Self.report(), outlets: ["A", "B", "C"], options: Self.options)
        let a = comparison.coverage[0], b = comparison.coverage[1], c = comparison.coverage[2]
        #expect([a.documents, a.documentsWithEvent, a.events, a.sharedEvents, a.documentsInSharedEvents] == [5, 4, 2, 2, 4])
        #expect(a.sharedShare == 1)
        #expect([b.documents, b.documentsWithEvent, b.events, b.sharedEvents] == [4, 4, 2, 2])
        #expect([c.documents, c.events, c.sharedEvents, c.documentsInSharedEvents] == [1, 1, 0, 0])
        #expect(c.sharedShare == 0)
    }

    @Test func referenceAndMinimumEvents() throws {
        var options = Self.options
        options.reference = "B"
        options.minimumEvents = 3
        let comparison = try EventComparison(report: Self.report(), outlets: ["A", "C"], options: options)
        #expect(comparison.outlets == ["A", "C", "B"])
        #expect(comparison.pairs.map { "\($0.first)-\($0.second)" } == ["A-B", "C-B"])
        // Two shared events are below the minimum of three: not estimable.
        #expect(comparison.pairs[0].differences[0].events == 2)
        #expect(comparison.pairs[0].differences[0].withinEvents == nil)
    }

    @Test func intervalsAndMergeability() throws {
        let whole = Self.report(replicates: 200)
        var merged = Self.report(Array(Self.documents.prefix(4)), replicates: 200)
        try merged.merge(Self.report(Array(Self.documents.dropFirst(4)), replicates: 200))
        #expect(merged == whole)
        let comparison = try EventComparison(report: whole, outlets: ["A", "B"], options: Self.options)
        let compound = comparison.pairs[0].differences[0]
        // Every event's difference is +0.2, so every replicate that draws one is +0.2.
        let within = try #require(compound.withinEvents)
        let lower = try #require(within.lower), upper = try #require(within.upper)
        #expect(abs(lower - 0.2) < 1e-9)
        #expect(abs(upper - 0.2) < 1e-9)
        let pooled = try #require(compound.pooled)
        #expect(pooled.lower != nil)
    }

    /// Each outlet against the other compared outlets in the same events. A against B and C:
    /// within the war +0.2 and the talks +0.2 (only B reports them besides A), mean +0.2; pooled,
    /// A's −0.325 against the others' (−0.8 + 0.3 · 3 + 0.9) / 5 = 0.2, that is −0.525. C shares no
    /// event; pooled 0.9 − (−1.3 + 0.1) / 8 = 1.05.
    @Test func againstTheOthers() throws {
        var options = Self.options
        options.againstOthers = true
        let comparison = try EventComparison(report: Self.report(), outlets: ["A", "B", "C"], options: options)
        #expect(comparison.pairs.map { "\($0.first)-\($0.second)" } == ["A-(the others)", "B-(the others)", "C-(the others)"])
        let a = comparison.pairs[0].differences[0]
        #expect(comparison.pairs[0].sharedEvents == 2)
        let within = try #require(a.withinEvents), pooled = try #require(a.pooled)
        #expect(abs(within.estimate - 0.2) < 1e-9)
        #expect(abs(pooled.estimate - -0.525) < 1e-9)
        let c = comparison.pairs[2]
        #expect(c.sharedEvents == 0)
        #expect(c.differences[0].withinEvents == nil)
        let cPooled = try #require(c.differences[0].pooled)
        #expect(abs(cPooled.estimate - 1.05) < 1e-9)
    }

    @Test func reportWithoutEventsIsRefused() {
        #expect(throws: ReportError.self) {
            try EventComparison(report: Self.report(Self.documents.map { var d = $0; d.event = nil; return d }), outlets: ["A", "B"])
        }
    }
}
