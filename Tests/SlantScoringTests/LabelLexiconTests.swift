import Foundation
import SlantLexicon
import SlantScoring
import SlantText
import Testing

/// The English labels for people (Lexicons/en/labels-en.tsv) through the bundled model:
/// hand-worked tones for labels before and after a name, the labels that condemn the party
/// they name (role cue kind `label`), VADER weights the file replaces, and its neutral phrase.
/// Tones are `normalize(x) = x / sqrt(x² + 15)` of the summed valences; a word right after a
/// mention weighs 1, one right before it `precedingFactor` (0.25).
@Suite("English labels for people lexicon")
struct LabelLexiconTests: HandWorkedTones {
    let tokenizer: Tokenizer
    let model: ScoringModel

    init() throws {
        (tokenizer, model) = try bundledTokenizerAndModel()
    }

    /// The span of the first `target` in `text`, in Unicode scalars.
    static func span(_ target: String, in text: String) throws -> TargetSpan {
        let range = try #require(text.range(of: target))
        let start = text.unicodeScalars.distance(from: text.startIndex, to: range.lowerBound)
        return TargetSpan(start: start, end: start + target.unicodeScalars.count)
    }

    func analyze(_ text: String, target: String? = nil) throws -> DocumentAnalysis {
        let targets = try target.map { [try Self.span($0, in: text)] } ?? []
        return DocumentAnalyzer(model: model).analyze(try tokenizer.tokenize(text), targets: targets)
    }

    func portrayal(_ analysis: DocumentAnalysis, _ actor: String) throws -> Double {
        try #require(analysis.actors.first { model.actors.catalog.actors[$0.actor].id == actor }?.portrayal)
    }

    @Test func aLabelBeforeANameCountsAsItsModifier() throws {
        // "con man" -2.5 (one term), right before the target: weight precedingFactor 0.25.
        let analysis = try analyze("The climate con man Michael Mann spoke.", target: "Michael Mann")
        #expect(close(analysis.targets[0].tone, Self.normalize(-2.5 * 0.25)))
        #expect(analysis.targets[0].evidence.map(\.term) == ["con man"])
    }

    @Test func aLabelAfterANameIsItsHeadNoun() throws {
        // "clique" -1.5 is the head noun of the target "Kyiv clique" and of Ukraine's mention.
        let analysis = try analyze("This is the Kyiv clique.", target: "Kyiv clique")
        #expect(close(analysis.targets[0].tone, Self.normalize(-1.5)))
        #expect(close(try portrayal(analysis, "ukraine"), Self.normalize(-1.5)))
    }

    @Test("labels and honours, as sentence tone", arguments: [
        ("He is a pedophile.", -3.2),
        ("The con men left.", -2.5),             // a phrase of two words, one term
        ("They are eco-terrorists.", -3.0),      // one hyphenated word: "terrorists" is not reached
        ("Grifters and charlatans", -2.3 - 2.3),
        ("The zealots", -1.9),                   // VADER: -0.8, its singular -1.9
        ("war profiteers", -2.4),                // one term, not "war" -2.9 + "profiteers"
        ("profiteers", -1.8),                    // VADER: +0.5
        ("climate alarmism", -1.1),              // VADER: -0.3
        ("a statesman and a trailblazer", 1.8 + 2.0),
    ])
    func sentenceTone(text: String, sum: Double) throws {
        let analysis = try analyze(text)
        #expect(close(analysis.sentiment.document.sum, sum))
        #expect(close(analysis.sentiment.document.compound, Self.normalize(sum)))
    }

    @Test func theBullyPulpitIsAPlatform() throws {
        #expect(try analyze("He used the bully pulpit.").sentiment.document.sum == 0)
        #expect(close(try analyze("He is a bully.").sentiment.document.sum, -2.2))   // VADER
        #expect(close(try analyze("They are bullies.").sentiment.document.sum, -2.2))
    }

    /// "gangsters", "crooks", "clique" name a condemned party (role cue `label`): helping it is
    /// abetting, "supports" +1.5 × −0.5. "gangsters" was a cue before this file but had no
    /// weight, so the rule never saw it. "cronies" are someone else's men, no label of the
    /// Kremlin: the support stays help (+1.5).
    @Test("labels that condemn the party they name", arguments: [
        ("Washington supports the Kremlin gangsters.", 1.5 * DocumentAnalyzer.abettingFactor),
        ("Washington supports the Kremlin crooks.", 1.5 * DocumentAnalyzer.abettingFactor),
        ("Washington supports the Kyiv clique.", 1.5 * DocumentAnalyzer.abettingFactor),
        ("Washington supports the Kremlin cronies.", 1.5),
    ])
    func condemnedParty(text: String, helper: Double) throws {
        #expect(close(try portrayal(try analyze(text), "usa"), Self.normalize(helper)))
    }

    @Test func noTermIsInAnotherEnglishSentimentFileOrTwiceInItsOwn() throws {
        func keys(_ name: String) throws -> [String] { try bundledTermKeys("en/\(name)", tokenizer: tokenizer) }
        let labels = try keys("labels-en.tsv")
        #expect(Set(labels).count == labels.count)
        let others = Set(try keys("news-politics-en.tsv") + keys("idioms-en.tsv") + keys("war-rhetoric-en.tsv"))
        #expect(labels.filter { others.contains($0) } == [])
    }

    /// The file replaces a third-party weight only where its header says why (VADER's
    /// "huckster" -0.9, "zealots" -0.8, "alarmism" -0.3, "profiteer" +0.8 …); every other
    /// term is one VADER and AFINN lack.
    @Test func thirdPartyWeightsItReplacesAreTheDocumentedOnes() throws {
        let folder = bundledLexicons
        let labels = try LexiconFile.load(folder.appendingPathComponent("en/labels-en.tsv"), format: .slant).entries.map(\.term)
        let vader = Set(try LexiconFile.load(folder.appendingPathComponent("third-party/vader_lexicon.txt"), format: .vader)
            .entries.map { $0.term.lowercased() })
        let afinn = Set(try LexiconFile.load(folder.appendingPathComponent("third-party/AFINN-en-165.txt"), format: .afinn)
            .entries.map { $0.term.lowercased() })
        #expect(labels.filter { vader.contains($0) } == ["huckster", "zealots", "alarmism", "profiteer", "profiteers", "profiteering"])
        #expect(labels.filter { afinn.contains($0) } == ["huckster", "zealots", "profiteer"])
    }
}
