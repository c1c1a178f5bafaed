import ArgumentParser
import Foundation
import SlantText

/// Buffered standard output for large outputs; call `flush()` when done.
struct StandardOutput: TextOutputStream {
    private var buffer: [UInt8] = []

    mutating func write(_ string: String) {
        buffer.append(contentsOf: string.utf8)
        if buffer.count >= 1 << 16 { flush() }
    }

    mutating func flush() {
        guard !buffer.isEmpty else { return }
        FileHandle.standardOutput.write(Data(buffer))
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
