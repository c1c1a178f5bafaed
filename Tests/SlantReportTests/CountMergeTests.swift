import Testing
@testable import SlantReport

/// Word, language and naming counts add key by key when reports merge, and a count that would
/// pass `Int.max` is refused, naming the figure.
@Suite("Merging counts")
struct CountMergeTests {
    @Test func addsKeyByKey() throws {
        var counts = ["a": 1, "b": 2]
        try addCounts(["b": 3, "c": 4], to: &counts, "word counts")
        #expect(counts == ["a": 1, "b": 5, "c": 4])
    }

    @Test func refusesACountPastIntMax() {
        var counts = ["a": Int.max - 1]
        #expect(throws: ReportError.overflow("word counts")) { try addCounts(["a": 2], to: &counts, "word counts") }
    }

    @Test func anOutletMergeNamesTheFigure() {
        var first = CorpusReport.OutletAggregate(), second = CorpusReport.OutletAggregate()
        first.languages = ["en": Int.max]
        second.languages = ["en": 1]
        #expect(throws: ReportError.overflow("language counts")) { try first.merge(second) }
    }
}
