/// Outlets side by side: each actor's portrayal, voice and mention share per outlet with
/// bootstrap intervals and pairwise differences; frame shares with differences and
/// Jensen–Shannon divergences; and each outlet's distinctive words.
///
/// Built from a ``CorpusReport`` by ``init(report:options:)``; rendered by
/// ``ComparisonRenderer``. Every figure is fixed by the report and the options, so the same
/// inputs always give the same comparison. The statistics are described in `docs/STATISTICS.md`.
public struct OutletComparison: Sendable, Hashable, Codable {
    public var format = "slant-comparison"
    public var version = 1
    /// The confidence level of every interval (0.95).
    public var confidenceLevel: Double
    public var bootstrap: PoissonBootstrap
    /// The outlets compared, in order.
    public var outlets: [Outlet]
    public var actors: [Actor]
    public var frames: [Frame]
    /// Jensen–Shannon divergence between the frame mixes of each pair of outlets.
    public var frameDivergences: [Divergence]
    /// Distinctive words of each outlet, over all its words and near each chosen actor.
    public var vocabulary: [Vocabulary]
    /// The outlet every other is compared with, or `nil` for all pairs.
    public var reference: String?
    /// Estimates over fewer documents than this are shown as not estimable.
    public var minimumDocuments = 1
    /// Notes on the choices made (outlets left out, the reference), shown under the method note.
    public var notes: [String] = []
    /// Loaded naming per outlet; `nil` when no compared outlet uses a variant.
    public var naming: Naming?

    /// One outlet's totals.
    public struct Outlet: Sendable, Hashable, Codable {
        public var name: String
        public var documents: Int
        public var tokens: Int
        /// Mean document compound.
        public var compound: Interval?
    }

    /// One actor across outlets.
    public struct Actor: Sendable, Hashable, Codable {
        public var id: String
        public var name: String
        /// One entry per compared outlet, in outlet order.
        public var outlets: [ActorInOutlet]
        /// Portrayal, voice and mention share: first outlet minus second, for each pair.
        public var portrayalDifferences: [Difference]
        public var voiceDifferences: [Difference]
        public var mentionShareDifferences: [Difference]
        /// Relative portrayal (``ActorInOutlet/relativePortrayal``): first outlet minus second.
        public var relativePortrayalDifferences: [Difference] = []
        /// Each role's share: first outlet minus second, per role.
        public var roleShareDifferences: [RoleDifference] = []
    }

    /// How often an actor is shown in one role, as a share of all its roles in the outlet.
    public struct RoleShare: Sendable, Hashable, Codable {
        /// The role's name (``SlantScoring/Role``).
        public var role: String
        public var count: Int
        public var share: Interval?
    }

    /// A role share's difference between two outlets.
    public struct RoleDifference: Sendable, Hashable, Codable {
        public var role: String
        public var difference: Difference
    }

    /// One actor in one outlet.
    public struct ActorInOutlet: Sendable, Hashable, Codable {
        public var outlet: String
        /// Documents that name the actor or quote it.
        public var documents: Int
        public var mentions: Int
        public var speeches: Int
        /// Its mentions as a share of all actor mentions in the outlet.
        public var mentionShare: Interval?
        /// Mean per-document portrayal tone, over the documents that name it.
        public var portrayal: Interval?
        public var portrayalDocuments: Int
        /// Mean per-document tone of its quoted and reported speech.
        public var voice: Interval?
        public var voiceDocuments: Int
        /// Portrayal minus the outlet's mean portrayal of all actors (every actor-document
        /// pooled): above 0, the outlet shows this actor better than it shows actors in general.
        /// An outlet that is negative about everyone is not read as hostile to each.
        public var relativePortrayal: Interval? = nil
        /// Its roles (who is shown attacking, suffering, helping, ...), shares of all its roles;
        /// empty when the report has no roles.
        public var roles: [RoleShare] = []
    }

    /// One frame across outlets.
    public struct Frame: Sendable, Hashable, Codable {
        public var id: String
        /// Mean per-document share of the frame, one per outlet in outlet order.
        public var shares: [OutletInterval]
        public var differences: [Difference]
        /// Share of documents that use the frame (``FramePresenceRule``), one per outlet in
        /// outlet order (no value where the report has no presence).
        public var presence: [OutletInterval]
        public var presenceDifferences: [Difference]
    }

    public struct OutletInterval: Sendable, Hashable, Codable {
        public var outlet: String
        public var value: Interval?
    }

    /// `first − second` with its bootstrap interval.
    public struct Difference: Sendable, Hashable, Codable {
        public var first: String
        public var second: String
        public var difference: Interval
    }

    public struct Divergence: Sendable, Hashable, Codable {
        public var first: String
        public var second: String
        /// In bits: 0 for the same frame mix, 1 for frames that never overlap.
        public var jensenShannon: Double
    }

    /// The words that set one outlet apart from the others taken together.
    public struct Vocabulary: Sendable, Hashable, Codable {
        public var outlet: String
        /// The actor whose sentences the words come from, or `nil` for all the outlet's words.
        public var actor: String?
        /// Highest z first; only words with z above 0.
        public var words: [DistinctiveWord]
    }

    /// Five documents: a percentile interval from fewer values is little more than their range
    /// (one document gives `-0.997 [-0.997, -0.997]`, which looks certain and is not).
    public static let notEstimableBelow = 5

    /// Choices that shape a comparison.
    public struct Options: Sendable, Hashable {
        /// The confidence level of the intervals.
        public var confidenceLevel = 0.95
        /// Distinctive words listed per outlet (0: none).
        public var wordsPerOutlet = 15
        /// The actors to show, by id, in this order (default: every actor the outlets name).
        public var actors: [String]?
        /// Actor ids whose nearby words are compared too.
        public var vocabularyActors: [String] = []
        /// The informative prior's weight relative to the pooled counts (see ``LogOddsRatio``).
        public var priorScale = 1.0
        /// Words seen fewer times than this in all compared outlets together are left out of
        /// the distinctive-word lists.
        public var minimumWordCount = 3
        /// Compare each outlet with this one (one of those compared) instead of all pairs.
        public var reference: String?
        /// Estimates over fewer documents than this are not estimable: no interval, no
        /// difference. `slant compare` uses ``notEstimableBelow``.
        public var minimumDocuments = 1

        public init() {}
    }
}
