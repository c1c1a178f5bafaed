import Foundation
import SlantScoring
import SlantText

/// The repository's root, found from this file's path (`Tests/SlantCorpusTests/Support/`).
let repositoryRoot = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

/// The sample corpora, `Examples/`.
let examples = repositoryRoot.appendingPathComponent("Examples")

/// The bundled model, read once for the whole test run: it is `Sendable` and never changes (the
/// pipeline shares one between its workers too), so the suites share it instead of each reading
/// `Lexicons/` again.
private let sharedModel = Result { () throws -> ScoringModel in
    try ScoringModel(directory: repositoryRoot.appendingPathComponent("Lexicons"), tokenizer: Tokenizer())
}

/// A tokenizer of the caller's own (a tokenizer is not shared between threads) and the bundled
/// model: the setup of the tests that score with `Lexicons/` as shipped.
func bundledTokenizerAndModel() throws -> (Tokenizer, ScoringModel) {
    (try Tokenizer(), try sharedModel.get())
}
