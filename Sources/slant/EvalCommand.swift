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
        subcommands: [EvalSentencesCommand.self, EvalTargetsCommand.self, EvalRolesCommand.self, EvalFramesCommand.self, EvalEventsCommand.self]
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
        let predictionsOut = try predictions.map { path throws(OutputError) in try OutputFile(path: path, inputs: [file]) }
        let set = try RatedSentences(parsing: LexiconFile.readText(URL(fileURLWithPath: file)), source: file)
        let tokenizer = try data.tokenizer()
        let analyzer = SentimentAnalyzer(model: try data.sentimentModel(tokenizer: tokenizer))
        let evaluation = try SentenceEvaluation(set, tokenizer: tokenizer, analyzer: analyzer)
        print(EvaluationReport.sentences(evaluation, file: file))
        if var predictionsOut {
            var table = "id\trating\tcompound\n"
            for (item, compound) in zip(set.items, evaluation.predictions) {
                table += "\(item.id)\t\(item.rating)\t\(EvaluationReport.fixed(compound))\n"
            }
            predictionsOut.write(table)
            try predictionsOut.finish()
        }
    }
}

/// `slant eval targets FILE.jsonl`.
struct EvalTargetsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "targets",
        abstract: "Score labelled targets (NewsMTSC format) and report macro-F1 and accuracy.",
        discussion: """
            FILE is JSONL with sentence_normalized and targets [{from, to, polarity}]: offsets in \
            Unicode scalars, end exclusive; polarity 2 negative, 4 neutral, 6 positive. A target's \
            tone at or above +0.05 is positive, at or below -0.05 negative.
            """
    )

    @Argument(help: "The labelled targets (JSONL).")
    var file: String

    @Option(help: "Portrayal distance scale in tokens (see PortrayalParameters).")
    var distanceScale: Double = PortrayalParameters().distanceScale

    @Option(help: "Weight of a term in another clause than the target.")
    var otherClauseFactor: Double = PortrayalParameters().otherClauseFactor

    @Option(help: "Tone threshold for a positive or negative label.")
    var threshold: Double = PortrayalParameters().labelThreshold

    @Option(help: "Weight every term of the sentence gets on top of its distance weight.")
    var sentenceWeight: Double = PortrayalParameters().sentenceWeight

    @Option(help: "Weight of a term before the target relative to one after it.")
    var precedingFactor: Double = PortrayalParameters().precedingFactor

    @Option(help: ArgumentHelp("Also write line, target text, label, Slant's label and tone per target to this TSV file.", valueName: "file"))
    var predictions: String?

    @OptionGroup var data: DataOptions

    func run() async throws {
        let predictionsOut = try predictions.map { path throws(OutputError) in try OutputFile(path: path, inputs: [file]) }
        let set = try LabelledTargets(parsing: LexiconFile.readText(URL(fileURLWithPath: file)), source: file)
        let tokenizer = try data.tokenizer()
        let parameters = PortrayalParameters(distanceScale: distanceScale, otherClauseFactor: otherClauseFactor, labelThreshold: threshold, sentenceWeight: sentenceWeight,
                                            precedingFactor: precedingFactor)
        let model = try ScoringModel(directory: data.directory(), tokenizer: tokenizer, portrayal: parameters)
        let evaluation = try TargetEvaluation(set, tokenizer: tokenizer, analyzer: DocumentAnalyzer(model: model))
        print((["file: \(file)", "targets: \(evaluation.count)"] + EvaluationReport.classification(evaluation.classification))
            .joined(separator: "\n"))
        if var predictionsOut {
            var table = "line\ttarget\tlabel\tpredicted\ttone\tsentence\n"
            var position = 0
            for item in set.items {
                let scalars = Array(item.sentence.unicodeScalars)
                for target in item.targets {
                    let mention = String(String.UnicodeScalarView(scalars[max(0, target.span.start)..<min(scalars.count, target.span.end)]))
                    let tone = evaluation.tones[position]
                    table += "\(item.line)\t\(mention)\t\(target.label)\t\(Polarity(tone, threshold: threshold))\t"
                        + EvaluationReport.fixed(tone) + "\t" + item.sentence.replacingOccurrences(of: "\t", with: " ") + "\n"
                    position += 1
                }
            }
            predictionsOut.write(table)
            try predictionsOut.finish()
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
