import Foundation
import SlantLexicon

/// The bundled language data, `Lexicons/`, found from this file's path
/// (`Tests/SlantLexiconTests/Support/`).
let bundledLexicons = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Lexicons")

/// One bundled file in Slant's TSV format, by its path under `Lexicons/` ("ru/sentiment-news-ru.tsv").
func bundledLexicon(_ path: String) throws -> Lexicon {
    try LexiconFile.load(bundledLexicons.appendingPathComponent(path), format: .slant)
}
