public import SlantCorpus
import SlantScoring

/// What a corpus report takes from one scored document: its figures, not its text.
///
/// Built from a ``ScoredDocument`` while scoring, or from a record of `slant score`'s JSONL
/// output (``ScoredRecordReader``), so that both give the same report.
public struct DocumentSummary: Sendable, Hashable {
    public var id: String
    public var outlet: String
    public var tokens: Int
    public var sentences: Int
    /// Document compound (VADER-style whole-text score).
    public var compound: Double
    /// Mean sentence compound.
    public var sentenceCompound: Double
    /// Each frame's share, in the report's frame order.
    public var frameShares: [Double]
    /// Whether the document uses each frame (``FramePresenceRule``), in the report's frame
    /// order; empty when unknown (records written before presence was recorded).
    public var framePresence: [Bool] = []
    /// The actors named or speaking, by index into the report's actors.
    public var actors: [Actor]
    /// Word key → occurrences (empty when unknown, as in JSONL records).
    public var terms: [String: Int]
    /// The document's language code (`und` when unknown).
    public var language = "und"
    /// Loaded-naming variants of the Ukrainian/Western side and of the Russian side.
    public var namingUkrainian = 0
    public var namingRussian = 0
    /// `+term` / `-term` → occurrences (empty when unknown).
    public var namingTerms: [String: Int] = [:]
    /// The event the document reports, when known (``CorpusReport/events``).
    public var event: String?

    /// One actor in the document.
    public struct Actor: Sendable, Hashable {
        public var index: Int
        public var mentions: Int
        public var speeches: Int
        public var portrayal: Double?
        public var voice: Double?
        /// Per frame, in the report's frame order (empty when unknown).
        public var frameWeights: [Double]
        /// Word key → occurrences in the sentences that name the actor.
        public var nearTerms: [String: Int]
        /// How often it is shown in each role, indexed like ``Role/allCases`` (empty when unknown).
        public var roleCounts: [Int] = []

        public init(index: Int, mentions: Int, speeches: Int, portrayal: Double?, voice: Double?,
                    frameWeights: [Double] = [], nearTerms: [String: Int] = [:]) {
            self.index = index
            self.mentions = mentions
            self.speeches = speeches
            self.portrayal = portrayal
            self.voice = voice
            self.frameWeights = frameWeights
            self.nearTerms = nearTerms
        }
    }

    public init(id: String, outlet: String, tokens: Int, sentences: Int, compound: Double, sentenceCompound: Double,
                frameShares: [Double], actors: [Actor], terms: [String: Int] = [:]) {
        self.id = id
        self.outlet = outlet
        self.tokens = tokens
        self.sentences = sentences
        self.compound = compound
        self.sentenceCompound = sentenceCompound
        self.frameShares = frameShares
        self.actors = actors
        self.terms = terms
    }

    /// The summary of a document scored in this run.
    public init(_ document: ScoredDocument) {
        let analysis = document.analysis
        self.init(id: document.input.id, outlet: document.input.outlet, tokens: document.tokenCount, sentences: document.sentenceCount,
                  compound: analysis.sentiment.document.compound, sentenceCompound: analysis.sentiment.meanSentenceCompound,
                  frameShares: analysis.frames.shares,
                  actors: analysis.actors.map { report in
                      var actor = Actor(index: report.actor, mentions: report.mentions, speeches: report.speeches, portrayal: report.portrayal,
                                        voice: report.voice, frameWeights: report.frameWeights,
                                        nearTerms: document.actorTermCounts[report.actor] ?? [:])
                      actor.roleCounts = report.roleCounts
                      return actor
                  },
                  terms: document.termCounts)
        framePresence = analysis.frames.present
        language = analysis.language
        namingUkrainian = analysis.naming.ukrainian
        namingRussian = analysis.naming.russian
        for found in analysis.naming.evidence { namingTerms[(found.side > 0 ? "+" : "-") + found.term, default: 0] += found.count }
        event = document.input.event
    }

    /// The same document counted under the outlet `outlet [language]`, so that each language
    /// of an outlet is its own group (`--split-lang`).
    public func splittingLanguage() -> DocumentSummary {
        var copy = self
        copy.outlet = "\(outlet) [\(language)]"
        return copy
    }

    /// The key of the document's bootstrap weights: the outlet and id, so that the same
    /// document gets the same weights whichever file, order or shard it comes from.
    public var bootstrapKey: String { outlet + "\u{0}" + id }
}
