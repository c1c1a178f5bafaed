public import SlantLexicon
public import SlantText

/// The words that attribute speech (`Lexicons/<language>/attribution-*.tsv`): speech verbs ("said"), source
/// phrases ("according to"), pronouns that refer back to the last speaker ("he") and the words
/// that open reported speech in languages that need one ("что").
public struct AttributionRules: Sendable {
    /// What an attribution word does.
    public enum Kind: String, Sendable, CaseIterable {
        case speechVerb = "speech-verb"
        case source
        case pronoun
        /// A speech verb that also names other acts ("добавил" adds, "отметил" marks or
        /// commends): after its subject it reports speech only when an opener, a colon, a dash
        /// or a quote mark follows within ``SpeechFinder/attributionReach`` words ("Попову
        /// добавили обвинение" is no speech, "он добавил, что …" is).
        case speechVerbIfOpened = "speech-verb-if-opened"
        /// A word that opens reported speech after its verb (Russian "что", Ukrainian "що").
        case speechOpener = "speech-opener"
        /// A word by which the narrator disputes a claim ("allegedly", "якобы", "нібито"): the
        /// claim does not portray those it names, and its speaker is shown as making it.
        case distancing

        /// Whether the word reports speech (with or without an opener).
        var isSpeechVerb: Bool { self == .speechVerb || self == .speechVerbIfOpened }
    }

    /// The attribution words (``LexiconBox``: looked up in place, never copied).
    let words: LexiconBox
    /// The inlined miss test of ``words`` (``CompiledLexicon/Gate``), held apart from the box
    /// (see ``RoleCues/gate``).
    let gate: CompiledLexicon.Gate
    let kinds: [Kind]
    /// Whether any word is ``Kind/distancing`` (else no document is searched for them).
    public let hasDistancing: Bool

    /// Compiles an attribution lexicon.
    ///
    /// - Throws: ``DataFileError`` for an entry whose category is not a known kind.
    public init(_ rules: Lexicon, tokenizer: Tokenizer) throws {
        for entry in rules.entries where Kind(rawValue: entry.category ?? "") == nil {
            throw DataFileError(source: rules.source, line: entry.line, message:
                "expected an attribution category (\(Kind.allCases.map(\.rawValue).joined(separator: ", "))), found \"\(entry.category ?? "")\"")
        }
        let lexicon = try CompiledLexicon([rules], tokenizer: tokenizer, options: .init(stripsPossessive: false))
        words = LexiconBox(lexicon)
        gate = CompiledLexicon.Gate([lexicon])
        kinds = lexicon.entries.map { Kind(rawValue: $0.category!)! }
        hasDistancing = kinds.contains(.distancing)
    }

    /// The kind and length of the attribution term at `index`, if any.
    func match(keys: UnsafeBufferPointer<UInt8>, tokens: UnsafeBufferPointer<Token>, at index: Int, end: Int) -> (kind: Kind, length: Int)? {
        guard let match = words.match(keys: keys, tokens: tokens, at: index, end: end) else { return nil }
        return (kinds[match.entries.lowerBound], match.length)
    }
}
