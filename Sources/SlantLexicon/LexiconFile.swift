public import Foundation
public import SlantText

/// Reading lexicon files from disk.
public enum LexiconFile {
    /// Reads and parses one lexicon file.
    ///
    /// - Parameters:
    ///   - url: the file.
    ///   - format: its format.
    ///   - scale: every weight is multiplied by this.
    ///   - weight: the weight for formats without weights.
    ///   - category: the category for a word list.
    /// - Throws: ``DataFileError`` for a missing, non-UTF-8 or malformed file.
    public static func load(_ url: URL, format: LexiconFormat, scale: Double = 1, weight: Double = 1,
                            category: String? = nil) throws(DataFileError) -> Lexicon {
        let text = try readText(url)
        let lexicon = try format.read(text, source: url.path, weight: weight, category: category)
        return scale == 1 ? lexicon : lexicon.scaled(by: scale)
    }

    /// The file's contents as UTF-8 text.
    public static func readText(_ url: URL) throws(DataFileError) -> String {
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw DataFileError(source: url.path, line: 0, message: "cannot read the file (missing or not readable)")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw DataFileError(source: url.path, line: 0, message: "the file is not valid UTF-8")
        }
        return text
    }
}

/// A manifest: which lexicon files to load, in priority order, with their formats and scales.
///
/// Format: Slant-style TSV with the header `file<TAB>format<TAB>scale`; paths are relative to
/// the manifest's directory; `#` comments.
public struct LexiconManifest: Sendable, Hashable {
    /// One listed file.
    public struct Item: Sendable, Hashable {
        public var url: URL
        public var format: LexiconFormat
        public var scale: Double
    }

    /// The files, highest priority first.
    public var items: [Item]

    /// Reads a manifest file.
    public init(contentsOf url: URL) throws(DataFileError) {
        let text = try LexiconFile.readText(url)
        let directory = url.deletingLastPathComponent()
        var items: [Item] = []
        var sawHeader = false
        for (number, line) in DataFile.lines(text) where !DataFile.isBlankOrComment(line) {
            let columns = line.split(separator: "\t", omittingEmptySubsequences: false)
            if !sawHeader {
                guard line == "file\tformat\tscale" else {
                    throw DataFileError(source: url.path, line: number, message: "expected the header \"file<TAB>format<TAB>scale\"")
                }
                sawHeader = true
                continue
            }
            guard columns.count == 3 else {
                throw DataFileError(source: url.path, line: number, message: "expected 3 tab-separated columns (file, format, scale)")
            }
            guard let format = LexiconFormat(rawValue: String(columns[1])) else {
                throw DataFileError(source: url.path, line: number, message:
                    "unknown format \"\(columns[1])\"; expected one of \(LexiconFormat.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            guard let scale = Double(columns[2]), scale.isFinite else {
                throw DataFileError(source: url.path, line: number, message: "expected a number in the scale column, found \"\(columns[2])\"")
            }
            items.append(Item(url: directory.appendingPathComponent(String(columns[0])), format: format, scale: scale))
        }
        self.items = items
    }

    /// Loads every listed lexicon, in order.
    public func load() throws(DataFileError) -> [Lexicon] {
        var lexicons: [Lexicon] = []
        for item in items { lexicons.append(try LexiconFile.load(item.url, format: item.format, scale: item.scale)) }
        return lexicons
    }
}
