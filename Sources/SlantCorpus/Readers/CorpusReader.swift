import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The kinds of input Slant reads.
public enum InputFormat: String, Sendable, CaseIterable {
    /// JSON Lines (`.jsonl`, `.ndjson`, `.json`).
    case jsonl
    /// CSV with a header row (`.csv`).
    case csv
    /// One text document (`.txt`).
    case txt
}

/// Why an input cannot be read at all; `slant` stops before any work with its exit code.
public struct InputError: Error, Sendable, Hashable, CustomStringConvertible {
    public let path: String
    public let message: String
    /// sysexits.h: 66 (EX_NOINPUT) for an input that is missing or unreadable, 64 (EX_USAGE)
    /// for one whose kind cannot be told.
    public let exitCode: Int32

    public var description: String { "\(path): \(message)" }
}

/// Reads several inputs one after another, choosing the reader by what each input is: a
/// directory (tree of `.txt`), a `.jsonl`/`.ndjson`/`.json`, `.csv` or `.txt` file, or `-`
/// (standard input). A FIFO, a device or `/dev/fd/N`, and any file whose name says nothing, is
/// read as the given format. An input that cannot be opened becomes one rejection.
public struct CorpusReader: DocumentReader {
    let inputs: [String]
    let fields: FieldNames
    let outlet: String?
    let format: InputFormat?
    private var index = 0
    private var current: (any DocumentReader)?
    /// Whether JSON Lines records are handed out unparsed (``JSONLinesReader/defersParsing``).
    public var defersParsing = false

    /// - Parameter format: The format of inputs whose name does not tell it (standard input
    ///   defaults to JSON Lines).
    public init(inputs: [String], fields: FieldNames = FieldNames(), outlet: String? = nil, format: InputFormat? = nil) {
        self.inputs = inputs
        self.fields = fields
        self.outlet = outlet
        self.format = format
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
                current = try Self.reader(for: input, fields: fields, outlet: outlet, format: format, defersParsing: defersParsing)
            } catch let rejection as Rejection {
                return .rejected(rejection)
            } catch {
                return .rejected(Rejection(source: input, record: 0, reason: "\(error)"))
            }
        }
    }

    /// What `input` is: `nil` for a directory, else the format to read it as.
    ///
    /// - Throws: ``InputError`` when it does not exist, cannot be read, or its format cannot be told.
    public static func inspect(_ input: String, format: InputFormat?) throws(InputError) -> InputFormat? {
        if input == "-" { return format ?? .jsonl }
        var status = stat()
        guard stat(input, &status) == 0 else {
            throw InputError(path: input, message: "cannot read: \(String(cString: strerror(errno)))", exitCode: 66)
        }
        if (status.st_mode & S_IFMT) == S_IFDIR { return nil }
        guard access(input, R_OK) == 0 else {
            throw InputError(path: input, message: "cannot read: \(String(cString: strerror(errno)))", exitCode: 66)
        }
        if let named = formatFromName(input) { return named }
        if let format { return format }
        let kind = (status.st_mode & S_IFMT) == S_IFREG ? "its name does not end in .jsonl, .csv or .txt" : "it is not a regular file"
        throw InputError(path: input, message: "cannot tell the format (\(kind)): pass --input-format jsonl, csv or txt", exitCode: 64)
    }

    /// The format a file name says: `.jsonl`, `.ndjson`, `.json`, `.csv`, `.txt`.
    public static func formatFromName(_ path: String) -> InputFormat? {
        let lowered = path.lowercased()
        if lowered.hasSuffix(".jsonl") || lowered.hasSuffix(".ndjson") || lowered.hasSuffix(".json") { return .jsonl }
        if lowered.hasSuffix(".csv") { return .csv }
        if lowered.hasSuffix(".txt") { return .txt }
        return nil
    }

    static func reader(for input: String, fields: FieldNames, outlet: String?, format: InputFormat?,
                       defersParsing: Bool = false) throws -> any DocumentReader {
        let kind: InputFormat?
        do {
            kind = try inspect(input, format: format)
        } catch {
            throw Rejection(source: input, record: 0, reason: error.message)
        }
        switch kind {
        case nil: return try TextTreeReader(root: input, outlet: outlet)
        case .jsonl:
            var reader = try JSONLinesReader(path: input, fields: fields, outlet: outlet)
            reader.defersParsing = defersParsing
            return reader
        case .csv: return try CSVFileReader(path: input, fields: fields, outlet: outlet)
        case .txt: return TextFileReader(path: input, outlet: outlet)
        }
    }
}
