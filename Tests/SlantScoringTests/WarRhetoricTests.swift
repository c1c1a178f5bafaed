import Foundation
import SlantLexicon
import SlantScoring
import SlantText
import Testing

/// The English lexicon of war rhetoric (Lexicons/en/war-rhetoric-en.tsv) through the bundled
/// model: hand-worked tones for its labels, fakery claims, praise and neutral overrides, and
/// no double counting with the predicates. Tones are `normalize(x) = x / sqrt(x² + 15)` of the
/// summed valences; a word right after a mention weighs 1, so its tone is the word's own.
@Suite("English war rhetoric lexicon")
struct WarRhetoricTests: HandWorkedTones {
    let tokenizer: Tokenizer
    let model: ScoringModel

    init() throws {
        (tokenizer, model) = try bundledTokenizerAndModel()
    }

    func analyze(_ text: String, targets: [TargetSpan] = []) throws -> DocumentAnalysis {
        DocumentAnalyzer(model: model).analyze(try tokenizer.tokenize(text), targets: targets)
    }

    func portrayal(_ analysis: DocumentAnalysis, _ actor: String) throws -> Double {
        try #require(analysis.actors.first { model.actors.catalog.actors[$0.actor].id == actor }?.portrayal)
    }

    @Test func regimeLabelsTheGovernmentItFollows() throws {
        // "regime" -1.8, right after "Kyiv" (distance 0, weight 1) and the head of the target "Kyiv regime".
        let analysis = try analyze("This is the Kyiv regime.", targets: [TargetSpan(start: 12, end: 23)])
        #expect(close(try portrayal(analysis, "ukraine"), Self.normalize(-1.8)))
        #expect(close(analysis.targets[0].tone, Self.normalize(-1.8)))
        #expect(analysis.targets[0].evidence.map(\.term) == ["regime"])
    }

    @Test("labels, fakery and praise, as sentence tone", arguments: [
        ("They called them neo-Nazis.", -3.0),
        ("Nazism and fascism", -3.0 - 2.6),
        ("It was a false flag.", -2.5),
        ("a terrorist state", -3.2),           // one term, not "terrorist" -3.7
        ("a police state", -2.5),
        ("The video was staged.", -1.8),
        ("The liberators arrived.", 2.0),
        ("The defenders held.", 1.8),          // VADER: +0.3
    ])
    func sentenceTone(text: String, sum: Double) throws {
        let analysis = try analyze(text)
        #expect(close(analysis.sentiment.document.sum, sum))
        #expect(close(analysis.sentiment.document.compound, Self.normalize(sum)))
    }

    @Test("neutral senses score nothing", arguments: [
        "The sanctions regime was tightened.",
        "British intelligence said so.",
        "It is critical infrastructure.",        // VADER: critical -1.3
        "The special counsel met the special envoy.",
        "Farmers staged a rally.",               // bare "staged" is no claim of fakery
        "A leading industrialist met a top official and the great powers.",
    ])
    func neutralSenses(text: String) throws {
        #expect(try analyze(text).sentiment.document.sum == 0)
    }

    @Test func specialMilitaryOperationIsMildForceNotPraise() throws {
        // VADER's "special" +1.7 stays for general text; the name of the war is one term, -0.8.
        #expect(close(try analyze("It was a special day.").sentiment.document.sum, 1.7))
        let analysis = try analyze("Russia's special military operation began.")
        #expect(close(analysis.sentiment.document.sum, -0.8))
        #expect(close(try portrayal(analysis, "russia"), Self.normalize(-0.8)))
    }

    @Test func predicateWithAnArgumentIsNotCountedTwice() throws {
        // "invaders" is both a sentiment word (-2.4) and a harm predicate (agent -2.5): the
        // sentence tone has the word, Russia's portrayal only its role as the agent.
        let analysis = try analyze("The Russian invaders fled.")
        #expect(close(analysis.sentiment.document.sum, -2.4))
        #expect(close(try portrayal(analysis, "russia"), Self.normalize(-2.5)))
    }

    @Test func noTermIsInAnotherEnglishSentimentFileOrTwiceInItsOwn() throws {
        func keys(_ name: String) throws -> [String] { try bundledTermKeys("en/\(name)", tokenizer: tokenizer) }
        let rhetoric = try keys("war-rhetoric-en.tsv")
        #expect(Set(rhetoric).count == rhetoric.count)
        let others = Set(try keys("news-politics-en.tsv") + keys("idioms-en.tsv"))
        #expect(rhetoric.filter { others.contains($0) } == [])
    }
}
