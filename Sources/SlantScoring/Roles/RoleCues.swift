public import SlantLexicon
public import SlantText

/// The function words that tell who does what to whom (`Lexicons/<lang>/roles.tsv`): see that
/// file's comment for each kind.
public struct RoleCues: Sendable {
    /// What a cue word does.
    public enum Kind: String, Sendable, CaseIterable {
        case passiveAuxiliary = "passive-auxiliary"
        case passivePreposition = "passive-preposition"
        case agentMarker = "agent-marker"
        case patientMarker = "patient-marker"
        case determiner
        case relative
        case coordination
        case undergo
        case preposition
        case rhetorical
        case infinitive
        case negation
        case lightVerb = "light-verb"
        case quantifier
        case activeParticipleSuffix = "active-participle-suffix"
        case passiveParticipleSuffix = "passive-participle-suffix"
        case armed
        case topicNoun = "topic-noun"
        case label
        case obliqueEnding = "oblique-ending"
        case instrumentalEnding = "instrumental-ending"
        case verbEnding = "verb-ending"
        case subjectiveGenitive = "subjective-genitive"
        case dativeEnding = "dative-ending"
        case pluralVerbEnding = "plural-verb-ending"
        case pluralEnding = "plural-ending"
        case personNoun = "person-noun"

        /// The kind's bit in ``Kinds``.
        var bit: Kinds { Kinds(rawValue: 1 << ordinal) }

        /// The kind's position in ``allCases``, by a switch: `allCases.firstIndex(of:)` built the
        /// array at every call, and role finding asks for bits all the time.
        var ordinal: UInt32 {
            switch self {
            case .passiveAuxiliary: 0
            case .passivePreposition: 1
            case .agentMarker: 2
            case .patientMarker: 3
            case .determiner: 4
            case .relative: 5
            case .coordination: 6
            case .undergo: 7
            case .preposition: 8
            case .rhetorical: 9
            case .infinitive: 10
            case .negation: 11
            case .lightVerb: 12
            case .quantifier: 13
            case .activeParticipleSuffix: 14
            case .passiveParticipleSuffix: 15
            case .armed: 16
            case .topicNoun: 17
            case .label: 18
            case .obliqueEnding: 19
            case .instrumentalEnding: 20
            case .verbEnding: 21
            case .subjectiveGenitive: 22
            case .dativeEnding: 23
            case .pluralVerbEnding: 24
            case .pluralEnding: 25
            case .personNoun: 26
            }
        }
    }

    /// A set of kinds: one word may be several ("to" is an infinitive marker and a patient marker).
    public struct Kinds: OptionSet, Sendable, Hashable {
        public let rawValue: UInt32
        public init(rawValue: UInt32) { self.rawValue = rawValue }

        /// Whether `kind` is among them.
        func has(_ kind: Kind) -> Bool { contains(kind.bit) }
    }

    /// The cue words (``LexiconBox``: looked up in place, never copied).
    let words: LexiconBox
    /// The inlined miss test of ``words`` (``CompiledLexicon/Gate``), held apart from the box:
    /// role finding asks it before it reads the lexicon, which is copied to the stack at every
    /// lookup through the box.
    let gate: CompiledLexicon.Gate
    let kinds: [Kinds]
    /// Word endings that make a predicate an active participle ("attacking") or a passive one
    /// ("attacked"), as key bytes.
    let activeSuffixes: [[UInt8]]
    let passiveSuffixes: [[UInt8]]
    /// Endings of a case other than the nominative ("Росії", "Зеленского", "Києвом"): a word
    /// with one is no subject. Empty for languages that do not inflect names (English).
    let obliqueEndings: [[UInt8]]
    /// Endings of the instrumental ("російськими військами"): the agent of a passive or of a
    /// harm noun.
    let instrumentalEndings: [[UInt8]]
    /// Endings of finite verbs and infinitives ("обстріляли", "атакує"): a predicate without
    /// one is a noun, whose bare complement is in the genitive.
    let verbEndings: [[UInt8]]
    /// Endings of the dative ("Україні", "Киеву"): the beneficiary of an aid noun.
    let dativeEndings: [[UInt8]]
    /// Endings of plural verbs ("обстріляли", "атакують") and of plural names and adjectives
    /// ("росіяни", "російські"): a singular name before a plural verb is its fronted object.
    let pluralVerbEndings: [[UInt8]]
    let pluralEndings: [[UInt8]]

    /// Compiles a cue lexicon.
    ///
    /// - Throws: ``DataFileError`` for an entry whose category is not a known kind.
    public init(_ cues: Lexicon, tokenizer: Tokenizer) throws {
        for entry in cues.entries where Kind(rawValue: entry.category ?? "") == nil {
            throw DataFileError(source: cues.source, line: entry.line, message:
                "expected a role cue category (\(Kind.allCases.map(\.rawValue).joined(separator: ", "))), found \"\(entry.category ?? "")\"")
        }
        let suffixKinds: Set<Kind> = [.activeParticipleSuffix, .passiveParticipleSuffix, .obliqueEnding, .instrumentalEnding, .verbEnding, .dativeEnding, .pluralVerbEnding, .pluralEnding]
        let words = Lexicon(source: cues.source, entries: cues.entries.filter { !suffixKinds.contains(Kind(rawValue: $0.category!)!) })
        let lexicon = try CompiledLexicon([words], tokenizer: tokenizer, options: .init(stripsPossessive: false))
        self.words = LexiconBox(lexicon)
        gate = CompiledLexicon.Gate([lexicon])
        kinds = lexicon.entries.map { Kind(rawValue: $0.category!)!.bit }
        let suffixes = { (kind: Kind) in
            cues.entries.filter { $0.category == kind.rawValue }.map { Array($0.term.lowercased().utf8) }
        }
        activeSuffixes = suffixes(.activeParticipleSuffix)
        passiveSuffixes = suffixes(.passiveParticipleSuffix)
        obliqueEndings = suffixes(.obliqueEnding)
        instrumentalEndings = suffixes(.instrumentalEnding)
        verbEndings = suffixes(.verbEnding)
        dativeEndings = suffixes(.dativeEnding)
        pluralVerbEndings = suffixes(.pluralVerbEnding)
        pluralEndings = suffixes(.pluralEnding)
    }

    /// Whether the language's cues mark case (it lists verb endings): Russian and Ukrainian.
    var marksCase: Bool { !verbEndings.isEmpty }

    /// No cues: only subjects, objects and modifiers are found.
    public init(tokenizer: Tokenizer) throws {
        try self.init(Lexicon(source: "no role cues", entries: []), tokenizer: tokenizer)
    }

    /// The kinds and length of the cue at `index`, if any.
    func match(keys: UnsafeBufferPointer<UInt8>, tokens: UnsafeBufferPointer<Token>, at index: Int, end: Int) -> (kinds: Kinds, length: Int)? {
        guard index >= 0, index < end, let match = words.match(keys: keys, tokens: tokens, at: index, end: end) else { return nil }
        var found = Kinds()
        for entry in match.entries { found.formUnion(kinds[entry]) }
        return (found, match.length)
    }

    /// The kinds of the cue at `index` (empty when there is none).
    func kinds(keys: UnsafeBufferPointer<UInt8>, tokens: UnsafeBufferPointer<Token>, at index: Int, end: Int) -> Kinds {
        match(keys: keys, tokens: tokens, at: index, end: end)?.kinds ?? []
    }

    /// Whether the token is an English-style possessive ("Russia's", "Ukrainians'").
    func isPossessive(keys: UnsafeBufferPointer<UInt8>, token: Token) -> Bool {
        Possessive.suffixLength(keys[token.keyRange]) > 0
    }

    /// Whether a topic noun follows the candidate `range` ("the Ukraine crisis"): the noun names
    /// an event, the name where or what it is about.
    func isTopicNoun(after range: Range<Int>, keys: UnsafeBufferPointer<UInt8>, tokens: UnsafeBufferPointer<Token>, end: Int) -> Bool {
        guard let last = range.last, range.upperBound < end, !isPossessive(keys: keys, token: tokens[last]) else { return false }
        return kinds(keys: keys, tokens: tokens, at: range.upperBound, end: end).contains(Kind.topicNoun.bit)
    }

    /// Whether the token's key ends with one of `suffixes` (and is longer than it).
    func hasSuffix(_ suffixes: [[UInt8]], keys: UnsafeBufferPointer<UInt8>, token: Token) -> Bool {
        let key = keys[token.keyRange]
        return suffixes.contains { suffix in key.count > suffix.count + 1 && key.suffix(suffix.count).elementsEqual(suffix) }
    }
}

extension RoleCues.Kinds {
    static let agentMarker = RoleCues.Kind.agentMarker.bit
    static let patientMarker = RoleCues.Kind.patientMarker.bit
    static let determiner = RoleCues.Kind.determiner.bit
    static let preposition = RoleCues.Kind.preposition.bit
}
