/// Outlets compared like with like: each measure's difference between two outlets computed
/// within every event both report, then averaged over those events, beside the pooled
/// difference over all their documents; plus coverage, to tell selection (which events an
/// outlet reports) from framing (how it reports them).
///
/// The bootstrap resamples events, not documents (a cluster bootstrap: documents of one event
/// are not independent). Each event's Poisson weights come from the seed and the event id, so
/// the intervals are the same however the corpus was split or ordered. Method and caveats:
/// `docs/STATISTICS.md`.
public struct EventComparison: Sendable, Hashable, Codable {
    public var format = "slant-event-comparison"
    public var version = 1
    public var confidenceLevel: Double
    public var bootstrap: PoissonBootstrap
    /// Differences over fewer shared events than this are "not estimable".
    public var minimumEvents: Int
    /// The outlets compared, in order.
    public var outlets: [String]
    /// What each outlet covers.
    public var coverage: [Coverage]
    /// The pairs compared: all pairs, or each outlet against a reference.
    public var pairs: [Pair]
    /// A readable name for each measure ("portrayal of Russia / Kremlin").
    public var labels: [String: String]
    /// Notes on the choices made (outlets left out, what each is compared with).
    public var notes: [String] = []

    /// One outlet's coverage.
    public struct Coverage: Sendable, Hashable, Codable {
        public var outlet: String
        /// All its documents, and those with an event.
        public var documents: Int
        public var documentsWithEvent: Int
        /// Events it reports, and those another compared outlet reports too.
        public var events: Int
        public var sharedEvents: Int
        /// Its documents in shared events, and their share of its documents with an event.
        public var documentsInSharedEvents: Int
        public var sharedShare: Double?
    }

    /// Two outlets and their differences, first − second.
    public struct Pair: Sendable, Hashable, Codable {
        public var first: String
        public var second: String
        /// Events both report.
        public var sharedEvents: Int
        public var differences: [MeasureDifference]
    }

    /// One measure's difference for a pair.
    public struct MeasureDifference: Sendable, Hashable, Codable {
        /// The measure's name (``CorpusReport/MeasureName``), e.g. `portrayal:russia`.
        public var measure: String
        /// Shared events in which both outlets have the measure.
        public var events: Int
        /// Mean over those events of (first's mean − second's mean); `nil` when not estimable.
        public var withinEvents: Interval?
        /// Mean over all first's documents − mean over all second's (documents with an event),
        /// with a bootstrap over events; `nil` when either has none.
        public var pooled: Interval?
    }

    /// The name of "the other compared outlets" as the second of a pair.
    public static let othersName = "(the others)"

    /// Choices for an event comparison.
    public struct Options: Sendable, Hashable {
        public var confidenceLevel = 0.95
        /// Differences over fewer shared events are not estimable. Five: below that a mean of
        /// differences and a percentile interval over resampled events say little.
        public var minimumEvents = 5
        /// Compare each outlet with this one instead of all pairs.
        public var reference: String?
        /// Compare each outlet with the other compared outlets together, event by event
        /// (the second of each pair is ``othersName``); used when there are many outlets.
        public var againstOthers = false

        public init() {}
    }
}
