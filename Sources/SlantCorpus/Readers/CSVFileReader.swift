import Foundation

/// Reads a CSV file (RFC 4180, see ``CSVRecordReader``) with a header row naming the fields
/// (`id`, `outlet`, `date`, `title`, `text`; names configurable). Quoted fields may span lines.
/// A malformed row, a row whose field count differs from the header's, or a row that is not
/// UTF-8 is rejected with the line it starts on; the rows after it are read as usual. Blank
/// lines are skipped. Text has its line ends made `\n` (see ``TextNormalization``).
public struct CSVFileReader: DocumentReader {
    let source: String
    let fields: FieldNames
    let defaultOutlet: String?
    private let records: CSVRecordReader
    private let header: [String]
    private let columns: Columns

    /// Where the named fields are in a row.
    struct Columns {
        var text: Int, outlet: Int?, id: Int?, date: Int?, title: Int?, language: Int?, event: Int?
    }

    /// Reads `path`, or standard input for `-`.
    public init(path: String, fields: FieldNames = FieldNames(), outlet: String? = nil) throws {
        let handle: FileHandle
        if path == "-" {
            handle = .standardInput
        } else {
            guard let opened = FileHandle(forReadingAtPath: path) else {
                throw Rejection(source: path, record: 0, reason: "cannot open the file")
            }
            handle = opened
        }
        try self.init(records: CSVRecordReader(handle: handle), source: path, fields: fields, outlet: outlet)
    }

    /// Reads CSV bytes in memory, naming them `source`.
    public init(bytes: [UInt8], source: String, fields: FieldNames = FieldNames(), outlet: String? = nil) throws {
        try self.init(records: CSVRecordReader(bytes: bytes), source: source, fields: fields, outlet: outlet)
    }

    private init(records: CSVRecordReader, source: String, fields: FieldNames, outlet: String?) throws {
        self.source = source
        self.fields = fields
        defaultOutlet = outlet
        self.records = records
        var headerRecord: CSVRecordReader.Record?
        repeat { headerRecord = records.next() } while headerRecord.map(Self.isBlank) == true
        switch headerRecord {
        case nil:
            throw Rejection(source: source, record: 0, reason: "the file is empty; expected a header row naming the columns")
        case .malformed(let line, let reason)?:
            throw Rejection(source: source, record: line, reason: "cannot read the header row: \(reason)")
        case .fields(let values, let line)?:
            var names: [String] = []
            for (index, value) in values.enumerated() {
                guard let name = String(validating: value, as: UTF8.self) else {
                    throw Rejection(source: source, record: line, reason: "header column \(index + 1) is not valid UTF-8")
                }
                names.append(name.trimmingCharacters(in: .whitespaces))
            }
            header = names
        }
        guard let text = header.firstIndex(of: fields.text) else {
            throw Rejection(source: source, record: 0, reason: "the header has no \"\(fields.text)\" column (found: \(header.joined(separator: ", ")))")
        }
        columns = Columns(text: text, outlet: header.firstIndex(of: fields.outlet), id: header.firstIndex(of: fields.id),
                          date: header.firstIndex(of: fields.date), title: header.firstIndex(of: fields.title),
                          language: header.firstIndex(of: fields.language), event: header.firstIndex(of: fields.event))
    }

    static func isBlank(_ record: CSVRecordReader.Record) -> Bool {
        if case .fields(let values, _) = record { return values.count == 1 && values[0].isEmpty }
        return false
    }

    public mutating func next() -> ReadItem? {
        while let record = records.next() {
            if Self.isBlank(record) { continue }
            switch record {
            case .malformed(let line, let reason):
                return .rejected(Rejection(source: source, record: line, reason: reason))
            case .fields(let values, let line):
                return document(values, line: line)
            }
        }
        return nil
    }

    private func document(_ values: [[UInt8]], line: Int) -> ReadItem {
        func reject(_ reason: String) -> ReadItem { .rejected(Rejection(source: source, record: line, reason: reason)) }
        guard values.count == header.count else {
            return reject("expected \(header.count) fields as in the header, found \(values.count)")
        }
        for (index, value) in values.enumerated() {
            if let offset = TextNormalization.firstInvalidUTF8(value) {
                return reject("column \"\(header[index])\" is not valid UTF-8 at byte \(offset) of its value")
            }
        }
        func string(_ column: Int?) -> String? {
            guard let column, !values[column].isEmpty else { return nil }
            return String(decoding: values[column], as: UTF8.self)
        }
        let text = TextNormalization.lineEnds(values[columns.text])
        guard !TextNormalization.isBlank(text) else { return reject("the document is empty") }
        guard let outlet = string(columns.outlet) ?? defaultOutlet else {
            return reject("expected a value in column \"\(fields.outlet)\" (or pass --outlet)")
        }
        var document = InputDocument(source: source, record: line, id: string(columns.id) ?? "\(source):\(line)", outlet: outlet,
                                     date: string(columns.date), title: string(columns.title), text: text)
        document.language = string(columns.language)
        document.event = string(columns.event)
        return .document(document)
    }
}
