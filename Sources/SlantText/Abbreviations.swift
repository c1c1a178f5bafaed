/// Abbreviations whose final period belongs to the word ("Mr.", "Gen.", "approx."), read
/// from a plain-text list such as `Lexicons/en/abbreviations-en.txt`.
///
/// The tokenizer keeps such a word and its period as one token and never ends a sentence
/// after it. Initialisms with inner periods ("U.S.", "e.g.", "Ph.D.") need no entry: they are
/// recognised by shape.
///
/// Format: one abbreviation per line, written with its final period; `#` starts a comment;
/// blank lines are ignored. Matching uses the normalized key, so case does not matter.
public struct Abbreviations: Sendable, Hashable {
    /// The entries as written, each ending with a period.
    public private(set) var entries: [String] = []

    /// No abbreviations.
    public init() {}

    /// The given entries; each must end with a period.
    public init(_ entries: [String]) throws(DataFileError) {
        for (offset, entry) in entries.enumerated() {
            try add(entry, source: "<list>", line: offset + 1)
        }
    }

    /// Parses the list format above.
    ///
    /// - Parameters:
    ///   - text: the file's contents.
    ///   - source: the file name, used in error messages.
    /// - Throws: ``DataFileError`` naming the line of an entry without a final period or
    ///   with inner whitespace.
    public init(parsing text: String, source: String) throws(DataFileError) {
        for (lineNumber, rawLine) in DataFile.lines(text) {
            var line = rawLine
            if let hash = line.firstIndex(of: "#") { line = line[..<hash] }
            let entry = line.trimmingWhitespace()
            if entry.isEmpty { continue }
            try add(String(entry), source: source, line: lineNumber)
        }
    }

    private mutating func add(_ entry: String, source: String, line: Int) throws(DataFileError) {
        guard entry.count >= 2, entry.hasSuffix(".") else {
            throw DataFileError(source: source, line: line, message: "expected an abbreviation ending with a period, found \"\(entry)\"")
        }
        guard !entry.contains(where: \.isWhitespace) else {
            throw DataFileError(source: source, line: line, message: "an abbreviation is one word without spaces, found \"\(entry)\"")
        }
        entries.append(entry)
    }
}

/// A line of a data file that does not have the expected form.
public struct DataFileError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The file (or other source) that was read.
    public let source: String
    /// The 1-based line number; 0 when the problem is the whole file (missing, not UTF-8).
    public let line: Int
    /// What was expected and what was found.
    public let message: String

    public init(source: String, line: Int, message: String) {
        self.source = source
        self.line = line
        self.message = message
    }

    /// `file:line: message`, or `file: message` for a problem with the whole file (line 0).
    public var description: String { line > 0 ? "\(source):\(line): \(message)" : "\(source): \(message)" }
}

extension Substring {
    /// The substring without leading and trailing whitespace.
    func trimmingWhitespace() -> Substring {
        var trimmed = self
        while let first = trimmed.first, first.isWhitespace { trimmed.removeFirst() }
        while let last = trimmed.last, last.isWhitespace { trimmed.removeLast() }
        return trimmed
    }
}
