public import SlantScoring

/// A scored document: its input fields, its counts and its analysis.
public struct ScoredDocument: Sendable {
    public var input: InputDocument
    /// The text's size in bytes.
    public var byteCount: Int
    public var tokenCount: Int
    public var sentenceCount: Int
    /// The analysis; from ``ScoringPipeline`` without its per-token lists
    /// (``SlantScoring/DocumentAnalysis/withoutTokenLists()``).
    public var analysis: DocumentAnalysis
    /// How often each word key occurs (words and numbers only), for distinctive-vocabulary
    /// statistics.
    public var termCounts: [String: Int]
    /// For each actor named in the document (by catalog index): how often each word key occurs
    /// in the sentences that name it, its own mentions left out.
    public var actorTermCounts: [Int: [String: Int]]
    /// The document's output record as UTF-8, when the pipeline was given a record writer (else
    /// empty); made on the worker thread, so the writer only copies bytes.
    public var recordBytes: [UInt8] = []
    /// The document's output record, when the pipeline was given a record writer (else empty).
    public var record: String {
        get { String(decoding: recordBytes, as: UTF8.self) }
        set { recordBytes = Array(newValue.utf8) }
    }
    /// The record's targets that were not scored, each with why (its index in the record's
    /// list is in the message).
    public var rejectedTargets: [Rejection] = []
}

extension ScoredDocument {
    /// Drops what only reports read — the input's fields but its source and record number, the
    /// actor reports, frames, targets and naming — keeping the record, the counts and the
    /// rejected targets (``ScoringPipeline``'s `keepsSummaries: false`).
    mutating func dropSummaries() {
        input = InputDocument(source: input.source, record: input.record, id: "", outlet: "", text: [])
        analysis.actors = []
        analysis.targets = []
        analysis.frames.weights = []
        analysis.frames.present = []
        analysis.naming = NamingCounts()
        analysis.language = ""
        termCounts = [:]
        actorTermCounts = [:]
    }
}

/// What became of one input item, in input order.
public enum PipelineOutcome: Sendable {
    case scored(ScoredDocument)
    case rejected(Rejection)
}
