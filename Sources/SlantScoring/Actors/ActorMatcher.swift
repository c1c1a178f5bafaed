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
    /// For each compiled entry: the UTF-8 of its cased alias, `casedBytes[casedRange[e]]`, or
    /// an empty range when the alias matches in any case; compared with the text's bytes
    /// without building a `String` per mention.
    let casedRange: [Range<Int>]
    let casedBytes: [UInt8]
    /// The alias lexicon's miss test: a token it says no alias starts at, and that is not
    /// hyphenated (whose parts are looked up), is passed over.
    let gate: CompiledLexicon.Gate

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
        var bytes: [UInt8] = []
        casedRange = casedTerm.map { term in
            guard let term else { return 0..<0 }
            bytes.append(contentsOf: term.utf8)
            return bytes.count - term.utf8.count..<bytes.count
        }
        casedBytes = bytes
        gate = CompiledLexicon.Gate([lexicon])
    }

    /// One worker's memos for ``mentions(in:memo:)``: the alias lexicon's run-time single-word
    /// lookups (possessives of names no lexicon has as words, "Russia's"), and the actors of
    /// hyphenated tokens' parts ("Russia-Ukraine": each part was looked up by its bytes at each
    /// occurrence, 0.4% of `slant score`'s samples on the synthetic corpus).
    public final class Memo {
        let aliases: CompiledLexicon.FallbackMemo
        /// For a hyphenated token's key, the actors of its first two parts that are aliases
        /// (-1 for none), or (-2, -2) when more than two are.
        let hyphenated = CompiledLexicon.FallbackMemo()
        /// How many mentions the last document had: the next one's list is made with that room
        /// (no growth mention by mention: a synthetic document has ~35, six regrowths).
        var lastMentionCount = 0

        init(aliases: CompiledLexicon.FallbackMemo) {
            self.aliases = aliases
        }
    }

    /// A memo of the walk's run-time lookups for one worker (``mentions(in:memo:)``).
    public func makeMemo() -> Memo { Memo(aliases: lexicon.makeFallbackMemo()) }

    /// Every actor mention in `text`, in order. A token range may carry several actors when a
    /// hyphenated token joins them ("Russia-Ukraine").
    ///
    /// - Parameter memo: the calling worker's memo of run-time single-word lookups
    ///   (``makeMemo()``), or `nil`.
    public func mentions(in text: TokenizedText, memo: Memo? = nil) -> [ActorMention] {
        var found: [ActorMention] = []
        if let memo { found.reserveCapacity(memo.lastMentionCount) }
        text.withKeys { keys, tokens in
            text.bytes.withUnsafeBufferPointer { bytes in
                casedBytes.withUnsafeBufferPointer { cased in
                    walk(lexicon, memo: memo, text: text, keys: keys, tokens: tokens, bytes: bytes, cased: cased, into: &found)
                }
            }
        }
        memo?.lastMentionCount = found.count
        return found
    }

    /// The walk of ``mentions(in:memo:)`` over the text's tokens. `lexicon` is ``lexicon``, passed
    /// borrowed: read out of `self` inside the walk's closure, it was copied (a 224-byte `memcpy`)
    /// at every looked-up token, 17% of the walk's own samples.
    private func walk(_ lexicon: borrowing CompiledLexicon, memo: Memo?,
                      text: TokenizedText, keys: UnsafeBufferPointer<UInt8>, tokens: UnsafeBufferPointer<Token>,
                      bytes: UnsafeBufferPointer<UInt8>, cased: UnsafeBufferPointer<UInt8>, into found: inout [ActorMention]) {
        let gate = self.gate
        let count = tokens.count
        var index = 0
        while index < count {
            // Tokens no alias starts at and that are not hyphenated, in a loop of their own.
            while index < count && gate.skips(tokens[index]) && !tokens[index].isHyphenated { index += 1 }
            if index == count { break }
            index = visit(index, lexicon, memo: memo, text: text, keys: keys, tokens: tokens, bytes: bytes, cased: cased, into: &found)
        }
    }

    /// Appends the mention that starts at token `index` (one the alias lexicon's test keeps, or a
    /// hyphenated one, whose parts are looked up when the whole token is no alias) and returns the
    /// index of the token after it.
    @inline(__always)
    private func visit(_ index: Int, _ lexicon: borrowing CompiledLexicon, memo: Memo?, text: TokenizedText,
                       keys: UnsafeBufferPointer<UInt8>, tokens: UnsafeBufferPointer<Token>, bytes: UnsafeBufferPointer<UInt8>,
                       cased: UnsafeBufferPointer<UInt8>, into found: inout [ActorMention]) -> Int {
        let token = tokens[index]
        if let match = lexicon.match(keys: keys, tokens: tokens, at: index, end: tokens.count, fallbackMemo: memo?.aliases),
           let actor = acceptedActor(match.entries, text: text, bytes: bytes, cased: cased, tokens: tokens,
                                     range: index..<index + match.length) {
            found.append(ActorMention(actor: actor, tokens: index..<index + match.length,
                                      sentence: token.sentence, paragraph: token.paragraph))
            return index + match.length
        }
        if token.isHyphenated {
            appendHyphenatedParts(of: index, keys: keys, tokens: tokens, memo: memo?.hyphenated, to: &found)
        }
        return index + 1
    }

    /// The actor of the first entry whose casing (if required) matches the text.
    private func acceptedActor(_ entries: Range<Int>, text: TokenizedText, bytes: UnsafeBufferPointer<UInt8>,
                               cased: UnsafeBufferPointer<UInt8>, tokens: UnsafeBufferPointer<Token>, range: Range<Int>) -> Int? {
        for entry in entries {
            let required = casedRange[entry]
            if !required.isEmpty {
                guard Self.isWritten(UnsafeBufferPointer(rebasing: cased[required]), bytes: bytes, tokens: tokens, range: range)
                        ?? (range.map { text.text(of: text.tokens[$0]) }.joined(separator: " ") == casedTerm[entry]) else { continue }
            }
            return entryActor[entry]
        }
        return nil
    }

    /// Whether the tokens of `range`, as written and joined by single spaces, are the bytes of
    /// `alias`: `true` when the bytes are equal; `false` when they differ and all are ASCII (no
    /// other spelling is canonically equivalent); `nil` when they differ with a non-ASCII byte,
    /// for the caller to compare as `String`s (canonical equivalence), as it did for every
    /// cased alias before.
    static func isWritten(_ alias: UnsafeBufferPointer<UInt8>, bytes: UnsafeBufferPointer<UInt8>,
                          tokens: UnsafeBufferPointer<Token>, range: Range<Int>) -> Bool? {
        var ascii = true
        for byte in alias where byte >= 0x80 { ascii = false }
        for index in range {
            for byte in bytes[tokens[index].byteRange] where byte >= 0x80 { ascii = false }
        }
        var position = 0
        var equal = true
        for index in range {
            if index > range.lowerBound {
                if position < alias.count && alias[position] == UInt8(ascii: " ") { position += 1 } else { equal = false; break }
            }
            let written = tokens[index].byteRange
            guard position + written.count <= alias.count else { equal = false; break }
            var offset = 0
            while offset < written.count, alias[position + offset] == bytes[written.lowerBound + offset] { offset += 1 }
            guard offset == written.count else { equal = false; break }
            position += written.count
        }
        if equal && position == alias.count { return true }
        return ascii ? false : nil
    }

    /// Appends a mention of token `index` (hyphenated, no alias as a whole) for each actor one
    /// of its parts is an alias of, in order, once per actor; through `memo` when given.
    private func appendHyphenatedParts(of index: Int, keys: UnsafeBufferPointer<UInt8>, tokens: UnsafeBufferPointer<Token>,
                                       memo: CompiledLexicon.FallbackMemo?, to found: inout [ActorMention]) {
        let token = tokens[index]
        let key = UnsafeBufferPointer(rebasing: keys[token.keyRange])
        func append(_ actor: Int) {
            found.append(ActorMention(actor: actor, tokens: index..<index + 1, sentence: token.sentence, paragraph: token.paragraph))
        }
        guard let memo else {
            forEachPartActor(of: key, append)
            return
        }
        let actors = memo.remembered(key, hash: token.keyHash) {
            var actors: (Int32, Int32) = (-1, -1)
            var count = 0
            forEachPartActor(of: key) { actor in
                if count == 0 { actors.0 = Int32(actor) } else { actors.1 = Int32(actor) }
                count += 1
            }
            return count > 2 ? (-2, -2) : actors
        }
        if actors.0 == -2 {
            forEachPartActor(of: key, append)
            return
        }
        if actors.0 >= 0 { append(Int(actors.0)) }
        if actors.1 >= 0 { append(Int(actors.1)) }
    }

    /// Calls `body` with the actor of each part of the hyphenated key `key` that is an alias
    /// matched in any case, in order, once per actor.
    private func forEachPartActor(of key: UnsafeBufferPointer<UInt8>, _ body: (Int) -> Void) {
        var partStart = key.startIndex
        var seen: [Int] = []
        for position in key.startIndex...key.endIndex {
            guard position == key.endIndex || key[position] == UInt8(ascii: "-") else { continue }
            let part = UnsafeBufferPointer(rebasing: key[partStart..<position])
            partStart = position + 1
            guard let entries = lexicon.entries(forWord: part) else { continue }
            for entry in entries where casedTerm[entry] == nil && !seen.contains(entryActor[entry]) {
                seen.append(entryActor[entry])
                body(entryActor[entry])
                break
            }
        }
    }
}
