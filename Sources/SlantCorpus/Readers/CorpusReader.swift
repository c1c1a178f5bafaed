public import Foundation

/// Reads several inputs one after another, choosing the reader by what each input is: a
/// directory (tree of `.txt`), a `.jsonl`/`.ndjson` file, a `.csv` file, or `-` (JSON Lines on
/// standard input). An input that cannot be opened becomes one rejection.
public struct CorpusReader: DocumentReader {
    let inputs: [String]
    let fields: FieldNames
    let outlet: String?
    private var index = 0
    private var current: (any DocumentReader)?

    public init(inputs: [String], fields: FieldNames = FieldNames(), outlet: String? = nil) {
        self.inputs = inputs
        self.fields = fields
        self.outlet = outlet
    }

    public mutating func next() -> ReadItem? {
        while true {
            if var reader = current {
                if let item = reader.next() {
                    current = reader
                    return item
                }
                current = nil
            }
            guard index < inputs.count else { return nil }
            let input = inputs[index]
            index += 1
            do {
                current = try Self.reader(for: input, fields: fields, outlet: outlet)
            } catch let rejection as Rejection {
                return .rejected(rejection)
            } catch {
                return .rejected(Rejection(source: input, record: 0, reason: "\(error)"))
            }
        }
    }

    static func reader(for input: String, fields: FieldNames, outlet: String?) throws -> any DocumentReader {
        if input == "-" { return try JSONLinesReader(path: input, fields: fields, outlet: outlet) }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: input, isDirectory: &isDirectory) else {
            throw Rejection(source: input, record: 0, reason: "no such file or directory")
        }
        if isDirectory.boolValue { return try TextTreeReader(root: input, outlet: outlet) }
        let lowered = input.lowercased()
        if lowered.hasSuffix(".csv") { return try CSVFileReader(path: input, fields: fields, outlet: outlet) }
        if lowered.hasSuffix(".jsonl") || lowered.hasSuffix(".ndjson") || lowered.hasSuffix(".json") {
            return try JSONLinesReader(path: input, fields: fields, outlet: outlet)
        }
        throw Rejection(source: input, record: 0, reason: "unknown input kind: expected a directory of .txt files, .jsonl, .csv or -")
    }
}
