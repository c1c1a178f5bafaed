import Foundation
import SlantLexicon
import SlantScoring
import SlantText
import Testing

/// Entries of the Russian and Ukrainian news sentiment lexicons (`Lexicons/ru/sentiment-news-ru.tsv`,
/// `Lexicons/uk/sentiment-news-uk.tsv`) added for politics, judgement, crime, economy and disasters,
/// worked by hand from the weights written in the files: inflected forms through wildcard stems
/// and Snowball stems, negation by "не", and the traps listed form by form. A sentence of one
/// sentiment word scores `normalize(w) = w / √(w² + 15)`; "не" within three words before it
/// multiplies it by −0.74 (VADER's `N_SCALAR`, `rules-ru.tsv` / `rules-uk.tsv`).
@Suite("Russian and Ukrainian news lexicon entries")
struct RussianUkrainianNewsLexiconTests: HandWorkedTones {
    let tokenizer: Tokenizer
    let catalog: LanguageCatalog

    init() throws {
        tokenizer = try Tokenizer()
        catalog = try bundledCatalog()
    }

    /// The document compound of `text` with a language's bundled sentiment lexicons, rules and stemmer.
    func compound(_ text: String, language: String) throws -> Double {
        let sentiment = try bundledSentimentModel(catalog, language: language, tokenizer: tokenizer)
        return SentimentAnalyzer(model: sentiment).score(try tokenizer.tokenize(text)).document.compound
    }

    @Test(arguments: [
        // безрезультатн* −1.5 reaches the instrumental безрезультатной; импичмент* −1.5 the genitive.
        ("Встреча оказалась безрезультатной.", "ru", -1.5),
        ("Депутаты выступили против импичмента.", "ru", -1.5),
        // согласие 1.2 is a single word; согласится shares its Snowball stem соглас (6 letters).
        ("Он согласится.", "ru", 1.2),
        // критическ* −1.0, but "критической инфраструктуры" is a neutral phrase (0) that wins as the longer match.
        ("Ситуация критическая.", "ru", -1.0),
        ("Объекты критической инфраструктуры работают.", "ru", 0),
        // согласно ("according to") is 0, not agreement.
        ("Согласно данным, так и есть.", "ru", 0),
        // Negation: взвешенн* 1.3 two words after "не": 1.3 × −0.74 = −0.962.
        ("Решение не было взвешенным.", "ru", -0.962),
        ("Зустріч виявилася безрезультатною.", "uk", -1.5),
        ("Рішення не було виваженим.", "uk", -0.962),
        // багатий 1.5 is listed form by form, because багат* would take багато ("many").
        ("Це багаті країни.", "uk", 1.5),
        ("Там було багато людей.", "uk", 0),
        // згода 1.2, but згодом ("later") is 0.
        ("Згодом так і сталося.", "uk", 0),
        ("Сторони дійшли згоди.", "uk", 1.2),
        // Phrases win over their words: "ожесточенные бои" −2.5, not ожесточенн* −2.2 and бои −2.2;
        // "ситуация под контролем" 1.2; "на линии фронта" names a place (0).
        ("Шли ожесточенные бои.", "ru", -2.5),
        ("Ситуация под контролем.", "ru", 1.2),
        ("Он на линии фронта.", "ru", 0),
        ("Ситуація під контролем.", "uk", 1.2),
        // Traps listed form by form: мусор −0.8 but not Мусоргский; тролль −1.5 but not троллейбус;
        // відраза −2.8 but not відразу ("at once"); неук −2.0 but not неукраїнська.
        ("Вокруг мусор.", "ru", -0.8),
        ("Звучит Мусоргский.", "ru", 0),
        ("Пришел троллейбус.", "ru", 0),
        ("Там панує відраза.", "uk", -2.8),
        ("Це відразу стало відомо.", "uk", 0),
        ("Це неукраїнська позиція.", "uk", 0),
        // Negation of a new verb: справился 1.0 right after "не": 1.0 × −0.74 = −0.74.
        // польза 1.5 ("на пользу", to the good), but "в пользу" ("in favour of") is a neutral phrase.
        ("Это пошло на пользу.", "ru", 1.5),
        ("Суд решил дело в пользу истца.", "ru", 0),
        ("Он не справился.", "ru", -0.74),
        ("Він не впорався.", "uk", -0.74),
    ])
    func entryScores(_ text: String, language: String, weight: Double) throws {
        #expect(abs(try compound(text, language: language) - Self.normalize(weight)) < 1e-4)
    }
}
