import ArgumentParser
import Foundation
import SlantLexicon
import SlantScoring
import SlantText

/// Where Slant's data files (lexicons, abbreviations) come from.
struct DataOptions: ParsableArguments {
    @Option(name: .customLong("lexicons"), help: ArgumentHelp(
        "The lexicon directory (default: $SLANT_LEXICONS, else the Lexicons folder next to the slant checkout or install).",
        valueName: "dir"))
    var lexiconDirectory: String?

    /// The resolved lexicon directory.
    func directory() throws -> URL {
        if let lexiconDirectory { return URL(fileURLWithPath: lexiconDirectory) }
        if let found = LexiconDirectory.locate() { return found }
        throw ValidationError("cannot find the Lexicons directory; pass --lexicons DIR or set SLANT_LEXICONS")
    }

    /// The abbreviations of every language folder in the lexicon directory.
    func abbreviations() throws -> Abbreviations {
        try LanguageCatalog(directory: directory()).abbreviations()
    }
}

/// Finds the `Lexicons` directory that ships with Slant.
enum LexiconDirectory {
    /// `$SLANT_LEXICONS`; else a `Lexicons` folder (holding `README.md` and `en/manifest.tsv`) in the current
    /// directory or above the executable (a checkout's `.build/release/slant`); else
    /// `<prefix>/share/slant/Lexicons` for an installed `<prefix>/bin/slant`.
    static func locate() -> URL? {
        let fileManager = FileManager.default
        if let environment = ProcessInfo.processInfo.environment["SLANT_LEXICONS"], !environment.isEmpty {
            return URL(fileURLWithPath: environment)
        }
        func isLexiconDirectory(_ url: URL) -> Bool {
            fileManager.fileExists(atPath: url.appendingPathComponent("README.md").path)
                && fileManager.fileExists(atPath: url.appendingPathComponent("en/manifest.tsv").path)
        }
        let current = URL(fileURLWithPath: fileManager.currentDirectoryPath).appendingPathComponent("Lexicons")
        if isLexiconDirectory(current) { return current }
        let executable = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        var directory = executable.deletingLastPathComponent()
        for _ in 0..<6 {
            let candidate = directory.appendingPathComponent("Lexicons")
            if isLexiconDirectory(candidate) { return candidate }
            let installed = directory.appendingPathComponent("share/slant/Lexicons")
            if isLexiconDirectory(installed) { return installed }
            directory = directory.deletingLastPathComponent()
        }
        return nil
    }
}

extension DataOptions {
    /// A tokenizer with the bundled abbreviations.
    func tokenizer() throws -> Tokenizer {
        try Tokenizer(options: .init(abbreviations: abbreviations()))
    }

    /// The full scoring model of the lexicon directory.
    /// Checks a `--lang` code against the model's languages (or `und`).
    func validate(language: String?, in model: ScoringModel) throws {
        guard let language, model.languages[language] == nil, language != LanguageDetector.undetermined else { return }
        throw ValidationError("--lang \(language): no such language in the lexicon directory; expected one of \(model.languages.keys.sorted().joined(separator: ", ")) or und")
    }

    func scoringModel(tokenizer: Tokenizer, extraActors: [String] = [], bundledActors: Bool = true, frames: String? = nil) throws -> ScoringModel {
        try ScoringModel(directory: directory(), tokenizer: tokenizer,
                         extraActorFiles: extraActors.map { URL(fileURLWithPath: $0) }, bundledActors: bundledActors,
                         framesFile: frames.map { URL(fileURLWithPath: $0) })
    }

    /// The sentiment model of the lexicon directory.
    func sentimentModel(tokenizer: Tokenizer) throws -> SentimentModel {
        try SentimentModel(directory: directory(), tokenizer: tokenizer)
    }
}
