import Benchmark
import Foundation
import SlantBench
import SlantCorpus
import SlantLexicon
import SlantScoring
import SlantText

/// Slant's hot paths on 1 MB of the seeded synthetic news corpus (SyntheticCorpus, seed 1).
/// Every benchmark processes the whole megabyte per iteration, so `throughput` × 1 MB is MB/s,
/// and `mallocCountTotal` is the allocations for 1 MB of text: the tokenize and lookup
/// benchmarks must stay at zero (no allocation per token, nor per document once buffers are warm).
///
/// Names hold no spaces or slashes: package-benchmark writes threshold files with those replaced
/// by "_" but looks them up by the raw name, so such a benchmark could never be checked.
/// LexiconLookup: normalized keys, longest match. WholeDocument: sentiment, actors, speech,
/// portrayal, frames. JSONLReadScoreRecords: read JSONL, score, format records, one job.
let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(
        metrics: [.wallClock, .throughput, .mallocCountTotal, .peakMemoryResident],
        warmupIterations: 2,
        maxDuration: .seconds(3),
        maxIterations: 200,
        // Shared machines are noisy: time may drift 25% before a check fails. Allocation counts
        // are deterministic up to a few buffer regrowths, so they are held close.
        // `thresholds check` compares p90 against Thresholds/*.json, so every metric there has a
        // p90 tolerance.
        thresholds: [
            .wallClock: .init(relative: [.p50: 25.0, .p90: 25.0]),
            .throughput: .init(relative: [.p50: 25.0, .p90: 25.0]),
            .mallocCountTotal: .init(relative: [.p50: 2.0, .p90: 2.0], absolute: [.p50: 10, .p90: 10]),
            .peakMemoryResident: .init(relative: [.p90: 10.0]),
        ]
    )

    Benchmark("Tokenize-1MB") { benchmark in
        let fixture = Fixture.shared
        var text = TokenizedText()
        benchmark.startMeasurement()
        for document in fixture.documents {
            try fixture.tokenizer.tokenize(utf8: document.text, into: &text)
            blackHole(text.tokens.count)
        }
    }

    Benchmark("LexiconLookup-1MB") { benchmark in
        let fixture = Fixture.shared
        let lexicon = fixture.model.sentiment.valences
        benchmark.startMeasurement()
        var hits = 0
        for text in fixture.texts { lexicon.forEachMatch(in: text) { _, _ in hits += 1 } }
        blackHole(hits)
    }

    Benchmark("SentenceSentiment-1MB") { benchmark in
        let fixture = Fixture.shared
        let analyzer = SentimentAnalyzer(model: fixture.model.sentiment)
        benchmark.startMeasurement()
        for text in fixture.texts { blackHole(analyzer.score(text).document.compound) }
    }

    Benchmark("ActorsAndFrames-1MB") { benchmark in
        let fixture = Fixture.shared
        benchmark.startMeasurement()
        for text in fixture.texts {
            let mentions = fixture.model.actors.mentions(in: text)
            blackHole(fixture.model.speech.speeches(in: text, mentions: mentions).count)
            blackHole(fixture.model.frames.score(text).shares)
        }
    }

    Benchmark("WholeDocument-1MB") { benchmark in
        let fixture = Fixture.shared
        let analyzer = DocumentAnalyzer(model: fixture.model)
        benchmark.startMeasurement()
        for text in fixture.texts { blackHole(analyzer.analyze(text).actors.count) }
    }

    Benchmark("JSONLReadScoreRecords-1MB") { benchmark in
        let fixture = Fixture.shared
        let pipeline = try ScoringPipeline(model: fixture.model, tokenizerOptions: fixture.tokenizer.options, jobs: 1, countsWords: false,
                                           recordWriter: DocumentRecordWriter(format: .jsonl, model: fixture.model))
        benchmark.startMeasurement()
        var reader = try JSONLinesReader(path: fixture.jsonlPath)
        var bytes = 0
        try pipeline.run(&reader) { outcome in
            if case .scored(let document) = outcome { bytes += document.record.utf8.count }
        }
        blackHole(bytes)
    }
}

/// The corpus, the model and the tokenized texts, built once, outside every measurement.
final class Fixture: @unchecked Sendable {
    static let shared = try! Fixture()

    let tokenizer: Tokenizer
    let model: ScoringModel
    let documents: [InputDocument]
    let texts: [TokenizedText]
    let jsonlPath: String

    init() throws {
        let lexicons = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Lexicons")
        let abbreviations = try LanguageCatalog(directory: lexicons).abbreviations()
        let tokenizer = try Tokenizer(options: .init(abbreviations: abbreviations))
        let documents = SyntheticCorpus.documents(seed: 1, targetBytes: 1_000_000)
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("slant-benchmark-1mb.jsonl").path
        try documents.map(SyntheticCorpus.jsonLine).joined().write(toFile: path, atomically: true, encoding: .utf8)
        self.tokenizer = tokenizer
        self.documents = documents
        model = try ScoringModel(directory: lexicons, tokenizer: tokenizer)
        texts = try documents.map { try tokenizer.tokenize(utf8: $0.text) }
        jsonlPath = path
    }
}
