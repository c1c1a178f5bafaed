extension Metrics {
    /// Multi-label agreement: each item has a set of true labels and a set of predicted ones.
    public struct MultiLabel: Sendable, Hashable {
        /// One label's figures.
        public struct LabelFigures: Sendable, Hashable {
            public var label: String
            public var precision: Double
            public var recall: Double
            public var f1: Double
            /// Items that truly carry the label.
            public var support: Int
            /// Items predicted to carry it.
            public var predicted: Int
        }

        /// Per label, for every label that is true or predicted somewhere, in the order given
        /// to ``Metrics/multiLabel(truth:predicted:labels:)`` and then by name.
        public var labels: [LabelFigures]
        /// Precision over all (item, label) decisions pooled.
        public var microPrecision: Double
        /// Recall over all (item, label) decisions pooled.
        public var microRecall: Double
        /// The harmonic mean of ``microPrecision`` and ``microRecall``.
        public var microF1: Double
        /// The unweighted mean of the per-label F1 scores, over the labels that are true or
        /// predicted somewhere (a listed label that never occurs does not count).
        public var macroF1: Double
    }

    /// Compares predicted label sets with true ones.
    ///
    /// - Parameters:
    ///   - truth: each item's true labels.
    ///   - predicted: each item's predicted labels, parallel to `truth`.
    ///   - labels: labels to list first and always (with zero figures when never seen); other
    ///     labels that occur follow by name.
    public static func multiLabel(truth: [Set<String>], predicted: [Set<String>], labels: [String] = []) -> MultiLabel {
        precondition(truth.count == predicted.count, "multiLabel needs pairs")
        var truePositives: [String: Int] = [:], support: [String: Int] = [:], predictedCount: [String: Int] = [:]
        for (actual, guess) in zip(truth, predicted) {
            for label in actual { support[label, default: 0] += 1 }
            for label in guess { predictedCount[label, default: 0] += 1 }
            for label in actual.intersection(guess) { truePositives[label, default: 0] += 1 }
        }
        let seen = Set(support.keys).union(predictedCount.keys).subtracting(labels).sorted()
        var figures: [MultiLabel.LabelFigures] = []
        for label in labels + seen {
            let hits = truePositives[label] ?? 0, actual = support[label] ?? 0, guessed = predictedCount[label] ?? 0
            let precision = ratio(hits, guessed), recall = ratio(hits, actual)
            figures.append(.init(label: label, precision: precision, recall: recall, f1: harmonicMean(precision, recall),
                                 support: actual, predicted: guessed))
        }
        let occurring = figures.filter { $0.support + $0.predicted > 0 }
        let hits = truePositives.values.reduce(0, +)
        let precision = ratio(hits, predictedCount.values.reduce(0, +)), recall = ratio(hits, support.values.reduce(0, +))
        return MultiLabel(labels: figures, microPrecision: precision, microRecall: recall, microF1: harmonicMean(precision, recall),
                          macroF1: occurring.isEmpty ? 0 : occurring.reduce(0) { $0 + $1.f1 } / Double(occurring.count))
    }

    /// `part / whole`, 0 when `whole` is 0.
    static func ratio(_ part: Int, _ whole: Int) -> Double { whole == 0 ? 0 : Double(part) / Double(whole) }

    /// 2pr / (p + r), 0 when both are 0.
    static func harmonicMean(_ p: Double, _ r: Double) -> Double { p + r == 0 ? 0 : 2 * p * r / (p + r) }
}
