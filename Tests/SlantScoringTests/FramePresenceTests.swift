import Foundation
import Testing
import SlantLexicon
import SlantScoring
import SlantText

@Suite("Frame presence")
struct FramePresenceTests {
    let tokenizer: Tokenizer
    /// Legality: court 2, judge 2, illegal 1, ruled 1; crime: police 1, arrest* 2; political: mayor 1.
    let scorer: FrameScorer

    init() throws {
        tokenizer = try Tokenizer()
        scorer = try FrameScorer(Lexicon(source: "frames.tsv", entries: [
            .init(term: "court", weight: 2, category: "legality"), .init(term: "judge", weight: 2, category: "legality"),
            .init(term: "illegal", weight: 1, category: "legality"), .init(term: "ruled", weight: 1, category: "legality"),
            .init(term: "police", weight: 1, category: "crime"), .init(term: "arrest*", weight: 2, category: "crime"),
            .init(term: "mayor", weight: 1, category: "political"),
        ]), tokenizer: tokenizer)
    }

    @Test func aShortTextUsesTheFramesWithThreeOrMoreEvidence() throws {
        // 15 words: threshold max(3, 7 × 15 / 1000) = 3. Legality 2 + 1 + 1 + 2 = 6, crime 1 + 2 = 3
        // (exactly the floor), political 1.
        let scores = scorer.score(try tokenizer.tokenize("The court ruled the ban illegal, and the judge ordered police to arrest the mayor."))
        #expect(scores.wordCount == 15)
        #expect(scores.weights == [6, 3, 1])
        #expect(scores.present == [true, true, false])
    }

    @Test func oneDefiningWordIsNotEnough() throws {
        // "court" 2 < 3.
        let scores = scorer.score(try tokenizer.tokenize("Outside the court, people waited."))
        #expect(scores.weights == [2, 0, 0])
        #expect(scores.present == [false, false, false])
    }

    @Test(arguments: [(500, true), (600, false)])
    func aLongTextNeedsEvidenceInProportion(words: Int, present: Bool) throws {
        // "court judge" is evidence 4. 500 words: threshold max(3, 3.5) = 3.5, present;
        // 600 words: max(3, 4.2) = 4.2, absent.
        let text = "court judge " + Array(repeating: "word", count: words - 2).joined(separator: " ")
        let scores = scorer.score(try tokenizer.tokenize(text))
        #expect(scores.wordCount == words)
        #expect(scores.present == [present, false, false])
    }

    @Test func theRuleCanBeChanged() throws {
        let lenient = try FrameScorer(Lexicon(source: "frames.tsv", entries: [.init(term: "court", weight: 2, category: "legality")]),
                                      tokenizer: tokenizer, presence: FramePresenceRule(minimumEvidence: 2, evidencePerThousandWords: 0))
        #expect(lenient.score(try tokenizer.tokenize("Outside the court, people waited.")).present == [true])
        #expect(FramePresenceRule().threshold(wordCount: 1000) == 7)
        #expect(FramePresenceRule().threshold(wordCount: 100) == 3)
    }

    @Test func theMediaFramesLexiconReadsEnglishRussianAndUkrainian() throws {
        let mfc = try FrameScorer(bundledLexicon("frames-mfc.tsv"),
                                  tokenizer: tokenizer)
        #expect(mfc.frames.count == 14)
        func present(_ text: String) throws -> [String] {
            let scores = mfc.score(try tokenizer.tokenize(text))
            return mfc.frames.indices.filter { scores.present[$0] }.map { mfc.frames[$0] }
        }
        // "supreme court" 2 (the phrase, not "court"), "ruled" 1, "law" 1, "unconstitutional" 2: 6.
        #expect(try present("The Supreme Court ruled the law unconstitutional.") == ["Legality_Constitutionality_and_jurisprudence"])
        // Crime: приговор* 2, тюрем* 2, коррупц* 2 = 6; legality: суд 2 < 3; political: министр* 0.5.
        #expect(try present("Суд приговорил бывшего министра к тюремному сроку за коррупцию.") == ["Crime_and_punishment"])
        // Ukrainian: засуди* 2, ув'язнен* 2 (’ read as '), корупці* 2 = 6; суд 2 < 3; міністр* 0.5.
        #expect(try present("Суд засудив колишнього міністра до ув’язнення за корупцію.") == ["Crime_and_punishment"])
    }
}

@Suite("Frame evaluation")
struct FrameEvaluationTests {
    @Test func multiLabelFiguresAreExact() {
        // A: 2 true positives of 2 predicted and 2 true; B: missed once; C: predicted once wrongly, missed once.
        let figures = Metrics.multiLabel(truth: [["A", "B"], ["A"], ["C"]], predicted: [["A"], ["A", "C"], []], labels: ["A", "B"])
        #expect(figures.labels.map(\.label) == ["A", "B", "C"])
        #expect(figures.labels.map(\.f1) == [1, 0, 0])
        #expect(figures.labels.map(\.support) == [2, 1, 1])
        #expect(figures.labels.map(\.predicted) == [2, 0, 1])
        #expect(figures.microPrecision == 2.0 / 3)
        #expect(figures.microRecall == 0.5)
        #expect(abs(figures.microF1 - 4.0 / 7) < 1e-12)
        #expect(figures.macroF1 == 1.0 / 3)
    }

    @Test func theMajorityBaselineTakesTheBestK() {
        // Frequencies A 3, B 2, C 1. k = 1: P 3/4, R 3/6, F1 0.6; k = 2: P 5/8, R 5/6, F1 5/7;
        // k = 3: P 6/12, R 1, F1 2/3.
        let (k, figures) = FrameEvaluation.majorityBaseline([["A", "B"], ["A"], ["A", "C"], ["B"]])
        #expect(k == 2)
        #expect(abs(figures.microF1 - 5.0 / 7) < 1e-12)
    }

    @Test func evaluationScoresTitleAndTextAndMapsFrames() throws {
        let tokenizer = try Tokenizer()
        let scorer = try FrameScorer(Lexicon(source: "frames.tsv", entries: [
            .init(term: "troops", weight: 2, category: "aggression"), .init(term: "shelling", weight: 2, category: "aggression"),
            .init(term: "talks", weight: 2, category: "negotiation"),
        ]), tokenizer: tokenizer)
        let set = try LabelledFrames(parsing: """
            {"id": "a", "title": "Troops advance", "text": "Shelling went on.", "frames": ["Security_and_defense"]}
            {"id": "b", "text": "Talks resumed.", "frames": ["Security_and_defense", "External_regulation_and_reputation"]}
            """, source: "gold.jsonl")
        let mapping = try FrameMapping(parsing: "frame\tmaps_to\naggression\tSecurity_and_defense\nnegotiation\tExternal_regulation_and_reputation\n",
                                       source: "map.tsv")
        let evaluation = try FrameEvaluation(set, tokenizer: tokenizer, scorer: scorer, mapping: mapping)
        // a: troops 2 + shelling 2 = 4 ≥ 3 (title counts); b: talks 2 < 3.
        #expect(evaluation.predictions == [["Security_and_defense"], []])
        #expect(evaluation.figures.microPrecision == 1)
        #expect(evaluation.figures.microRecall == 1.0 / 3)
    }

    @Test func badRecordsNameTheirLine() {
        #expect(throws: DataFileError(source: "gold.jsonl", line: 2, message: "expected a JSON object with a string \"text\" and a list of frame ids \"frames\"")) {
            try LabelledFrames(parsing: "{\"text\": \"a\", \"frames\": []}\n{\"text\": \"b\"}\n", source: "gold.jsonl")
        }
        #expect(throws: DataFileError(source: "map.tsv", line: 2, message: "expected two tab-separated columns: frame, maps_to")) {
            try FrameMapping(parsing: "frame\tmaps_to\naggression\n", source: "map.tsv")
        }
        #expect(throws: DataFileError(source: "map.tsv", line: 1, message: "expected the header frame<TAB>maps_to")) {
            try FrameMapping(parsing: "aggression\tSecurity_and_defense\n", source: "map.tsv")
        }
    }
}
