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
        builder.indexOfSignature.reserveCapacity(lexicons.reduce(0) { $0 + $1.entries.count })
        // One tokenized text reused for every term: no tokenizer buffers allocated per term.
        var text = TokenizedText()
        // One signature buffer reused for every term: a term's keys are copied out only when it
        // is new (most terms are), not for each entry.
        var bytes: [UInt8] = []
        for (lexiconIndex, lexicon) in lexicons.enumerated() {
            for entry in lexicon.entries {
                let wildcard = entry.isWildcard
                let written = wildcard ? entry.term.utf8.dropLast() : entry.term.utf8[...]
                try tokenizer.tokenize(utf8: written, into: &text)
                let count = text.tokens.count
                guard count > 0 else {
                    throw DataFileError(source: lexicon.source, line: entry.line, message: "the term \"\(entry.term)\" has no words or symbols")
                }
                if wildcard && count != 1 {
                    throw DataFileError(source: lexicon.source, line: entry.line, message:
                        "the wildcard prefix of \"\(entry.term)\" must be one word, found \(count) tokens")
                }
                bytes.removeAll(keepingCapacity: true)
                if wildcard { Signature.append(CollectionOfOne(UInt8(ascii: "*")), to: &bytes) }
                for token in text.tokens { text.withKeyBytes(of: token) { Signature.append($0, to: &bytes) } }
                builder.add(entry, wildcard: wildcard, signature: Signature(bytes: bytes), lexicon: lexiconIndex) {
                    let keys = text.tokens.map { token in text.withKeyBytes(of: token) { Array($0) } }
                    return wildcard ? [[UInt8(ascii: "*")]] + keys : keys
                }
            }
        }
        do {
            self = try builder.build(options: options)
        } catch {
            throw DataFileError(source: lexicons.first?.source ?? "lexicon", line: 0, message: error.description)
        }
    }

    /// A term's keys (after `*` for a wildcard) as one byte string, each key preceded by its
    /// length, so that two terms have the same signature exactly when their key lists are equal.
    /// Hashed in one call over its bytes, not byte by byte as `[[UInt8]]` would be.
    private struct Signature: Hashable {
        let bytes: [UInt8]

        init(bytes: [UInt8]) {
            self.bytes = bytes
        }

        /// Appends one key, preceded by its length, to a signature's bytes.
        static func append(_ key: some Collection<UInt8>, to bytes: inout [UInt8]) {
            withUnsafeBytes(of: UInt32(key.count).littleEndian) { bytes.append(contentsOf: $0) }
            bytes.append(contentsOf: key)
        }

        func hash(into hasher: inout Hasher) {
            bytes.withUnsafeBytes { hasher.combine(bytes: $0) }
        }
    }

    /// Collects terms, then lays them out as the lookup arrays.
    private struct Builder {
        /// Each distinct term's keys, in order of first appearance.
        var order: [[[UInt8]]] = []
        /// The entries of each term, by its index in ``order``.
        var entryGroups: [[Lexicon.Entry]] = []
        /// The lexicon (its index in the list) that defined each term.
        var definingLexicon: [Int] = []
        var indexOfSignature: [Signature: Int] = [:]
        var wildcard: Set<Int> = []

        /// Adds `entry` to its term; a term an earlier lexicon defined keeps that definition (the
        /// entry is dropped), while one lexicon may give a term several entries.
        /// `keys` gives the term's keys (after `*` for a wildcard); it is called only for a new term.
        mutating func add(_ entry: Lexicon.Entry, wildcard isWildcard: Bool, signature: Signature, lexicon: Int, keys: () -> [[UInt8]]) {
            let index: Int
            if let known = indexOfSignature[signature] {
                guard definingLexicon[known] == lexicon else { return }
                index = known
            } else {
                index = order.count
                indexOfSignature[signature] = index
                order.append(keys())
                entryGroups.append([])
                definingLexicon.append(lexicon)
            }
            entryGroups[index].append(entry)
            if isWildcard { wildcard.insert(index) }
        }

        func build(options: Options) throws(StemmerError) -> CompiledLexicon {
            var entries: [Lexicon.Entry] = []
            var words = ByteStringTable()
            var wordEntries: [Range<Int32>] = []
            var phraseList: [(first: Int32, words: [Int32], entries: Range<Int32>)] = []
            var wildcardPrefixes = ByteStringTable()
            var wildcardEntries: [Range<Int32>] = []

            func wordID(_ key: [UInt8]) -> Int32 {
                let id = key.withUnsafeBufferPointer { words.insert($0).id }
                if Int(id) == wordEntries.count { wordEntries.append(0..<0) }
                return id
            }

            for (index, signature) in order.enumerated() {
                let group = entryGroups[index]
                let range = Int32(entries.count)..<Int32(entries.count + group.count)
                entries += group
                if wildcard.contains(index) {
                    let id = signature[1].withUnsafeBufferPointer { wildcardPrefixes.insert($0).id }
                    if Int(id) == wildcardEntries.count { wildcardEntries.append(range) }
                } else if signature.count == 1 {
                    wordEntries[Int(wordID(signature[0]))] = range
                } else {
                    let ids = signature.map(wordID)
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
                                                   stems: (0..<wildcardPrefixes.count).map { Array(wildcardPrefixes.key(Int32($0))) })
            var stemIndex: StemIndex?
            if let algorithm = options.stemmer {
                let terms = wordEntries.indices.filter { !wordEntries[$0].isEmpty }.map { (key: words.key(Int32($0)), entries: wordEntries[$0]) }
                stemIndex = try StemIndex(algorithm: algorithm, words: terms)
            }
            return CompiledLexicon(
                entries: entries, weights: entries.map(\.weight), categoryIndices: categoryIndices, categories: categories,
                options: options, words: words, vocabularyMap: VocabularyMap(vocabularyIDs: registration.wordIDs),
                classBit: registration.classBit, generation: registration.generation, wordEntries: wordEntries, phrasesByFirstWord: phrasesByFirstWord,
                phrases: phrases, phraseWords: phraseWords, wildcardPrefixes: wildcardPrefixes,
                wildcardEntries: wildcardEntries, wildcardLengths: lengths, wildcardLengthMask: lengthMask, stemIndex: stemIndex)
        }
    }
}
