/// A word that moved a tone, with how much.
public struct EvidenceWord: Sendable, Hashable {
    /// The term as the lexicon writes it ("appeasement", "kiss of death").
    public var term: String
    /// Its summed weighted contribution.
    public var contribution: Double
}

/// How one actor fares in one document.
public struct ActorReport: Sendable, Hashable {
    /// The actor's index in the catalog.
    public var actor: Int
    /// How often the text names it.
    public var mentions: Int
    /// The mean tone toward it over its mentions, in [-1, 1] (`nil` when it is never named,
    /// only speaks through a pronoun).
    public var portrayal: Double?
    /// The mean tone of what it says, in [-1, 1], over its attributed speeches (`nil` when it
    /// says nothing).
    public var voice: Double?
    /// How many speeches are attributed to it.
    public var speeches: Int
    /// The words that most moved its portrayal, strongest first (at most five).
    public var portrayalEvidence: [EvidenceWord]
    /// The words that most moved its voice, strongest first (at most five).
    public var voiceEvidence: [EvidenceWord]
    /// For each frame, the weight of its terms in the sentences that name the actor.
    public var frameWeights: [Double]
    /// How often it is shown in each role, indexed like ``Role/allCases`` (speaker: its speeches).
    public var roleCounts: [Int]
}

/// A span of the input that the user asked to be scored (NewsMTSC-style targets).
public struct TargetSpan: Sendable, Hashable, Codable {
    /// Unicode-scalar offset of the first character (like a Python string index).
    public var start: Int
    /// Unicode-scalar offset after the last character.
    public var end: Int

    public init(start: Int, end: Int) {
        self.start = start
        self.end = end
    }
}

/// The tone toward one target span.
public struct TargetResult: Sendable, Hashable {
    public var span: TargetSpan
    /// The tokens the span covers (empty when it covers none).
    public var tokens: Range<Int>
    /// The tone in [-1, 1].
    public var tone: Double
    /// Negative, neutral or positive by ``PortrayalParameters/labelThreshold``.
    public var label: Polarity
    public var evidence: [EvidenceWord]
    /// The target's roles, with the rule that found each.
    public var roles: [RoleAssignment]
    /// Whether it is the speaker of a quotation or reported speech.
    public var isSpeaker: Bool
}

/// Everything Slant finds in one document.
public struct DocumentAnalysis: Sendable {
    public var sentiment: DocumentSentiment
    /// The sentiment terms with their rules.
    public var terms: [ScoredTerm]
    public var mentions: [ActorMention]
    /// The tone toward each mention, parallel to ``mentions``.
    public var mentionTones: [Double]
    public var speeches: [Speech]
    /// Who does what to whom among the mentions (``RoleAssignment/candidate`` indexes ``mentions``).
    public var roles: [RoleAssignment]
    /// One report per actor that is named or speaks, in catalog order.
    public var actors: [ActorReport]
    public var frames: FrameScores
    public var targets: [TargetResult]
    /// The document's language: the code it was given or detected, or `und`.
    public var language: String = LanguageDetector.undetermined
    /// The loaded-naming variants the document uses (``LoadedNaming``).
    public var naming = NamingCounts()
}
