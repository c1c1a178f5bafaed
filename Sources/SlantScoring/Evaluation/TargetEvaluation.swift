import Foundation
public import SlantText

/// Sentences with labelled target spans in NewsMTSC's JSONL format: `sentence_normalized`,
/// `targets: [{from, to, polarity}]`, offsets in Unicode scalars (end exclusive), polarity 2, 4
/// or 6 for negative, neutral, positive.
public struct LabelledTargets: Sendable {
    public struct Item: Sendable {
        public var sentence: String
        public var targets: [(span: TargetSpan, label: Polarity)]
        public var line: Int
    }

    public var items: [Item]

    private struct Record: Decodable {
        struct Target: Decodable {
            var from: Int
            var to: Int
            var polarity: Double
        }

        var sentence_normalized: String
        var targets: [Target]
    }

    /// Parses the JSONL.
    ///
    /// - Throws: ``DataFileError`` naming the line of a record that is not such an object, or
    ///   whose polarity is not 2, 4 or 6.
    public init(parsing text: String, source: String) throws(DataFileError) {
        var items: [Item] = []
        let records = try JSONLinesFile.records(Record.self, in: text, source: source,
            expected: "a JSON object with sentence_normalized and targets [{from, to, polarity}]")
        for (lineNumber, record) in records {
            var targets: [(TargetSpan, Polarity)] = []
            for target in record.targets {
                let label: Polarity
                switch target.polarity {
                case 2: label = .negative
                case 4: label = .neutral
                case 6: label = .positive
                default:
                    throw DataFileError(source: source, line: lineNumber, message: "expected polarity 2, 4 or 6, found \(target.polarity)")
                }
                targets.append((TargetSpan(start: target.from, end: target.to), label))
            }
            items.append(Item(sentence: record.sentence_normalized, targets: targets, line: lineNumber))
        }
        self.items = items
    }
}

/// How well target tones agree with labels.
public struct TargetEvaluation: Sendable {
    public var count: Int
    public var classification: Metrics.Classification
    /// Slant's tone per target, in input order.
    public var tones: [Double]

    public init(_ set: LabelledTargets, tokenizer: Tokenizer, analyzer: DocumentAnalyzer) throws {
        var truth: [Polarity] = []
        var predicted: [Polarity] = []
        var tones: [Double] = []
        var text = TokenizedText()
        for item in set.items {
            try tokenizer.tokenize(utf8: item.sentence.utf8, into: &text)
            let analysis = analyzer.analyze(text, targets: item.targets.map(\.span))
            for (result, target) in zip(analysis.targets, item.targets) {
                truth.append(target.label)
                predicted.append(result.label)
                tones.append(result.tone)
            }
        }
        count = truth.count
        classification = Metrics.classification(truth: truth, predicted: predicted)
        self.tones = tones
    }
}
