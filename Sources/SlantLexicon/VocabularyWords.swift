/// A lexicon's words by ``SlantText/Vocabulary`` id: for every id from the lowest to the highest
/// of the lexicon's words, one 16-byte record with the entries of the word's single-word term and
/// the phrases that start with it.
///
/// A resolved token's hit then costs one array read. Before, it went through a hash map from
/// vocabulary ids to the lexicon's own word ids and then two arrays by word id: three reads in
/// three tables, and `perf annotate` of `CompiledLexicon.lookUp` put half of its samples on the
/// first two (cache misses, for all but the commonest words).
///
/// A word of the lexicon that is no single-word term of it (only a phrase's first word, like
/// "the" of "the bomb") holds what it matches alone — its wildcard, stem or possessive entries,
/// found when the lexicon is compiled (``withSingleWordFallbacks(vocabularyIDs:_:)``) — or
/// ``Word/nothingElse``, so that the lookup of such a frequent word stops at its record. Ids in
/// the range that are not the lexicon's words (other lexicons' words) get an empty record: the
/// lookup goes on to wildcards, stems and possessives at run time — except for the words other
/// lexicons registered before this one that its wildcards match ("attacks", a sentiment word,
/// for the frame stem "attack*"): their tokens carry this lexicon's class bit, and their records
/// hold the wildcard's entries (``withOtherWords(_:)``), so that the lookup of such a word ends
/// at its record instead of probing the key's prefixes at every occurrence.
///
/// Each record also holds a 32-bit filter of the second words of the phrases that start with
/// the word (bit `id & 31` of each second word's vocabulary id): a phrase can match only when
/// the next token's id has its bit set, so that most tokens that start phrases ("no", "not",
/// "very") are decided by their record and the next token, with no phrase read. In the 10 MB
/// synthetic corpus 380,240 of the English sentiment lexicon's 579,861 looked-up tokens start
/// phrases (897,339 phrases tried, 2.4 each), and none of them matches.
@usableFromInline
struct VocabularyWords: Sendable {
    /// What one vocabulary word is in the lexicon, in 16 bytes.
    @usableFromInline
    struct Word: Sendable, Equatable {
        /// The first entry of the single-word term (or what the word matches alone, see
        /// ``nothingElse``), or ``nothingElse``, or ``byBytes``.
        @usableFromInline var entryStart: Int32
        /// How many entries the single-word term has (0 when none).
        @usableFromInline var entryCount: UInt16
        /// How many phrases start with the word (range from ``phraseStart`` into the lexicon's phrases, longest first).
        @usableFromInline var phraseCount: UInt16
        @usableFromInline var phraseStart: Int32
        /// Bit `id & 31` set for the vocabulary id of the second word of each phrase that starts
        /// with the word (``bit(_:)``).
        @usableFromInline var nextWords: UInt32

        /// The record of a word with the entries `entries` and the phrases `phrases`, whose
        /// second words are filtered by `nextWords`; ``byBytes`` when a count does not fit its 16 bits.
        init(entries: Range<Int32>, phrases: Range<Int32>, nextWords: UInt32) {
            guard entries.count <= Int(UInt16.max), phrases.count <= Int(UInt16.max) else {
                self = .byBytes
                return
            }
            entryStart = entries.lowerBound
            entryCount = UInt16(entries.count)
            phraseStart = phrases.lowerBound
            phraseCount = UInt16(phrases.count)
            self.nextWords = nextWords
        }

        @inlinable
        init(entryStart: Int32, entryCount: UInt16, phraseCount: UInt16, phraseStart: Int32, nextWords: UInt32) {
            self.entryStart = entryStart
            self.entryCount = entryCount
            self.phraseCount = phraseCount
            self.phraseStart = phraseStart
            self.nextWords = nextWords
        }

        /// The entries of the single-word term (empty when none).
        @inlinable var entries: Range<Int> { Int(entryStart)..<Int(entryStart) + Int(entryCount) }
        /// The phrases that start with the word.
        @inlinable var phrases: Range<Int> { Int(phraseStart)..<Int(phraseStart) + Int(phraseCount) }

        /// No term and no phrase.
        @usableFromInline static var none: Word { Word(entryStart: 0, entryCount: 0, phraseCount: 0, phraseStart: 0, nextWords: 0) }
        /// `entryStart` of a word of the lexicon that matches nothing alone.
        @usableFromInline static var nothingElse: Int32 { -1 }
        /// A word whose entries or phrases are too many for the record (65,536 or more): it is
        /// looked up by its bytes.
        @usableFromInline static var byBytes: Word { Word(entryStart: -2, entryCount: 0, phraseCount: 0, phraseStart: 0, nextWords: 0) }

        /// The filter bit of vocabulary id `id` in ``nextWords``.
        @inlinable @inline(__always)
        static func bit(_ id: Int32) -> UInt32 { 1 << (UInt32(bitPattern: id) & 31) }
    }

    /// The record of vocabulary id `base + i` at `i`.
    @usableFromInline private(set) var words: [Word]
    /// The lowest vocabulary id of the lexicon's words.
    @usableFromInline let base: Int

    /// The records of the words whose vocabulary ids are `vocabularyIDs` (the lexicon's word `i`
    /// has id `vocabularyIDs[i]`), with each word's entries and phrases by its own word id, and
    /// the filter of the second words of its phrases (``Word/nextWords``; none when `nextWords` is empty).
    init(vocabularyIDs: [Int32], wordEntries: [Range<Int32>], phrasesByFirstWord: [Range<Int32>], nextWords: [UInt32] = []) {
        guard let lowest = vocabularyIDs.min(), let highest = vocabularyIDs.max() else {
            words = []
            base = 0
            return
        }
        var words = [Word](repeating: .none, count: Int(highest - lowest) + 1)
        for (local, id) in vocabularyIDs.enumerated() {
            let entries = wordEntries[local], phrases = phrasesByFirstWord[local]
            words[Int(id - lowest)] = Word(entries: entries, phrases: phrases, nextWords: nextWords.isEmpty ? ~0 : nextWords[local])
        }
        self.words = words
        base = Int(lowest)
    }

    /// The records with each word that is no single-word term (word `i` of the lexicon has
    /// vocabulary id `vocabularyIDs[i]`) given what `fallback` says it matches alone, or
    /// ``Word/nothingElse``.
    func withSingleWordFallbacks(vocabularyIDs: [Int32], _ fallback: (_ word: Int) -> Range<Int>?) -> VocabularyWords {
        var copy = self
        for (local, id) in vocabularyIDs.enumerated() {
            let offset = Int(id) - base
            guard copy.words[offset].entryCount == 0, copy.words[offset] != .byBytes else { continue }
            if let found = fallback(local), !found.isEmpty {
                // A range too long for the record is left to the lookup at run time.
                guard found.count <= Int(UInt16.max) else { continue }
                copy.words[offset].entryStart = Int32(found.lowerBound)
                copy.words[offset].entryCount = UInt16(found.count)
            } else {
                copy.words[offset].entryStart = Word.nothingElse
            }
        }
        return copy
    }

    /// The records extended with other lexicons' words that this lexicon's wildcards match:
    /// `others` holds each such word's vocabulary id and its wildcard's entries. Its own words
    /// keep their records; the range of ids grows to cover the others.
    func withOtherWords(_ others: [(id: Int32, entries: Range<Int32>)]) -> VocabularyWords {
        guard let lowest = others.map(\.id).min(), let highest = others.map(\.id).max() else { return self }
        let newBase = words.isEmpty ? Int(lowest) : min(base, Int(lowest))
        let newEnd = words.isEmpty ? Int(highest) + 1 : max(base + words.count, Int(highest) + 1)
        var records = [Word](repeating: .none, count: newEnd - newBase)
        for (offset, word) in words.enumerated() { records[base + offset - newBase] = word }
        for other in others where records[Int(other.id) - newBase] == .none {
            let word = Word(entries: other.entries, phrases: 0..<0, nextWords: 0)
            // A range too long for the record is left to the lookup at run time.
            if word != .byBytes { records[Int(other.id) - newBase] = word }
        }
        return VocabularyWords(records: records, base: newBase)
    }

    private init(records: [Word], base: Int) {
        words = records
        self.base = base
    }

    /// The record of vocabulary id `id` (``Word/none`` for an id outside the lexicon's range or -1).
    @inlinable @inline(__always)
    func word(_ id: Int32) -> Word {
        let offset = Int(id) &- base
        return words.withUnsafeBufferPointer { words in
            UInt(bitPattern: offset) < UInt(words.count) ? words[offset] : .none
        }
    }
}
