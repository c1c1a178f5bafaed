import Foundation
import SlantLexicon
import SlantScoring
import SlantText

/// The repository's root, found from this file's path (`Tests/SlantScoringTests/Support/`).
let repositoryRoot = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

/// The bundled language data, `Lexicons/`.
let bundledLexicons = repositoryRoot.appendingPathComponent("Lexicons")

/// The bundled model, read once for the whole test run: it is `Sendable` and never changes, so
/// the suites share it instead of each reading `Lexicons/` again for every test.
private let sharedModel = Result { () throws -> ScoringModel in try ScoringModel(directory: bundledLexicons, tokenizer: Tokenizer()) }

/// A tokenizer of the suite's own (a tokenizer is not shared between threads) and the bundled
/// model: the setup of the suites that score with `Lexicons/` as shipped.
func bundledTokenizerAndModel() throws -> (Tokenizer, ScoringModel) {
    (try Tokenizer(), try sharedBundledModel())
}

/// The bundled model shared by the whole test run.
func sharedBundledModel() throws -> ScoringModel { try sharedModel.get() }

/// The bundled model read anew, with optional extra actor files.
func bundledModel(tokenizer: Tokenizer, extraActors: [URL] = []) throws -> ScoringModel {
    try ScoringModel(directory: bundledLexicons, tokenizer: tokenizer, extraActorFiles: extraActors)
}

/// The bundled languages (`Lexicons/<code>/manifest.tsv`).
func bundledCatalog() throws -> LanguageCatalog {
    try LanguageCatalog(directory: bundledLexicons)
}

/// One bundled file in Slant's TSV format, by its path under `Lexicons/` ("en/rules-en.tsv").
func bundledLexicon(_ path: String) throws -> Lexicon {
    try LexiconFile.load(bundledLexicons.appendingPathComponent(path), format: .slant)
}

/// The keys of the terms of a bundled file in Slant's TSV format, as `tokenizer` makes them (a
/// phrase's keys joined by spaces): what a lookup matches, to check that no term is listed twice.
func bundledTermKeys(_ path: String, tokenizer: Tokenizer) throws -> [String] {
    try bundledLexicon(path).entries.map { entry in
        let text = try tokenizer.tokenize(entry.term)
        return text.tokens.map { text.key(of: $0) }.joined(separator: " ")
    }
}

/// A language's bundled sentiment model as its manifest lists it: the sentiment lexicons, the
/// merged rules and, unless `stemmer` is false, the Snowball stemmer.
func bundledSentimentModel(_ catalog: LanguageCatalog, language: String, tokenizer: Tokenizer, stemmer: Bool = true) throws -> SentimentModel {
    guard let manifest = catalog[language] else { throw BundledDataError(message: "no language \"\(language)\" in \(bundledLexicons.path)") }
    return try SentimentModel(valences: manifest.lexicons(.sentiment), rules: manifest.mergedLexicon(.rules), tokenizer: tokenizer,
                              stemmer: stemmer ? manifest.stemmerAlgorithm : nil)
}

/// A language the tests ask for is missing from the bundled data.
struct BundledDataError: Error, CustomStringConvertible {
    let message: String
    var description: String { message }
}

/// A suite whose expected tones and compounds are worked by hand through VADER's normalization.
protocol HandWorkedTones {}

extension HandWorkedTones {
    /// VADER's normalization `x / √(x² + 15)` (α = 15, as in VADER's `normalize`), unrounded.
    static func normalize(_ x: Double) -> Double { x / (x * x + 15).squareRoot() }
}
