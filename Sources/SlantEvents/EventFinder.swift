import Dispatch
public import SlantCorpus
public import SlantText

/// Finds the documents that report the same event, across outlets.
///
/// Two passes over the input: the first counts in how many documents each term occurs, the
/// second turns each document into a tf-idf vector of its rarest-weighted terms
/// (``EventVocabulary``). Documents that share a term are compared through an inverted index
/// (``Similarity``), and linked into events by greedy average linkage (``EventClustering``).
/// Tokenizing runs on ``EventOptions/jobs`` threads in windows and is collected in input order,
/// so the result is the same for any number of jobs. Memory holds each document's few dozen
/// terms, not its text.
public final class EventFinder {
    public let options: EventOptions
    let extractors: [TermExtractor]

    /// - Parameters:
    ///   - stopwords: words never used as event terms (matched on normalized keys).
    public init(options: EventOptions = EventOptions(), tokenizerOptions: Tokenizer.Options = .init(), stopwords: [String] = []) throws {
        var options = options
        options.jobs = max(1, options.jobs)
        self.options = options
        let table = ByteStringTable(stopwords.map { $0.lowercased() })
        extractors = try (0..<options.jobs).map { _ in try TermExtractor(tokenizerOptions: tokenizerOptions, stopwords: table, options: options) }
    }

    /// Groups the documents of a reader that can be opened twice (files, not standard input).
    ///
    /// - Parameter makeReader: opens the input from the start; called once per pass.
    /// - Throws: ``EventError/inputChanged`` when the second pass reads other documents than the first.
    public func group(_ makeReader: () throws -> any DocumentReader) throws -> EventGrouping {
        var vocabulary = EventVocabulary()
        var documents: [EventGrouping.Document] = []
        var rejections: [Rejection] = []
        var unreadableDates = 0
        var reader = try makeReader()
        try forEachInWindows(&reader) { item, counts in
            switch item {
            case .rejected(let rejection): rejections.append(rejection)
            case .deferred: preconditionFailure("records are parsed as they are read")
            case .document(let document):
                let day = document.date.flatMap(EventDate.day)
                if document.date.map({ !$0.isEmpty }) == true, day == nil { unreadableDates += 1 }
                documents.append(.init(source: document.source, record: document.record, id: document.id, outlet: document.outlet,
                                       date: document.date, day: day))
                vocabulary.add(counts!, outlet: document.outlet)
            }
        }
        var vectors: [DocumentVector] = []
        vectors.reserveCapacity(documents.count)
        reader = try makeReader()
        try forEachInWindows(&reader) { item, counts in
            guard case .document(let document) = item else { return }
            guard vectors.count < documents.count, documents[vectors.count].id == document.id,
                  documents[vectors.count].outlet == document.outlet else { throw EventError.inputChanged }
            vectors.append(vocabulary.vector(counts!, outlet: document.outlet, options: options))
        }
        guard vectors.count == documents.count else { throw EventError.inputChanged }
        let days = options.dateWindow == nil ? documents.map { _ in nil } : documents.map(\.day)
        let neighbours = Similarity.neighbours(vectors, days: days, options: options)
        let groups = EventClustering.groups(neighbours, options: options)
        return EventGrouping(documents: documents, groups: groups, rejections: rejections, unreadableDates: unreadableDates,
                             vocabulary: vocabulary, vectors: vectors)
    }

    /// Groups documents held in memory.
    public func group(_ documents: [InputDocument]) throws -> EventGrouping {
        try group { ArrayReader(items: documents.map(ReadItem.document)) }
    }

    /// Reads windows of items, extracts the terms of each window's documents in parallel, and
    /// calls `body` with each item and its terms in input order.
    private func forEachInWindows(_ reader: inout any DocumentReader, _ body: (ReadItem, TermCounts?) throws -> Void) throws {
        let windowSize = options.jobs * 64
        var window: [ReadItem] = []
        var exhausted = false
        while !exhausted {
            window.removeAll(keepingCapacity: true)
            while window.count < windowSize {
                guard let item = reader.next() else { exhausted = true; break }
                window.append(item.parsed())
            }
            guard !window.isEmpty else { break }
            let results = Slots<TermCounts?>(count: window.count)
            let items = window, extractors = self.extractors, jobs = options.jobs
            DispatchQueue.concurrentPerform(iterations: min(jobs, items.count)) { worker in
                var index = worker
                while index < items.count {
                    if case .document(let document) = items[index] {
                        results.set(index, extractors[worker].terms(of: document))
                    } else {
                        results.set(index, nil)
                    }
                    index += jobs
                }
            }
            for (item, counts) in zip(window, results.collect()) { try body(item, counts) }
        }
    }
}

/// A reader over items already in memory.
struct ArrayReader: DocumentReader {
    let items: [ReadItem]
    var position = 0

    mutating func next() -> ReadItem? {
        guard position < items.count else { return nil }
        position += 1
        return items[position - 1]
    }
}

/// Why events could not be found.
public enum EventError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The second pass over the input did not read the documents of the first.
    case inputChanged
    /// Standard input cannot be read twice.
    case standardInput

    public var description: String {
        switch self {
        case .inputChanged: "the input changed between the two passes over it; run again on files that stay put"
        case .standardInput: "slant events reads its input twice, so it needs files, not - (standard input): save it to a file first"
        }
    }
}
