/// A count over documents (such as mentions of an actor) with its bootstrap replicates.
public struct Tally: Sendable, Hashable {
    public private(set) var total = 0
    /// Per replicate: Σ weight × count.
    public private(set) var replicates: [Int] = []

    public init() {}

    /// A tally as read from a report file (checked by ``CorpusReport/validate(source:)``).
    init(total: Int, replicates: [Int]) {
        self.total = total
        self.replicates = replicates
    }

    /// Adds one document's count.
    public mutating func add(_ count: Int, weights: [Int32] = []) {
        total += count
        guard !weights.isEmpty, count != 0 else { return }
        if replicates.isEmpty { replicates = Array(repeating: 0, count: weights.count) }
        precondition(replicates.count == weights.count, "bootstrap replicates differ")
        for (index, weight) in weights.enumerated() where weight != 0 { replicates[index] += Int(weight) * count }
    }

    /// Adds another tally (with the same number of replicates, or none).
    ///
    /// - Throws: ``ReportError/overflow(_:)`` or ``ReportError/incompatible(_:)``; nothing changes then.
    public mutating func merge(_ other: Tally) throws(ReportError) {
        var merged = self
        merged.total = try checkedSum(total, other.total, "mention counts")
        if !other.replicates.isEmpty {
            if replicates.isEmpty {
                merged.replicates = other.replicates
            } else {
                guard replicates.count == other.replicates.count else {
                    throw .incompatible("bootstrap replicates differ (\(replicates.count) and \(other.replicates.count))")
                }
                for index in replicates.indices {
                    merged.replicates[index] = try checkedSum(replicates[index], other.replicates[index], "replicate mention counts")
                }
            }
        }
        self = merged
    }

    /// This tally as a share of `whole`, with its bootstrap interval (ratio of weighted sums in
    /// each replicate); `nil` when `whole` is zero.
    public func share(of whole: Tally, level: Double = 0.95) -> Interval? {
        guard whole.total > 0 else { return nil }
        return Interval.percentile(estimate: Double(total) / Double(whole.total), replicates: replicateShares(of: whole), level: level)
    }

    /// In each replicate, this tally's weighted sum over `whole`'s (`nil` where `whole`'s is zero).
    public func replicateShares(of whole: Tally) -> [Double?] {
        whole.replicates.indices.map { index in
            let denominator = whole.replicates[index]
            guard denominator > 0 else { return nil }
            return Double(replicates.isEmpty ? 0 : replicates[index]) / Double(denominator)
        }
    }
}

extension Tally: Codable {
    enum CodingKeys: String, CodingKey { case total, replicates }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        total = try container.decode(Int.self, forKey: .total)
        replicates = try container.decodeReplicates(forKey: .replicates).map { Int(truncatingIfNeeded: $0) }
    }

    /// Writes the replicates compactly (``ReplicateCoding``), and not at all when there are none.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(total, forKey: .total)
        if !replicates.isEmpty { try container.encode(ReplicateCoding.encode(replicates), forKey: .replicates) }
    }
}
