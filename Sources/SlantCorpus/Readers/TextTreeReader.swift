public import Foundation

/// Reads a directory tree of `.txt` files: each file is a document whose id is its path under
/// the outlet folder without `.txt`, whose outlet is the first folder under the root (or the
/// given outlet), whose title is its first non-blank line and whose date is a leading
/// `YYYY-MM-DD` of the file name, if any. Files are read in sorted path order, so runs are
/// reproducible.
public struct TextTreeReader: DocumentReader {
    let root: URL
    let outlet: String?
    private var paths: [String]
    private var position = 0

    public init(root: String, outlet: String? = nil) throws {
        self.root = URL(fileURLWithPath: root)
        self.outlet = outlet
        guard let enumerator = FileManager.default.enumerator(atPath: root) else {
            throw Rejection(source: root, record: 0, reason: "cannot list the directory")
        }
        var found: [String] = []
        while let path = enumerator.nextObject() as? String {
            if path.lowercased().hasSuffix(".txt") { found.append(path) }
        }
        paths = found.sorted()
    }

    public mutating func next() -> ReadItem? {
        guard position < paths.count else { return nil }
        let relative = paths[position]
        position += 1
        let source = root.appendingPathComponent(relative).path
        let components = relative.split(separator: "/")
        guard let documentOutlet = outlet ?? (components.count > 1 ? String(components[0]) : nil) else {
            return .rejected(Rejection(source: source, record: 0, reason: "no outlet: put the file in a folder named after its outlet, or pass --outlet"))
        }
        guard let data = FileManager.default.contents(atPath: source) else {
            return .rejected(Rejection(source: source, record: 0, reason: "cannot read the file"))
        }
        let bytes = Array(data)
        guard String(validating: bytes, as: UTF8.self) != nil else {
            return .rejected(Rejection(source: source, record: 0, reason: "the file is not valid UTF-8"))
        }
        guard !bytes.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) else {
            return .rejected(Rejection(source: source, record: 0, reason: "the document is empty"))
        }
        let id = String((components.count > 1 && outlet == nil ? components.dropFirst().joined(separator: "/") : relative).dropLast(4))
        let text = String(decoding: bytes, as: UTF8.self)
        let title = text.split(separator: "\n").first { !$0.allSatisfy(\.isWhitespace) }.map { String($0.trimmingCharacters(in: .whitespaces)) }
        return .document(InputDocument(source: source, record: 0, id: id, outlet: documentOutlet, date: Self.date(inFileName: components.last!),
                                       title: title, text: bytes))
    }

    /// A leading `YYYY-MM-DD` of a file name.
    static func date(inFileName name: Substring) -> String? {
        let prefix = name.prefix(10)
        guard prefix.count == 10 else { return nil }
        for (offset, character) in prefix.enumerated() {
            let isDash = offset == 4 || offset == 7
            guard isDash ? character == "-" : character.isASCII && character.isNumber else { return nil }
        }
        return String(prefix)
    }
}
