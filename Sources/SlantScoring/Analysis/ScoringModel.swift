public import Foundation
import SlantLexicon
public import SlantText

/// Everything Slant scores with: sentiment lexicons and rules, actors, attribution words,
/// frames, and the portrayal parameters. Immutable and shared by all workers.
public struct ScoringModel: Sendable {
    public let sentiment: SentimentModel
    public let actors: ActorMatcher
    public let speech: SpeechFinder
    public let frames: FrameScorer
    /// Who does what to whom: predicates and their role cues.
    public let roles: RoleFinder
    public let portrayal: PortrayalParameters
    /// The sentiment model of each language, by code; ``sentiment`` is the default language's.
    public private(set) var languages: [String: SentimentModel] = [:]
    /// The role finder of each language, by code; ``roles`` is the default language's.
    public private(set) var roleFinders: [String: RoleFinder] = [:]
    /// The code of ``sentiment``'s language, used for documents of unknown language.
    public private(set) var defaultLanguage = LanguageCatalog.defaultCode
    /// Tells a document's language when it is not given.
    public private(set) var detector: LanguageDetector?
    /// Loaded naming (`loaded-naming.tsv`), when the lexicon directory has it.
    public var naming: LoadedNaming?
    /// Every lexicon word known when the model was built: ``Vocabulary/resolve(_:)`` gives a
    /// document's tokens their word ids once, so that no lexicon hashes a key again.
    public private(set) var vocabulary = Vocabulary.snapshot()
    /// The file name of the loaded-naming lexicon in a lexicon directory.
    public static let namingFile = "loaded-naming.tsv"

    public init(sentiment: SentimentModel, actors: ActorMatcher, speech: SpeechFinder, frames: FrameScorer, roles: RoleFinder,
                portrayal: PortrayalParameters = PortrayalParameters()) {
        self.sentiment = sentiment
        self.actors = actors
        self.speech = speech
        self.frames = frames
        self.roles = roles
        self.portrayal = portrayal
    }

    /// The model of a lexicon directory (the language folders' `manifest.tsv`, `actors.tsv`,
    /// `frames.tsv`), with extra actor files and an optional replacement frame file.
    ///
    /// The user's actor files win: an alias in one takes the term from the bundled actor that
    /// had it (``ActorCatalog/shadowed`` lists them); with `bundledActors` false only the user's
    /// actors are read.
    public init(directory: URL, tokenizer: Tokenizer, extraActorFiles: [URL] = [], bundledActors: Bool = true, framesFile: URL? = nil,
                portrayal: PortrayalParameters = PortrayalParameters()) throws {
        let actorsURL = directory.appendingPathComponent("actors.tsv")
        var catalog = ActorCatalog()
        if bundledActors || extraActorFiles.isEmpty {
            try catalog.add(parsing: LexiconFile.readText(actorsURL), source: actorsURL.path)
        }
        for file in extraActorFiles { try catalog.add(parsing: LexiconFile.readText(file), source: file.path, overriding: true) }
        let languages = try LanguageCatalog(directory: directory)
        // Speech verbs of every language: their words do not collide, and speech is found before
        // the sentiment of the document's language is applied.
        var attribution = Lexicon(source: "attribution", entries: [])
        var seen = Set<String>()
        for language in languages.languages {
            // A word two languages share ("заявила" in Russian and Ukrainian) is kept once.
            for entry in try language.mergedLexicon(.attribution).entries where seen.insert(entry.term + "\t" + (entry.category ?? "")).inserted {
                attribution.entries.append(entry)
            }
        }
        let frames = try LexiconFile.load(framesFile ?? directory.appendingPathComponent("frames.tsv"), format: .slant)
        let attributionRules = try AttributionRules(attribution, tokenizer: tokenizer)
        let defaultCode = languages.defaultLanguage.code
        var models: [String: SentimentModel] = [:]
        var finders: [String: RoleFinder] = [:]
        for language in languages.languages {
            models[language.code] = try SentimentModel(language: language, tokenizer: tokenizer)
            finders[language.code] = try Self.roleFinder(language: language, tokenizer: tokenizer, speech: attributionRules)
        }
        try self.init(sentiment: models[defaultCode]!,
                      actors: ActorMatcher(catalog: catalog, tokenizer: tokenizer),
                      speech: SpeechFinder(rules: attributionRules),
                      frames: FrameScorer(frames, tokenizer: tokenizer),
                      roles: finders[defaultCode]!,
                      portrayal: portrayal)
        self.languages = models
        roleFinders = finders
        self.defaultLanguage = defaultCode
        let namingURL = directory.appendingPathComponent(Self.namingFile)
        if FileManager.default.fileExists(atPath: namingURL.path) {
            naming = try LoadedNaming(LexiconFile.load(namingURL, format: .slant), tokenizer: tokenizer)
        }
        detector = try LanguageDetector(profiles: languages.languages.map { ($0.code, try $0.mergedLexicon(.profile)) },
                                        tokenizer: tokenizer)
        vocabulary = Vocabulary.snapshot()
    }

    /// The predicates and role cues a language's manifest lists (none when it lists none).
    static func roleFinder(language: LanguageManifest, tokenizer: Tokenizer, speech: AttributionRules) throws -> RoleFinder {
        var files: [(text: String, source: String)] = []
        for item in language.items(.predicates) { files.append((try LexiconFile.readText(item.url), item.url.path)) }
        let predicates = try PredicateLexicon(files: files, tokenizer: tokenizer)
        let cues = try RoleCues(language.mergedLexicon(.roleCues), tokenizer: tokenizer)
        return RoleFinder(predicates: predicates, cues: cues, speech: speech)
    }
}
