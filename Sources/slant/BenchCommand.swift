import ArgumentParser
import Foundation
import SlantBench
import SlantCorpus
import SlantText

/// `slant bench`: throughput of each stage on this machine, beside ICU's raw word-break loop.
struct BenchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Measure throughput per stage on a synthetic corpus, beside a raw ICU word-break loop, and scaling over cores.",
        discussion: """
            Generates a seeded news-like corpus (English with Ukrainian and Russian paragraphs), then times on one core: \
            ICU's bare word-break loop over the bytes (the ceiling for an ICU tokenizer), tokenizing, lexicon lookup, \
            sentiment, the full analysis; then slant score (JSONL in, records out) on 1 to --jobs cores. Each stage \
            runs once to warm up, then once timed. Release builds only give meaningful figures.
            """
    )

    @Option(help: ArgumentHelp("Corpus size, such as 20MB, 500KB or 1GB.", valueName: "size"))
    var size: ByteSize = ByteSize(bytes: 20_000_000)

    @Option(help: "The most worker threads to scale to (default: all cores).")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Option(help: "The corpus generator's seed.")
    var seed: UInt64 = 1

    @Option(help: ArgumentHelp("Also keep the generated corpus as JSONL here (to time other tools on the same text).", valueName: "file"))
    var saveCorpus: String?

    @Option(help: ArgumentHelp("Time this JSONL corpus instead of a synthetic one (--size and --seed are then ignored).", valueName: "file"))
    var corpus: String?

    @Flag(help: "Also check that the ASCII word-break fast path gives ICU's boundaries and tokens on every document.")
    var checkWordBreaks = false

    @OptionGroup var data: DataOptions

    func validate() throws {
        guard jobs >= 1 else { throw ValidationError("--jobs must be at least 1") }
        guard size.bytes >= 1000 else { throw ValidationError("--size must be at least 1KB") }
    }

    func run() async throws {
        let tokenizer = try data.tokenizer()
        let model = try data.scoringModel(tokenizer: tokenizer)
        let documents: [InputDocument]
        let corpusPath: String
        if let corpus {
            documents = try Self.readDocuments(corpus)
            corpusPath = corpus
        } else {
            documents = SyntheticCorpus.documents(seed: seed, targetBytes: size.bytes)
            corpusPath = saveCorpus ?? FileManager.default.temporaryDirectory.appendingPathComponent("slant-bench-\(UUID()).jsonl").path
            var corpusFile = try OutputFile(path: corpusPath, inputs: [])
            for document in documents { corpusFile.write(SyntheticCorpus.jsonLine(document)) }
            try corpusFile.finish()
        }
        defer { if corpus == nil && saveCorpus == nil { try? FileManager.default.removeItem(atPath: corpusPath) } }

        let bench = try StageBenchmark(model: model, tokenizerOptions: tokenizer.options, documents: documents)
        let what = corpus.map { "of \($0)" } ?? "of synthetic news"
        print("slant bench: \(megabytes(bench.bytes)) MB \(what), \(documents.count) documents\(corpus == nil ? " (seed \(seed))" : ""), ICU \(icuVersion)")
        if checkWordBreaks {
            let agreement = try bench.fastPathAgreement()
            print("fast path vs ICU alone: \(agreement.boundaries) boundaries, \(agreement.tokens) tokens in \(agreement.documents) documents; "
                  + "\(agreement.documentsWithOtherBoundaries) documents with other boundaries, \(agreement.documentsWithOtherTokens) with other tokens")
        }
        print("")
        print(pad("stage", 38) + pad("jobs", 6, right: true) + pad("MB/s", 9, right: true) + pad("Mtokens/s", 11, right: true) + pad("× raw ICU", 11, right: true))
        let ceiling = try bench.rawICU()
        show(ceiling, ceiling: ceiling)
        show(try bench.wordBreaks(), ceiling: ceiling)
        show(try bench.tokenize(asciiFastPath: false), ceiling: ceiling)
        let tokenized = try bench.tokenize()
        show(tokenized, ceiling: ceiling)
        for stage in [try bench.tokenizeAndLookUp(), try bench.sentiment(), try bench.analysis()] { show(stage, ceiling: ceiling) }
        var runs: [StageThroughput] = []
        for count in 1...jobs {
            let stage = try bench.pipeline(jobs: count, tokens: tokenized.tokens, jsonl: corpusPath)
            show(stage, ceiling: ceiling)
            runs.append(stage)
        }
        if let first = runs.first, let last = runs.last, jobs > 1 {
            print("")
            print("scaling: \(fixed(last.megabytesPerSecond / first.megabytesPerSecond, 2))× on \(jobs) cores")
        }
    }

    /// The documents of a JSONL corpus; a rejected line stops the run with its reason.
    static func readDocuments(_ path: String) throws -> [InputDocument] {
        var reader = try JSONLinesReader(path: path)
        var documents: [InputDocument] = []
        while let item = reader.next() {
            switch item {
            case .document(let document): documents.append(document)
            case .rejected(let rejection): throw ValidationError("\(rejection)")
            case .deferred: preconditionFailure("the reader parses as it reads")
            }
        }
        return documents
    }

    func show(_ stage: StageThroughput, ceiling: StageThroughput) {
        print(pad(stage.stage, 38) + pad(String(stage.jobs), 6, right: true) + pad(fixed(stage.megabytesPerSecond, 1), 9, right: true)
            + pad(fixed(stage.tokensPerSecond / 1e6, 2), 11, right: true) + pad(fixed(stage.megabytesPerSecond / ceiling.megabytesPerSecond, 2), 11, right: true))
    }

    func megabytes(_ bytes: Int) -> String { fixed(Double(bytes) / 1e6, 1) }

    func fixed(_ value: Double, _ places: Int) -> String { String(format: "%.\(places)f", value) }

    func pad(_ text: String, _ width: Int, right: Bool = false) -> String {
        let padding = String(repeating: " ", count: max(0, width - text.count))
        return right ? padding + text : text + padding
    }
}

/// A size given as "20MB", "500KB", "1GB" or plain bytes (decimal units).
struct ByteSize: ExpressibleByArgument {
    let bytes: Int

    init(bytes: Int) { self.bytes = bytes }

    init?(argument: String) {
        let text = argument.uppercased().trimmingCharacters(in: .whitespaces)
        let units: [(String, Double)] = [("GB", 1e9), ("MB", 1e6), ("KB", 1e3), ("B", 1)]
        for (suffix, factor) in units where text.hasSuffix(suffix) {
            guard let value = Double(text.dropLast(suffix.count)), value > 0 else { return nil }
            bytes = Int(value * factor)
            return
        }
        guard let value = Int(text), value > 0 else { return nil }
        bytes = value
    }

    var defaultValueDescription: String { "\(bytes / 1_000_000)MB" }
}
