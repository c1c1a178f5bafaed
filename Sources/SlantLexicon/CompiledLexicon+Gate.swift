public import SlantText

extension CompiledLexicon {
    /// The inlined miss test of ``CompiledLexicon/match(keys:tokens:at:end:stemMemo:)`` for several
    /// lexicons at once: one read of a token's generation and class bits says that none of them
    /// can match at it, so a walk that asks each of them at every token asks none of them at most.
    ///
    /// A lexicon with a Snowball stemmer can match any word (its stems are looked up at run
    /// time), so a gate over one never skips.
    public struct Gate: Sendable {
        /// The highest registration generation among the lexicons: a token resolved at it or
        /// later carries the class bits of all of them.
        @usableFromInline let generation: UInt32
        /// The lexicons' class bits together.
        @usableFromInline let classBits: UInt64
        /// Whether a token may be skipped at all (no lexicon has a stemmer).
        @usableFromInline let canSkip: Bool

        /// A gate over `lexicons`.
        public init(_ lexicons: [CompiledLexicon]) {
            generation = lexicons.map(\.generation).max() ?? 0
            classBits = lexicons.reduce(0) { $0 | $1.classBit }
            canSkip = lexicons.allSatisfy { !$0.hasStemmer }
        }

        /// The gate over one lexicon: its own inlined miss test.
        @inlinable
        init(_ lexicon: CompiledLexicon) {
            generation = lexicon.generation
            classBits = lexicon.classBit
            canSkip = !lexicon.hasStemmer
        }

        /// Whether no lexicon of the gate can match a term starting at `token`: it was resolved
        /// against a vocabulary that covers them all and carries none of their class bits. The
        /// same answer each lexicon's own test in ``CompiledLexicon/match(keys:tokens:at:end:stemMemo:)``
        /// gives, for all of them at once.
        @inlinable @inline(__always)
        public func skips(_ token: Token) -> Bool {
            canSkip && token.vocabularyGeneration >= generation && token.lexiconClasses & classBits == 0
        }
    }
}
