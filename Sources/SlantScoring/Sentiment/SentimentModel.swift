public import Foundation
public import SlantLexicon
public import SlantText

/// Everything the sentiment analyzer knows: word valences and rule words.
public struct SentimentModel: Sendable {
    /// Word and phrase valences on the −4…+4 scale.
    public let valences: CompiledLexicon
    /// Negators, boosters, contrast words and the like.
    public let rules: SentimentRules
    /// The rules (first) and valence (second) lexicons' records of each vocabulary id side by
    /// side: what both say of a token in one read (``SentimentAnalyzer``'s units).
    let pair: LexiconPair

    /// A model from lexicons already read.
    ///
    /// - Parameters:
    ///   - valences: sentiment lexicons, highest priority first.
    ///   - rules: the rules lexicon.
    ///   - tokenizer: the tokenizer whose keys the terms must match.
    ///   - stemmer: a Snowball algorithm whose stems let single-word terms match their other forms.
    public init(valences: [Lexicon], rules: Lexicon, tokenizer: Tokenizer, stemmer: String? = nil) throws {
        self.valences = try CompiledLexicon(valences, tokenizer: tokenizer, options: CompiledLexicon.Options(stemmer: stemmer))
        self.rules = try SentimentRules(rules, tokenizer: tokenizer)
        pair = LexiconPair(self.rules.lexicon, self.valences)
    }

    /// The model of one language: the manifest's `sentiment` lexicons (priority order) and its
    /// `rules`, stemmed with its `stemmer` when it names one.
    public init(language: LanguageManifest, tokenizer: Tokenizer) throws {
        try self.init(valences: language.lexicons(.sentiment), rules: language.mergedLexicon(.rules), tokenizer: tokenizer,
                      stemmer: language.stemmerAlgorithm)
    }

    /// The model of a lexicon directory's default language (``LanguageCatalog/defaultCode``).
    public init(directory: URL, tokenizer: Tokenizer) throws {
        try self.init(language: LanguageCatalog(directory: directory).defaultLanguage, tokenizer: tokenizer)
    }
}
