public import SlantLexicon
public import SlantText

/// Loaded naming: paired word choices that signal a side in coverage of Russia's war against
/// Ukraine (Kyiv/Kiev, Київ/Киев, "invasion"/"special military operation"), from
/// `Lexicons/loaded-naming.tsv`.
///
/// The lexicon's weight is the side (+1 the variant of Ukrainian and most Western media, −1 the
/// variant of Russian state media) and its category the id of the choice the term belongs to.
/// A document's measure is how many variants of each side it uses and the share of the
/// Ukrainian/Western side among them; the word choice is counted apart from sentiment.
public struct LoadedNaming: Sendable {
    /// The terms, by key.
    public let lexicon: CompiledLexicon

    /// Compiles a loaded-naming lexicon.
    ///
    /// - Throws: ``DataFileError`` naming the line of an entry whose weight is not +1 or −1 or
    ///   that has no category (the choice's id).
    public init(_ terms: Lexicon, tokenizer: Tokenizer) throws {
        for entry in terms.entries {
            guard entry.weight == 1 || entry.weight == -1 else {
                throw DataFileError(source: terms.source, line: entry.line, message:
                    "expected the side as weight 1 (Ukrainian/Western variant) or -1 (Russian variant), found \(entry.weight)")
            }
            guard let category = entry.category, !category.isEmpty else {
                throw DataFileError(source: terms.source, line: entry.line, message: "expected the id of the naming choice in the category column")
            }
        }
        lexicon = try CompiledLexicon([terms], tokenizer: tokenizer, options: .init(stripsPossessive: true))
    }

    /// A memo of the naming lexicon's run-time single-word lookups for one worker (``count(in:memo:)``).
    public func makeMemo() -> CompiledLexicon.FallbackMemo { lexicon.makeFallbackMemo() }

    /// The loaded-naming variants `text` uses.
    ///
    /// - Parameter memo: the calling worker's memo of run-time single-word lookups
    ///   (``makeMemo()``), or `nil`.
    /// - Complexity: one lexicon lookup per token; allocates only for the terms found.
    public func count(in text: TokenizedText, memo: CompiledLexicon.FallbackMemo? = nil) -> NamingCounts {
        var counts = NamingCounts()
        let weights = lexicon.weights
        text.withKeys { keys, tokens in
            lexicon.forEachMatch(keys: keys, tokens: tokens, fallbackMemo: memo) { _, match in
                let entry = match.entries.lowerBound
                if weights[entry] > 0 { counts.ukrainian += 1 } else { counts.russian += 1 }
                counts.add(entry: entry)
            }
        }
        if !counts.entryCounts.isEmpty { counts.resolve(lexicon) }
        return counts
    }
}

/// One document's loaded-naming variants.
public struct NamingCounts: Sendable, Hashable {
    /// Variants of the Ukrainian/Western side.
    public var ukrainian = 0
    /// Variants of the Russian side.
    public var russian = 0
    /// Each term found, with its choice id, side and count; most frequent first.
    public var evidence: [NamingEvidence] = []
    /// Each entry found and how often, in order of first appearance, while counting (emptied by
    /// ``resolve(_:)``): a list searched in place, not a per-document `Dictionary` (hashing and
    /// growth were a third of the naming walk's samples; a document has few variants).
    var entryCounts: [EntryCount] = []

    /// One entry's count while counting.
    struct EntryCount: Sendable, Hashable {
        var entry: Int
        var count: Int
    }

    public init(ukrainian: Int = 0, russian: Int = 0, evidence: [NamingEvidence] = []) {
        self.ukrainian = ukrainian
        self.russian = russian
        self.evidence = evidence
    }

    /// The share of Ukrainian/Western variants among all variants, `nil` when there are none.
    public var ukrainianShare: Double? {
        let total = ukrainian + russian
        return total == 0 ? nil : Double(ukrainian) / Double(total)
    }

    mutating func add(entry: Int) {
        for index in entryCounts.indices where entryCounts[index].entry == entry {
            entryCounts[index].count += 1
            return
        }
        entryCounts.append(EntryCount(entry: entry, count: 1))
    }

    mutating func resolve(_ lexicon: CompiledLexicon) {
        // Sorted on count and term, which no two entries share: the order does not depend on
        // the order found.
        evidence = entryCounts.map { found in
            NamingEvidence(term: lexicon.entries[found.entry].term, choice: lexicon.entries[found.entry].category ?? "",
                           side: lexicon.weights[found.entry] > 0 ? 1 : -1, count: found.count)
        }.sorted { ($0.count, $1.term) > ($1.count, $0.term) }
        entryCounts = []
    }
}

/// A loaded-naming term found in a document.
public struct NamingEvidence: Sendable, Hashable {
    /// The term as the lexicon writes it (`киев*`, `special military operation`).
    public var term: String
    /// The id of the choice it belongs to (`kyiv-name`).
    public var choice: String
    /// +1 for the Ukrainian/Western variant, −1 for the Russian one.
    public var side: Int
    public var count: Int

    public init(term: String, choice: String, side: Int, count: Int) {
        self.term = term
        self.choice = choice
        self.side = side
        self.count = count
    }
}
