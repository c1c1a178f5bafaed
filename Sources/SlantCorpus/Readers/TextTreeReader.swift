import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads a directory tree of `.txt` files: each file is a document whose id is its path under
/// the outlet folder without `.txt`, whose outlet is the first folder under the root (or the
/// given outlet), whose title is its first non-blank line (when a line end follows it) and whose
/// date is a leading `YYYY-MM-DD` of the file name, if any. Symlinks to files and folders are
/// followed; a folder reached twice (a symlink loop) and a dangling symlink are reported, not read.
/// Files are read in sorted path order, so runs are reproducible. Text is normalized by
/// ``TextNormalization``; ill-formed UTF-8 stays in place and reads as U+FFFD.
public struct TextTreeReader: DocumentReader {
    let root: URL
    let outlet: String?
    private var entries: [Entry]
    private var position = 0

    enum Entry {
        case file(String)
        case problem(String, String)
    }

    public init(root: String, outlet: String? = nil) throws {
        self.root = URL(fileURLWithPath: root)
        self.outlet = outlet
        var found: [Entry] = []
        var visited: Set<DirectoryIdentity> = []
        guard let identity = DirectoryIdentity(path: root) else {
            throw Rejection(source: root, record: 0, reason: "cannot list the directory")
        }
        visited.insert(identity)
        Self.walk(root: root, relative: "", visited: &visited, into: &found)
        entries = found
    }

    /// Lists `root/relative` depth first in sorted order, following symlinks.
    private static func walk(root: String, relative: String, visited: inout Set<DirectoryIdentity>, into found: inout [Entry]) {
        let directory = relative.isEmpty ? root : root + "/" + relative
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory) else {
            found.append(.problem(directory, "cannot list the directory"))
            return
        }
        for name in names.sorted() {
            let path = relative.isEmpty ? name : relative + "/" + name
            let full = root + "/" + path
            var status = stat()
            guard stat(full, &status) == 0 else {
                if name.lowercased().hasSuffix(".txt") || isSymlink(full) {
                    found.append(.problem(full, "cannot read: \(String(cString: strerror(errno))) (a dangling symlink?)"))
                }
                continue
            }
            switch status.st_mode & S_IFMT {
            case S_IFDIR:
                let identity = DirectoryIdentity(status)
                guard visited.insert(identity).inserted else {
                    found.append(.problem(full, "a folder already read (a symlink loop or a second link to it); skipped"))
                    continue
                }
                walk(root: root, relative: path, visited: &visited, into: &found)
            default:
                if name.lowercased().hasSuffix(".txt") { found.append(.file(path)) }
            }
        }
    }

    private static func isSymlink(_ path: String) -> Bool {
        var status = stat()
        return lstat(path, &status) == 0 && (status.st_mode & S_IFMT) == S_IFLNK
    }

    public mutating func next() -> ReadItem? {
        guard position < entries.count else { return nil }
        let entry = entries[position]
        position += 1
        switch entry {
        case .problem(let source, let reason):
            return .rejected(Rejection(source: source, record: 0, reason: reason))
        case .file(let relative):
            let source = root.appendingPathComponent(relative).path
            let components = relative.split(separator: "/")
            guard let documentOutlet = outlet ?? (components.count > 1 ? String(components[0]) : nil) else {
                return .rejected(Rejection(source: source, record: 0, reason: "no outlet: put the file in a folder named after its outlet, or pass --outlet"))
            }
            let id = String((components.count > 1 && outlet == nil ? components.dropFirst().joined(separator: "/") : relative).dropLast(4))
            return TextFileReader.document(at: source, id: id, outlet: documentOutlet, fileName: components.last!)
        }
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

/// A folder's device and inode, to notice a folder reached twice.
struct DirectoryIdentity: Hashable {
    let device: UInt64
    let inode: UInt64

    init(_ status: stat) {
        device = UInt64(status.st_dev)
        inode = UInt64(status.st_ino)
    }

    init?(path: String) {
        var status = stat()
        guard stat(path, &status) == 0 else { return nil }
        self.init(status)
    }
}
