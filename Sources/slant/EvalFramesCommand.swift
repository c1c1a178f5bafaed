import ArgumentParser
import Foundation
import SlantLexicon
import SlantScoring
import SlantText

/// `slant eval frames FILE.jsonl`.
struct EvalFramesCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "frames",
        abstract: "Compare the frames Slant finds present with human frame labels (multi-label).",
        discussion: """
            FILE is JSONL with text, frames (a list of frame ids) and optionally id and title \
            (SemEval-2023 Task 3 format); the title and text are scored together. A frame is \
            present when its evidence (summed term weights) reaches max(--min-evidence, \
            --per-thousand-words × words / 1000). Prints micro- and macro-F1 and per-frame \
            precision and recall, beside the majority baseline: the k most frequent labelled \
            frames for every document, for the best k.
            """
    )

    @Argument(help: "The labelled documents (JSONL: text, frames).")
    var file: String

    @Option(help: ArgumentHelp("The frame lexicon (default: frames.tsv in the lexicon directory).", valueName: "file"))
    var frames: String?

    @Option(help: ArgumentHelp("Renames Slant's frames before comparing: a TSV frame<TAB>maps_to (war frames → MFC frames).", valueName: "file"))
    var map: String?

    @Option(help: "The evidence every present frame needs.")
    var minEvidence: Double = FramePresenceRule.defaultMinimumEvidence

    @Option(help: "The evidence per 1,000 words a present frame needs.")
    var perThousandWords: Double = FramePresenceRule.defaultEvidencePerThousandWords

    @Option(help: ArgumentHelp("Also write id, labelled frames and Slant's frames per document to this TSV file.", valueName: "file"))
    var predictions: String?

    @OptionGroup var data: DataOptions

    func validate() throws {
        guard minEvidence >= 0, perThousandWords >= 0 else { throw ValidationError("--min-evidence and --per-thousand-words must not be negative") }
    }

    func run() async throws {
        let framesURL = try frames.map { URL(fileURLWithPath: $0) } ?? data.directory().appendingPathComponent("frames.tsv")
        // Every file read is an input that the predictions may not replace.
        let inputs = [file, framesURL.path] + (map.map { [$0] } ?? [])
        let predictionsOut = try predictions.map { path throws(OutputError) in try OutputFile(path: path, inputs: inputs) }
        let set = try LabelledFrames(parsing: LexiconFile.readText(URL(fileURLWithPath: file)), source: file)
        let tokenizer = try data.tokenizer()
        let rule = FramePresenceRule(minimumEvidence: minEvidence, evidencePerThousandWords: perThousandWords)
        let scorer = try FrameScorer(LexiconFile.load(framesURL, format: .slant), tokenizer: tokenizer, presence: rule)
        let mapping = try map.map { try FrameMapping(parsing: LexiconFile.readText(URL(fileURLWithPath: $0)), source: $0) }
        let evaluation = try FrameEvaluation(set, tokenizer: tokenizer, scorer: scorer, mapping: mapping)
        print(EvaluationReport.frames(evaluation, file: file, lexicon: framesURL.path, rule: rule))
        if var predictionsOut {
            var table = "id\tlabelled\tpredicted\n"
            for (item, predicted) in zip(set.items, evaluation.predictions) {
                table += "\(item.id)\t\(item.frames.sorted().joined(separator: ","))\t\(predicted.sorted().joined(separator: ","))\n"
            }
            predictionsOut.write(table)
            try predictionsOut.finish()
        }
    }
}

extension EvaluationReport {
    static func frames(_ evaluation: FrameEvaluation, file: String, lexicon: String, rule: FramePresenceRule) -> String {
        let figures = evaluation.figures, baseline = evaluation.baseline
        let labels = figures.labels.reduce(0) { $0 + $1.support }, guesses = figures.labels.reduce(0) { $0 + $1.predicted }
        let perDocument = { (count: Int) in evaluation.count == 0 ? "0" : DataFile.decimal(Double(count) / Double(evaluation.count), places: 2) }
        var lines = [
            "file: \(file)", "frames: \(lexicon)", "documents: \(evaluation.count)",
            "rule: evidence >= max(\(DataFile.decimal(rule.minimumEvidence)), \(DataFile.decimal(rule.evidencePerThousandWords)) per 1000 words)",
            "labelled_per_document: \(perDocument(labels))", "predicted_per_document: \(perDocument(guesses))",
            "micro_precision: \(fixed(figures.microPrecision))", "micro_recall: \(fixed(figures.microRecall))",
            "micro_f1: \(fixed(figures.microF1))", "macro_f1: \(fixed(figures.macroF1))",
            "baseline: the \(evaluation.baselineK) most frequent labelled frames for every document",
            "baseline_micro_f1: \(fixed(baseline.microF1))", "baseline_macro_f1: \(fixed(baseline.macroF1))",
            "frame".padded(to: 46) + "precision  recall  f1      support  predicted",
        ]
        for row in figures.labels {
            lines.append(row.label.padded(to: 46) + fixed(row.precision).padded(to: 11) + fixed(row.recall).padded(to: 8)
                         + fixed(row.f1).padded(to: 8) + String(row.support).padded(to: 9) + String(row.predicted))
        }
        return lines.joined(separator: "\n")
    }
}
