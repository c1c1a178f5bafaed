public import SlantText

extension Lexicon {
    /// The header line of Slant's lexicon format with a category column.
    public static let headerWithCategory = "term\tweight\tcategory"
    /// The header line of Slant's lexicon format without a category column.
    public static let header = "term\tweight"

    /// Parses Slant's lexicon format (see `Lexicons/README.md`).
    ///
    /// Lines starting with `#` and blank lines are skipped. The first other line is the header
    /// `term<TAB>weight` or `term<TAB>weight<TAB>category`. Each entry line has a term (words
    /// separated by single spaces, optionally ending in `*`), a decimal weight and, with the
    /// three-column header, an optional category. A term may appear once per category
    /// (compared case-insensitively as written).
    ///
    /// - Throws: ``DataFileError`` naming the first bad line; nothing is returned then, so a
    ///   partly read lexicon is never used.
    public init(parsingTSV text: String, source: String) throws(DataFileError) {
        var entries: [Entry] = []
        var sawHeader = false
        var hasCategory = false
        var duplicates = DuplicateTerms()
        for (lineNumber, line) in DataFile.lines(text) where !DataFile.isBlankOrComment(line) {
            let columns = ImportSupport.tabColumns(line)
            if !sawHeader {
                switch line {
                case Substring(Self.header): hasCategory = false
                case Substring(Self.headerWithCategory): hasCategory = true
                default:
                    throw DataFileError(source: source, line: lineNumber, message:
                        "expected the header \"term<TAB>weight\" or \"term<TAB>weight<TAB>category\", found \"\(line)\"")
                }
                sawHeader = true
                continue
            }
            let maximum = hasCategory ? 3 : 2
            guard columns.count >= 2, columns.count <= maximum else {
                throw DataFileError(source: source, line: lineNumber, message:
                    "expected \(hasCategory ? "2 or 3" : "2") tab-separated columns (term, weight\(hasCategory ? ", category" : "")), found \(columns.count)")
            }
            let term = String(columns[0])
            try Self.validateTerm(term, source: source, line: lineNumber)
            guard let weight = Double(columns[1]), weight.isFinite else {
                throw DataFileError(source: source, line: lineNumber, message:
                    "expected a decimal weight such as -1.5 in column 2, found \"\(columns[1])\"")
            }
            try Self.validateWeight(weight, source: source, line: lineNumber)
            let category = columns.count == 3 && !columns[2].isEmpty ? String(columns[2]) : nil
            if let previous = duplicates.firstLine(of: term, category: category, line: lineNumber, earlier: entries) {
                throw DataFileError(source: source, line: lineNumber, message:
                    "duplicate term \"\(term)\"\(category.map { " in category \($0)" } ?? "") (first on line \(previous))")
            }
            entries.append(Entry(term: term, weight: weight, category: category, line: lineNumber))
        }
        guard sawHeader else {
            throw DataFileError(source: source, line: 1, message: "empty lexicon: expected a header line \"term<TAB>weight\"")
        }
        self.init(source: source, entries: entries)
    }

    /// The largest weight magnitude a lexicon may hold: 25 times the sentiment scale's ±4, room
    /// for any rule, frame or actor weight, and small enough that sums over the longest document
    /// stay exact in the records' four decimals (see ``DataFile/decimal(_:places:)``).
    public static let weightLimit = 100.0

    /// Checks that a weight is finite and within ±``weightLimit``.
    public static func validateWeight(_ weight: Double, source: String, line: Int) throws(DataFileError) {
        guard weight.isFinite, abs(weight) <= weightLimit else {
            throw DataFileError(source: source, line: line, message:
                "weight \(weight) is out of range: weights lie between -\(Int(weightLimit)) and +\(Int(weightLimit))")
        }
    }

    /// Checks the term rules shared by every format: no leading, trailing or double spaces,
    /// no tabs, and a wildcard only at the end of a single word.
    public static func validateTerm(_ term: String, source: String, line: Int) throws(DataFileError) {
        if isPlainTerm(term) { return }
        guard !term.isEmpty, term.first != " ", term.last != " " else {
            throw DataFileError(source: source, line: line, message: "expected a term in column 1, found \"\(term)\"")
        }
        guard !term.contains("  "), !term.contains("\t") else {
            throw DataFileError(source: source, line: line, message: "words of a term are separated by single spaces: \"\(term)\"")
        }
        if isWildcard(term) && term.contains(" ") || hasInnerWildcard(term) {
            throw DataFileError(source: source, line: line, message:
                "a wildcard is a single word ending in * (like negotiat*), found \"\(term)\"")
        }
    }

    /// Whether the term passes ``validateTerm(_:source:line:)`` on its bytes alone: not empty, no
    /// space byte first or last, no two spaces in a row, no tab, and no `*` but, in a term without
    /// spaces, as its last byte. Each rule the full check applies to characters can only fail
    /// where such a byte is (a `Character` equal to " ", "\t" or "*" is that one byte; a `*` that
    /// is the last byte is in the last character, so it is not inside the term), so such a term
    /// needs no walk over its characters.
    static func isPlainTerm(_ term: String) -> Bool {
        let utf8 = term.utf8
        guard let first = utf8.first, let last = utf8.last, first != 0x20, last != 0x20 else { return false }
        var previous: UInt8 = 0
        var spaces = false, stars = 0
        for byte in utf8 {
            if byte == 0x09 || (byte == 0x20 && previous == 0x20) { return false }
            if byte == 0x20 { spaces = true }
            if byte == UInt8(ascii: "*") { stars += 1 }
            previous = byte
        }
        return stars == 0 || (stars == 1 && last == UInt8(ascii: "*") && !spaces)
    }

    /// A `*` right after a letter or digit that does not end the term ("negotiat* talks").
    static func hasInnerWildcard(_ term: String) -> Bool {
        var previous: Character?
        for (offset, character) in term.enumerated() {
            if character == "*", let previous, previous.isLetter || previous.isNumber, offset < term.count - 1 { return true }
            previous = character
        }
        return false
    }

    /// The lexicon in Slant's format, with a category column when any entry has a category.
    public func tsv(comment: String? = nil) -> String {
        let withCategory = entries.contains { $0.category != nil }
        var output = ""
        if let comment {
            for line in comment.split(separator: "\n", omittingEmptySubsequences: false) { output += "# \(line)\n" }
        }
        output += (withCategory ? Self.headerWithCategory : Self.header) + "\n"
        for entry in entries {
            output += entry.term + "\t" + DataFile.decimal(entry.weight)
            if withCategory, let category = entry.category { output += "\t" + category }
            output += "\n"
        }
        return output
    }
}
