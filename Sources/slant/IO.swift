import ArgumentParser
import Foundation
import SlantText

/// A file or standard output, written through a buffer.
struct OutputFile {
    private let handle: FileHandle
    private var buffer: [UInt8] = []

    /// Standard output.
    init() {
        handle = .standardOutput
    }

    /// The file at `path`, created or truncated; standard output for `nil` or `-`.
    init(path: String?) throws {
        if let path, path != "-" {
            guard FileManager.default.createFile(atPath: path, contents: nil), let handle = FileHandle(forWritingAtPath: path) else {
                throw ValidationError("cannot write \(path)")
            }
            self.handle = handle
        } else {
            handle = .standardOutput
        }
    }

    mutating func write(_ text: String) {
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= 1 << 16 { flush() }
    }

    mutating func flush() {
        guard !buffer.isEmpty else { return }
        handle.write(Data(buffer))
        buffer.removeAll(keepingCapacity: true)
    }
}

/// Prints a line to standard error.
func printError(_ message: String) {
    FileHandle.standardError.write(Data((message + "\n").utf8))
}

/// Reading the single input file of commands such as `tokenize`.
enum InputFile {
    /// The bytes of `path`, or of standard input for `-`.
    static func read(_ path: String) throws -> [UInt8] {
        if path == "-" {
            return Array(FileHandle.standardInput.readDataToEndOfFile())
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            var isDirectory: ObjCBool = false
            let exists = FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory)
            throw ValidationError(exists && isDirectory.boolValue
                ? "\(path) is a directory; expected a text file or - for standard input"
                : "cannot read \(path): no such file or not readable")
        }
        return Array(data)
    }

    static func displayName(_ path: String) -> String { path == "-" ? "<stdin>" : path }
}
