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
/// lookup goes on to wildcards, stems and possessives at run time.
@usableFromInline
struct VocabularyWords: Sendable {
    /// What one vocabulary word is in the lexicon.
    @usableFromInline
    struct Word: Sendable, Equatable {
        /// The entries of the single-word term (`entryStart == entryEnd` when none).
        @usableFromInline var entryStart: Int32
        @usableFromInline var entryEnd: Int32
        /// The phrases that start with the word, longest first (range into the lexicon's phrases).
        @usableFromInline var phraseStart: Int32
        @usableFromInline var phraseEnd: Int32

        /// No term and no phrase.
        @usableFromInline static var none: Word { Word(entryStart: 0, entryEnd: 0, phraseStart: 0, phraseEnd: 0) }
        /// `entryStart` (and `entryEnd`) of a word of the lexicon that matches nothing alone.
        @usableFromInline static var nothingElse: Int32 { -1 }
    }

    /// The record of vocabulary id `base + i` at `i`.
    @usableFromInline private(set) var words: [Word]
    /// The lowest vocabulary id of the lexicon's words.
    @usableFromInline let base: Int

    /// The records of the words whose vocabulary ids are `vocabularyIDs` (the lexicon's word `i`
    /// has id `vocabularyIDs[i]`), with each word's entries and phrases by its own word id.
    init(vocabularyIDs: [Int32], wordEntries: [Range<Int32>], phrasesByFirstWord: [Range<Int32>]) {
        guard let lowest = vocabularyIDs.min(), let highest = vocabularyIDs.max() else {
            words = []
            base = 0
            return
        }
        var words = [Word](repeating: .none, count: Int(highest - lowest) + 1)
        for (local, id) in vocabularyIDs.enumerated() {
            let entries = wordEntries[local], phrases = phrasesByFirstWord[local]
            words[Int(id - lowest)] = Word(entryStart: entries.lowerBound, entryEnd: entries.upperBound,
                                           phraseStart: phrases.lowerBound, phraseEnd: phrases.upperBound)
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
            guard copy.words[offset].entryStart == copy.words[offset].entryEnd else { continue }
            if let found = fallback(local), !found.isEmpty {
                copy.words[offset].entryStart = Int32(found.lowerBound)
                copy.words[offset].entryEnd = Int32(found.upperBound)
            } else {
                copy.words[offset].entryStart = Word.nothingElse
                copy.words[offset].entryEnd = Word.nothingElse
            }
        }
        return copy
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
