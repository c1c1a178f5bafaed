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
            runs once to warm up, then once timed; with --rounds N every stage is timed N times, the stages \
            interleaved, and each round's ratio taken against that round's ICU loop, so a machine whose load moves \
            shows the median and the range of the ratios rather than one draw. Release builds only give meaningful figures.
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

    @Option(help: "Time every stage this many times, interleaved; each row shows the median (and the range) of its ratio to the same round's raw ICU loop.")
    var rounds: Int = 1

    @Flag(help: "Also check that the ASCII word-break fast path gives ICU's boundaries and tokens on every document.")
    var checkWordBreaks = false

    @OptionGroup var data: DataOptions

    func validate() throws {
        guard jobs >= 1 else { throw ValidationError("--jobs must be at least 1") }
        guard size.bytes >= 1000 else { throw ValidationError("--size must be at least 1KB") }
        guard rounds >= 1 else { throw ValidationError("--rounds must be at least 1") }
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
        var table: [[StageThroughput]] = []
        for _ in 0..<rounds {
            var round = [try bench.rawICU(), try bench.wordBreaks(), try bench.tokenize(asciiFastPath: false)]
            let tokenized = try bench.tokenize()
            round += [tokenized, try bench.tokenizeAndLookUp(), try bench.sentiment(), try bench.analysis()]
            for count in 1...jobs { round.append(try bench.pipeline(jobs: count, tokens: tokenized.tokens, jsonl: corpusPath)) }
            table.append(round)
        }
        show(table)
    }

    /// One row per stage: MB/s, Mtokens/s and the ratio to the raw ICU loop (the first stage of
    /// each round) — with several rounds, the medians, the ratio's range, and the scaling of each round.
    func show(_ table: [[StageThroughput]]) {
        let several = table.count > 1
        print(pad("stage", 38) + pad("jobs", 6, right: true) + pad("MB/s", 9, right: true) + pad("Mtokens/s", 11, right: true)
            + pad("× raw ICU", 11, right: true) + (several ? pad("range", 13, right: true) : ""))
        for stage in table[0].indices {
            let runs = table.map { $0[stage] }
            let ratios = table.map { $0[stage].megabytesPerSecond / $0[0].megabytesPerSecond }
            print(pad(runs[0].stage, 38) + pad(String(runs[0].jobs), 6, right: true)
                + pad(fixed(StageThroughput.median(runs.map(\.megabytesPerSecond)), 1), 9, right: true)
                + pad(fixed(StageThroughput.median(runs.map(\.tokensPerSecond)) / 1e6, 2), 11, right: true)
                + pad(fixed(StageThroughput.median(ratios), 2), 11, right: true)
                + (several ? pad("\(fixed(ratios.min()!, 2))–\(fixed(ratios.max()!, 2))", 13, right: true) : ""))
        }
        guard jobs > 1 else { return }
        // Each round's last pipeline row (all jobs) over its first (one job).
        let scaling = table.map { $0[$0.count - 1].megabytesPerSecond / $0[$0.count - jobs].megabytesPerSecond }
        print("")
        print("scaling: \(fixed(StageThroughput.median(scaling), 2))× on \(jobs) cores" + (several ? " (rounds: \(scaling.map { fixed($0, 2) }.joined(separator: ", ")))" : ""))
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
