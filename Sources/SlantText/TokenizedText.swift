/// A sentence: a run of consecutive tokens inside one paragraph.
public struct Sentence: Sendable, Hashable {
    /// Indices into ``TokenizedText/tokens``.
    public let tokens: Range<Int>
    /// From the first token's first byte to the last token's last byte.
    public let byteRange: Range<Int>
    /// The paragraph the sentence belongs to.
    public let paragraph: Int
}

/// A document split into tokens, sentences and paragraphs.
///
/// It owns the document's UTF-8 bytes and the normalized keys of its tokens; tokens are
/// ranges into both. Build one with ``Tokenizer/tokenize(_:)`` or refill one in place with
/// ``Tokenizer/tokenize(utf8:into:)`` to reuse its storage across documents.
public struct TokenizedText: Sendable {
    /// The document's bytes exactly as given (ill-formed UTF-8 included).
    public internal(set) var bytes: [UInt8] = []
    /// The tokens in document order. Whitespace, control and format characters are gaps.
    public internal(set) var tokens: [Token] = []
    /// The sentences in document order.
    public internal(set) var sentences: [Sentence] = []
    /// The number of paragraphs (runs of text separated by blank lines); 0 for no tokens.
    public internal(set) var paragraphCount = 0
    /// Places where the bytes are not well-formed UTF-8 (see ``InvalidUTF8Sequence``).
    public internal(set) var invalidSequences: [InvalidUTF8Sequence] = []
    /// The number of Unicode scalars in the document (ill-formed subparts count as one each).
    public internal(set) var scalarCount = 0
    /// How many words are written in each script (``WordScriptCounts``), counted by the word pass.
    public internal(set) var wordScripts = WordScriptCounts()
    /// Normalized keys of all tokens, back to back in token order.
    @usableFromInline var keyBytes: [UInt8] = []
    /// What ``Vocabulary/resolve(_:)`` found for recent short keys, kept for the next documents
    /// this text is refilled with (``Vocabulary/Memo``).
    var vocabularyMemo = Vocabulary.Memo()

    /// An empty text, ready to be filled by ``Tokenizer/tokenize(utf8:into:)``.
    public init() {}

    /// The token's text as written (ill-formed UTF-8 reads as U+FFFD).
    public func text(of token: Token) -> String {
        String(decoding: bytes[token.byteRange], as: UTF8.self)
    }

    /// The token's normalized key: NFKC with full case folding, with ’ ʼ ‘ inside words
    /// unified to `'`, and any hyphen between word parts written as `-`.
    public func key(of token: Token) -> String {
        String(decoding: keyBytes[Int(token.keyStart)..<Int(token.keyEnd)], as: UTF8.self)
    }

    /// Calls `body` with the token's normalized key bytes, without copying them.
    @inlinable
    public func withKeyBytes<Result>(of token: Token, _ body: (UnsafeBufferPointer<UInt8>) throws -> Result) rethrows -> Result {
        try keyBytes.withUnsafeBufferPointer { keys in
            try body(UnsafeBufferPointer(rebasing: keys[Int(token.keyStart)..<Int(token.keyEnd)]))
        }
    }

    /// Calls `body` with all key bytes and the tokens; each token's key is
    /// `keys[token.keyRange]`. This is the allocation-free way to walk many keys.
    @inlinable
    public func withKeys<Result>(_ body: (UnsafeBufferPointer<UInt8>, UnsafeBufferPointer<Token>) throws -> Result) rethrows -> Result {
        try keyBytes.withUnsafeBufferPointer { keys in
            try tokens.withUnsafeBufferPointer { tokens in try body(keys, tokens) }
        }
    }

    /// The byte ranges between tokens, including before the first and after the last:
    /// always `tokens.count + 1` ranges, some of them empty. Tokens and gaps interleaved
    /// rebuild ``bytes`` exactly.
    public var gaps: [Range<Int>] {
        var result: [Range<Int>] = []
        result.reserveCapacity(tokens.count + 1)
        var position = 0
        for token in tokens {
            result.append(position..<token.byteRange.lowerBound)
            position = token.byteRange.upperBound
        }
        result.append(position..<bytes.count)
        return result
    }

    /// The text of a sentence as written, from its first to its last token.
    public func text(of sentence: Sentence) -> String {
        String(decoding: bytes[sentence.byteRange], as: UTF8.self)
    }

    mutating func removeAll() {
        bytes.removeAll(keepingCapacity: true)
        tokens.removeAll(keepingCapacity: true)
        sentences.removeAll(keepingCapacity: true)
        keyBytes.removeAll(keepingCapacity: true)
        invalidSequences.removeAll(keepingCapacity: true)
        paragraphCount = 0
        scalarCount = 0
        wordScripts = WordScriptCounts()
    }
}

extension Token {
    /// The token's range in ``TokenizedText``'s normalized key bytes.
    @inlinable public var keyRange: Range<Int> { Int(keyStart)..<Int(keyEnd) }
}
