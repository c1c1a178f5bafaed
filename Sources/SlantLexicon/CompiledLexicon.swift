public import SlantText

/// Lexicons compiled for lookup by normalized token keys, with no `String` built per token.
///
/// Terms are tokenized with the same ``Tokenizer`` as the text, so `Russia’s`, `RUSSIA'S`
/// and `russia's` all match the term `Russia's`. Lookups find, in order of preference, the
/// longest multi-word expression that starts at a token, the token's own key, the longest
/// wildcard prefix of the key, (when a stemmer is set) a single-word term with the key's
/// Snowball stem, and (when enabled) the key without an English possessive `'s`.
///
/// When several lexicons are compiled together, the first one that defines a term wins; one
/// lexicon may give a term several entries with different categories (a word in two frames).
public struct CompiledLexicon: Sendable {
    /// A run of tokens that matched a term.
    public struct Match: Sendable, Hashable {
        /// The matched entries: indices into ``CompiledLexicon/entries`` (one per category).
        public let entries: Range<Int>
        /// How many tokens the term covers (1 for a single word or wildcard).
        public let length: Int

        @inlinable
        init(entries: Range<Int>, length: Int) {
            self.entries = entries
            self.length = length
        }
    }

    /// How keys are looked up.
    public struct Options: Sendable {
        /// Try `X` when `X's` is not found (English possessives).
        public var stripsPossessive: Bool
        /// The Snowball algorithm (`russian`) whose stems let a single-word term match the
        /// other forms of its word, after exact words and wildcards (``StemIndex``); `nil` for none.
        public var stemmer: String?
        public init(stripsPossessive: Bool = true, stemmer: String? = nil) {
            self.stripsPossessive = stripsPossessive
            self.stemmer = stemmer
        }
    }

    /// The tables behind one reference: a copy of the lexicon (read out of a struct or a class
    /// property, passed to a function that keeps it) retains one object. Held inline, the dozen
    /// arrays made a copy 224 bytes and a retain and release per array; the outlined copy and
    /// destroy of a `CompiledLexicon` were 0.6–0.7% of `slant score`'s samples on the synthetic
    /// corpus (sentiment, the role finder, the speech finder), and a lookup through a class's
    /// constant property (``LexiconBox``) copied the 224 bytes at every call.
    @usableFromInline let storage: Storage
    /// This lexicon's class bit in the ``Vocabulary`` (``Token/lexiconClasses``).
    @usableFromInline let classBit: UInt64
    /// The generation a token must have been resolved at for its ids and classes to cover
    /// this lexicon.
    @usableFromInline let generation: UInt32
    /// Whether ``stemIndex`` is set: read inline by the miss test (``Gate``).
    @usableFromInline let hasStemmer: Bool

    /// Every compiled entry, grouped so that one term's entries are contiguous.
    @inlinable public var entries: [Lexicon.Entry] { storage.entries }
    /// Each entry's weight, for hot loops.
    @inlinable public var weights: [Double] { storage.weights }
    /// Each entry's category as an index into ``categories`` (-1 for none).
    @inlinable public var categoryIndices: [Int32] { storage.categoryIndices }
    /// The distinct categories in order of first appearance.
    @inlinable public var categories: [String] { storage.categories }
    @inlinable var options: Options { storage.options }
    /// Keys of single words and of every word of every phrase.
    @inlinable var words: ByteStringTable { storage.words }
    /// The single-word entries and phrases of each word by its ``Vocabulary`` id: a token
    /// resolved against a vocabulary that holds all of this lexicon's words is found by its id,
    /// without its bytes, in one read.
    @inlinable var vocabularyWords: VocabularyWords { storage.vocabularyWords }
    /// For each word id, the entries of the single-word term (empty range when none).
    @inlinable var wordEntries: [Range<Int32>] { storage.wordEntries }
    /// For each word id, the phrases that start with it (range into `phrases`), longest first.
    @inlinable var phrasesByFirstWord: [Range<Int32>] { storage.phrasesByFirstWord }
    @inlinable var phrases: [Phrase] { storage.phrases }
    /// The words of each phrase (ids in ``words``), back to back: phrase `p`'s are `phrases[p].words`.
    @inlinable var phraseWords: [Int32] { storage.phraseWords }
    /// The same words by their ``Vocabulary`` ids, compared with resolved tokens' ``Token/wordID``.
    @inlinable var phraseVocabularyWords: [Int32] { storage.phraseVocabularyWords }
    @inlinable var wildcardPrefixes: ByteStringTable { storage.wildcardPrefixes }
    @inlinable var wildcardEntries: [Range<Int32>] { storage.wildcardEntries }
    /// Distinct wildcard prefix lengths in bytes, longest first.
    @inlinable var wildcardLengths: [Int] { storage.wildcardLengths }
    /// Bit `n` is set when a wildcard prefix is `n` bytes long (`n` < 64; see ``wildcardLengths``).
    @inlinable var wildcardLengthMask: UInt64 { storage.wildcardLengthMask }
    /// Single-word terms by stem, when ``Options/stemmer`` names an algorithm.
    @inlinable var stemIndex: StemIndex? { storage.stemIndex }

    /// The tables of a compiled lexicon (``storage``), never changed once built.
    @usableFromInline
    final class Storage: Sendable {
        @usableFromInline let entries: [Lexicon.Entry]
        @usableFromInline let weights: [Double]
        @usableFromInline let categoryIndices: [Int32]
        @usableFromInline let categories: [String]
        @usableFromInline let options: Options
        @usableFromInline let words: ByteStringTable
        @usableFromInline let vocabularyWords: VocabularyWords
        @usableFromInline let wordEntries: [Range<Int32>]
        @usableFromInline let phrasesByFirstWord: [Range<Int32>]
        @usableFromInline let phrases: [Phrase]
        @usableFromInline let phraseWords: [Int32]
        @usableFromInline let phraseVocabularyWords: [Int32]
        @usableFromInline let wildcardPrefixes: ByteStringTable
        @usableFromInline let wildcardEntries: [Range<Int32>]
        @usableFromInline let wildcardLengths: [Int]
        @usableFromInline let wildcardLengthMask: UInt64
        @usableFromInline let stemIndex: StemIndex?

        init(entries: [Lexicon.Entry], weights: [Double], categoryIndices: [Int32], categories: [String], options: Options,
             words: ByteStringTable, vocabularyWords: VocabularyWords, wordEntries: [Range<Int32>],
             phrasesByFirstWord: [Range<Int32>], phrases: [Phrase], phraseWords: [Int32], phraseVocabularyWords: [Int32],
             wildcardPrefixes: ByteStringTable, wildcardEntries: [Range<Int32>], wildcardLengths: [Int],
             wildcardLengthMask: UInt64, stemIndex: StemIndex?) {
            self.entries = entries
            self.weights = weights
            self.categoryIndices = categoryIndices
            self.categories = categories
            self.options = options
            self.words = words
            self.vocabularyWords = vocabularyWords
            self.wordEntries = wordEntries
            self.phrasesByFirstWord = phrasesByFirstWord
            self.phrases = phrases
            self.phraseWords = phraseWords
            self.phraseVocabularyWords = phraseVocabularyWords
            self.wildcardPrefixes = wildcardPrefixes
            self.wildcardEntries = wildcardEntries
            self.wildcardLengths = wildcardLengths
            self.wildcardLengthMask = wildcardLengthMask
            self.stemIndex = stemIndex
        }
    }

    init(entries: [Lexicon.Entry], weights: [Double], categoryIndices: [Int32], categories: [String], options: Options,
         words: ByteStringTable, vocabularyWords: VocabularyWords, classBit: UInt64, generation: UInt32, wordEntries: [Range<Int32>],
         phrasesByFirstWord: [Range<Int32>], phrases: [Phrase], phraseWords: [Int32], phraseVocabularyWords: [Int32],
         wildcardPrefixes: ByteStringTable, wildcardEntries: [Range<Int32>], wildcardLengths: [Int],
         wildcardLengthMask: UInt64, stemIndex: StemIndex?) {
        storage = Storage(entries: entries, weights: weights, categoryIndices: categoryIndices, categories: categories,
                          options: options, words: words, vocabularyWords: vocabularyWords, wordEntries: wordEntries,
                          phrasesByFirstWord: phrasesByFirstWord, phrases: phrases, phraseWords: phraseWords,
                          phraseVocabularyWords: phraseVocabularyWords, wildcardPrefixes: wildcardPrefixes,
                          wildcardEntries: wildcardEntries, wildcardLengths: wildcardLengths,
                          wildcardLengthMask: wildcardLengthMask, stemIndex: stemIndex)
        self.classBit = classBit
        self.generation = generation
        hasStemmer = stemIndex != nil
    }

    /// The same lexicon with the vocabulary records `records` (while it is built).
    func replacing(vocabularyWords records: VocabularyWords) -> CompiledLexicon {
        CompiledLexicon(entries: entries, weights: weights, categoryIndices: categoryIndices, categories: categories, options: options,
                        words: words, vocabularyWords: records, classBit: classBit, generation: generation, wordEntries: wordEntries,
                        phrasesByFirstWord: phrasesByFirstWord, phrases: phrases, phraseWords: phraseWords,
                        phraseVocabularyWords: phraseVocabularyWords, wildcardPrefixes: wildcardPrefixes,
                        wildcardEntries: wildcardEntries, wildcardLengths: wildcardLengths,
                        wildcardLengthMask: wildcardLengthMask, stemIndex: stemIndex)
    }

    @usableFromInline
    struct Phrase: Sendable {
        @usableFromInline let words: Range<Int32>
        @usableFromInline let entries: Range<Int32>
    }

    /// The number of terms (single words, phrases and wildcards).
    public var termCount: Int { wordEntries.lazy.filter { !$0.isEmpty }.count + phrases.count + wildcardEntries.count }
}

extension CompiledLexicon {
    /// The longest match starting at token `index`, looking no further than token `end`.
    ///
    /// - Parameters:
    ///   - keys: all key bytes of the text (``TokenizedText/withKeys(_:)``).
    ///   - tokens: the text's tokens.
    ///   - stemMemo: the calling worker's memo of Snowball stems (``makeStemMemo()``), so that
    ///     stems are looked up without the lexicon's shared lock; `nil` uses the shared memo.
    ///   - fallbackMemo: the calling worker's memo of this lexicon's run-time single-word
    ///     lookups (``makeFallbackMemo()``), or `nil`.
    /// - Complexity: O(length of the key) expected for single words, plus the phrases that
    ///   start with the key; O(1), inlined in the caller, for a resolved token whose class bit
    ///   is clear (most tokens, for most lexicons).
    @inlinable @inline(__always)
    public func match(keys: UnsafeBufferPointer<UInt8>, tokens: UnsafeBufferPointer<Token>, at index: Int, end: Int,
                      stemMemo: StemIndex.Memo? = nil, fallbackMemo: FallbackMemo? = nil) -> Match? {
        // A token resolved against the vocabulary says whether this lexicon has a term that
        // starts with its key, a prefix of it as a stem, or (for a key ending in 's) the key without the
        // possessive as a word; if none and there is no Snowball stem to try, there is no
        // match, known without a call.
        if Gate(self).skips(tokens[index]) { return nil }
        switch recordMatch(tokens: tokens, at: index, end: end) {
        case .found(let match): return match
        case .none: return nil
        case .lookUp: return lookUp(keys: keys, tokens: tokens, at: index, end: end, stemMemo: stemMemo, fallbackMemo: fallbackMemo)
        }
    }

    /// What a token's vocabulary record decides, inlined in the caller: ``recordMatch(tokens:at:end:)``.
    @usableFromInline
    enum RecordMatch {
        /// The single-word term (or what the word matches alone) of a word no phrase can start at.
        case found(Match)
        /// A word of the lexicon that matches nothing alone, where no phrase can start.
        case none
        /// Anything else: ``lookUp(keys:tokens:at:end:stemMemo:)`` decides.
        case lookUp
    }

    /// The match of a resolved token with this lexicon's class bit, decided by its record
    /// (``VocabularyWords``) when no phrase can start at it: the commonest outcome of a lookup,
    /// in one read, without a call.
    @inlinable @inline(__always)
    func recordMatch(tokens: UnsafeBufferPointer<Token>, at index: Int, end: Int) -> RecordMatch {
        let token = tokens[index]
        guard isResolved(token), token.lexiconClasses & classBit != 0 else { return .lookUp }
        let word = vocabularyWords.word(token.wordID)
        if mayStartPhrase(word, tokens: tokens, at: index, end: end) { return .lookUp }
        if word.entryCount != 0 { return .found(Match(entries: word.entries, length: 1)) }
        return word.entryStart == VocabularyWords.Word.nothingElse ? .none : .lookUp
    }

    /// Whether a phrase of `word` (the record of resolved token `index`) may start at token
    /// `index`: it has phrases, a token follows before `end`, and that token is unresolved or its
    /// vocabulary id passes the record's filter of second words (``VocabularyWords/Word/nextWords``).
    /// A resolved token without an id is no lexicon's word, so no phrase's second word.
    @inlinable @inline(__always)
    func mayStartPhrase(_ word: VocabularyWords.Word, tokens: UnsafeBufferPointer<Token>, at index: Int, end: Int) -> Bool {
        guard word.phraseCount != 0, index + 1 < end else { return false }
        let next = tokens[index + 1]
        guard isResolved(next) else { return true }
        return next.wordID >= 0 && word.nextWords & VocabularyWords.Word.bit(next.wordID) != 0
    }

    /// A memo of Snowball stems for one worker thread to pass to ``match(keys:tokens:at:end:stemMemo:)``;
    /// `nil` when this lexicon has no stemmer.
    public func makeStemMemo() -> StemIndex.Memo? { stemIndex?.makeMemo() }

    /// ``match(keys:tokens:at:end:stemMemo:)`` past its inlined test.
    @usableFromInline
    func lookUp(keys: UnsafeBufferPointer<UInt8>, tokens: UnsafeBufferPointer<Token>, at index: Int, end: Int,
                stemMemo: StemIndex.Memo? = nil, fallbackMemo: FallbackMemo? = nil) -> Match? {
        let token = tokens[index]
        // Looked up by the key's bytes: an unresolved token, or a word whose record does not hold it.
        var byBytes = true
        if isResolved(token) {
            if token.lexiconClasses & classBit == 0 {
                if let stemIndex, let entries = Self.stemEntries(stemIndex, UnsafeBufferPointer(rebasing: keys[token.keyRange]),
                                                                 keyHash: token.keyHash, stemMemo) {
                    return Match(entries: entries, length: 1)
                }
                return nil
            }
            // One read for the word's term and phrases; the phrases' other words are compared
            // by vocabulary id.
            let word = vocabularyWords.word(token.wordID)
            if word != .byBytes {
                if mayStartPhrase(word, tokens: tokens, at: index, end: end),
                   let match = phraseMatch(word.phrases, keys: keys, tokens: tokens, at: index, end: end) {
                    return match
                }
                if word.entryCount != 0 { return Match(entries: word.entries, length: 1) }
                // A word of this lexicon had its wildcard, stem and possessive looked up when the
                // lexicon was compiled ("the", first word of "the bomb", has none).
                if word.entryStart == VocabularyWords.Word.nothingElse { return nil }
                byBytes = false
            }
        }
        // The key's bytes only past the resolved token's record.
        let key = UnsafeBufferPointer(rebasing: keys[token.keyRange])
        if byBytes, let word = words.id(of: key, keyHash: token.keyHash) {
            let wordIndex = Int(word)
            let byFirstWord = phrasesByFirstWord[wordIndex]
            if let match = phraseMatch(Int(byFirstWord.lowerBound)..<Int(byFirstWord.upperBound), keys: keys, tokens: tokens, at: index, end: end) {
                return match
            }
            let single = wordEntries[wordIndex]
            if !single.isEmpty { return Match(entries: Int(single.lowerBound)..<Int(single.upperBound), length: 1) }
        }
        return singleWordFallback(key, keyHash: token.keyHash, stemMemo: stemMemo, memo: fallbackMemo).map { Match(entries: $0, length: 1) }
    }

    /// What a single word that is no single-word term matches, in ``lookUp(keys:tokens:at:end:stemMemo:)``'s
    /// order: its longest wildcard prefix, its Snowball stem, the word without a possessive `'s`.
    /// Looked up for every word of the lexicon when it is compiled (``VocabularyWords``) and for
    /// other words at run time.
    func singleWordFallback(_ key: UnsafeBufferPointer<UInt8>, keyHash: UInt32? = nil, stemMemo: StemIndex.Memo? = nil) -> Range<Int>? {
        if !wildcardLengths.isEmpty, let prefix = longestWildcardPrefix(key) {
            let found = wildcardEntries[Int(prefix)]
            return Int(found.lowerBound)..<Int(found.upperBound)
        }
        if let stemIndex, let entries = Self.stemEntries(stemIndex, key, keyHash: keyHash, stemMemo) { return entries }
        if options.stripsPossessive, let entries = possessiveEntries(key) { return entries }
        return nil
    }

    /// The entries whose stem is the key's: from the worker's memo when it has one (and the
    /// key's hash is known), else from the index's shared memo.
    static func stemEntries(_ stemIndex: StemIndex, _ key: UnsafeBufferPointer<UInt8>, keyHash: UInt32?, _ memo: StemIndex.Memo?) -> Range<Int>? {
        if let memo, let keyHash { return stemIndex.entries(stemming: key, keyHash: keyHash, memo: memo) }
        return stemIndex.entries(stemming: key)
    }

    /// The first of `candidates` (phrases starting with token `index`'s word, longest first)
    /// whose other words follow it before token `end`.
    @inline(__always)
    func phraseMatch(_ candidates: Range<Int>, keys: UnsafeBufferPointer<UInt8>, tokens: UnsafeBufferPointer<Token>,
                     at index: Int, end: Int) -> Match? {
        for phraseIndex in candidates {
            let phrase = phrases[phraseIndex]
            let length = phrase.words.count
            guard index + length <= end else { continue }
            var matches = true
            var offset = 1
            while offset < length {
                if !isPhraseWord(Int(phrase.words.lowerBound) + offset, keys, tokens[index + offset]) {
                    matches = false
                    break
                }
                offset += 1
            }
            if matches { return Match(entries: Int(phrase.entries.lowerBound)..<Int(phrase.entries.upperBound), length: length) }
        }
        return nil
    }

    /// Whether `token`'s key is word `position` of ``phraseWords``: by vocabulary id for a
    /// resolved token (every word of every phrase has an id, with or without this lexicon's
    /// class bit, which only words that start a term get), else by its bytes. Both give the
    /// same answer.
    @inline(__always)
    func isPhraseWord(_ position: Int, _ keys: UnsafeBufferPointer<UInt8>, _ token: Token) -> Bool {
        if isResolved(token) { return token.wordID == phraseVocabularyWords[position] }
        return words.id(of: UnsafeBufferPointer(rebasing: keys[token.keyRange]), keyHash: token.keyHash) == phraseWords[position]
    }

    /// Whether the token was resolved against a vocabulary that includes this lexicon.
    @inlinable @inline(__always)
    func isResolved(_ token: Token) -> Bool { token.vocabularyGeneration >= generation }

    /// The id of the longest wildcard prefix of `key`: ``KeyHash`` runs once along the key, the
    /// hash of each length some prefix has is kept, and the table is probed from the longest
    /// length down, stopping at the first prefix found (probed from the shortest up, every
    /// length up to the key's was probed; the lengths below the longest prefix are not now).
    @inlinable
    func longestWildcardPrefix(_ key: UnsafeBufferPointer<UInt8>) -> Int32? {
        // Prefixes of 64 bytes or more (none in the shipped lexicons) are looked up one by one,
        // first, being the longest; the lengths are sorted longest first, so the loop ends at the
        // first shorter one.
        for long in wildcardLengths {
            guard long >= 64 else { break }
            if long <= key.count, let prefix = wildcardPrefixes.id(of: UnsafeBufferPointer(rebasing: key[0..<long])) { return prefix }
        }
        return withUnsafeTemporaryAllocation(of: UInt64.self, capacity: 64) { hashes -> Int32? in
            var lengths: UInt64 = 0
            KeyHash.forEachPrefix(of: key, lengths: wildcardLengthMask) { length, hash in
                hashes[length] = hash
                lengths |= 1 << UInt64(length)
            }
            while lengths != 0 {
                let length = 63 - lengths.leadingZeroBitCount
                lengths &= ~(1 << UInt64(length))
                if let prefix = wildcardPrefixes.id(of: UnsafeBufferPointer(rebasing: key[0..<length]),
                                                    keyHash: UInt32(truncatingIfNeeded: hashes[length])) {
                    return prefix
                }
            }
            return nil
        }
    }

    /// The entries of `key` without a final English possessive `'s`, if it has one and they exist.
    @inlinable
    func possessiveEntries(_ key: UnsafeBufferPointer<UInt8>) -> Range<Int>? {
        guard Possessive.suffixLength(key) == 2,
              let word = words.id(of: UnsafeBufferPointer(rebasing: key[key.startIndex..<key.startIndex + key.count - 2])) else { return nil }
        let single = wordEntries[Int(word)]
        return single.isEmpty ? nil : Int(single.lowerBound)..<Int(single.upperBound)
    }

    /// All matches in `text`, left to right, each starting after the previous one ends.
    public func matches(in text: TokenizedText) -> [(tokens: Range<Int>, match: Match)] {
        var found: [(tokens: Range<Int>, match: Match)] = []
        forEachMatch(in: text) { found.append(($0, $1)) }
        return found
    }

    /// Calls `body` with each match in `text`, left to right, each starting after the previous
    /// one ends; allocates nothing.
    public func forEachMatch(in text: TokenizedText, _ body: (_ tokens: Range<Int>, _ match: Match) -> Void) {
        text.withKeys { keys, tokens in
            forEachMatch(keys: keys, tokens: tokens) { start, match in body(start..<start + match.length, match) }
        }
    }

    /// Calls `body` with the first token and the match of each match in `tokens`, left to
    /// right, each starting after the previous one ends; inlined in the caller with its
    /// closure. Tokens the inlined miss test rules out are passed over in a loop of their own.
    ///
    /// - Parameters:
    ///   - keys: all key bytes of the text (``TokenizedText/withKeys(_:)``).
    ///   - tokens: the text's tokens.
    ///   - fallbackMemo: the calling worker's memo of run-time single-word lookups
    ///     (``makeFallbackMemo()``), or `nil`.
    @inlinable
    public func forEachMatch(keys: UnsafeBufferPointer<UInt8>, tokens: UnsafeBufferPointer<Token>, fallbackMemo: FallbackMemo? = nil,
                             _ body: (_ start: Int, _ match: Match) -> Void) {
        let count = tokens.count
        let gate = Gate(self)
        var index = 0
        while index < count {
            if gate.canSkip {
                while index < count && gate.skips(tokens[index]) { index += 1 }
                if index == count { break }
            }
            let found: Match?
            switch recordMatch(tokens: tokens, at: index, end: count) {
            case .found(let match): found = match
            case .none: found = nil
            case .lookUp: found = lookUp(keys: keys, tokens: tokens, at: index, end: count, fallbackMemo: fallbackMemo)
            }
            if let found {
                body(index, found)
                index += found.length
            } else {
                index += 1
            }
        }
    }
}

extension CompiledLexicon {
    /// The entries of the single-word term whose key is `key` (or, when enabled, `key` without
    /// a possessive `'s`), or `nil`. Wildcards are not consulted.
    public func entries(forWord key: UnsafeBufferPointer<UInt8>) -> Range<Int>? {
        if let word = words.id(of: key), !wordEntries[Int(word)].isEmpty {
            let found = wordEntries[Int(word)]
            return Int(found.lowerBound)..<Int(found.upperBound)
        }
        return options.stripsPossessive ? possessiveEntries(key) : nil
    }
}
