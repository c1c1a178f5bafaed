public import Foundation
public import SlantText

/// One language's data files, as listed in `<lexicons>/<code>/manifest.tsv`.
///
/// Format: Slant-style TSV with the header `kind<TAB>file<TAB>format<TAB>scale` and `#` comments.
/// `file` is relative to the manifest's folder (`../third-party/vader_lexicon.txt` reaches a
/// shared file); `format` is a ``LexiconFormat`` name, or `abbreviations` for an abbreviation
/// list; `scale` multiplies every weight. The engine reads any language this way: a new language
/// is a new folder with a manifest, not new code.
public struct LanguageManifest: Sendable, Hashable {
    /// What a listed file is for.
    public enum Kind: String, Sendable, CaseIterable {
        /// A valence lexicon; several are listed highest priority first.
        case sentiment
        /// Negators, boosters, contrast words (see `Lexicons/README.md`).
        case rules
        /// Speech verbs, source phrases and pronouns.
        case attribution
        /// Words whose final period belongs to them; the tokenizer uses every language's list.
        case abbreviations
        /// The detection profile: script, distinctive letters, function words.
        case profile
        /// Predicates with a class and a valence per argument (format `predicates`: see
        /// `Lexicons/README.md`, "Predicates").
        case predicates
        /// The function words around predicates (passive auxiliaries, markers, determiners).
        case roleCues = "role-cues"
        /// A Snowball stemmer for the sentiment lexicons (format `snowball`; the file column
        /// names the algorithm, such as `russian`): single-word terms also match the other
        /// forms of their word.
        case stemmer
    }

    /// One listed file.
    public struct Item: Sendable, Hashable {
        /// What the file is for.
        public var kind: Kind
        /// The file.
        public var url: URL
        /// The format name as written (a ``LexiconFormat`` or `abbreviations`).
        public var format: String
        /// The factor applied to every weight.
        public var scale: Double
        /// The manifest line that listed it.
        public var line: Int
    }

    /// The format name of abbreviation lists.
    public static let abbreviationsFormat = "abbreviations"
    /// The format name of a stemmer line, whose file column is a Snowball algorithm.
    public static let snowballFormat = "snowball"
    /// The format name of predicate lexicons (`term<TAB>class<TAB>agent<TAB>patient`).
    public static let predicatesFormat = "predicates"
    /// The manifest's file name inside a language folder.
    public static let fileName = "manifest.tsv"
    static let header = "kind\tfile\tformat\tscale"

    /// The language code: the name of the folder (`en`, `ru`, `uk`).
    public let code: String
    /// The manifest file.
    public let source: URL
    /// The listed files in order.
    public let items: [Item]

    /// Reads the manifest of the language folder `directory`.
    ///
    /// - Throws: ``DataFileError`` naming the line of an unknown kind or format, a bad scale or a
    ///   wrong number of columns.
    public init(directory: URL) throws(DataFileError) {
        let url = directory.appendingPathComponent(Self.fileName)
        let text = try LexiconFile.readText(url)
        code = directory.lastPathComponent
        source = url
        var items: [Item] = []
        var sawHeader = false
        for (number, line) in DataFile.lines(text) where !DataFile.isBlankOrComment(line) {
            if !sawHeader {
                guard line == Self.header else {
                    throw DataFileError(source: url.path, line: number, message: "expected the header \"kind<TAB>file<TAB>format<TAB>scale\"")
                }
                sawHeader = true
                continue
            }
            items.append(try Self.item(line, number: number, directory: directory, source: url.path))
        }
        self.items = items
    }

    private static func item(_ line: Substring, number: Int, directory: URL, source: String) throws(DataFileError) -> Item {
        let columns = line.split(separator: "\t", omittingEmptySubsequences: false)
        guard columns.count == 4 else {
            throw DataFileError(source: source, line: number, message: "expected 4 tab-separated columns (kind, file, format, scale)")
        }
        guard let kind = Kind(rawValue: String(columns[0])) else {
            throw DataFileError(source: source, line: number, message:
                "unknown kind \"\(columns[0])\"; expected one of \(Kind.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        let format = String(columns[2])
        let expected = switch kind {
        case .abbreviations: [abbreviationsFormat]
        case .predicates: [predicatesFormat]
        case .stemmer: [snowballFormat]
        default: LexiconFormat.allCases.map(\.rawValue)
        }
        guard expected.contains(format) else {
            throw DataFileError(source: source, line: number, message:
                "unknown format \"\(format)\" for \(kind.rawValue); expected \(expected.joined(separator: ", "))")
        }
        guard let scale = Double(columns[3]), scale.isFinite else {
            throw DataFileError(source: source, line: number, message: "expected a number in the scale column, found \"\(columns[3])\"")
        }
        return Item(kind: kind, url: directory.appendingPathComponent(String(columns[1])), format: format, scale: scale, line: number)
    }

    /// The Snowball algorithm of the manifest's `stemmer` line (the last one wins), or `nil`.
    public var stemmerAlgorithm: String? { items(.stemmer).last?.url.lastPathComponent }

    /// The listed files of one kind, in order.
    public func items(_ kind: Kind) -> [Item] { items.filter { $0.kind == kind } }

    /// Loads every lexicon of `kind`, in the manifest's order.
    public func lexicons(_ kind: Kind) throws(DataFileError) -> [Lexicon] {
        var lexicons: [Lexicon] = []
        for item in items(kind) {
            // The format was checked when the manifest was read.
            let format = LexiconFormat(rawValue: item.format)!
            lexicons.append(try LexiconFile.load(item.url, format: format, scale: item.scale))
        }
        return lexicons
    }

    /// The lexicons of `kind` merged into one (entries in manifest order), for kinds that take a
    /// single lexicon (rules, attribution). Empty when none is listed.
    public func mergedLexicon(_ kind: Kind) throws(DataFileError) -> Lexicon {
        let lexicons = try lexicons(kind)
        if lexicons.count == 1 { return lexicons[0] }
        return Lexicon(source: lexicons.map(\.source).joined(separator: ", "), entries: lexicons.flatMap(\.entries))
    }

    /// The language's abbreviation lists, together.
    public func abbreviations() throws(DataFileError) -> Abbreviations {
        var entries: [String] = []
        for item in items(.abbreviations) {
            entries += try Abbreviations(parsing: LexiconFile.readText(item.url), source: item.url.path).entries
        }
        return try Abbreviations(entries)
    }
}
