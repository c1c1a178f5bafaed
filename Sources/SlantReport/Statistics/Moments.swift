/// Count, sum and sum of squares of a measure over documents, with its Poisson-bootstrap
/// replicates, kept in fixed point so that adding reports is exact and independent of order:
/// `merge(report(A), report(B)) == report(A ∪ B)` to the bit.
///
/// Values are stored in units of 10⁻⁹ (each value is rounded to nine decimals once, when
/// added). Tones and shares lie in [-1, 1], so a sum stays exact for over nine billion values.
/// Replicate `r` keeps Σ wᵣ and Σ wᵣ·value over the documents, wᵣ being each document's
/// ``PoissonBootstrap`` weight; both arrays are empty when the bootstrap is off.
public struct Moments: Sendable, Hashable {
    /// The fixed-point unit: 10⁻⁹.
    public static let scale = 1_000_000_000.0

    public private(set) var count: Int = 0
    /// Σ value, in units of 10⁻⁹.
    public private(set) var sum: Int64 = 0
    /// Σ value², in units of 10⁻⁹.
    public private(set) var sumOfSquares: Int64 = 0
    /// Per replicate: Σ weight.
    public private(set) var replicateCounts: [Int] = []
    /// Per replicate: Σ weight × value, in units of 10⁻⁹.
    public private(set) var replicateSums: [Int64] = []

    public init() {}

    /// Moments as read from a report file (checked by ``CorpusReport/validate(source:)``).
    init(count: Int, sum: Int64, sumOfSquares: Int64, replicateCounts: [Int], replicateSums: [Int64]) {
        self.count = count
        self.sum = sum
        self.sumOfSquares = sumOfSquares
        self.replicateCounts = replicateCounts
        self.replicateSums = replicateSums
    }

    /// Adds one value; `weights` are the document's bootstrap weights (empty: no bootstrap).
    public mutating func add(_ value: Double, weights: [Int32] = []) {
        let fixed = Int64((value * Self.scale).rounded())
        count += 1
        sum += fixed
        sumOfSquares += Int64((value * value * Self.scale).rounded())
        guard !weights.isEmpty else { return }
        if replicateCounts.isEmpty {
            replicateCounts = Array(repeating: 0, count: weights.count)
            replicateSums = Array(repeating: 0, count: weights.count)
        }
        precondition(replicateCounts.count == weights.count, "bootstrap replicates differ")
        for (index, weight) in weights.enumerated() where weight != 0 {
            replicateCounts[index] += Int(weight)
            replicateSums[index] += Int64(weight) * fixed
        }
    }

    /// Adds another set of moments (with the same number of replicates, or none).
    ///
    /// - Throws: ``ReportError/overflow(_:)`` when a sum would pass `Int64.max`, and
    ///   ``ReportError/incompatible(_:)`` when the replicate counts differ; nothing changes then.
    public mutating func merge(_ other: Moments) throws(ReportError) {
        var merged = self
        merged.count = try checkedSum(count, other.count, "value counts")
        merged.sum = try checkedSum(sum, other.sum, "sums")
        merged.sumOfSquares = try checkedSum(sumOfSquares, other.sumOfSquares, "sums of squares")
        if !other.replicateCounts.isEmpty {
            if replicateCounts.isEmpty {
                merged.replicateCounts = other.replicateCounts
                merged.replicateSums = other.replicateSums
            } else {
                guard replicateCounts.count == other.replicateCounts.count else {
                    throw .incompatible("bootstrap replicates differ (\(replicateCounts.count) and \(other.replicateCounts.count))")
                }
                for index in replicateCounts.indices {
                    merged.replicateCounts[index] = try checkedSum(replicateCounts[index], other.replicateCounts[index], "replicate counts")
                    merged.replicateSums[index] = try checkedSum(replicateSums[index], other.replicateSums[index], "replicate sums")
                }
            }
        }
        self = merged
    }

    /// The mean, or `nil` for no values.
    public var mean: Double? { count == 0 ? nil : Double(sum) / Self.scale / Double(count) }

    /// The sample standard deviation (n − 1), or `nil` for fewer than two values.
    public var standardDeviation: Double? {
        guard count > 1, let mean else { return nil }
        let squares = Double(sumOfSquares) / Self.scale
        let variance = max(0, (squares - Double(count) * mean * mean) / Double(count - 1))
        return variance.squareRoot()
    }

    /// The standard error of the mean, or `nil` for fewer than two values.
    public var standardError: Double? { standardDeviation.map { $0 / Double(count).squareRoot() } }

    /// The mean in each bootstrap replicate (`nil` where the replicate drew no document).
    public var replicateMeans: [Double?] {
        zip(replicateCounts, replicateSums).map { count, sum in count == 0 ? nil : Double(sum) / Self.scale / Double(count) }
    }

    /// The mean with its percentile bootstrap interval, or `nil` for no values.
    public func interval(level: Double = 0.95) -> Interval? {
        guard let mean else { return nil }
        return Interval.percentile(estimate: mean, replicates: replicateMeans, level: level)
    }
}

extension Moments: Codable {
    enum CodingKeys: String, CodingKey { case count, sum, sumOfSquares, replicateCounts, replicateSums }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        count = try container.decode(Int.self, forKey: .count)
        sum = try container.decode(Int64.self, forKey: .sum)
        sumOfSquares = try container.decode(Int64.self, forKey: .sumOfSquares)
        replicateCounts = try container.decodeReplicates(forKey: .replicateCounts).map { Int(truncatingIfNeeded: $0) }
        replicateSums = try container.decodeReplicates(forKey: .replicateSums)
        guard replicateCounts.count == replicateSums.count else {
            throw DecodingError.dataCorruptedError(forKey: .replicateSums, in: container,
                                                   debugDescription: "replicateCounts and replicateSums differ in length")
        }
    }

    /// Leaves the replicate arrays out when there are none; writes them compactly (``ReplicateCoding``).
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(count, forKey: .count)
        try container.encode(sum, forKey: .sum)
        try container.encode(sumOfSquares, forKey: .sumOfSquares)
        if !replicateCounts.isEmpty {
            try container.encode(ReplicateCoding.encode(replicateCounts), forKey: .replicateCounts)
            try container.encode(ReplicateCoding.encode(replicateSums), forKey: .replicateSums)
        }
    }
}
