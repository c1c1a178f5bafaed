import Dispatch
import Synchronization
public import SlantScoring
public import SlantText

/// Scores a stream of documents on several cores and hands the outcomes back in input order,
/// so the output is byte-identical for any number of jobs.
///
/// The reader is consumed in windows of `jobs × batchSize × 2` documents: a window is read,
/// scored in parallel (each worker with its own tokenizer and analyzer, taking documents one
/// at a time from a shared counter), and delivered in order. Memory is bounded by the window, not the corpus.
public final class ScoringPipeline {
    public let model: ScoringModel
    public let jobs: Int
    /// Sets the window size (`jobs × batchSize × 2` documents read ahead).
    public let batchSize: Int
    /// The language of documents whose record names none (`--lang`); `nil`: detect it.
    public var defaultLanguage: String?
    private let workers: WorkerPool

    /// - Parameters:
    ///   - jobs: worker threads (at least 1).
    ///   - batchSize: sets the window: `jobs × batchSize × 2` documents are read ahead.
    ///   - countsWords: whether to fill ``ScoredDocument/termCounts`` and
    ///     ``ScoredDocument/actorTermCounts`` (needed for reports' distinctive words, not for records).
    ///   - recordWriter: formats each document's record on the worker thread into
    ///     ``ScoredDocument/record``, so that formatting is parallel too.
    ///   - keepsSummaries: whether each ``ScoredDocument`` keeps its input's fields (id, outlet,
    ///     date, title, event, language) and its analysis's summary (actor reports, frames,
    ///     targets, naming), which reports are built from. With `false` (records are all the
    ///     caller reads) an outcome holds its record, its counts and its rejected targets, and the
    ///     rest is freed by the worker that made it rather than by the delivering thread.
    ///   - segmentBytes: a document longer than this is analysed in segments of at most this
    ///     size, cut at paragraph or sentence ends, and their results summed
    ///     (``DocumentSegmenter``, ``SegmentedAnalysis``), so that memory stays bounded.
    public init(model: ScoringModel, tokenizerOptions: Tokenizer.Options, jobs: Int, batchSize: Int = 32, countsWords: Bool = true,
                recordWriter: DocumentRecordWriter? = nil, keepsSummaries: Bool = true,
                segmentBytes: Int = DocumentSegmenter.defaultSegmentBytes) throws {
        self.model = model
        self.jobs = max(1, jobs)
        self.batchSize = max(1, batchSize)
        workers = try WorkerPool(count: self.jobs, model: model, tokenizerOptions: tokenizerOptions, countsWords: countsWords,
                                 recordWriter: recordWriter, keepsSummaries: keepsSummaries, segmentBytes: segmentBytes)
    }

    /// Reads everything from `reader` and calls `deliver` with each outcome in input order.
    /// An error thrown by `deliver` stops the run and is rethrown.
    ///
    /// Reading and delivering overlap with scoring: while the workers score one window, this
    /// thread delivers the window before it and reads the next, so no core waits for the
    /// reader or the writer. At most three windows are alive at once.
    public func run(_ reader: inout some DocumentReader, deliver: (PipelineOutcome) throws -> Void) throws {
        let windowSize = jobs * batchSize * 2
        func readWindow() -> [ReadItem] {
            var window: [ReadItem] = []
            window.reserveCapacity(windowSize)
            while window.count < windowSize, let item = reader.next() { window.append(item) }
            return window
        }
        let scoring = DispatchQueue(label: "slant.scoring")
        let done = DispatchGroup()
        let box = OutcomeBox(self)
        func startScoring(_ window: [ReadItem]) {
            done.enter()
            scoring.async {
                box.outcomes = box.pipeline.score(window)
                done.leave()
            }
        }
        var window = readWindow()
        guard !window.isEmpty else { return }
        startScoring(window)
        // Waits for the window being scored even when `deliver` throws.
        defer { done.wait() }
        while !window.isEmpty {
            window = readWindow()
            done.wait()
            let outcomes = box.outcomes
            box.outcomes = []
            if !window.isEmpty { startScoring(window) }
            for outcome in outcomes { try deliver(outcome) }
        }
    }

    /// Scores one window in parallel; outcomes in window order.
    ///
    /// Workers take the next unscored document from a shared counter (work stealing), so a
    /// worker that drew short documents does not idle while another finishes long ones; the
    /// outcomes go to slots by index, so their order does not depend on who scored what.
    func score(_ items: [ReadItem]) -> [PipelineOutcome] {
        let results = ResultSlots(count: items.count)
        let workers = self.workers
        let language = defaultLanguage
        let next = Atomic<Int>(0)
        DispatchQueue.concurrentPerform(iterations: min(jobs, items.count)) { worker in
            while true {
                let index = next.wrappingAdd(1, ordering: .relaxed).oldValue
                guard index < items.count else { break }
                results.set(index, workers.process(items[index], worker: worker, language: language))
            }
        }
        return results.collect()
    }
}

/// One tokenizer and analyzer per worker. Worker `i` is only ever used by iteration `i` of a
/// `concurrentPerform`, so no two threads touch one worker at once.
final class WorkerPool: @unchecked Sendable {
    let tokenizers: [Tokenizer]
    let analyzers: [DocumentAnalyzer]
    var texts: [TokenizedText]
    var segmenters: [DocumentSegmenter]
    /// Each worker's record buffer, reused for each of its records.
    let recordScratches: [RecordScratch]
    let countsWords: Bool
    let recordWriter: DocumentRecordWriter?
    /// ``ScoringPipeline/init(model:tokenizerOptions:jobs:batchSize:countsWords:recordWriter:keepsSummaries:segmentBytes:)``'s.
    let keepsSummaries: Bool
    let model: ScoringModel

    init(count: Int, model: ScoringModel, tokenizerOptions: Tokenizer.Options, countsWords: Bool, recordWriter: DocumentRecordWriter?,
         keepsSummaries: Bool = true, segmentBytes: Int = DocumentSegmenter.defaultSegmentBytes) throws {
        self.countsWords = countsWords
        self.recordWriter = recordWriter
        self.keepsSummaries = keepsSummaries
        self.model = model
        let tokenizers = try (0..<count).map { _ in try Tokenizer(options: tokenizerOptions) }
        self.tokenizers = tokenizers
        analyzers = (0..<count).map { _ in DocumentAnalyzer(model: model) }
        texts = Array(repeating: TokenizedText(), count: count)
        segmenters = tokenizers.map { DocumentSegmenter(segmentBytes: segmentBytes, tokenizer: $0) }
        recordScratches = (0..<count).map { _ in RecordScratch() }
    }

    func process(_ item: ReadItem, worker: Int, language: String? = nil) -> PipelineOutcome {
        switch item {
        case .deferred(let record):
            return process(record.parse(), worker: worker, language: language)
        case .rejected(let rejection):
            return .rejected(rejection)
        case .document(let document) where document.text.count > segmenters[worker].segmentBytes:
            return processInSegments(document, worker: worker, language: language)
        case .document(let document):
            do {
                try tokenizers[worker].tokenize(utf8: document.text, into: &texts[worker], wellFormed: document.isWellFormedUTF8)
            } catch {
                return .rejected(Rejection(source: document.source, record: document.record, reason: "\(error)"))
            }
            model.vocabulary.resolve(&texts[worker])
            let text = texts[worker]
            // A target past the end of the text is rejected alone.
            var targets: [TargetSpan] = []
            var rejectedTargets = document.rejectedTargets
            for (position, target) in document.targets.enumerated() {
                let index = position < document.targetIndices.count ? document.targetIndices[position] : position
                if target.end > text.scalarCount {
                    rejectedTargets.append((index, "expected end <= \(text.scalarCount) (the text's length in Unicode scalars), found \(target.end)"))
                } else {
                    targets.append(target)
                }
            }
            let analysis = analyzers[worker].analyze(text, targets: targets, language: document.language ?? language)
            let counts = countsWords ? Self.wordCounts(text, mentions: analysis.mentions) : (all: [:], nearActor: [:])
            return scored(document, tokenCount: text.tokens.count, sentenceCount: text.sentences.count, analysis: analysis,
                          counts: counts, rejectedTargets: rejectedTargets, worker: worker)
        }
    }

    /// The outcome of a scored document: its record made, its text and the analysis's
    /// per-token lists dropped (``DocumentAnalysis/withoutTokenLists()``), so that a window of
    /// scored documents holds summaries, not 35 bytes per byte of text.
    func scored(_ document: InputDocument, tokenCount: Int, sentenceCount: Int, analysis: DocumentAnalysis,
                counts: (all: [String: Int], nearActor: [Int: [String: Int]]), rejectedTargets: [(index: Int, reason: String)],
                worker: Int) -> PipelineOutcome {
        var input = document
        input.text = []
        var scored = ScoredDocument(input: input, byteCount: document.text.count, tokenCount: tokenCount, sentenceCount: sentenceCount,
                                    analysis: analysis.withoutTokenLists(), termCounts: counts.all, actorTermCounts: counts.nearActor)
        scored.rejectedTargets = rejectedTargets.sorted { $0.index < $1.index }.map { rejected in
            Rejection(source: document.source, record: document.record, reason: "target \(rejected.index): \(rejected.reason)")
        }
        if let recordWriter { scored.recordBytes = recordWriter.recordBytes(scored, scratch: recordScratches[worker]) }
        if !keepsSummaries { scored.dropSummaries() }
        return .scored(scored)
    }
}

extension WorkerPool {
    /// Occurrences of each word key in the document, and for each named actor, in the sentences
    /// that name it (leaving out the words of its own mentions).
    ///
    /// Keys are interned from their bytes, so a `String` is built once per distinct word of the
    /// document, not once per token.
    static func wordCounts(_ text: TokenizedText, mentions: [ActorMention]) -> (all: [String: Int], nearActor: [Int: [String: Int]]) {
        var table = ByteStringTable()
        var counts: [Int] = []
        var idOfToken = [Int32](repeating: -1, count: text.tokens.count)
        text.withKeys { keys, tokens in
            for (index, token) in tokens.enumerated() where token.kind == .word {
                let id = table.insert(UnsafeBufferPointer(rebasing: keys[token.keyRange])).id
                if Int(id) == counts.count { counts.append(0) }
                counts[Int(id)] += 1
                idOfToken[index] = id
            }
        }
        var all: [String: Int] = [:]
        all.reserveCapacity(counts.count)
        for (id, count) in counts.enumerated() { all[table.string(Int32(id))] = count }

        var nearActor: [Int: [String: Int]] = [:]
        for actor in Set(mentions.map(\.actor)) {
            let own = mentions.filter { $0.actor == actor }
            var near: [Int32: Int] = [:]
            for sentence in Set(own.map(\.sentence)) {
                for index in text.sentences[sentence].tokens where idOfToken[index] >= 0 && !own.contains(where: { $0.tokens.contains(index) }) {
                    near[idOfToken[index], default: 0] += 1
                }
            }
            nearActor[actor] = Dictionary(uniqueKeysWithValues: near.map { (table.string($0.key), $0.value) })
        }
        return (all, nearActor)
    }
}

/// The outcomes of the window being scored, handed from the scoring queue to the delivering
/// thread; a `DispatchGroup` wait orders the write before the read.
final class OutcomeBox: @unchecked Sendable {
    let pipeline: ScoringPipeline
    var outcomes: [PipelineOutcome] = []

    init(_ pipeline: ScoringPipeline) { self.pipeline = pipeline }
}

/// Outcome slots written by different threads at distinct indices: one buffer allocated up
/// front, so no thread touches an array's header while another writes.
final class ResultSlots: @unchecked Sendable {
    private let slots: UnsafeMutableBufferPointer<PipelineOutcome?>

    init(count: Int) {
        slots = .allocate(capacity: count)
        slots.initialize(repeating: nil)
    }

    deinit {
        slots.deinitialize()
        slots.deallocate()
    }

    func set(_ index: Int, _ outcome: PipelineOutcome) { slots[index] = outcome }

    func collect() -> [PipelineOutcome] { slots.map { $0! } }
}
