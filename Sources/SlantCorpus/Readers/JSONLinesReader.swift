public import Foundation
public import SlantScoring

/// Reads JSON Lines: one object per line with `id`, `outlet`, `date`, `title`, `text` and
/// optional `targets: [{"start": S, "end": E}]` (or NewsMTSC's `from`/`to`). Blank lines
/// (spaces, tabs, carriage returns) are skipped; a line that is not such an object, or not
/// UTF-8, is rejected with its line number (and the byte offset of the first ill-formed byte);
/// the lines after it are read as usual. A leading byte order mark and `\r\n` line ends are
/// accepted; the text is taken as written.
public struct JSONLinesReader: DocumentReader {
    let source: String
    let fields: FieldNames
    let defaultOutlet: String?
    private let lines: LineReader
    private var lineNumber = 0

    /// Reads `path`, or standard input for `-`.
    public init(path: String, fields: FieldNames = FieldNames(), outlet: String? = nil) throws {
        source = path
        self.fields = fields
        defaultOutlet = outlet
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
        self.source = source
        self.fields = fields
        defaultOutlet = outlet
        lines = LineReader(bytes: bytes)
    }

    public mutating func next() -> ReadItem? {
        while var line = lines.nextLine() {
            lineNumber += 1
            if lineNumber == 1 && line.starts(with: TextNormalization.byteOrderMark) { line = line.dropFirst(3) }
            if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
            return parse(line)
        }
        return nil
    }

    private func reject(_ reason: String) -> ReadItem {
        .rejected(Rejection(source: source, record: lineNumber, reason: reason))
    }

    private func parse(_ line: ArraySlice<UInt8>) -> ReadItem {
        if let offset = TextNormalization.firstInvalidUTF8(line) {
            return reject("the line is not valid UTF-8 at byte \(offset) of the line (JSON must be UTF-8)")
        }
        // A line that cannot hold an object is rejected without the JSON parser and its error.
        guard Self.mayBeObject(line) else { return reject("expected a JSON object on one line") }
        // The line is parsed where it lies, not copied into a `Data` first: a record of 100 MB
        // would be held twice.
        let parsed = line.withUnsafeBytes { raw -> [String: Any]? in
            guard let base = raw.baseAddress, raw.count > 0 else { return nil }
            let data = Data(bytesNoCopy: UnsafeMutableRawPointer(mutating: base), count: raw.count, deallocator: .none)
            return try? JSONSerialization.jsonObject(with: data) as? [String: Any]
        }
        guard let object = parsed else {
            return reject("expected a JSON object on one line")
        }
        guard let text = object[fields.text] as? String else {
            return reject("expected a string field \"\(fields.text)\"")
        }
        guard !text.allSatisfy(\.isWhitespace) else { return reject("the document is empty") }
        let outlet = Self.string(object[fields.outlet]) ?? defaultOutlet
        guard let outlet, !outlet.isEmpty else {
            return reject("expected a string field \"\(fields.outlet)\" (or pass --outlet)")
        }
        var targets: [TargetSpan] = []
        var targetIndices: [Int] = []
        var rejectedTargets: [(index: Int, reason: String)] = []
        if let rawTargets = object[fields.targets] {
            guard let list = rawTargets as? [Any] else { return reject("expected \"\(fields.targets)\" to be a list of {start, end}") }
            // One bad target is rejected alone; the document and its other targets are scored.
            for (index, item) in list.enumerated() {
                guard let target = item as? [String: Any], let start = (target["start"] ?? target["from"]) as? Int,
                      let end = (target["end"] ?? target["to"]) as? Int else {
                    rejectedTargets.append((index, "expected {\"start\": S, \"end\": E} with whole numbers"))
                    continue
                }
                guard start >= 0, end > start else {
                    rejectedTargets.append((index, "expected 0 <= start < end, found start \(start), end \(end)"))
                    continue
                }
                targets.append(TargetSpan(start: start, end: end))
                targetIndices.append(index)
            }
        }
        var document = InputDocument(
            source: source, record: lineNumber, id: Self.string(object[fields.id]) ?? "\(source):\(lineNumber)", outlet: outlet,
            date: Self.string(object[fields.date]), title: Self.string(object[fields.title]), text: Array(text.utf8), targets: targets)
        document.targetIndices = targetIndices
        document.rejectedTargets = rejectedTargets
        document.language = Self.string(object[fields.language]).flatMap { $0.isEmpty ? nil : $0 }
        document.event = Self.string(object[fields.event]).flatMap { $0.isEmpty ? nil : $0 }
        return .document(document)
    }

    /// Whether the line, past JSON whitespace (and a byte order mark, which the parser may
    /// skip), starts with `{` and ends with `}`: every line holding one JSON object does.
    static func mayBeObject(_ line: ArraySlice<UInt8>) -> Bool {
        var body = line
        if body.starts(with: TextNormalization.byteOrderMark) { body = body.dropFirst(3) }
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
