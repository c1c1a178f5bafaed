import Foundation
import Testing
import SlantLexicon
import SlantText

/// The shipped Russian and Ukrainian sentiment lexicons and the loaded-naming list: each file
/// parses, compiles, holds no term twice (after normalization), and gives hand-picked words
/// the weights written in it, through the same lookup the scorer uses.
@Suite("Russian, Ukrainian and loaded-naming data")
struct LanguageDataTests {
    static let files = ["ru/sentiment-news-ru.tsv", "uk/sentiment-news-uk.tsv", "loaded-naming.tsv"]

    func load(_ path: String) throws -> Lexicon {
        try bundledLexicon(path)
    }

    /// Each match in `input` as (matched words, weight, category) of its first entry.
    func matches(_ path: String, in input: String) throws -> [(String, Double, String?)] {
        let tokenizer = try Tokenizer()
        let compiled = try CompiledLexicon([try load(path)], tokenizer: tokenizer)
        let text = try tokenizer.tokenize(input)
        return compiled.matches(in: text).map { found in
            let words = found.tokens.map { text.text(of: text.tokens[$0]) }.joined(separator: " ")
            let entry = found.match.entries.lowerBound
            return (words, compiled.weights[entry], compiled.entries[entry].category)
        }
    }

    @Test("no term appears twice once normalized", arguments: files)
    func noDuplicates(path: String) throws {
        let tokenizer = try Tokenizer()
        let lexicon = try load(path)
        var seen: [String: Int] = [:]
        for entry in lexicon.entries {
            let written = entry.isWildcard ? String(entry.term.dropLast()) : entry.term
            let text = try tokenizer.tokenize(written)
            let key = text.tokens.map { text.key(of: $0) }.joined(separator: " ")
                + (entry.isWildcard ? "*" : "") + "\t" + (entry.category ?? "")
            #expect(seen[key] == nil, "\(path):\(entry.line) repeats line \(seen[key] ?? 0)")
            seen[key] = entry.line
        }
        #expect(lexicon.entries.count > 300)
    }

    @Test func russianStemsCoverInflectionAndStopShort() throws {
        let found = try matches("ru/sentiment-news-ru.tsv", in:
            "Агрессору, захватчиками и пытками ответили; они пытаются помочь Киевскому режиму благодаря победе.")
        #expect(found.map(\.0) == ["Агрессору", "захватчиками", "пытками", "помочь", "Киевскому режиму", "благодаря", "победе"])
        #expect(found.map(\.1) == [-2.8, -2.8, -3.2, 1.7, -2.4, 0, 2.5])
    }

    @Test func russianNeutralPhrasesOverrideStems() throws {
        let found = try matches("ru/sentiment-news-ru.tsv", in: "Мирные жители во всем мире ждут мирного договора.")
        #expect(found.map(\.0) == ["Мирные жители", "во всем мире", "мирного договора"])
        #expect(found.map(\.1) == [0, 0, 2.2])
    }

    @Test func ukrainianStemsCoverInflectionAndAvoidTraps() throws {
        let found = try matches("uk/sentiment-news-uk.tsv", in:
            "Окупантами та загарбниками, катуванням і допомозі гарнізону 24 лютого; програма в Раді, дякуючи перемозі.")
        #expect(found.map(\.0) == ["Окупантами", "загарбниками", "катуванням", "допомозі", "дякуючи", "перемозі"])
        #expect(found.map(\.1) == [-2.9, -2.8, -3.2, 1.7, 0, 2.5])
    }

    @Test func loadedNamingMarksEachSide() throws {
        let found = try matches("loaded-naming.tsv", in:
            "В Киеве и в Києві; на Украине, в Украине; Kiev or Kyiv; спецоперация, full-scale invasion.")
        #expect(found.map(\.0) == ["Киеве", "Києві", "на Украине", "в Украине", "Kiev", "Kyiv", "спецоперация", "full-scale invasion"])
        #expect(found.map(\.1) == [-1, 1, -1, 1, -1, 1, -1, 1])
        #expect(found.map(\.2) == ["kyiv-name", "kyiv-name", "in-ukraine", "in-ukraine", "kyiv-name", "kyiv-name", "war-name", "war-name"])
    }
}
