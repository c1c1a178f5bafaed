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
        // The path is built once: `URL.path` makes a new `String` on every call.
        let source = url.path
        let read = try format.read(text, source: source, weight: weight, category: category)
        let lexicon = scale == 1 ? read : read.scaled(by: scale)
        for entry in lexicon.entries { try Lexicon.validateWeight(entry.weight, source: source, line: entry.line) }
        return lexicon
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
