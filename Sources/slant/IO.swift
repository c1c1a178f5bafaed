import ArgumentParser
import Foundation
import SlantText
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Prints a line to standard error.
func printError(_ message: String) {
    StandardError.write(message + "\n")
}

/// Standard error, written with `write(2)`: a closed or full standard error never stops Slant.
enum StandardError {
    /// Writes `text`; failures are ignored, as there is nowhere left to report them.
    static func write(_ text: String) {
        var bytes = Array(text.utf8)
        bytes.withUnsafeMutableBytes { raw in
            var offset = 0
            while offset < raw.count {
                let written = systemWrite(STDERR_FILENO, raw.baseAddress! + offset, raw.count - offset)
                if written < 0 && errno == EINTR { continue }
                guard written > 0 else { return }
                offset += written
            }
        }
    }
}

/// Ends the process with `code`, named apart from ArgumentParser's `exit(withError:)`.
func terminate(_ code: Int32) -> Never {
    exit(code)
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
