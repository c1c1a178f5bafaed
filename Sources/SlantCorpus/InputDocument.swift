public import SlantScoring

/// One document read from the input, before scoring.
public struct InputDocument: Sendable {
    /// The file it came from (`-` for standard input).
    public var source: String
    /// Its line (JSONL, 1-based), record (CSV, 1-based after the header) or 0 for a whole file.
    public var record: Int
    public var id: String
    public var outlet: String
    public var date: String?
    /// The event the document reports (from the input's `event` field or `slant score --events`).
    public var event: String?
    public var title: String?
    /// The text as UTF-8 bytes.
    public var text: [UInt8]
    /// Spans to score, from the record's `targets` field.
    public var targets: [TargetSpan]
    /// Targets of the record that were rejected alone (the others are scored): each with its
    /// 0-based index in the record's list and the reason.
    public var rejectedTargets: [(index: Int, reason: String)] = []
    /// For each of ``targets``: its index in the record's list.
    public var targetIndices: [Int] = []
    /// The language code from the record's `lang` field (`nil`: detect it).
    public var language: String?
    /// Whether ``text`` is known to be well-formed UTF-8 (a JSON Lines record's text is: its line
    /// was checked), so that the tokenizer need not check it again.
    public var isWellFormedUTF8 = false

    public init(source: String, record: Int, id: String, outlet: String, date: String? = nil, title: String? = nil,
                text: [UInt8], targets: [TargetSpan] = []) {
        self.source = source
        self.record = record
        self.id = id
        self.outlet = outlet
        self.date = date
        self.title = title
        self.text = text
        self.targets = targets
    }
}

/// An input record that was not scored, and why.
public struct Rejection: Sendable, Hashable, Error, CustomStringConvertible {
    public var source: String
    /// The line or record number (0 for a whole file).
    public var record: Int
    public var reason: String

    public init(source: String, record: Int, reason: String) {
        self.source = source
        self.record = record
        self.reason = reason
    }

    public var description: String { record > 0 ? "\(source):\(record): \(reason)" : "\(source): \(reason)" }
}

/// What a reader yields: a document, or a record it had to reject.
public enum ReadItem: Sendable {
    case document(InputDocument)
    case rejected(Rejection)
    /// A record read but not yet parsed (``JSONLinesReader/defersParsing``): ``parse()`` gives
    /// the document or the rejection.
    case deferred(DeferredRecord)

    /// The item with a deferred record parsed.
    public func parsed() -> ReadItem {
        if case .deferred(let record) = self { record.parse() } else { self }
    }
}

/// A stream of input items, read lazily so that memory stays bounded.
public protocol DocumentReader {
    /// The next item, or `nil` at the end.
    mutating func next() -> ReadItem?
}
