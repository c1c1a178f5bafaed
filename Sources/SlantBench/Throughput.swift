/// How fast one stage ran over a corpus.
public struct StageThroughput: Sendable, Hashable {
    public var stage: String
    /// Worker threads.
    public var jobs: Int
    public var bytes: Int
    public var tokens: Int
    public var seconds: Double
    /// What the stage found (boundaries, lexicon matches, actor reports, record bytes…): it
    /// keeps the work from being optimized away and lets a caller check the stage did something.
    public var results: Int

    public init(stage: String, jobs: Int = 1, bytes: Int, tokens: Int, seconds: Double, results: Int = 0) {
        self.results = results
        self.stage = stage
        self.jobs = jobs
        self.bytes = bytes
        self.tokens = tokens
        self.seconds = seconds
    }

    /// Megabytes (10⁶ bytes) of text per second.
    public var megabytesPerSecond: Double { Double(bytes) / 1_000_000 / seconds }
    public var tokensPerSecond: Double { Double(tokens) / seconds }

    /// The median of `values` (the mean of the middle two for an even count), as `slant bench
    /// --rounds` reports each stage; `values` must not be empty.
    public static func median(_ values: [Double]) -> Double {
        precondition(!values.isEmpty, "the median of no values")
        let sorted = values.sorted()
        let middle = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
    }
}

extension Duration {
    /// The duration in seconds.
    var seconds: Double { Double(components.seconds) + Double(components.attoseconds) / 1e18 }
}
