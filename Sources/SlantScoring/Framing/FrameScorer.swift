public import SlantLexicon
public import SlantText

/// Which frames a text uses, from a frame lexicon (`Lexicons/frames.tsv`) whose categories are
/// frame ids and whose weights say how strongly a term indicates its frame.
public struct FrameScorer: Sendable {
    /// The compiled frame terms.
    public let lexicon: CompiledLexicon

    /// When a frame counts as present in a document.
    public let presence: FramePresenceRule

    /// The frame ids, in the order of the frame file.
    public var frames: [String] { lexicon.categories }

    /// Compiles a frame lexicon.
    ///
    /// - Throws: ``DataFileError`` for an entry without a frame (category) or a bad term.
    public init(_ frames: Lexicon, tokenizer: Tokenizer, presence: FramePresenceRule = FramePresenceRule()) throws {
        for entry in frames.entries where entry.category == nil {
            throw DataFileError(source: frames.source, line: entry.line, message: "expected a frame id in the category column")
        }
        lexicon = try CompiledLexicon([frames], tokenizer: tokenizer)
        self.presence = presence
    }

    /// A memo of the frame lexicon's run-time single-word lookups for one worker (``score(_:memo:)``).
    public func makeMemo() -> CompiledLexicon.FallbackMemo { lexicon.makeFallbackMemo() }

    /// The frame hits of `text`, each frame's share of them, and the frames present by ``presence``.
    ///
    /// - Parameter memo: the calling worker's memo of run-time single-word lookups
    ///   (``makeMemo()``), or `nil`.
    /// - Complexity: one walk over the tokens; a token the lexicon's class bit rules out is
    ///   not looked up. Allocates only the result.
    public func score(_ text: TokenizedText, memo: CompiledLexicon.FallbackMemo? = nil) -> FrameScores {
        let weightOf = lexicon.weights
        let frameOf = lexicon.categoryIndices
        var weights = Array(repeating: 0.0, count: lexicon.categories.count)
        var hits: [FrameScores.Hit] = []
        var wordCount = 0
        text.withKeys { keys, tokens in
            // Added without a branch: which tokens are words is unpredictable, and a branch per
            // token mispredicted (half of this function's samples were on this loop).
            // (`kind == .word ? 1 : 0` compiled to a branch; the raw value less one has its top
            // bit set only for `.word`, whose raw value is 0.)
            for index in tokens.indices { wordCount &+= Int(bitPattern: (UInt(tokens[index].kind.rawValue) &- 1) >> (UInt.bitWidth - 1)) }
            lexicon.forEachMatch(keys: keys, tokens: tokens, fallbackMemo: memo) { start, match in
                let sentence = tokens[start].sentence
                for entry in match.entries {
                    let frame = Int(frameOf[entry])
                    weights[frame] += weightOf[entry]
                    hits.append(.init(tokens: start..<start + match.length, frame: frame, weight: weightOf[entry], sentence: sentence))
                }
            }
        }
        return FrameScores(weights: weights, hits: hits, wordCount: wordCount,
                           present: presence.presence(weights: weights, wordCount: wordCount))
    }
}

/// The frames of one text.
public struct FrameScores: Sendable, Hashable {
    /// One frame term found in the text.
    public struct Hit: Sendable, Hashable {
        public var tokens: Range<Int>
        /// The frame's index in ``FrameScorer/frames``.
        public var frame: Int
        public var weight: Double
        public var sentence: Int
    }

    /// The summed weight of each frame's hits.
    public var weights: [Double]
    /// Every hit, in text order.
    public var hits: [Hit]
    /// The words of the text (tokens of kind word), the length that ``FramePresenceRule`` scales with.
    public var wordCount: Int
    /// For each frame, whether the text uses it (``FramePresenceRule``).
    public var present: [Bool]

    /// Each frame's share of all frame weight (all zero when no frame term occurs).
    public var shares: [Double] {
        let total = weights.reduce(0, +)
        return total > 0 ? weights.map { $0 / total } : weights.map { _ in 0 }
    }
}
