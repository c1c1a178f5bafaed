import SlantText

/// A list of terms with weights and optional categories, as read from a file.
///
/// Terms are kept as written; ``CompiledLexicon`` normalizes them with the tokenizer so that
/// they match token keys. A term may be a multi-word expression ("cease fire") or end with
/// `*` to match any word that starts with it ("negotiat*").
public struct Lexicon: Sendable, Hashable {
    /// One line of a lexicon.
    public struct Entry: Sendable, Hashable {
        /// The term as written, possibly several words, possibly ending with `*`.
        public var term: String
        /// The weight; on Slant's sentiment scale, −4 (most negative) to +4 (most positive).
        public var weight: Double
        /// A category such as a frame name or a rule kind; `nil` when the file has none.
        public var category: String?
        /// The line of the source file the entry came from (1-based; 0 when built in code).
        public var line: Int

        public init(term: String, weight: Double, category: String? = nil, line: Int = 0) {
            self.term = term
            self.weight = weight
            self.category = category
            self.line = line
        }

        /// Whether the term ends with the `*` suffix wildcard: a final `*` right after a letter
        /// or digit ("negotiat*"). Any other `*` is literal, as in the emoticon ":*".
        public var isWildcard: Bool { Lexicon.isWildcard(term) }
    }

    /// Where the lexicon came from (a file path or a name), used in messages.
    public var source: String
    /// The entries in file order.
    public var entries: [Entry]

    public init(source: String, entries: [Entry]) {
        self.source = source
        self.entries = entries
    }

    /// Whether `term` ends with the suffix wildcard (see ``Entry/isWildcard``).
    public static func isWildcard(_ term: String) -> Bool {
        // On the bytes first: a last character "*" is a last byte `*`; and an ASCII letter or
        // digit after an ASCII byte (or at the start) is a character of its own, so no walk over
        // the term's characters is needed for either answer.
        // (Indices, not `utf8.reversed()`, which copies the bytes into an array.)
        let utf8 = term.utf8
        guard utf8.last == UInt8(ascii: "*") else { return false }
        let star = utf8.index(before: utf8.endIndex)
        if star > utf8.startIndex {
            let beforeIndex = utf8.index(before: star)
            let before = utf8[beforeIndex]
            let isAlphanumeric = (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(before | 0x20)
                || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(before)
            let third = beforeIndex > utf8.startIndex ? utf8[utf8.index(before: beforeIndex)] : 0
            if isAlphanumeric, third < 0x80 { return true }
        }
        guard term.count > 1, term.last == "*" else { return false }
        let before = term[term.index(term.endIndex, offsetBy: -2)]
        return before.isLetter || before.isNumber
    }

    /// The same lexicon with every weight multiplied by `factor` (for example 0.8 to bring
    /// AFINN's −5…+5 onto the −4…+4 scale).
    public func scaled(by factor: Double) -> Lexicon {
        Lexicon(source: source, entries: entries.map { entry in
            var scaled = entry
            scaled.weight = entry.weight * factor
            return scaled
        })
    }
}
