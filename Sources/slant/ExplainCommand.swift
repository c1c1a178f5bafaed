import ArgumentParser
import SlantScoring
import SlantText

/// `slant explain "TEXT"`: the evidence behind a score.
struct ExplainCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain",
        abstract: "Show how Slant scores a text: each sentiment term, the rules applied, and the totals.",
        discussion: "Reads the text from the argument, or from standard input when it is - or missing."
    )

    @Argument(help: "The text to explain, or - for standard input.")
    var text: String = "-"

    @OptionGroup var data: DataOptions

    func run() async throws {
        let input = text == "-" ? String(decoding: try InputFile.read("-"), as: UTF8.self) : text
        let tokenizer = try data.tokenizer()
        let analyzer = SentimentAnalyzer(model: try data.sentimentModel(tokenizer: tokenizer))
        let tokens = try tokenizer.tokenize(input)
        let sentiment = analyzer.score(tokens)
        var output = StandardOutput()
        SentimentExplanation.write(sentiment, terms: analyzer.terms, text: tokens, model: analyzer.model, to: &output)
        output.flush()
    }
}

/// The text table `slant explain` prints.
enum SentimentExplanation {
    static func write(_ sentiment: DocumentSentiment, terms: [ScoredTerm], text: TokenizedText, model: SentimentModel,
                      to output: inout StandardOutput) {
        for (index, sentence) in text.sentences.enumerated() {
            let score = sentiment.sentences[index]
            output.write("sentence \(index): \(text.text(of: sentence))\n")
            let sentenceTerms = terms.filter { $0.sentence == index }
            if sentenceTerms.isEmpty {
                output.write("  (no sentiment terms)\n")
            } else {
                output.write("  " + "term".padded(to: 22) + "lexicon".padded(to: 9) + "valence".padded(to: 9) + "rules\n")
                for term in sentenceTerms {
                    let words = term.tokens.map { text.text(of: text.tokens[$0]) }.joined(separator: " ")
                    let rules = term.rules.map { applied in
                        let trigger = applied.trigger.map { range in
                            "(" + range.map { text.text(of: text.tokens[$0]) }.joined(separator: " ") + ")"
                        } ?? ""
                        return "\(applied.rule)\(trigger) → \(signed(applied.valenceAfter))"
                    }.joined(separator: "; ")
                    output.write("  " + words.padded(to: 22) + signed(term.lexiconValence).padded(to: 9)
                                 + signed(term.valence).padded(to: 9) + (rules.isEmpty ? "-" : rules) + "\n")
                }
            }
            output.write("  sum \(signed(score.sum))  compound \(signed(score.compound))  "
                         + "pos \(fixed(score.positive))  neg \(fixed(score.negative))  neu \(fixed(score.neutral))\n")
        }
        let document = sentiment.document
        output.write("document: compound \(signed(document.compound)) (\(document.polarity))  sum \(signed(document.sum))  "
                     + "pos \(fixed(document.positive))  neg \(fixed(document.negative))  neu \(fixed(document.neutral))  "
                     + "mean sentence compound \(signed(sentiment.meanSentenceCompound))\n")
    }

    static func fixed(_ value: Double) -> String { EvaluationReport.fixed(value) }
    static func signed(_ value: Double) -> String { (value >= 0 ? "+" : "") + EvaluationReport.fixed(value) }
}
