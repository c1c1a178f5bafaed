public import Foundation
public import SlantText

/// The languages of a lexicon directory: every immediate subfolder that holds a
/// `manifest.tsv` (`Lexicons/en/`, `Lexicons/ru/`, `Lexicons/uk/`). Language-neutral files
/// (`actors.tsv`, `frames.tsv`) stay at the top.
public struct LanguageCatalog: Sendable, Hashable {
    /// The language used when a document's language is not known (and for tools that score
    /// one language only, such as the English evaluation sets).
    public static let defaultCode = "en"

    /// The lexicon directory.
    public let directory: URL
    /// The languages found, ordered by code.
    public let languages: [LanguageManifest]

    /// Reads the manifests of `directory`'s language folders.
    ///
    /// - Throws: ``DataFileError`` for an unreadable directory, a malformed manifest, or a
    ///   directory with no language folder at all.
    public init(directory: URL) throws(DataFileError) {
        self.directory = directory
        let fileManager = FileManager.default
        let names: [String]
        do {
            names = try fileManager.contentsOfDirectory(atPath: directory.path)
        } catch {
            throw DataFileError(source: directory.path, line: 0, message: "cannot list the lexicon directory (\(error.localizedDescription))")
        }
        var languages: [LanguageManifest] = []
        for name in names.sorted() {
            let folder = directory.appendingPathComponent(name)
            guard fileManager.fileExists(atPath: folder.appendingPathComponent(LanguageManifest.fileName).path) else { continue }
            languages.append(try LanguageManifest(directory: folder))
        }
        guard !languages.isEmpty else {
            throw DataFileError(source: directory.path, line: 0, message:
                "no language folder found: expected subfolders such as en/ holding a \(LanguageManifest.fileName)")
        }
        self.languages = languages
    }

    /// The codes of the languages found.
    public var codes: [String] { languages.map(\.code) }

    /// The language with this code, if the directory has it.
    public subscript(code: String) -> LanguageManifest? { languages.first { $0.code == code } }

    /// The default language (``defaultCode``), or the first language when the directory lacks it.
    public var defaultLanguage: LanguageManifest { self[Self.defaultCode] ?? languages[0] }

    /// Every language's abbreviations together: the tokenizer runs before a document's language
    /// is known, so it keeps the period of any language's abbreviations.
    public func abbreviations() throws(DataFileError) -> Abbreviations {
        var entries: [String] = []
        for language in languages { entries += try language.abbreviations().entries }
        return try Abbreviations(entries)
    }
}
