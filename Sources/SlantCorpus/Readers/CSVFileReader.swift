import CSV
public import Foundation

/// Reads a CSV file with a header row naming the fields (`id`, `outlet`, `date`, `title`,
/// `text`; names configurable). Quoted fields may span lines. A row whose field count differs
/// from the header's is rejected with its record number.
public struct CSVFileReader: DocumentReader {
    let source: String
    let fields: FieldNames
    let defaultOutlet: String?
    private let reader: CSVReader
    private let header: [String]
    private var record = 0
    private var failed = false

    public init(path: String, fields: FieldNames = FieldNames(), outlet: String? = nil) throws {
        source = path
        self.fields = fields
        defaultOutlet = outlet
        // CSV.swift does not say where bytes are not UTF-8, so a first pass checks, line by line.
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw Rejection(source: path, record: 0, reason: "cannot open the file")
        }
        let lines = LineReader(handle: handle)
        var lineNumber = 0
        while let line = lines.nextLine() {
            lineNumber += 1
            guard String(validating: line, as: UTF8.self) != nil else {
                throw Rejection(source: path, record: 0, reason: "the file is not valid UTF-8 (line \(lineNumber)); no record of it was read")
            }
        }
        guard let stream = InputStream(fileAtPath: path) else {
            throw Rejection(source: path, record: 0, reason: "cannot open the file")
        }
        do {
            reader = try CSVReader(stream: stream, hasHeaderRow: true)
        } catch {
            throw Rejection(source: path, record: 0, reason: "cannot read a CSV header row: \(error)")
        }
        header = reader.headerRow ?? []
        guard header.contains(fields.text) else {
            throw Rejection(source: path, record: 0, reason: "the header has no \"\(fields.text)\" column (found: \(header.joined(separator: ", ")))")
        }
    }

    public mutating func next() -> ReadItem? {
        guard !failed else { return nil }
        guard let row = reader.next() else {
            // CSV.swift reports the end of the stream as `cannotReadFile`; only other errors are real.
            if let error = reader.error, !Self.isEndOfStream(error) {
                failed = true
                return .rejected(Rejection(source: source, record: record + 1, reason: "unreadable from here on (\(error)); later rows were not read"))
            }
            return nil
        }
        record += 1
        guard row.count == header.count else {
            return .rejected(Rejection(source: source, record: record, reason: "expected \(header.count) fields as in the header, found \(row.count)"))
        }
        var values: [String: String] = [:]
        values.reserveCapacity(header.count)
        for (name, value) in zip(header, row) { values[name] = value }
        let text = values[fields.text] ?? ""
        guard !text.allSatisfy(\.isWhitespace) else {
            return .rejected(Rejection(source: source, record: record, reason: "the document is empty"))
        }
        guard let outlet = values[fields.outlet].flatMap({ $0.isEmpty ? nil : $0 }) ?? defaultOutlet else {
            return .rejected(Rejection(source: source, record: record, reason: "expected a value in column \"\(fields.outlet)\" (or pass --outlet)"))
        }
        return .document(InputDocument(
            source: source, record: record, id: values[fields.id].flatMap { $0.isEmpty ? nil : $0 } ?? "\(source):\(record)",
            outlet: outlet, date: values[fields.date].flatMap { $0.isEmpty ? nil : $0 },
            title: values[fields.title].flatMap { $0.isEmpty ? nil : $0 }, text: Array(text.utf8)))
    }
}

extension CSVFileReader {
    static func isEndOfStream(_ error: any Error) -> Bool {
        if case CSVError.cannotReadFile = error { return true }
        return false
    }
}
