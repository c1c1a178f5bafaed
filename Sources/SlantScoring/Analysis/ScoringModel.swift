public import Foundation
public import SlantLexicon
public import SlantText

/// Everything Slant scores with: sentiment lexicons and rules, actors, attribution words,
/// frames, and the portrayal parameters. Immutable and shared by all workers.
public struct ScoringModel: Sendable {
    public let sentiment: SentimentModel
    public let actors: ActorMatcher
    public let speech: SpeechFinder
    public let frames: FrameScorer
    public let portrayal: PortrayalParameters
    /// The sentiment model of each language, by code; ``sentiment`` is the default language's.
    public private(set) var languages: [String: SentimentModel] = [:]
    /// The code of ``sentiment``'s language, used for documents of unknown language.
    public private(set) var defaultLanguage = LanguageCatalog.defaultCode
    /// Tells a document's language when it is not given.
    public private(set) var detector: LanguageDetector?

    public init(sentiment: SentimentModel, actors: ActorMatcher, speech: SpeechFinder, frames: FrameScorer,
                portrayal: PortrayalParameters = PortrayalParameters()) {
        self.sentiment = sentiment
        self.actors = actors
        self.speech = speech
        self.frames = frames
        self.portrayal = portrayal
    }

    /// The model of a lexicon directory (the language folders' `manifest.tsv`, `actors.tsv`,
    /// `frames.tsv`), with extra actor files and an optional replacement frame file.
    public init(directory: URL, tokenizer: Tokenizer, extraActorFiles: [URL] = [], framesFile: URL? = nil,
                portrayal: PortrayalParameters = PortrayalParameters()) throws {
        let actorsURL = directory.appendingPathComponent("actors.tsv")
        var catalog = try ActorCatalog(parsing: LexiconFile.readText(actorsURL), source: actorsURL.path)
        for file in extraActorFiles { try catalog.add(parsing: LexiconFile.readText(file), source: file.path) }
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
        let defaultCode = languages.defaultLanguage.code
        var models: [String: SentimentModel] = [:]
        for language in languages.languages { models[language.code] = try SentimentModel(language: language, tokenizer: tokenizer) }
        try self.init(sentiment: models[defaultCode]!,
                      actors: ActorMatcher(catalog: catalog, tokenizer: tokenizer),
                      speech: SpeechFinder(rules: AttributionRules(attribution, tokenizer: tokenizer)),
                      frames: FrameScorer(frames, tokenizer: tokenizer),
                      portrayal: portrayal)
        self.languages = models
        self.defaultLanguage = defaultCode
        detector = try LanguageDetector(profiles: languages.languages.map { ($0.code, try $0.mergedLexicon(.profile)) },
                                        tokenizer: tokenizer)
    }
}
