public import SlantCorpus
public import SlantScoring

/// Aggregates of a scored corpus by outlet: documents, sentiment, frame shares, and per actor
/// mentions, portrayal and voice; plus word counts for distinctive-vocabulary statistics.
///
/// Reports are mergeable: every figure is a count or an exact fixed-point sum, so reports of
/// shards scored anywhere add up to the report of the whole corpus (``merge(_:)``).
public struct CorpusReport: Sendable, Hashable, Codable {
    /// Identifies the file format.
    public var format = "slant-report"
    public var version = 1
    /// The frame ids, in lexicon order.
    public var frames: [String]
    /// The actors (id and name), in catalog order.
    public var actors: [ActorInfo]
    /// Aggregates by outlet name.
    public var outlets: [String: OutletAggregate] = [:]

    public struct ActorInfo: Sendable, Hashable, Codable {
        public var id: String
        public var name: String
    }

    /// One outlet's aggregates.
    public struct OutletAggregate: Sendable, Hashable, Codable {
        public var documents = 0
        public var tokens = 0
        public var sentences = 0
        /// Document compound (VADER-style whole-text score).
        public var compound = Moments()
        /// Mean sentence compound per document.
        public var sentenceCompound = Moments()
        /// Per frame id: the frame's share in each document.
        public var frameShares: [String: Moments] = [:]
        /// Per actor id.
        public var actors: [String: ActorAggregate] = [:]
        /// Word key → occurrences.
        public var terms: [String: Int] = [:]

        public init() {}
    }

    /// One actor in one outlet.
    public struct ActorAggregate: Sendable, Hashable, Codable {
        /// Documents that name the actor or give it a voice.
        public var documents = 0
        public var mentions = 0
        public var speeches = 0
        /// Per document: the actor's mean portrayal tone.
        public var portrayal = Moments()
        /// Per document: the actor's mean voice tone.
        public var voice = Moments()
        /// Per frame id: per document, the weight of the frame's terms in sentences naming the actor.
        public var frameWeights: [String: Moments] = [:]

        public init() {}
    }

    /// An empty report for a model's frames and actors.
    public init(model: ScoringModel) {
        frames = model.frames.frames
        actors = model.actors.catalog.actors.map { ActorInfo(id: $0.id, name: $0.name) }
    }

    /// Adds one scored document.
    public mutating func add(_ document: ScoredDocument) {
        var outlet = outlets[document.input.outlet, default: OutletAggregate()]
        outlet.documents += 1
        outlet.tokens += document.tokenCount
        outlet.sentences += document.sentenceCount
        outlet.compound.add(document.analysis.sentiment.document.compound)
        outlet.sentenceCompound.add(document.analysis.sentiment.meanSentenceCompound)
        for (frame, share) in zip(frames, document.analysis.frames.shares) { outlet.frameShares[frame, default: Moments()].add(share) }
        for report in document.analysis.actors {
            let id = actors[report.actor].id
            var actor = outlet.actors[id, default: ActorAggregate()]
            actor.documents += 1
            actor.mentions += report.mentions
            actor.speeches += report.speeches
            if let portrayal = report.portrayal { actor.portrayal.add(portrayal) }
            if let voice = report.voice { actor.voice.add(voice) }
            for (frame, weight) in zip(frames, report.frameWeights) where weight != 0 {
                actor.frameWeights[frame, default: Moments()].add(weight)
            }
            outlet.actors[id] = actor
        }
        for (term, count) in document.termCounts { outlet.terms[term, default: 0] += count }
        outlets[document.input.outlet] = outlet
    }

    /// Adds another report of the same lexicons.
    ///
    /// - Throws: ``ReportError/incompatible(_:)`` when the frames or actors differ.
    public mutating func merge(_ other: CorpusReport) throws(ReportError) {
        guard other.format == format, other.version == version else {
            throw .incompatible("format \(other.format) version \(other.version) is not \(format) version \(version)")
        }
        guard other.frames == frames, other.actors == actors else {
            throw .incompatible("the reports were made with different frame or actor lexicons")
        }
        for (name, theirs) in other.outlets {
            var outlet = outlets[name, default: OutletAggregate()]
            outlet.documents += theirs.documents
            outlet.tokens += theirs.tokens
            outlet.sentences += theirs.sentences
            outlet.compound.merge(theirs.compound)
            outlet.sentenceCompound.merge(theirs.sentenceCompound)
            for (frame, moments) in theirs.frameShares { outlet.frameShares[frame, default: Moments()].merge(moments) }
            for (id, actor) in theirs.actors {
                var mine = outlet.actors[id, default: ActorAggregate()]
                mine.documents += actor.documents
                mine.mentions += actor.mentions
                mine.speeches += actor.speeches
                mine.portrayal.merge(actor.portrayal)
                mine.voice.merge(actor.voice)
                for (frame, weights) in actor.frameWeights { mine.frameWeights[frame, default: Moments()].merge(weights) }
                outlet.actors[id] = mine
            }
            for (term, count) in theirs.terms { outlet.terms[term, default: 0] += count }
            outlets[name] = outlet
        }
    }

    /// The outlet names, sorted.
    public var outletNames: [String] { outlets.keys.sorted() }
}

/// Why reports cannot be read or combined.
public enum ReportError: Error, Sendable, Hashable, CustomStringConvertible {
    case incompatible(String)
    case unreadable(file: String, reason: String)

    public var description: String {
        switch self {
        case .incompatible(let reason): "cannot merge the reports: \(reason)"
        case .unreadable(let file, let reason): "\(file): not a Slant report: \(reason)"
        }
    }
}
