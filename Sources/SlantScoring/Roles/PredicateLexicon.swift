import SlantLexicon
public import SlantText

/// Predicates with a class and a valence per argument (`Lexicons/<lang>/predicates.tsv`).
///
/// Format: Slant-style TSV with the header `term<TAB>class<TAB>agent<TAB>patient`; `#` comments;
/// terms as in any lexicon (words, multi-word expressions, `stem*`); class one of
/// ``PredicateClass``; agent and patient decimal valences on the sentiment scale (−4…+4), or `-`
/// for a position the predicate takes no argument in ("fighting in Ukraine": a place, not a foe).
public struct PredicateLexicon: Sendable {
    /// The header line.
    public static let header = "term\tclass\tagent\tpatient"
    /// The largest valence magnitude a predicate may give.
    public static let maximumValence = 4.0

    /// Compiled terms; each entry's category is its class (``LexiconBox``: looked up in place).
    let words: LexiconBox
    /// Per compiled entry: class, agent valence, patient valence.
    let classes: [PredicateClass]
    let agentValences: [Double]
    let patientValences: [Double]
    /// Per compiled entry: whether it takes an agent / a patient (`-` in the file: no).
    let takesAgent: [Bool]
    let takesPatient: [Bool]

    /// An empty lexicon: no predicates, so no roles.
    public init(tokenizer: Tokenizer) throws {
        try self.init(parsing: Self.header + "\n", source: "no predicates", tokenizer: tokenizer)
    }

    /// Parses and compiles predicates.
    ///
    /// - Throws: ``DataFileError`` naming the first bad line.
    public init(parsing text: String, source: String, tokenizer: Tokenizer) throws {
        try self.init(files: [(text, source)], tokenizer: tokenizer)
    }

    /// Parses several predicate files as one lexicon (a language may list more than one); each
    /// has its own header, and a term may stand once per class across all of them.
    ///
    /// - Throws: ``DataFileError`` naming the file and line of the first bad line.
    public init(files: [(text: String, source: String)], tokenizer: Tokenizer) throws {
        var entries: [Lexicon.Entry] = []
        var valences: [String: (Double?, Double?)] = [:]
        for (text, source) in files {
            try Self.parse(text, source: source, into: &entries, valences: &valences)
        }
        let lexicon = try CompiledLexicon([Lexicon(source: files.map(\.source).joined(separator: ", "), entries: entries)], tokenizer: tokenizer,
                                          options: .init(stripsPossessive: false))
        words = LexiconBox(lexicon)
        classes = lexicon.entries.map { PredicateClass(rawValue: $0.category!)! }
        let compiled = lexicon.entries.map { valences[$0.term.lowercased() + "\t" + $0.category!]! }
        agentValences = compiled.map { $0.0 ?? 0 }
        patientValences = compiled.map { $0.1 ?? 0 }
        takesAgent = compiled.map { $0.0 != nil }
        takesPatient = compiled.map { $0.1 != nil }
    }

    /// Appends one file's entries and their valences.
    static func parse(_ text: String, source: String, into entries: inout [Lexicon.Entry],
                      valences: inout [String: (Double?, Double?)]) throws(DataFileError) {
        var sawHeader = false
        for (lineNumber, line) in DataFile.lines(text) where !DataFile.isBlankOrComment(line) {
            guard sawHeader else {
                guard line == Substring(Self.header) else {
                    throw DataFileError(source: source, line: lineNumber, message: "expected the header \"term<TAB>class<TAB>agent<TAB>patient\", found \"\(line)\"")
                }
                sawHeader = true
                continue
            }
            let columns = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard columns.count == 4 else {
                throw DataFileError(source: source, line: lineNumber, message: "expected 4 tab-separated columns (term, class, agent, patient), found \(columns.count)")
            }
            let term = String(columns[0])
            try Lexicon.validateTerm(term, source: source, line: lineNumber)
            guard let predicateClass = PredicateClass(rawValue: String(columns[1])) else {
                throw DataFileError(source: source, line: lineNumber, message:
                    "expected a predicate class (\(PredicateClass.allCases.map(\.rawValue).joined(separator: ", "))) in column 2, found \"\(columns[1])\"")
            }
            var pair: [Double?] = []
            for (column, name) in [(2, "agent"), (3, "patient")] {
                if columns[column] == "-" {
                    pair.append(nil)
                    continue
                }
                guard let value = Double(columns[column]), value.isFinite, abs(value) <= Self.maximumValence else {
                    throw DataFileError(source: source, line: lineNumber, message:
                        "expected a decimal \(name) valence between -4 and 4, or -, in column \(column + 1), found \"\(columns[column])\"")
                }
                pair.append(value)
            }
            let key = term.lowercased() + "\t" + predicateClass.rawValue
            guard valences[key] == nil else {
                throw DataFileError(source: source, line: lineNumber, message: "duplicate predicate \"\(term)\" in class \(predicateClass.rawValue)")
            }
            valences[key] = (pair[0], pair[1])
            entries.append(Lexicon.Entry(term: term, weight: 0, category: predicateClass.rawValue, line: lineNumber))
        }
        guard sawHeader else {
            throw DataFileError(source: source, line: 1, message: "empty predicate lexicon: expected the header \"term<TAB>class<TAB>agent<TAB>patient\"")
        }
    }

    /// The number of predicate terms.
    public var count: Int { words.entries.count }

    /// The longest predicate starting at token `index`, looking no further than token `end`.
    func match(keys: UnsafeBufferPointer<UInt8>, tokens: UnsafeBufferPointer<Token>, at index: Int, end: Int) -> CompiledLexicon.Match? {
        words.match(keys: keys, tokens: tokens, at: index, end: end)
    }

    /// The term of entry `entry` as the file writes it.
    public func term(_ entry: Int) -> String { words.entries[entry].term }

    /// Whether entry `entry` takes an argument at `position`.
    public func takes(_ entry: Int, _ position: ArgumentPosition) -> Bool {
        position == .agent ? takesAgent[entry] : takesPatient[entry]
    }

    /// The valence entry `entry` gives to the argument at `position`.
    public func valence(_ entry: Int, _ position: ArgumentPosition) -> Double {
        position == .agent ? agentValences[entry] : patientValences[entry]
    }
}
