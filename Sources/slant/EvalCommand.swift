import ArgumentParser
import Foundation
import SlantLexicon
import SlantScoring
import SlantText

/// `slant eval`: measures Slant against human-labelled data.
struct EvalCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract: "Measure Slant against human-labelled data.",
        subcommands: [EvalSentencesCommand.self]
    )
}

/// `slant eval sentences FILE.tsv`.
struct EvalSentencesCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sentences",
        abstract: "Correlate sentence sentiment with human ratings.",
        discussion: """
            FILE is a TSV with the header id<TAB>rating<TAB>text, the rating being the mean of \
            human raters on -4..+4 (VADER's ground-truth format). Prints Pearson r and Spearman \
            rho between Slant's compound and the rating, and 3-class macro-F1: a rating above \
            +0.5 is positive, below -0.5 negative; a compound at or above +0.05 is positive, at \
            or below -0.05 negative.
            """
    )

    @Argument(help: "The rated sentences (TSV: id, rating, text).")
    var file: String

    @Option(help: ArgumentHelp("Also write id, rating and Slant's compound per sentence to this TSV file.", valueName: "file"))
    var predictions: String?

    @OptionGroup var data: DataOptions

    func run() async throws {
        let set = try RatedSentences(parsing: LexiconFile.readText(URL(fileURLWithPath: file)), source: file)
        let tokenizer = try data.tokenizer()
        let analyzer = SentimentAnalyzer(model: try data.sentimentModel(tokenizer: tokenizer))
        let evaluation = try SentenceEvaluation(set, tokenizer: tokenizer, analyzer: analyzer)
        print(EvaluationReport.sentences(evaluation, file: file))
        if let predictions {
            var table = "id\trating\tcompound\n"
            for (item, compound) in zip(set.items, evaluation.predictions) {
                table += "\(item.id)\t\(item.rating)\t\(EvaluationReport.fixed(compound))\n"
            }
            try Data(table.utf8).write(to: URL(fileURLWithPath: predictions))
        }
    }
}

/// Text renderings of evaluation results.
enum EvaluationReport {
    static func sentences(_ evaluation: SentenceEvaluation, file: String) -> String {
        var lines = ["file: \(file)", "sentences: \(evaluation.count)",
                     "pearson_r: \(fixed(evaluation.pearson))", "spearman_rho: \(fixed(evaluation.spearman))"]
        lines += classification(evaluation.classification)
        return lines.joined(separator: "\n")
    }

    static func classification(_ classification: Metrics.Classification) -> [String] {
        var lines = ["macro_f1: \(fixed(classification.macroF1))", "accuracy: \(fixed(classification.accuracy))",
                     "class        precision  recall  f1      support"]
        for figures in classification.classes {
            lines.append(figures.label.rawValue.padded(to: 13) + fixed(figures.precision).padded(to: 11)
                         + fixed(figures.recall).padded(to: 8) + fixed(figures.f1).padded(to: 8) + String(figures.support))
        }
        return lines
    }

    /// Four decimals.
    static func fixed(_ value: Double) -> String { String(format: "%.4f", value) }
}
