import SlantLexicon
public import SlantText

/// Finds actor mentions with a compiled alias lexicon: longest alias first, cased aliases
/// checked against the text as written, and the parts of hyphenated tokens ("U.S.-brokered",
/// "Russia-Ukraine") looked up when the whole token is not an alias.
public struct ActorMatcher: Sendable {
    /// The actors.
    public let catalog: ActorCatalog
    let lexicon: CompiledLexicon
    /// For each compiled entry: the actor index.
    let entryActor: [Int]
    /// For each compiled entry: the alias as written when it must match with its capitals.
    let casedTerm: [String?]

    /// Compiles the catalog's aliases with the text's tokenizer.
    public init(catalog: ActorCatalog, tokenizer: Tokenizer) throws {
        self.catalog = catalog
        var entries: [Lexicon.Entry] = []
        var cased: [String: Bool] = [:]
        for alias in catalog.aliases {
            entries.append(Lexicon.Entry(term: alias.term, weight: 1, category: alias.actor, line: alias.line))
            cased[alias.actor + "\t" + alias.term] = alias.isCased
        }
        lexicon = try CompiledLexicon([Lexicon(source: catalog.aliases.first?.source ?? "actors", entries: entries)], tokenizer: tokenizer)
        entryActor = lexicon.entries.map { catalog.index(of: $0.category!)! }
        casedTerm = lexicon.entries.map { entry in cased[entry.category! + "\t" + entry.term] == true ? entry.term : nil }
    }

    /// Every actor mention in `text`, in order. A token range may carry several actors when a
    /// hyphenated token joins them ("Russia-Ukraine").
    public func mentions(in text: TokenizedText) -> [ActorMention] {
        var found: [ActorMention] = []
        text.withKeys { keys, tokens in
            var index = 0
            while index < tokens.count {
                let token = tokens[index]
                if let match = lexicon.match(keys: keys, tokens: tokens, at: index, end: tokens.count),
                   let actor = acceptedActor(match.entries, text: text, tokens: index..<index + match.length) {
                    found.append(ActorMention(actor: actor, tokens: index..<index + match.length,
                                              sentence: token.sentence, paragraph: token.paragraph))
                    index += match.length
                    continue
                }
                if token.isHyphenated {
                    appendHyphenatedParts(of: index, keys: keys, tokens: tokens, text: text, to: &found)
                }
                index += 1
            }
        }
        return found
    }

    /// The actor of the first entry whose casing (if required) matches the text.
    private func acceptedActor(_ entries: Range<Int>, text: TokenizedText, tokens: Range<Int>) -> Int? {
        for entry in entries {
            if let required = casedTerm[entry] {
                let written = tokens.map { text.text(of: text.tokens[$0]) }.joined(separator: " ")
                guard written == required else { continue }
            }
            return entryActor[entry]
        }
        return nil
    }

    private func appendHyphenatedParts(of index: Int, keys: UnsafeBufferPointer<UInt8>, tokens: UnsafeBufferPointer<Token>,
                                       text: TokenizedText, to found: inout [ActorMention]) {
        let token = tokens[index]
        var partStart = token.keyRange.lowerBound
        var seen: [Int] = []
        for position in token.keyRange.lowerBound...token.keyRange.upperBound {
            guard position == token.keyRange.upperBound || keys[position] == UInt8(ascii: "-") else { continue }
            let part = UnsafeBufferPointer(rebasing: keys[partStart..<position])
            partStart = position + 1
            guard let entries = lexicon.entries(forWord: part) else { continue }
            for entry in entries where casedTerm[entry] == nil && !seen.contains(entryActor[entry]) {
                seen.append(entryActor[entry])
                found.append(ActorMention(actor: entryActor[entry], tokens: index..<index + 1,
                                          sentence: token.sentence, paragraph: token.paragraph))
                break
            }
        }
    }
}
