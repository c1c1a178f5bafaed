import Testing
@testable import SlantReport

/// Comparisons that stay readable with many outlets: a reference instead of all pairs,
/// "not estimable" below a minimum of documents, outlets pooled into groups.
@Suite struct ReadableComparisonTests {
    @Test func referenceGivesOneDifferencePerOutlet() throws {
        var options = OutletComparison.Options()
        options.reference = "left"
        let comparison = try OutletComparison(report: tinyReport().addingPool(named: "all"), outlets: ["all", "left", "right"], options: options)
        let actor = try #require(comparison.actors.first)
        #expect(actor.portrayalDifferences.map { "\($0.first)-\($0.second)" } == ["all-left", "right-left"])
        // all = mean of the six tones = (−0.5 − 0.3 − 0.4 + 0.2 + 0.4 + 0.3) / 6 = −0.05; left = −0.4.
        #expect(abs(actor.portrayalDifferences[0].difference.estimate - 0.35) < 1e-9)
        #expect(abs(actor.portrayalDifferences[1].difference.estimate - 0.7) < 1e-9)
        #expect(comparison.frameDivergences.count == 2)
        let rows = ComparisonRenderer.differenceRows(actor, comparison: comparison)
        #expect(rows.map(\.pair) == ["all − left", "right − left"])
    }

    @Test func fewDocumentsAreNotEstimable() throws {
        var options = OutletComparison.Options()
        options.minimumDocuments = 4
        let comparison = try OutletComparison(report: tinyReport(), outlets: ["left", "right"], options: options)
        // Three documents per outlet: no differences, and the tables say why.
        #expect(comparison.actors[0].portrayalDifferences.isEmpty)
        #expect(comparison.frames[0].differences.isEmpty)
        let markdown = ComparisonRenderer.markdown(comparison)
        #expect(markdown.contains("| left | 3 | 3 | n.e. (n=3) | n.e. (n=3) | – |"))
    }

    @Test func outletsPooledIntoGroups() throws {
        let grouped = try tinyReport().grouped(by: ["left": "all", "right": "all"], unmapped: "(none)")
        #expect(grouped.outletNames == ["all"])
        let all = try #require(grouped.outlets["all"])
        #expect(all.documents == 6)
        #expect(abs(try #require(all.compound.mean) - -0.05) < 1e-9)
        #expect(throws: ReportError.self) { try grouped.addingPool(named: "all") }
    }
}
