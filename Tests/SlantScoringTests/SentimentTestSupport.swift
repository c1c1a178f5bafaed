import Foundation
import SlantLexicon
import SlantScoring
import SlantText

/// A small valence lexicon with round weights, so that expected scores can be worked by hand.
let handLexicon = Lexicon(source: "hand.tsv", entries: [
    .init(term: "good", weight: 1.9), .init(term: "bad", weight: -2.5), .init(term: "great", weight: 3.1),
    .init(term: "no", weight: -1.2), .init(term: "kiss of death", weight: -1.5), .init(term: ":(", weight: -1.9),
    .init(term: "incredible", weight: 2.5),
])

/// The bundled English rules file.
func bundledRules() throws -> Lexicon {
    try bundledLexicon("en/rules-en.tsv")
}

/// Scores `text` with the hand lexicon and the bundled rules.
func handScore(_ text: String) throws -> (DocumentSentiment, [ScoredTerm], TokenizedText) {
    let tokenizer = try Tokenizer()
    let model = try SentimentModel(valences: [handLexicon], rules: bundledRules(), tokenizer: tokenizer)
    let analyzer = SentimentAnalyzer(model: model)
    let tokens = try tokenizer.tokenize(text)
    let result = analyzer.score(tokens)
    return (result, analyzer.terms, tokens)
}

/// Equal to within floating-point rounding of the hand computation.
func close(_ actual: Double, _ expected: Double) -> Bool { abs(actual - expected) < 1e-9 }
