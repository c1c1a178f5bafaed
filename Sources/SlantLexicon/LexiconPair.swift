public import SlantText

/// Two compiled lexicons' records of each ``SlantText/Vocabulary`` id side by side, with the
/// weight of each one's single-word entry: what both lexicons say of a resolved token in one
/// 32-byte read, for a walk that asks both at every token (sentiment asks the valence and the
/// rules lexicons).
///
/// Asked one after the other, the two lexicons read a token's record in each lexicon's table
/// (``VocabularyWords``, 16 bytes each) and then each found entry's weight in a third and a
/// fourth array: for a sentiment word, a cache miss on each (session 9's `perf annotate` put 10–12%
/// of the sentiment walk's own samples on the record and 5–7% on the weight). One record holds both
/// decisions, both phrase filters and both weights.
///
/// ``decide(tokens:at:end:)`` gives, for each lexicon, the first entry of the single-word term
/// that ``CompiledLexicon/match(keys:tokens:at:end:stemMemo:)`` would find (length 1), or ``none``
/// when it would find nothing, or ``lookUp`` when only `match` can tell (a phrase may start at
/// the token, the token was not resolved against both lexicons, a record that leaves the word to
/// the run-time lookup): the same decisions as `match`'s inlined record test, in one read.
public struct LexiconPair: Sendable {
    /// What the two lexicons' records say of one vocabulary id.
    @usableFromInline
    struct Record: Sendable {
        /// The weight of the first lexicon's entry when ``firstEntry`` is one (0 otherwise).
        @usableFromInline var firstWeight: Double
        /// The weight of the second lexicon's entry when ``secondEntry`` is one (0 otherwise).
        @usableFromInline var secondWeight: Double
        /// The first lexicon's decision when no phrase can start: the single-word term's first
        /// entry (≥ 0), ``LexiconPair/none`` or ``LexiconPair/lookUp``.
        @usableFromInline var firstEntry: Int32
        /// The second lexicon's decision, as ``firstEntry``.
        @usableFromInline var secondEntry: Int32
        /// The first lexicon's filter of its phrases' second words (``VocabularyWords/Word/nextWords``);
        /// 0 when no phrase starts with the word.
        @usableFromInline var firstNext: UInt32
        /// The second lexicon's filter, as ``firstNext``.
        @usableFromInline var secondNext: UInt32

        /// The record of an id neither lexicon's table covers: both are looked up, as
        /// ``VocabularyWords/Word/none`` leaves them.
        @usableFromInline static var outside: Record {
            Record(firstWeight: 0, secondWeight: 0, firstEntry: LexiconPair.lookUp, secondEntry: LexiconPair.lookUp,
                   firstNext: 0, secondNext: 0)
        }
    }

    /// What ``decide(tokens:at:end:)`` says of each lexicon at one token.
    public struct Decision: Sendable, Equatable {
        /// The first lexicon's single-word entry (a match of length 1), ``none`` or ``lookUp``.
        public var first: Int32
        /// The second lexicon's, as ``first``.
        public var second: Int32
        /// The weight of ``first`` when it is an entry (0 otherwise).
        public var firstWeight: Double
        /// The weight of ``second`` when it is an entry (0 otherwise).
        public var secondWeight: Double

        @inlinable
        init(first: Int32, second: Int32, firstWeight: Double, secondWeight: Double) {
            self.first = first
            self.second = second
            self.firstWeight = firstWeight
            self.secondWeight = secondWeight
        }
    }

    /// A decision: the lexicon matches nothing at the token.
    public static var none: Int32 { -1 }
    /// A decision: only ``CompiledLexicon/match(keys:tokens:at:end:stemMemo:)`` can tell.
    public static var lookUp: Int32 { -2 }

    /// The record of vocabulary id `base + i` at `i`, for every id of either lexicon's table.
    @usableFromInline let records: [Record]
    @usableFromInline let base: Int
    @usableFromInline let firstBit: UInt64
    @usableFromInline let secondBit: UInt64
    @usableFromInline let firstGeneration: UInt32
    @usableFromInline let secondGeneration: UInt32
    /// The generation a token must have been resolved at for both lexicons.
    @usableFromInline let generation: UInt32
    /// What a lexicon says of a resolved token without its class bit: nothing, or (with a
    /// Snowball stemmer, whose stems are looked up at run time) ``lookUp``.
    @usableFromInline let firstWithoutBit: Int32
    @usableFromInline let secondWithoutBit: Int32

    /// The records of `first` and `second` (weights from their ``CompiledLexicon/weights``).
    public init(_ first: CompiledLexicon, _ second: CompiledLexicon) {
        let a = first.vocabularyWords, b = second.vocabularyWords
        let ranges = [a, b].filter { !$0.words.isEmpty }.map { $0.base..<$0.base + $0.words.count }
        let lowest = ranges.map(\.lowerBound).min() ?? 0
        let end = ranges.map(\.upperBound).max() ?? 0
        var records = [Record](repeating: .outside, count: end - lowest)
        for offset in records.indices {
            let id = Int32(lowest + offset)
            let (firstEntry, firstNext, firstWeight) = Self.decision(first, a.word(id))
            let (secondEntry, secondNext, secondWeight) = Self.decision(second, b.word(id))
            records[offset] = Record(firstWeight: firstWeight, secondWeight: secondWeight, firstEntry: firstEntry,
                                     secondEntry: secondEntry, firstNext: firstNext, secondNext: secondNext)
        }
        self.records = records
        base = lowest
        firstBit = first.classBit
        secondBit = second.classBit
        firstGeneration = first.generation
        secondGeneration = second.generation
        generation = max(first.generation, second.generation)
        firstWithoutBit = first.hasStemmer ? Self.lookUp : Self.none
        secondWithoutBit = second.hasStemmer ? Self.lookUp : Self.none
    }

    /// A lexicon's record as ``CompiledLexicon/recordMatch(tokens:at:end:)`` reads it: the decision
    /// when no phrase can start, the phrase filter, the entry's weight.
    static func decision(_ lexicon: CompiledLexicon, _ word: VocabularyWords.Word) -> (Int32, UInt32, Double) {
        // A word with phrases whose filter is empty could start one only before an unresolved
        // token; left to `match`.
        if word.phraseCount != 0 && word.nextWords == 0 { return (lookUp, 0, 0) }
        let next = word.phraseCount != 0 ? word.nextWords : 0
        if word.entryCount != 0 { return (word.entryStart, next, lexicon.weights[Int(word.entryStart)]) }
        return (word.entryStart == VocabularyWords.Word.nothingElse ? none : lookUp, next, 0)
    }

    /// What each lexicon's record says of token `index` (no further than token `end`): the
    /// decisions of ``CompiledLexicon/match(keys:tokens:at:end:stemMemo:)``'s inlined test, in one read.
    @inlinable @inline(__always)
    public func decide(tokens: UnsafeBufferPointer<Token>, at index: Int, end: Int) -> Decision {
        let token = tokens[index]
        guard token.vocabularyGeneration >= generation else {
            return Decision(first: Self.lookUp, second: Self.lookUp, firstWeight: 0, secondWeight: 0)
        }
        let offset = Int(token.wordID) &- base
        let record = records.withUnsafeBufferPointer { records in
            UInt(bitPattern: offset) < UInt(records.count) ? records[offset] : .outside
        }
        var first = firstWithoutBit, second = secondWithoutBit
        if token.lexiconClasses & firstBit != 0 {
            first = mayStartPhrase(record.firstNext, generation: firstGeneration, tokens: tokens, at: index, end: end)
                ? Self.lookUp : record.firstEntry
        }
        if token.lexiconClasses & secondBit != 0 {
            second = mayStartPhrase(record.secondNext, generation: secondGeneration, tokens: tokens, at: index, end: end)
                ? Self.lookUp : record.secondEntry
        }
        return Decision(first: first, second: second, firstWeight: record.firstWeight, secondWeight: record.secondWeight)
    }

    /// ``CompiledLexicon/mayStartPhrase(_:tokens:at:end:)`` with a record's filter (0: no phrases).
    @inlinable @inline(__always)
    func mayStartPhrase(_ filter: UInt32, generation: UInt32, tokens: UnsafeBufferPointer<Token>, at index: Int, end: Int) -> Bool {
        guard filter != 0, index + 1 < end else { return false }
        let next = tokens[index + 1]
        guard next.vocabularyGeneration >= generation else { return true }
        return next.wordID >= 0 && filter & VocabularyWords.Word.bit(next.wordID) != 0
    }
}
