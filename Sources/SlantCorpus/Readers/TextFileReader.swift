import Foundation

/// Reads one `.txt` file (a path, `/dev/fd/N`, a FIFO, or `-` for standard input) as one
/// document: the outlet is the given one, else the name of the folder holding the file; the id
/// is the file name without `.txt`; title and date as in ``TextTreeReader``.
public struct TextFileReader: DocumentReader {
    let path: String
    let outlet: String?
    private var done = false

    public init(path: String, outlet: String? = nil) {
        self.path = path
        self.outlet = outlet
    }

    public mutating func next() -> ReadItem? {
        guard !done else { return nil }
        done = true
        let url = URL(fileURLWithPath: path)
        let name = path == "-" ? "-" : url.lastPathComponent
        let folder = url.deletingLastPathComponent().lastPathComponent
        guard let documentOutlet = outlet ?? (path == "-" || folder.isEmpty || folder == "/" ? nil : folder) else {
            return .rejected(Rejection(source: path, record: 0, reason: "no outlet: pass --outlet"))
        }
        let id = name.lowercased().hasSuffix(".txt") ? String(name.dropLast(4)) : name
        return Self.document(at: path, id: id, outlet: documentOutlet, fileName: Substring(name))
    }

    /// The document of the file at `source`, or why it could not be read.
    static func document(at source: String, id: String, outlet: String, fileName: Substring) -> ReadItem {
        let data: Data?
        if source == "-" {
            data = FileHandle.standardInput.readDataToEndOfFile()
        } else {
            data = FileHandle(forReadingAtPath: source).flatMap { try? $0.readToEnd() ?? Data() }
        }
        guard let data else {
            return .rejected(Rejection(source: source, record: 0, reason: "cannot read the file"))
        }
        let bytes = TextNormalization.lineEnds(TextNormalization.droppingByteOrderMark(Array(data)))
        guard !TextNormalization.isBlank(bytes) else {
            return .rejected(Rejection(source: source, record: 0, reason: "the document is empty"))
        }
        return .document(InputDocument(source: source, record: 0, id: id, outlet: outlet, date: TextTreeReader.date(inFileName: fileName),
                                       title: title(of: bytes), text: bytes))
    }

    /// The first non-blank line, trimmed, when a line end follows it: a text of one line has no title.
    static func title(of bytes: [UInt8]) -> String? {
        var lineStart = 0
        for (index, byte) in bytes.enumerated() where byte == UInt8(ascii: "\n") {
            let line = bytes[lineStart..<index]
            lineStart = index + 1
            guard !TextNormalization.isBlank(Array(line)) else { continue }
            return String(decoding: line, as: UTF8.self).trimmingCharacters(in: .whitespaces)
        }
        return nil
    }
}
