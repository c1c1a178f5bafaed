/// Pairwise agreement of a grouping with gold event labels: over every pair of documents,
/// precision is the share of pairs put in one event that share a gold label, recall the share
/// of pairs sharing a gold label that were put in one event (the pairwise measures of
/// clustering evaluation; Manning, Raghavan & Schütze 2008, §16.3).
public struct EventEvaluation: Sendable, Hashable {
    /// Pairs in one predicted event and one gold event.
    public var truePairs: Int
    /// Pairs in one predicted event.
    public var predictedPairs: Int
    /// Pairs in one gold event.
    public var goldPairs: Int

    /// Compares predicted and gold labels of the same documents (any hashable labels).
    public init<Predicted: Hashable, Gold: Hashable>(predicted: [Predicted], gold: [Gold]) {
        precondition(predicted.count == gold.count, "one predicted and one gold label per document")
        func pairs<Key: Hashable>(_ labels: [Key]) -> Int {
            var sizes: [Key: Int] = [:]
            for label in labels { sizes[label, default: 0] += 1 }
            return sizes.values.reduce(0) { $0 + $1 * ($1 - 1) / 2 }
        }
        predictedPairs = pairs(predicted)
        goldPairs = pairs(gold)
        truePairs = pairs(zip(predicted, gold).map { Both(predicted: $0, gold: $1) })
    }

    private struct Both<P: Hashable, G: Hashable>: Hashable {
        var predicted: P
        var gold: G
    }

    /// 1 when no pair was predicted (nothing claimed, nothing wrong).
    public var precision: Double { predictedPairs == 0 ? 1 : Double(truePairs) / Double(predictedPairs) }
    /// 1 when there are no gold pairs.
    public var recall: Double { goldPairs == 0 ? 1 : Double(truePairs) / Double(goldPairs) }
    public var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }
}
