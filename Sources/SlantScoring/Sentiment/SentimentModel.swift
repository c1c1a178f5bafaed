public import Foundation
public import SlantLexicon
public import SlantText

/// Everything the sentiment analyzer knows: word valences and rule words.
public struct SentimentModel: Sendable {
    /// Word and phrase valences on the −4…+4 scale.
    public let valences: CompiledLexicon
    /// Negators, boosters, contrast words and the like.
    public let rules: SentimentRules

    /// A model from lexicons already read.
    ///
    /// - Parameters:
    ///   - valences: sentiment lexicons, highest priority first.
    ///   - rules: the rules lexicon.
    ///   - tokenizer: the tokenizer whose keys the terms must match.
    public init(valences: [Lexicon], rules: Lexicon, tokenizer: Tokenizer) throws {
        self.valences = try CompiledLexicon(valences, tokenizer: tokenizer)
        self.rules = try SentimentRules(rules, tokenizer: tokenizer)
    }

    /// The model described by a lexicon directory: `sentiment.manifest` lists the valence
    /// lexicons and `sentiment/rules-en.tsv` holds the rules.
    public init(directory: URL, tokenizer: Tokenizer) throws {
        let manifest = try LexiconManifest(contentsOf: directory.appendingPathComponent("sentiment.manifest"))
        let rules = try LexiconFile.load(directory.appendingPathComponent("sentiment/rules-en.tsv"), format: .slant)
        try self.init(valences: manifest.load(), rules: rules, tokenizer: tokenizer)
    }
}
