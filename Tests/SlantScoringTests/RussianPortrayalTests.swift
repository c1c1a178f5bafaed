import Foundation
import SlantLexicon
import SlantScoring
import SlantText
import Testing

/// Russian and Ukrainian portrayal details, worked by hand from the bundled lexicons' weights:
/// Snowball stems, civilians and shooting down as neutral words, one-word targets that are
/// loaded names. Tones are `normalize(x) = x / √(x² + 15)` of the summed contributions; a word
/// right after the target weighs 1 (distance 0).
@Suite("Russian and Ukrainian portrayal")
struct RussianPortrayalTests: HandWorkedTones {
    let tokenizer: Tokenizer
    let model: ScoringModel
    let catalog: LanguageCatalog

    init() throws {
        (tokenizer, model) = try bundledTokenizerAndModel()
        catalog = try bundledCatalog()
    }

    /// The tone of the first occurrence of `target` in `text`, scored in `language`.
    func tone(_ text: String, target: String, language: String) throws -> Double {
        let tokens = try tokenizer.tokenize(text)
        let scalars = Array(text.unicodeScalars)
        let needle = Array(target.unicodeScalars)
        let start = try #require((0...(scalars.count - needle.count)).first { Array(scalars[$0..<$0 + needle.count]) == needle })
        let analysis = DocumentAnalyzer(model: model).analyze(tokens, targets: [TargetSpan(start: start, end: start + needle.count)], language: language)
        return try #require(analysis.targets.first).tone
    }

    /// The document compound of `text` with a language's bundled sentiment lexicons and rules.
    func compound(_ text: String, language: String, stemmer: Bool = true) throws -> Double {
        let sentiment = try bundledSentimentModel(catalog, language: language, tokenizer: tokenizer, stemmer: stemmer)
        return SentimentAnalyzer(model: sentiment).score(try tokenizer.tokenize(text)).document.compound
    }

    func close(_ actual: Double, _ expected: Double) -> Bool { abs(actual - expected) < 1e-4 }

    /// A target that is one lower-case loaded word, with no role, is portrayed by it:
    /// укронацист* −3.4, VADER's "terrorists" −3.1. A capitalized one stays a name; with a role
    /// the role reads it ("attacked by terrorists": RoleTests).
    @Test func oneWordTargetIsPortrayedByItsWord() throws {
        #expect(close(try tone("Там были укронацисты.", target: "укронацисты", language: "ru"), Self.normalize(-3.4)))
        #expect(close(try tone("Then the terrorists left.", target: "terrorists", language: "en"), Self.normalize(-3.1)))
        #expect(try tone("Then Terrorists left.", target: "Terrorists", language: "en") == 0)
    }

    /// "мирных людей" (civilians) is a neutral name for the victims: only обстреляли (−2.3)
    /// counts against ВСУ, not мирн* (+1.6 one word away, 1.6 / 1.25 = 1.28 before).
    @Test func civiliansDoNotPraiseTheirAttacker() throws {
        #expect(close(try tone("ВСУ обстреляли мирных людей.", target: "ВСУ", language: "ru"), Self.normalize(-2.3)))
        #expect(try compound("Там были мирные люди.", language: "ru") == 0)
        #expect(try compound("Там були мирні громадяни.", language: "uk") == 0)
        #expect(close(try compound("Там були мирні.", language: "uk"), Self.normalize(1.6)))
    }

    /// Shooting down drones is air defence: no harm word (сбили was −1.5: normalize(−1.5) = −0.3612).
    @Test func shootingDownIsNeutral() throws {
        #expect(try tone("ПВО сбили беспилотник.", target: "ПВО", language: "ru") == 0)
        #expect(try compound("Сили ППО збили дрон.", language: "uk") == 0)
    }

    /// потерять (−1.8) is listed as a single word; its participle потеряны shares its Snowball
    /// stem потеря (6 letters), so the Russian stemmer finds it; without it nothing matches.
    @Test func stemsFindOtherFormsOfListedWords() throws {
        #expect(close(try compound("Связи с городом потеряны.", language: "ru"), Self.normalize(-1.8)))
        #expect(try compound("Связи с городом потеряны.", language: "ru", stemmer: false) == 0)
    }

    /// Harm to armed forces is combat (role cue kind `armed`, as in English): the patient gets no
    /// sympathy and the agent a quarter of the aggressor's −2.5, normalize(−0.625) = −0.1593.
    /// Against a city the agent takes all of it, normalize(−2.5) = −0.5423. Russian predicates
    /// are switched on in a copy (they ship off).
    @Test(arguments: [
        ("Россия нанесла удар по позициям ВСУ.", "ru", -0.625, 0.0),
        ("Росія завдала удару по позиціях ЗСУ.", "uk", -0.625, 0.0),
    ])
    func harmToArmedForcesIsCombat(_ text: String, language: String, russia: Double, ukraine: Double) throws {
        let withPredicates = try RussianUkrainianRoleTests.modelWithRussianPredicates(tokenizer: tokenizer)
        let analysis = DocumentAnalyzer(model: withPredicates).analyze(try tokenizer.tokenize(text), language: language)
        let portrayal = { (id: String) in analysis.actors.first { withPredicates.actors.catalog.actors[$0.actor].id == id }?.portrayal }
        #expect(close(try #require(portrayal("russia")), Self.normalize(russia)))
        #expect(close(try #require(portrayal("ukraine")), Self.normalize(ukraine)))
        let city = DocumentAnalyzer(model: withPredicates).analyze(try tokenizer.tokenize(language == "ru" ? "Россия нанесла удар по Киеву." : "Росія завдала удару по Києву."),
                                                                  language: language)
        #expect(close(try #require(city.actors.first { withPredicates.actors.catalog.actors[$0.actor].id == "russia" }?.portrayal), Self.normalize(-2.5)))
    }
}
