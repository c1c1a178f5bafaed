public import SlantText

/// The lexicon file formats Slant reads.
public enum LexiconFormat: String, Sendable, CaseIterable, CustomStringConvertible {
    /// Slant's own TSV: header, term, weight, optional category (see `Lexicons/README.md`).
    case slant
    /// VADER's `vader_lexicon.txt`: term, mean rating (−4…+4), standard deviation, ratings.
    case vader
    /// AFINN: term, integer −5…+5. Weights are kept as written; scale with ``Lexicon/scaled(by:)``.
    case afinn
    /// LIWC-style `.dic`: a `%`-delimited category table, then words with category numbers.
    case dic
    /// quanteda / Lexicoder-style YAML dictionary: nested keys whose leaves are word lists.
    case yaml
    /// One term per line.
    case wordlist

    public var description: String { rawValue }

    /// Reads `text` in this format.
    ///
    /// - Parameters:
    ///   - source: the file name for messages.
    ///   - weight: for formats without weights (dic, yaml, wordlist), every entry's weight.
    ///   - category: for a word list, every entry's category.
    /// - Throws: ``DataFileError`` naming the first bad line.
    public func read(_ text: String, source: String, weight: Double = 1, category: String? = nil) throws(DataFileError) -> Lexicon {
        switch self {
        case .slant: try Lexicon(parsingTSV: text, source: source)
        case .vader: try VADERImporter.read(text, source: source)
        case .afinn: try AFINNImporter.read(text, source: source)
        case .dic: try LIWCDictionaryImporter.read(text, source: source, weight: weight)
        case .yaml: try YAMLDictionaryImporter.read(text, source: source, weight: weight)
        case .wordlist: try WordListImporter.read(text, source: source, weight: weight, category: category)
        }
    }
}

/// Helpers shared by the importers.
enum ImportSupport {
    /// Lines without their line ends, numbered from 1.
    static func lines(_ text: String) -> [(number: Int, text: Substring)] { DataFile.lines(text) }

    /// Drops entries whose term repeats an earlier one when compared case-insensitively
    /// (VADER lists both ":D" and ":d"); the first one stays.
    static func keepingFirstOfEachTerm(_ entries: [Lexicon.Entry]) -> [Lexicon.Entry] {
        var duplicates = DuplicateTerms()
        var kept: [Lexicon.Entry] = []
        kept.reserveCapacity(entries.count)
        for entry in entries where duplicates.firstLine(of: entry.term, category: nil, line: entry.line, earlier: kept) == nil {
            kept.append(entry)
        }
        return kept
    }

    /// A term with runs of whitespace collapsed to single spaces.
    static func cleanTerm(_ term: Substring) -> String {
        // Most terms hold no whitespace scalar at all: kept as they are, without walking their
        // characters. White_Space scalars are ASCII 09–0D and 20, or start with the UTF-8 lead
        // bytes C2 (U+0085, U+00A0), E1 (U+1680), E2 (U+2000–U+205F) or E3 (U+3000); a term
        // without those bytes has none.
        if !term.utf8.contains(where: { (0x09...0x0D).contains($0) || $0 == 0x20 || $0 == 0xC2 || (0xE1...0xE3).contains($0) }) {
            return String(term)
        }
        return term.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// The tab-separated columns of a line, split on the byte. A tab is a control character, so
    /// it is always a `Character` of its own: the same columns as splitting on `Character("\t")`,
    /// without walking grapheme clusters.
    static func tabColumns(_ line: Substring) -> [Substring] {
        line.utf8.split(separator: 0x09, omittingEmptySubsequences: false).map { Substring($0) }
    }

    /// The first two of ``tabColumns(_:)`` without splitting the rest of the line: `count` is 1
    /// for a line without a tab (`second` is then empty), else 2.
    static func firstTwoTabColumns(_ line: Substring) -> (count: Int, first: Substring, second: Substring) {
        let utf8 = line.utf8
        guard let tab = utf8.firstIndex(of: 0x09) else { return (1, line, line[line.endIndex...]) }
        let second = utf8.index(after: tab)
        let end = utf8[second...].firstIndex(of: 0x09) ?? utf8.endIndex
        return (2, line[..<tab], line[second..<end])
    }
}
