import ArgumentParser
import Foundation
import SlantCorpus
import SlantEvents

/// `slant eval events FILE.jsonl`.
struct EvalEventsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "events",
        abstract: "Measure same-event grouping against gold event labels (pairwise precision and recall).",
        discussion: """
            FILE is JSONL as slant events reads it, plus a gold event label per document (--label-field, \
            default triplet_uuid as in BASIL). Runs slant events with its defaults twice, with the dates \
            and with them ignored, and prints pairwise precision, recall and F1 for each: over all pairs \
            of documents, precision is the share of pairs put in one event that share a gold label, recall \
            the share of gold pairs put in one event.
            """
    )

    @Argument(help: "Labelled documents (JSONL).")
    var file: String

    @Option(help: "The field holding the gold event label.")
    var labelField = "triplet_uuid"

    @Option(help: "Cosine at which two documents are linked.")
    var threshold: Double = EventOptions().linkThreshold

    @Option(help: "Mean cross-pair similarity at which two groups merge.")
    var groupThreshold: Double = EventOptions().groupThreshold

    @Option(help: "Worker threads.")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @OptionGroup var data: DataOptions

    func run() async throws {
        let gold = try Self.labels(file: file, field: labelField)
        print("file: \(file)")
        print("documents: \(gold.count), gold events: \(Set(gold.values).count)")
        for (name, window) in [("with dates", EventOptions().dateWindow), ("dates ignored", nil)] {
            var options = EventOptions()
            options.dateWindow = window
            options.linkThreshold = threshold
            options.groupThreshold = groupThreshold
            options.jobs = jobs
            let grouping = try EventsCommand.group(inputs: [file], fields: FieldNames(), options: options, data: data)
            guard grouping.rejections.isEmpty else { throw ValidationError("\(grouping.rejections[0])") }
            let labels = try grouping.documents.map { document in
                guard let label = gold[document.record] else {
                    throw ValidationError("\(file):\(document.record): expected a string field \"\(labelField)\"")
                }
                return label
            }
            let evaluation = EventEvaluation(predicted: grouping.eventOfDocument, gold: labels)
            print("\(name): precision \(EvaluationReport.fixed(evaluation.precision)), recall \(EvaluationReport.fixed(evaluation.recall)), "
                + "f1 \(EvaluationReport.fixed(evaluation.f1)) (pairs: \(evaluation.truePairs) right of \(evaluation.predictedPairs) "
                + "predicted, \(evaluation.goldPairs) gold; \(grouping.events.count) events)")
        }
    }

    /// Line number → gold label.
    static func labels(file: String, field: String) throws -> [Int: String] {
        guard let data = FileManager.default.contents(atPath: file) else { throw ValidationError("cannot read \(file)") }
        var labels: [Int: String] = [:]
        for (index, line) in data.split(separator: 0x0A, omittingEmptySubsequences: false).enumerated() where !line.isEmpty {
            guard let object = try? JSONSerialization.jsonObject(with: Data(line)) as? [String: Any] else {
                throw ValidationError("\(file):\(index + 1): expected a JSON object on one line")
            }
            if let label = object[field] as? String { labels[index + 1] = label }
        }
        return labels
    }
}
