import Foundation
import Testing
import SlantCorpus
import SlantReport

/// Two outlets, two frames: which documents use which frame.
func presenceReport(outlets: Set<String> = ["left", "right"]) -> CorpusReport {
    var report = CorpusReport(frames: ["negotiation", "aggression"], actors: [], bootstrap: PoissonBootstrap(seed: 5, replicates: 200))
    let documents: [(String, String, [Bool])] = [
        ("left", "l1", [true, false]), ("left", "l2", [true, true]), ("left", "l3", [false, true]),
        ("right", "r1", [true, false]), ("right", "r2", [true, false]), ("right", "r3", [true, true]),
    ]
    for (outlet, id, present) in documents where outlets.contains(outlet) {
        var summary = DocumentSummary(id: id, outlet: outlet, tokens: 10, sentences: 1, compound: 0, sentenceCompound: 0,
                                      frameShares: [0.5, 0.5], actors: [])
        summary.framePresence = present
        report.add(summary)
    }
    return report
}

@Suite("Frame presence in reports")
struct FramePresenceReportTests {
    @Test func ratesPerOutletAndTheirDifferences() throws {
        let report = presenceReport()
        // left: negotiation 2 of 3, aggression 2 of 3; right: 3 of 3 and 1 of 3.
        #expect(report.outlets["left"]?.framePresence?["negotiation"]?.mean == 2.0 / 3)
        #expect(report.outlets["right"]?.framePresence?["aggression"]?.mean == 1.0 / 3)
        let comparison = try OutletComparison(report: report)
        #expect(comparison.frames[0].presence.map { $0.value?.estimate } == [2.0 / 3, 1])
        let difference = try #require(comparison.frames[1].presenceDifferences.first?.difference)
        #expect(abs(difference.estimate - 1.0 / 3) < 1e-9)
        // Each replicate's rate lies in [0, 1], so the interval does too.
        #expect(try #require(comparison.frames[0].presence[1].value?.lower) <= 1)
        let markdown = ComparisonRenderer.markdown(comparison)
        #expect(markdown.contains("Share of documents that use each frame (`frames_present`):"))
        #expect(markdown.contains("| negotiation | 0.667 ["))
        #expect(ComparisonRenderer.csv(comparison).contains("frame,presence,,aggression,,right,,0.333333,"))
        #expect(ComparisonPage(comparison).html.contains("<h3>Documents that use each frame</h3>"))
    }

    @Test func reportShowListsPresence() {
        let report = presenceReport()
        #expect(ReportRenderer.markdown(report).contains("| left | 0.667 | 0.667 |\n| right | 1.000 | 0.333 |"))
        // outlet, kind, frame, documents, count (values), mean, standard error.
        #expect(ReportRenderer.csv(report).contains("right,frame_presence,aggression,3,3,0.333,"))
    }

    @Test func shardsMergeToTheWhole() throws {
        var merged = presenceReport(outlets: ["left"])
        try merged.merge(presenceReport(outlets: ["right"]))
        #expect(merged == presenceReport())
        #expect(try merged.pooled(as: "all").outlets["all"]?.framePresence?["negotiation"]?.mean == 5.0 / 6)
    }

    @Test func summariesWithoutPresenceLeaveItOut() throws {
        var report = CorpusReport(frames: ["negotiation"], actors: [])
        report.add(DocumentSummary(id: "1", outlet: "a", tokens: 1, sentences: 1, compound: 0, sentenceCompound: 0, frameShares: [1], actors: []))
        #expect(report.outlets["a"]?.framePresence == nil)
        #expect(!ComparisonRenderer.markdown(try OutletComparison(report: report)).contains("frames_present"))
        // And a report without presence still reads back.
        let decoded = try JSONDecoder().decode(CorpusReport.self, from: report.jsonData())
        #expect(decoded == report)
    }

    @Test func recordsCarryPresenceBackIntoSummaries() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("presence-\(UUID().uuidString).jsonl")
        defer { try? FileManager.default.removeItem(at: file) }
        let record = #"{"id":"1","outlet":"a","tokens":3,"sentences":1,"sentiment":{"compound":0,"mean_sentence_compound":0},"#
            + #""frames":{"negotiation":1,"aggression":0},"actors":[]"#
        try Data((record + #","frames_present":["negotiation"]}"# + "\n" + record + #","frames_present":["truce"]}"# + "\n").utf8).write(to: file)
        var reader = try ScoredRecordReader(path: file.path, frames: ["negotiation", "aggression"], actors: [])
        #expect(try reader.next()?.get().framePresence == [true, false])
        guard case .failure(let rejection)? = reader.next() else { Issue.record("expected a rejection"); return }
        #expect(rejection.record == 2)
        #expect(rejection.reason == "unknown frame \"truce\" in \"frames_present\" (was the corpus scored with another frame lexicon?)")
    }
}
