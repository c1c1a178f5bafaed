public import SlantCorpus
public import SlantScoring

/// Aggregates of a scored corpus by outlet: documents, sentiment, frame shares, and per actor
/// mentions, portrayal and voice; plus word counts for distinctive-vocabulary statistics.
///
/// Reports are mergeable: every figure is a count or an exact fixed-point sum, and every
/// bootstrap replicate is a weighted sum whose weights depend only on the seed and the
/// document, so reports of shards scored anywhere add up to the report of the whole corpus
/// (``merge(_:)``).
public struct CorpusReport: Sendable, Hashable, Codable {
    /// Identifies the file format.
    public var format = "slant-report"
    public var version = Self.currentVersion
    /// 2: bootstrap replicates, mention tallies and words near actors.
    public static let currentVersion = 2
    /// How the bootstrap replicates were drawn.
    public var bootstrap: PoissonBootstrap
    /// The frame ids, in lexicon order.
    public var frames: [String]
    /// The actors (id and name), in catalog order.
    public var actors: [ActorInfo]
    /// Aggregates by outlet name.
    public var outlets: [String: OutletAggregate] = [:]
    /// Per event id, per outlet: the measures of the documents that report it (absent when no
    /// document has an event). See ``EventCell``.
    public var events: [String: [String: EventCell]]?
    /// What the report was made with and of; `nil` in reports written before fingerprints.
    public var fingerprint: ReportFingerprint?

    public struct ActorInfo: Sendable, Hashable, Codable {
        public var id: String
        public var name: String

        public init(id: String, name: String) {
            self.id = id
            self.name = name
        }
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
        /// Per frame id: 1 for each document that uses the frame, 0 for one that does not
        /// (``FramePresenceRule``), so the mean is the share of documents using it. `nil` in
        /// reports built from records without `frames_present`.
        public var framePresence: [String: Moments]?
        /// Mentions of all actors together (the denominator of mention shares).
        public var actorMentions = Tally()
        /// Per actor id.
        public var actors: [String: ActorAggregate] = [:]
        /// Word key → occurrences.
        public var terms: [String: Int] = [:]
        /// Language code → documents.
        public var languages: [String: Int] = [:]
        /// Loaded naming; `nil` when no document used a variant.
        public var naming: NamingAggregate?

        public init() {}

        /// Adds another outlet's aggregates (the same outlet from another shard, or outlets pooled into a group).
        ///
        /// - Throws: ``ReportError/overflow(_:)`` when a count or sum would pass `Int64.max`.
        public mutating func merge(_ other: OutletAggregate) throws(ReportError) {
            documents = try checkedSum(documents, other.documents, "documents")
            tokens = try checkedSum(tokens, other.tokens, "tokens")
            sentences = try checkedSum(sentences, other.sentences, "sentences")
            try compound.merge(other.compound)
            try sentenceCompound.merge(other.sentenceCompound)
            for (frame, moments) in other.frameShares { try frameShares[frame, default: Moments()].merge(moments) }
            if let theirs = other.framePresence {
                var presence = framePresence ?? [:]
                framePresence = nil
                for (frame, moments) in theirs { try presence[frame, default: Moments()].merge(moments) }
                framePresence = presence
            }
            if let theirs = other.naming {
                var mine = naming ?? NamingAggregate()
                try mine.merge(theirs)
                naming = mine
            }
            try actorMentions.merge(other.actorMentions)
            for (id, actor) in other.actors { try actors[id, default: ActorAggregate()].merge(actor) }
            try addCounts(other.terms, to: &terms, "word counts")
            try addCounts(other.languages, to: &languages, "language counts")
        }
    }

    /// One actor in one outlet.
    public struct ActorAggregate: Sendable, Hashable, Codable {
        /// Documents that name the actor or give it a voice.
        public var documents = 0
        public var mentions = Tally()
        public var speeches = 0
        /// Per document: the actor's mean portrayal tone.
        public var portrayal = Moments()
        /// Per document: the actor's mean voice tone.
        public var voice = Moments()
        /// Per frame id: per document, the weight of the frame's terms in sentences naming the actor.
        public var frameWeights: [String: Moments] = [:]
        /// Word key → occurrences in the sentences that name the actor (its own mentions left out).
        public var nearTerms: [String: Int] = [:]
        /// Per role (``Role``): how often documents show the actor in it, with bootstrap
        /// replicates; `nil` in reports built from records without roles.
        public var roles: [String: Tally]?

        public init() {}

        /// Adds the same actor's aggregates from another shard or outlet.
        ///
        /// - Throws: ``ReportError/overflow(_:)`` when a count or sum would pass `Int64.max`.
        public mutating func merge(_ other: ActorAggregate) throws(ReportError) {
            documents = try checkedSum(documents, other.documents, "actor documents")
            try mentions.merge(other.mentions)
            speeches = try checkedSum(speeches, other.speeches, "speeches")
            try portrayal.merge(other.portrayal)
            try voice.merge(other.voice)
            for (frame, weights) in other.frameWeights { try frameWeights[frame, default: Moments()].merge(weights) }
            try addCounts(other.nearTerms, to: &nearTerms, "word counts")
            if let theirs = other.roles {
                var mine = roles ?? [:]
                roles = nil
                for (role, tally) in theirs { try mine[role, default: Tally()].merge(tally) }
                roles = mine
            }
        }

        /// All role counts together (the denominator of role shares).
        public var roleTotal: Tally {
            var total = Tally()
            // Each tally was checked when it was merged; their sum is bounded by the mentions.
            for tally in (roles ?? [:]).values { try? total.merge(tally) }
            return total
        }
    }

    /// An empty report for these frames and actors.
    public init(frames: [String], actors: [ActorInfo], bootstrap: PoissonBootstrap = PoissonBootstrap()) {
        self.frames = frames
        self.actors = actors
        self.bootstrap = bootstrap
        fingerprint = ReportFingerprint(model: nil, actors: actors, frames: frames, bootstrap: bootstrap)
    }

    /// An empty report for a model's frames and actors.
    public init(model: ScoringModel, bootstrap: PoissonBootstrap = PoissonBootstrap()) {
        self.init(frames: model.frames.frames, actors: model.actors.catalog.actors.map { ActorInfo(id: $0.id, name: $0.name) },
                  bootstrap: bootstrap)
        fingerprint = ReportFingerprint(model: model, actors: actors, frames: frames, bootstrap: bootstrap)
    }

    /// Adds one scored document.
    public mutating func add(_ document: ScoredDocument) { add(DocumentSummary(document)) }

    /// Adds one document's figures.
    public mutating func add(_ document: DocumentSummary) {
        let weights = bootstrap.weights(for: document.bootstrapKey)
        fingerprint?.documents.add(document.bootstrapKey)
        // Taken out of the dictionary while it changes, so that its arrays and word counts are
        // uniquely referenced and grow in place instead of being copied for every document.
        var outlet = outlets.removeValue(forKey: document.outlet) ?? OutletAggregate()
        outlet.documents += 1
        outlet.languages[document.language, default: 0] += 1
        outlet.tokens += document.tokens
        outlet.sentences += document.sentences
        outlet.compound.add(document.compound, weights: weights)
        outlet.sentenceCompound.add(document.sentenceCompound, weights: weights)
        for (frame, share) in zip(frames, document.frameShares) { outlet.frameShares[frame, default: Moments()].add(share, weights: weights) }
        if !document.framePresence.isEmpty {
            // Taken out so that its moments are uniquely referenced and change in place.
            var presence = outlet.framePresence ?? [:]
            outlet.framePresence = nil
            for (frame, present) in zip(frames, document.framePresence) {
                presence[frame, default: Moments()].add(present ? 1 : 0, weights: weights)
            }
            outlet.framePresence = presence
        }
        if document.namingUkrainian + document.namingRussian > 0 {
            var naming = outlet.naming ?? NamingAggregate()
            outlet.naming = nil
            naming.add(ukrainian: document.namingUkrainian, russian: document.namingRussian, terms: document.namingTerms, weights: weights)
            outlet.naming = naming
        }
        outlet.actorMentions.add(document.actors.reduce(0) { $0 + $1.mentions }, weights: weights)
        for report in document.actors {
            let id = actors[report.index].id
            var actor = outlet.actors.removeValue(forKey: id) ?? ActorAggregate()
            actor.documents += 1
            actor.mentions.add(report.mentions, weights: weights)
            actor.speeches += report.speeches
            if let portrayal = report.portrayal { actor.portrayal.add(portrayal, weights: weights) }
            if let voice = report.voice { actor.voice.add(voice, weights: weights) }
            for (frame, weight) in zip(frames, report.frameWeights) where weight != 0 {
                actor.frameWeights[frame, default: Moments()].add(weight)
            }
            for (term, count) in report.nearTerms { actor.nearTerms[term, default: 0] += count }
            if !report.roleCounts.isEmpty {
                var roles = actor.roles ?? [:]
                actor.roles = nil
                for (role, count) in zip(Role.allCases, report.roleCounts) where count > 0 {
                    roles[role.rawValue, default: Tally()].add(count, weights: weights)
                }
                actor.roles = roles
            }
            outlet.actors[id] = actor
        }
        for (term, count) in document.terms { outlet.terms[term, default: 0] += count }
        outlets[document.outlet] = outlet
        if let event = document.event { addToEvent(event, document) }
    }

    /// Adds another report of the same lexicons and bootstrap: another shard of the corpus.
    ///
    /// - Parameter allowingSharedDocuments: Whether the reports may hold the same documents
    ///   (groups of a comparison, not shards of one corpus).
    /// - Throws: ``ReportError/incompatible(_:)`` when the format, frames, actors, bootstrap or
    ///   fingerprints differ, or the fingerprints' document sketches share a document;
    ///   ``ReportError/overflow(_:)`` when a sum would pass `Int64.max`. The report is unchanged then.
    public mutating func merge(_ other: CorpusReport, allowingSharedDocuments: Bool = false) throws(ReportError) {
        guard other.format == format, other.version == version else {
            throw .incompatible("format \(other.format) version \(other.version) is not \(format) version \(version)")
        }
        guard other.frames == frames, other.actors == actors else {
            throw .incompatible("the reports were made with different frame or actor lexicons")
        }
        guard other.bootstrap == bootstrap else {
            throw .incompatible("the reports were made with different bootstrap seeds or replicate counts "
                + "(\(bootstrap.seed)/\(bootstrap.replicates) and \(other.bootstrap.seed)/\(other.bootstrap.replicates))")
        }
        if let mine = fingerprint, let theirs = other.fingerprint {
            guard mine.model == theirs.model else {
                throw .incompatible("the reports were made with different lexicons, actors, frames or bootstrap "
                    + "(fingerprints \(mine.model) and \(theirs.model)): score every shard with the same lexicons and options")
            }
            let shared = mine.documents.shared(with: theirs.documents)
            guard shared == 0 || allowingSharedDocuments else {
                throw .incompatible("the reports share documents (\(shared) of their \(DocumentSketch.size) smallest document hashes): "
                    + "a report given twice, or shards that overlap")
            }
        }
        // Merged into a copy, so that a failure leaves this report as it was.
        var merged = outlets
        for (name, theirs) in other.outlets { try merged[name, default: OutletAggregate()].merge(theirs) }
        var mergedEvents = self
        try mergedEvents.mergeEvents(other.events)
        events = mergedEvents.events
        outlets = merged
        if fingerprint != nil, let theirs = other.fingerprint {
            fingerprint?.documents.merge(theirs.documents)
        } else {
            fingerprint = nil
        }
    }

    /// The report with only the outlets whose documents are all in `language`.
    ///
    /// - Throws: ``ReportError/incompatible(_:)`` when an outlet mixes that language with
    ///   others: its figures cannot be taken apart (score with `--split-lang`, or compare records).
    public func restricted(toLanguage language: String) throws(ReportError) -> CorpusReport {
        var copy = self
        copy.outlets = [:]
        for (name, outlet) in outlets where outlet.languages[language] != nil {
            guard outlet.languages.count == 1 else {
                let mix = outlet.languages.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", ")
                throw .incompatible("outlet \"\(name)\" mixes languages (\(mix)); score with --split-lang or compare the records")
            }
            copy.outlets[name] = outlet
        }
        return copy
    }

    /// The outlet names, sorted.
    public var outletNames: [String] { outlets.keys.sorted() }

    /// This report's outlets pooled into one outlet called `name`.
    ///
    /// - Throws: ``ReportError/overflow(_:)`` when a sum would pass `Int64.max`.
    public func pooled(as name: String) throws(ReportError) -> CorpusReport {
        var copy = self
        var pool = OutletAggregate()
        for outlet in outlets.values { try pool.merge(outlet) }
        copy.outlets = [name: pool]
        if let events { copy.events = try Self.pooledEvents(events, as: name) }
        return copy
    }
}

/// Why reports cannot be read or combined.
public enum ReportError: Error, Sendable, Hashable, CustomStringConvertible {
    case incompatible(String)
    /// Adding the reports would pass `Int64.max` in this figure.
    case overflow(String)
    case unreadable(file: String, reason: String)
    /// An outlet or actor name that the report does not have.
    case unknownName(kind: String, name: String, known: [String])

    public var description: String {
        switch self {
        case .incompatible(let reason): "cannot merge the reports: \(reason)"
        case .overflow(let figure): "cannot merge the reports: their \(figure) add up to more than \(Int64.max) (a damaged report?)"
        case .unreadable(let file, let reason): "\(file): not a Slant report: \(reason)"
        case .unknownName(let kind, let name, let known): "no \(kind) \"\(name)\" in the report (it has: \(known.joined(separator: ", ")))"
        }
    }
}

/// `a + b`, or ``ReportError/overflow(_:)`` naming `figure`.
@inline(__always)
func checkedSum<Integer: FixedWidthInteger>(_ a: Integer, _ b: Integer, _ figure: String) throws(ReportError) -> Integer {
    let (sum, overflow) = a.addingReportingOverflow(b)
    if overflow { throw .overflow(figure) }
    return sum
}

/// Adds each of `other`'s counts to the count of the same key in `counts`, or
/// ``ReportError/overflow(_:)`` naming `figure` when one would pass `Int.max`.
func addCounts(_ other: [String: Int], to counts: inout [String: Int], _ figure: String) throws(ReportError) {
    for (key, count) in other { counts[key] = try checkedSum(counts[key] ?? 0, count, figure) }
}
