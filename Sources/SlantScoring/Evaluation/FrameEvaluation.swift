import Foundation
public import SlantText

/// Documents with the frames people found in them, one JSON object per line: `text`, `frames`
/// (a list of frame ids), and optionally `id` and `title` — the format of the SemEval-2023
/// Task 3 frame data (Media Frames Corpus frames).
public struct LabelledFrames: Sendable {
    public struct Item: Sendable {
        public var id: String
        /// The title (when there is one), a blank line, then the text: what is scored.
        public var text: String
        public var frames: Set<String>
        public var line: Int
    }

    public var items: [Item]

    private struct Record: Decodable {
        var id: String?
        var title: String?
        var text: String
        var frames: [String]
    }

    /// Parses the JSONL.
    ///
    /// - Throws: ``DataFileError`` naming the line of a record that is not an object with a
    ///   string `text` and a list of strings `frames`.
    public init(parsing text: String, source: String) throws(DataFileError) {
        var items: [Item] = []
        let records = try JSONLinesFile.records(Record.self, in: text, source: source,
            expected: "a JSON object with a string \"text\" and a list of frame ids \"frames\"")
        for (lineNumber, record) in records {
            let title = record.title ?? ""
            items.append(Item(id: record.id ?? String(lineNumber), text: title.isEmpty ? record.text : title + "\n\n" + record.text,
                              frames: Set(record.frames), line: lineNumber))
        }
        self.items = items
    }
}

/// How well the frames Slant finds present agree with people's, beside the majority baseline.
public struct FrameEvaluation: Sendable {
    /// The documents evaluated.
    public var count: Int
    /// Slant's present frames (after ``FrameMapping``, when one is given) against the labels.
    public var figures: Metrics.MultiLabel
    /// Slant's present frames per document, in input order.
    public var predictions: [Set<String>]
    /// The baseline's number of frames: the `k` most frequent true frames, given to every
    /// document, for the `k` with the best micro-F1 (ties: the smaller `k`).
    public var baselineK: Int
    /// The baseline's figures.
    public var baseline: Metrics.MultiLabel

    /// Scores every document and compares.
    ///
    /// - Parameters:
    ///   - mapping: renames Slant's frames before comparing (a war frame to the MFC frame it
    ///     stands for); frames it does not list are dropped. `nil`: compare the ids as they are.
    public init(_ set: LabelledFrames, tokenizer: Tokenizer, scorer: FrameScorer, mapping: FrameMapping? = nil) throws {
        var predictions: [Set<String>] = []
        var text = TokenizedText()
        for item in set.items {
            try tokenizer.tokenize(utf8: item.text.utf8, into: &text)
            let present = scorer.score(text).present
            var ids = Set(scorer.frames.indices.filter { present[$0] }.map { scorer.frames[$0] })
            if let mapping { ids = mapping.map(ids) }
            predictions.append(ids)
        }
        let truth = set.items.map(\.frames)
        let order = mapping.map(\.targets) ?? scorer.frames
        count = set.items.count
        self.predictions = predictions
        figures = Metrics.multiLabel(truth: truth, predicted: predictions, labels: order)
        (baselineK, baseline) = Self.majorityBaseline(truth)
    }

    /// The `k` most frequent labels for every item, for the `k` (1 … number of labels) with
    /// the best micro-F1. Labels of equal frequency go in name order.
    public static func majorityBaseline(_ truth: [Set<String>]) -> (k: Int, figures: Metrics.MultiLabel) {
        var frequency: [String: Int] = [:]
        for labels in truth { for label in labels { frequency[label, default: 0] += 1 } }
        let ranked = frequency.keys.sorted { (frequency[$0]!, $1) > (frequency[$1]!, $0) }
        var best = (k: 0, figures: Metrics.multiLabel(truth: truth, predicted: truth.map { _ in [] }))
        for k in ranked.indices.map({ $0 + 1 }) {
            let guess = Set(ranked.prefix(k))
            let figures = Metrics.multiLabel(truth: truth, predicted: truth.map { _ in guess })
            if figures.microF1 > best.figures.microF1 { best = (k, figures) }
        }
        return best
    }
}
