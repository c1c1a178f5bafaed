/// Agreement measures between Slant's scores and human labels.
public enum Metrics {
    /// Pearson's correlation coefficient; 0 when either side has no variance.
    public static func pearson(_ x: [Double], _ y: [Double]) -> Double {
        precondition(x.count == y.count, "pearson needs pairs")
        guard x.count > 1 else { return 0 }
        let meanX = x.reduce(0, +) / Double(x.count)
        let meanY = y.reduce(0, +) / Double(y.count)
        var covariance = 0.0, varianceX = 0.0, varianceY = 0.0
        for index in x.indices {
            let dx = x[index] - meanX
            let dy = y[index] - meanY
            covariance += dx * dy
            varianceX += dx * dx
            varianceY += dy * dy
        }
        guard varianceX > 0, varianceY > 0 else { return 0 }
        return covariance / (varianceX * varianceY).squareRoot()
    }

    /// Spearman's rank correlation: Pearson's r of the ranks, ties sharing their mean rank.
    public static func spearman(_ x: [Double], _ y: [Double]) -> Double {
        pearson(ranks(x), ranks(y))
    }

    /// 1-based ranks; tied values get the mean of the ranks they span.
    public static func ranks(_ values: [Double]) -> [Double] {
        let order = values.indices.sorted { values[$0] < values[$1] }
        var ranks = Array(repeating: 0.0, count: values.count)
        var start = 0
        while start < order.count {
            var end = start
            while end + 1 < order.count, values[order[end + 1]] == values[order[start]] { end += 1 }
            let rank = Double(start + end) / 2 + 1
            for position in start...end { ranks[order[position]] = rank }
            start = end + 1
        }
        return ranks
    }

    /// Precision, recall and F1 per class, their macro average and accuracy.
    public struct Classification: Sendable, Hashable {
        /// Per-class figures, for the classes present in the labels or the predictions.
        public struct ClassFigures: Sendable, Hashable {
            public var label: Polarity
            public var precision: Double
            public var recall: Double
            public var f1: Double
            public var support: Int
        }

        public var classes: [ClassFigures]
        /// The unweighted mean of the per-class F1 scores.
        public var macroF1: Double
        /// The share of items labelled correctly.
        public var accuracy: Double
        /// `confusion[truth][predicted]` counts, indexed by `Polarity.allCases` order.
        public var confusion: [[Int]]
    }

    /// Compares predicted labels with true ones.
    public static func classification(truth: [Polarity], predicted: [Polarity]) -> Classification {
        precondition(truth.count == predicted.count, "classification needs pairs")
        let labels = Polarity.allCases
        var confusion = Array(repeating: Array(repeating: 0, count: labels.count), count: labels.count)
        for (actual, guess) in zip(truth, predicted) {
            confusion[labels.firstIndex(of: actual)!][labels.firstIndex(of: guess)!] += 1
        }
        var classes: [Classification.ClassFigures] = []
        for (index, label) in labels.enumerated() {
            let truePositives = Double(confusion[index][index])
            let support = confusion[index].reduce(0, +)
            let predictedCount = confusion.reduce(0) { $0 + $1[index] }
            guard support + predictedCount > 0 else { continue }
            let precision = predictedCount == 0 ? 0 : truePositives / Double(predictedCount)
            let recall = support == 0 ? 0 : truePositives / Double(support)
            let f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall)
            classes.append(.init(label: label, precision: precision, recall: recall, f1: f1, support: support))
        }
        let correct = labels.indices.reduce(0) { $0 + confusion[$1][$1] }
        return Classification(classes: classes,
                              macroF1: classes.isEmpty ? 0 : classes.reduce(0) { $0 + $1.f1 } / Double(classes.count),
                              accuracy: truth.isEmpty ? 0 : Double(correct) / Double(truth.count),
                              confusion: confusion)
    }
}
