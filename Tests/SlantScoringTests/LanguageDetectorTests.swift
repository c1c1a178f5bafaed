import Foundation
import SlantLexicon
@testable import SlantScoring
import SlantText
import Testing

@Suite("Language detection")
struct LanguageDetectorTests {
    let tokenizer: Tokenizer
    let model: ScoringModel
    let detector: LanguageDetector

    init() throws {
        (tokenizer, model) = try bundledTokenizerAndModel()
        detector = try #require(model.detector)
    }

    @Test(arguments: [
        ("Russia attacked Kyiv on Monday, officials said.", "en"),
        ("Россия и Украина провели переговоры, что стало неожиданностью.", "ru"),
        ("Україна та Росія провели переговори, що стало несподіванкою.", "uk"),
        // Cyrillic with neither a distinctive letter nor a function word: unsure.
        ("Путин заявил.", "und"),
        ("12345 ...", "und"),
        // The script of most words wins: an English sentence quoting one Russian word.
        ("The word «спецоперация» hides a war, critics said.", "en"),
    ])
    func detects(_ text: String, expected: String) throws {
        #expect(detector.detect(try tokenizer.tokenize(text)) == expected)
    }

    /// Це, була, і, вона are Ukrainian function words (4); і in "війна", the word "і" and є in
    /// "триває" are Ukrainian letters (3): 7 for uk; nothing Russian: 0.
    @Test func profileScoresAreLettersPlusFunctionWords() throws {
        #expect(detector.codes == ["en", "ru", "uk"])
        let text = try tokenizer.tokenize("Це була війна, і вона триває.")
        #expect(detector.scores(of: text, script: .cyrillic) == [0, 0, 7])
        #expect(detector.detect(text) == "uk")
    }

    /// "это": a Russian word (1) with the letter э (1) = 2; "є": a Ukrainian word (1) that is
    /// the letter є (1) = 2; "не" is in neither profile. A tie is not a decision.
    @Test func aCloseCallIsUndetermined() throws {
        let text = try tokenizer.tokenize("это не є")
        #expect(detector.scores(of: text, script: .cyrillic) == [0, 2, 2])
        #expect(detector.detect(text) == "und")
    }

    /// An undetermined text is scored in the nearest language of its script: the higher
    /// profile score, the first Cyrillic language (ru) on a tie; its record still says `und`.
    /// "Кремль осудил жестокую атаку" then reads осудил -1.5, жестокую -2.6, атаку -2.1 with the
    /// Russian lexicon (English found no term at all).
    @Test func undeterminedTextsAreScoredInTheNearestLanguageOfTheirScript() throws {
        #expect(detector.nearest(try tokenizer.tokenize("это не є")) == "ru")
        #expect(detector.nearest(try tokenizer.tokenize("Це була війна")) == "uk")
        #expect(detector.nearest(try tokenizer.tokenize("Russia attacked.")) == "en")
        #expect(detector.nearest(try tokenizer.tokenize("12345 ...")) == nil)
        let text = try tokenizer.tokenize("Кремль осудил жестокую атаку, заявил Киев.")
        let analysis = DocumentAnalyzer(model: model).analyze(text)
        #expect(analysis.language == "und")
        #expect(abs(analysis.sentiment.document.sum - -6.2) < 1e-9)
    }

    @Test func givenLanguageWinsAndRegionSubtagsAreIgnored() throws {
        let analyzer = DocumentAnalyzer(model: model)
        let text = try tokenizer.tokenize("Russia attacked Kyiv.")
        #expect(analyzer.language(of: text, given: "RU-ru") == "ru")
        #expect(analyzer.language(of: text, given: "de") == "de")
        #expect(analyzer.language(of: text) == "en")
        #expect(analyzer.analyze(text, language: "uk").language == "uk")
    }

    @Test func russianYoKeysAsYe() throws {
        let text = try tokenizer.tokenize("Ещё ЁЛКА")
        #expect(text.tokens.map(text.key(of:)) == ["еще", "елка"])
    }
}
