import Foundation
import Testing
import SlantCorpus
import SlantScoring
import SlantText

@Suite("Pipeline: reading and delivering overlap with scoring")
struct PipelineOverlapTests {
    struct Stop: Error {}

    /// Outcomes come in input order across many small windows, and an error from `deliver`
    /// stops the run after exactly that outcome.
    @Test func orderAcrossWindowsAndStopOnError() throws {
        let (tokenizer, model) = try bundledTokenizerAndModel()
        let lines = (0..<50).map { #"{"id": "d\#($0)", "outlet": "o", "text": "Kyiv said \#($0) things."}"# }
        let bytes = Array((lines.joined(separator: "\n") + "\n").utf8)
        // jobs 2 × batch 1 × 2: windows of four documents, so thirteen windows.
        let pipeline = try ScoringPipeline(model: model, tokenizerOptions: tokenizer.options, jobs: 2, batchSize: 1)
        var reader = JSONLinesReader(bytes: bytes, source: "mem")
        var ids: [String] = []
        try pipeline.run(&reader) { outcome in
            if case .scored(let document) = outcome { ids.append(document.input.id) }
        }
        #expect(ids == (0..<50).map { "d\($0)" })

        var delivered = 0
        reader = JSONLinesReader(bytes: bytes, source: "mem")
        #expect(throws: Stop.self) {
            try pipeline.run(&reader) { _ in
                delivered += 1
                if delivered == 7 { throw Stop() }
            }
        }
        #expect(delivered == 7)
    }
}
