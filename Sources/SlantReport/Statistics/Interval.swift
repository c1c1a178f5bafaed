/// An estimate with a confidence interval.
public struct Interval: Sendable, Hashable, Codable {
    public var estimate: Double
    /// The lower bound, or `nil` when there are too few replicates to tell.
    public var lower: Double?
    public var upper: Double?

    public init(estimate: Double, lower: Double?, upper: Double?) {
        self.estimate = estimate
        self.lower = lower
        self.upper = upper
    }

    /// Whether the interval lies wholly above or wholly below zero.
    public var excludesZero: Bool {
        guard let lower, let upper else { return false }
        return lower > 0 || upper < 0
    }

    /// A percentile bootstrap interval: the estimate from the full sample, the bounds from the
    /// replicates' (1 − level)/2 and (1 + level)/2 quantiles.
    ///
    /// Replicates that are `nil` (a replicate in which no document carried the measure) are
    /// left out; with fewer than two replicates left there are no bounds.
    public static func percentile(estimate: Double, replicates: [Double?], level: Double = 0.95) -> Interval {
        let values = replicates.compactMap { $0 }.sorted()
        guard values.count >= 2 else { return Interval(estimate: estimate, lower: nil, upper: nil) }
        let tail = (1 - level) / 2
        return Interval(estimate: estimate, lower: quantile(sorted: values, tail), upper: quantile(sorted: values, 1 - tail))
    }

    /// The `p` quantile of sorted values, interpolating linearly between order statistics
    /// (Hyndman & Fan 1996 type 7, R's and NumPy's default).
    public static func quantile(sorted values: [Double], _ p: Double) -> Double {
        precondition(!values.isEmpty, "the quantile of no values")
        let position = p * Double(values.count - 1)
        let below = Int(position.rounded(.down))
        let above = min(below + 1, values.count - 1)
        let fraction = position - Double(below)
        return values[below] + fraction * (values[above] - values[below])
    }
}
