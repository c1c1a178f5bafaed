import Foundation
import SlantScoring

/// Reads JSON Lines: one object per line with `id`, `outlet`, `date`, `title`, `text` and
/// optional `targets: [{"start": S, "end": E}]` (or NewsMTSC's `from`/`to`). Blank lines
/// (spaces, tabs, carriage returns) are skipped; a line that is not such an object, or not
/// UTF-8, is rejected with its line number (and the byte offset of the first ill-formed byte);
/// the lines after it are read as usual. A leading byte order mark and `\r\n` line ends are
/// accepted; the text is taken as written.
public struct JSONLinesReader: DocumentReader {
    let context: JSONLinesContext
    private let lines: LineReader
    private var lineNumber = 0
    private var reportedReadError = false
    /// Whether lines are handed out unparsed, as ``ReadItem/deferred(_:)``, for the caller to
    /// parse with ``DeferredRecord/parse()`` (``ScoringPipeline`` does so on its worker threads).
    public var defersParsing = false

    /// Reads `path`, or standard input for `-`.
    public init(path: String, fields: FieldNames = FieldNames(), outlet: String? = nil) throws {
        context = JSONLinesContext(source: path, fields: fields, defaultOutlet: outlet)
        if path == "-" {
            lines = LineReader(handle: .standardInput)
        } else {
            guard let handle = FileHandle(forReadingAtPath: path) else {
                throw Rejection(source: path, record: 0, reason: "cannot open the file")
            }
            lines = LineReader(handle: handle)
        }
    }

    /// Reads JSON Lines bytes in memory, naming them `source`.
    public init(bytes: [UInt8], source: String, fields: FieldNames = FieldNames(), outlet: String? = nil) {
        context = JSONLinesContext(source: source, fields: fields, defaultOutlet: outlet)
        lines = LineReader(bytes: bytes)
    }

    public mutating func next() -> ReadItem? {
        while var line = lines.nextLine() {
            lineNumber += 1
            if lineNumber == 1 && line.starts(with: TextNormalization.byteOrderMark) { line = line.dropFirst(3) }
            if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
            // A deferred line is copied out of the read buffer, which is reused for the next chunk.
            if defersParsing { return .deferred(DeferredRecord(line: Array(line), record: lineNumber, context: context)) }
            let record = lineNumber
            return line.withUnsafeBufferPointer { context.parse($0, record: record) }
        }
        // A read that failed ends the file with one rejection for what could not be read.
        if let error = lines.readError, !reportedReadError {
            reportedReadError = true
            return .rejected(Rejection(source: context.source, record: lineNumber + 1, reason: "cannot read past this point: \(error)"))
        }
        return nil
    }

    /// Whether the line, past JSON whitespace (and a byte order mark, which the parser may
    /// skip), starts with `{` and ends with `}`: every line holding one JSON object does.
    static func mayBeObject(_ line: some BidirectionalCollection<UInt8>) -> Bool {
        let body = line.starts(with: TextNormalization.byteOrderMark) ? line.dropFirst(3) : line[...]
        let isSpace = { (byte: UInt8) in byte == 0x20 || byte == 0x09 || byte == 0x0D }
        guard let first = body.first(where: { !isSpace($0) }), let last = body.last(where: { !isSpace($0) }) else { return false }
        return first == UInt8(ascii: "{") && last == UInt8(ascii: "}")
    }

    /// A string or number field as text; `nil` for missing or null.
    static func string(_ value: Any?) -> String? {
        switch value {
        case let text as String: text
        case let number as NSNumber: number.stringValue
        default: nil
        }
    }
}
