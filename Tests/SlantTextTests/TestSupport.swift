import Foundation
import SlantText

/// The repository's root directory, found from this file's path.
let repositoryRoot = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

/// The abbreviation list that ships in `Lexicons/`.
func bundledAbbreviations() throws -> Abbreviations {
    let url = repositoryRoot.appendingPathComponent("Lexicons/abbreviations.txt")
    return try Abbreviations(parsing: String(contentsOf: url, encoding: .utf8), source: url.path)
}

/// A tokenizer with the bundled abbreviations.
func makeTokenizer() throws -> Tokenizer {
    try Tokenizer(options: .init(abbreviations: bundledAbbreviations()))
}

extension TokenizedText {
    /// The tokens' texts as written.
    var texts: [String] { tokens.map(text(of:)) }
    /// The tokens' normalized keys.
    var keys: [String] { tokens.map(key(of:)) }
    /// The sentences' texts as written.
    var sentenceTexts: [String] { sentences.map(text(of:)) }
}
