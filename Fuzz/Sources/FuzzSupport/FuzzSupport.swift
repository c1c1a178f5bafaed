import Foundation
public import SlantText

/// What the harnesses share.
public enum FuzzSupport {
    /// The repository's `Lexicons` folder, found from this file's path.
    public static let lexicons = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Lexicons")

    /// A tokenizer with Slant's abbreviation list.
    public static func tokenizer() -> Tokenizer {
        do {
            let url = lexicons.appendingPathComponent("en/abbreviations-en.txt")
            let abbreviations = try Abbreviations(parsing: String(contentsOf: url, encoding: .utf8), source: url.path)
            return try Tokenizer(options: .init(abbreviations: abbreviations))
        } catch {
            fatalError("cannot build the tokenizer: \(error)")
        }
    }

    /// The input as bytes.
    public static func bytes(_ data: UnsafePointer<UInt8>, _ count: Int) -> [UInt8] {
        Array(UnsafeBufferPointer(start: data, count: count))
    }

    /// Traps with `message` when `condition` is false: a finding for libFuzzer.
    public static func check(_ condition: Bool, _ message: @autoclosure () -> String) {
        if !condition { fatalError("invariant: \(message())") }
    }
}
