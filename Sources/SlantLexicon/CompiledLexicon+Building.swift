public import SlantText

extension CompiledLexicon {
    /// Compiles `lexicons`, the first having priority for a term several of them define.
    ///
    /// - Parameters:
    ///   - lexicons: the lexicons, highest priority first.
    ///   - tokenizer: the tokenizer whose keys the terms must match.
    ///   - options: lookup options.
    /// - Throws: ``DataFileError`` naming the lexicon and line of a term that yields no token,
    ///   or a wildcard whose prefix is not a single token.
    public init(_ lexicons: [Lexicon], tokenizer: Tokenizer, options: Options = Options()) throws {
        var builder = Builder()
        // One tokenized text and one signature buffer reused for every term: nothing is
        // allocated per term but what the tables keep.
        var text = TokenizedText()
        var signature: [UInt8] = []
        for (lexiconIndex, lexicon) in lexicons.enumerated() {
            for entry in lexicon.entries {
                let wildcard = entry.isWildcard
                var term = entry.term
                try term.withUTF8 { utf8 in
                    try tokenizer.tokenize(utf8: UnsafeBufferPointer(rebasing: utf8.dropLast(wildcard ? 1 : 0)), into: &text)
                }
                let count = text.tokens.count
                guard count > 0 else {
                    throw DataFileError(source: lexicon.source, line: entry.line, message: "the term \"\(entry.term)\" has no words or symbols")
                }
                if wildcard && count != 1 {
                    throw DataFileError(source: lexicon.source, line: entry.line, message:
                        "the wildcard prefix of \"\(entry.term)\" must be one word, found \(count) tokens")
                }
                signature.removeAll(keepingCapacity: true)
                if wildcard { Self.appendKey(CollectionOfOne(UInt8(ascii: "*")), to: &signature) }
                for token in text.tokens { text.withKeyBytes(of: token) { Self.appendKey($0, to: &signature) } }
                signature.withUnsafeBufferPointer { builder.add(entry, wildcard: wildcard, signature: $0, lexicon: lexiconIndex) }
            }
        }
        do {
            self = try builder.build(options: options)
        } catch {
            throw DataFileError(source: lexicons.first?.source ?? "lexicon", line: 0, message: error.description)
        }
    }

    /// Appends one key of a term's signature: the term's keys (after `*` for a wildcard) as one
    /// byte string, each key preceded by its length as 4 little-endian bytes, so that two terms
    /// have the same signature exactly when their key lists are equal.
    private static func appendKey(_ key: some Collection<UInt8>, to signature: inout [UInt8]) {
        withUnsafeBytes(of: UInt32(key.count).littleEndian) { signature.append(contentsOf: $0) }
        signature.append(contentsOf: key)
    }

    /// Collects terms, then lays them out as the lookup arrays.
    private struct Builder {
        /// Each distinct term's signature (see ``appendKey(_:to:)``); a term's index is its id
        /// here, in order of first appearance.
        var signatures = ByteStringTable()
        /// The lexicon (its index in the list) that defined each term.
        var definingLexicon: [Int] = []
        /// Whether each term was written as a wildcard.
        var wildcard: [Bool] = []
        /// The entries kept, in the order added, and the term of each.
        var entries: [Lexicon.Entry] = []
        var termOfEntry: [Int32] = []

        /// Adds `entry` to its term; a term an earlier lexicon defined keeps that definition (the
        /// entry is dropped), while one lexicon may give a term several entries.
        mutating func add(_ entry: Lexicon.Entry, wildcard isWildcard: Bool, signature: UnsafeBufferPointer<UInt8>, lexicon: Int) {
            let (term, inserted) = signatures.insert(signature)
            if inserted {
                definingLexicon.append(lexicon)
                wildcard.append(false)
            } else if definingLexicon[Int(term)] != lexicon {
                return
            }
            entries.append(entry)
            termOfEntry.append(term)
            if isWildcard { wildcard[Int(term)] = true }
        }

        /// The keys of a term's signature, as ranges of `signature`'s indices, into `keys`.
        static func keys(of signature: ArraySlice<UInt8>, into keys: inout [Range<Int>]) {
            keys.removeAll(keepingCapacity: true)
            var offset = signature.startIndex
            while offset < signature.endIndex {
                var length = 0
                for byte in 0..<4 { length |= Int(signature[offset + byte]) << (8 * byte) }
                keys.append(offset + 4..<offset + 4 + length)
                offset += 4 + length
            }
        }

        func build(options: Options) throws(StemmerError) -> CompiledLexicon {
            var entries: [Lexicon.Entry] = []
            var words = ByteStringTable()
            var wordEntries: [Range<Int32>] = []
            var phraseList: [(first: Int32, words: [Int32], entries: Range<Int32>)] = []
            var wildcardPrefixes = ByteStringTable()
            var wildcardEntries: [Range<Int32>] = []

            func wordID(_ key: ArraySlice<UInt8>) -> Int32 {
                let id = key.withUnsafeBufferPointer { words.insert($0).id }
                if Int(id) == wordEntries.count { wordEntries.append(0..<0) }
                return id
            }

            // The entries grouped by term in term order, file order within a term (a counting sort).
            let termCount = signatures.count
            var groupStarts = [Int](repeating: 0, count: termCount + 1)
            for term in termOfEntry { groupStarts[Int(term) + 1] += 1 }
            for term in 0..<termCount { groupStarts[term + 1] += groupStarts[term] }
            var next = groupStarts
            var positions = [Int](repeating: 0, count: termOfEntry.count)
            for (index, term) in termOfEntry.enumerated() {
                positions[next[Int(term)]] = index
                next[Int(term)] += 1
            }
            entries = positions.map { self.entries[$0] }

            var keys: [Range<Int>] = []
            for term in 0..<termCount {
                let range = Int32(groupStarts[term])..<Int32(groupStarts[term + 1])
                let signature = signatures.key(Int32(term))
                Self.keys(of: signature, into: &keys)
                if wildcard[term] {
                    let id = signature[keys[1]].withUnsafeBufferPointer { wildcardPrefixes.insert($0).id }
                    if Int(id) == wildcardEntries.count { wildcardEntries.append(range) }
                } else if keys.count == 1 {
                    wordEntries[Int(wordID(signature[keys[0]]))] = range
                } else {
                    let ids = keys.map { wordID(signature[$0]) }
                    phraseList.append((ids[0], ids, range))
                }
            }
            // Phrases grouped by first word, longest first (a stable sort keeps file order for ties).
            let sortedPhrases = phraseList.enumerated().sorted { left, right in
                if left.element.first != right.element.first { return left.element.first < right.element.first }
                if left.element.words.count != right.element.words.count { return left.element.words.count > right.element.words.count }
                return left.offset < right.offset
            }.map(\.element)
            var phrases: [Phrase] = []
            var phraseWords: [Int32] = []
            var phrasesByFirstWord = Array(repeating: Int32(0)..<Int32(0), count: wordEntries.count)
            for phrase in sortedPhrases {
                let index = Int32(phrases.count)
                let wordsRange = Int32(phraseWords.count)..<Int32(phraseWords.count + phrase.words.count)
                phraseWords += phrase.words
                phrases.append(Phrase(words: wordsRange, entries: phrase.entries))
                let current = phrasesByFirstWord[Int(phrase.first)]
                phrasesByFirstWord[Int(phrase.first)] = current.isEmpty ? index..<index + 1 : current.lowerBound..<index + 1
            }
            var categories: [String] = []
            var categoryIndex: [String: Int32] = [:]
            let categoryIndices: [Int32] = entries.map { entry in
                guard let category = entry.category else { return -1 }
                if let known = categoryIndex[category] { return known }
                categoryIndex[category] = Int32(categories.count)
                categories.append(category)
                return Int32(categories.count - 1)
            }
            let lengths = Set((0..<wildcardPrefixes.count).map { wildcardPrefixes.key(Int32($0)).count }).sorted(by: >)
            let lengthMask = lengths.filter { $0 < 64 }.reduce(UInt64(0)) { $0 | (1 << UInt64($1)) }
            let registration = Vocabulary.register(words: (0..<words.count).map { Array(words.key(Int32($0))) },
                                                   stems: (0..<wildcardPrefixes.count).map { Array(wildcardPrefixes.key(Int32($0))) },
                                                   startsTerm: wordEntries.indices.map { !wordEntries[$0].isEmpty || !phrasesByFirstWord[$0].isEmpty })
            // Each first word's filter of the vocabulary ids of its phrases' second words.
            var nextWords = [UInt32](repeating: 0, count: wordEntries.count)
            for phrase in sortedPhrases {
                nextWords[Int(phrase.first)] |= VocabularyWords.Word.bit(registration.wordIDs[Int(phrase.words[1])])
            }
            var stemIndex: StemIndex?
            if let algorithm = options.stemmer {
                let terms = wordEntries.indices.filter { !wordEntries[$0].isEmpty }.map { (key: words.key(Int32($0)), entries: wordEntries[$0]) }
                stemIndex = try StemIndex(algorithm: algorithm, words: terms)
            }
            var compiled = CompiledLexicon(
                entries: entries, weights: entries.map(\.weight), categoryIndices: categoryIndices, categories: categories,
                options: options, words: words,
                vocabularyWords: VocabularyWords(vocabularyIDs: registration.wordIDs, wordEntries: wordEntries,
                                                 phrasesByFirstWord: phrasesByFirstWord, nextWords: nextWords),
                classBit: registration.classBit, generation: registration.generation, wordEntries: wordEntries, phrasesByFirstWord: phrasesByFirstWord,
                phrases: phrases, phraseWords: phraseWords, phraseVocabularyWords: phraseWords.map { registration.wordIDs[Int($0)] },
                wildcardPrefixes: wildcardPrefixes,
                wildcardEntries: wildcardEntries, wildcardLengths: lengths, wildcardLengthMask: lengthMask, stemIndex: stemIndex)
            // Each word that is no single-word term gets what it matches alone, looked up now.
            compiled = compiled.replacing(vocabularyWords: compiled.vocabularyWords.withSingleWordFallbacks(vocabularyIDs: registration.wordIDs) { local in
                words.key(Int32(local)).withUnsafeBufferPointer { compiled.singleWordFallback($0) }
            })
            // Words other lexicons registered before this one that a wildcard of it matches:
            // their records hold the wildcard's entries (words registered later, and words no
            // lexicon has, are still looked up at run time).
            if let shortest = lengths.last {
                // Only a word whose first `shortest` bytes begin some prefix is probed: a filter
                // of 2¹⁶ bits (8 KiB) of those bytes' hashes rules out most words (the scan ran
                // at start-up, 5 ms for all lexicons, when each word was probed).
                var filter = [UInt64](repeating: 0, count: (1 << 16) / 64)
                func filterBit(_ key: UnsafeBufferPointer<UInt8>) -> Int {
                    Int(truncatingIfNeeded: KeyHash.hash(UnsafeBufferPointer(rebasing: key[0..<shortest])) >> 48)
                }
                for id in 0..<wildcardPrefixes.count {
                    let bit = wildcardPrefixes.key(Int32(id)).withUnsafeBufferPointer { filterBit($0) }
                    filter[bit >> 6] |= 1 << UInt64(bit & 63)
                }
                var others: [(id: Int32, entries: Range<Int32>)] = []
                Vocabulary.forEachRegisteredWord { id, key in
                    guard key.count >= shortest else { return }
                    let bit = filterBit(key)
                    guard filter[bit >> 6] & (1 << UInt64(bit & 63)) != 0,
                          let prefix = compiled.longestWildcardPrefix(key) else { return }
                    others.append((id, wildcardEntries[Int(prefix)]))
                }
                compiled = compiled.replacing(vocabularyWords: compiled.vocabularyWords.withOtherWords(others))
            }
            return compiled
        }
    }
}
