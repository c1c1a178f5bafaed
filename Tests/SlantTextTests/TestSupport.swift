import Foundation
import SlantText

/// The repository's root directory, found from this file's path.
let repositoryRoot = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

/// The abbreviation lists that ship in `Lexicons/<language>/`, together.
func bundledAbbreviations() throws -> Abbreviations {
    var entries: [String] = []
    for file in ["en/abbreviations-en.txt", "ru/abbreviations-ru.txt", "uk/abbreviations-uk.txt"] {
        let url = repositoryRoot.appendingPathComponent("Lexicons").appendingPathComponent(file)
        entries += try Abbreviations(parsing: String(contentsOf: url, encoding: .utf8), source: url.path).entries
    }
    return try Abbreviations(entries)
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
