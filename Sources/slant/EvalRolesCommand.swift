import ArgumentParser
import Foundation
import SlantLexicon
import SlantScoring
import SlantText

/// `slant eval roles FILE.jsonl`.
struct EvalRolesCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "roles",
        abstract: "Score annotated entity mentions (SemEval-2025 entity framing) and compare with their main roles.",
        discussion: """
            FILE is JSONL with id, lang, domain, text and entities [{start, end, main_role}]: \
            offsets in Unicode scalars, end exclusive; main_role Protagonist, Antagonist or \
            Innocent. Each entity is scored as a target. Per language and domain: coverage (share \
            of mentions with a non-zero tone, and with a role), mean tone per main role with a 95% \
            bootstrap interval over documents, AUC(Antagonist < Protagonist) and AUC(Antagonist < \
            Innocent) of the tone (ties count one half), and 3-class macro-F1 and accuracy of the \
            main role Slant's roles suggest (see RoleEvaluation.predictedRole).
            """
    )

    @Argument(help: "The annotated articles (JSONL).")
    var file: String

    @Option(help: ArgumentHelp("Also write document, offsets, role, Slant's role, tone, Slant's roles with their rules and the evidence per mention to this TSV file.",
                               valueName: "file"))
    var predictions: String?

    @Option(help: "Seed of the bootstrap.")
    var seed: UInt64 = 1

    @OptionGroup var data: DataOptions

    func run() async throws {
        let predictionsOut = try predictions.map { path throws(OutputError) in try OutputFile(path: path, inputs: [file]) }
        let set = try LabelledRoles(parsing: LexiconFile.readText(URL(fileURLWithPath: file)), source: file)
        let tokenizer = try data.tokenizer()
        let evaluation = try RoleEvaluation(set, tokenizer: tokenizer, analyzer: DocumentAnalyzer(model: data.scoringModel(tokenizer: tokenizer)),
                                            seed: seed)
        var lines = ["file: \(file)"]
        for group in evaluation.groups {
            lines.append("")
            lines.append("group: \(group.name)  documents: \(group.documents)  mentions: \(group.mentions)")
            lines.append("coverage: \(fixed(group.coverage))  with_role: \(fixed(group.roleCoverage))")
            lines.append("auc_antagonist_protagonist: \(fixed(group.aucAntagonistProtagonist))")
            lines.append("auc_antagonist_innocent: \(fixed(group.aucAntagonistInnocent))")
            lines.append("macro_f1: \(fixed(group.macroF1))  accuracy: \(fixed(group.accuracy))")
            lines.append("role         mentions  mean tone  95% interval")
            for row in group.meanTone {
                lines.append(row.role.rawValue.padding(toLength: 13, withPad: " ", startingAt: 0)
                             + String(row.count).padding(toLength: 10, withPad: " ", startingAt: 0)
                             + fixed(row.mean).padding(toLength: 11, withPad: " ", startingAt: 0)
                             + "[\(fixed(row.lower)), \(fixed(row.upper))]")
            }
        }
        print(lines.joined(separator: "\n"))
        if var predictionsOut {
            var table = "document\tstart\tend\trole\tpredicted\ttone\troles\tevidence\n"
            var position = 0
            for document in set.documents {
                for entity in document.entities {
                    let mention = evaluation.mentions[position]
                    table += "\(document.id)\t\(entity.span.start)\t\(entity.span.end)\t\(mention.truth.rawValue)\t\(mention.predicted.rawValue)\t\(fixed(mention.tone))\t"
                        + mention.roles.joined(separator: "; ") + "\t"
                        + mention.evidence.map { "\($0.term) \(fixed($0.contribution))" }.joined(separator: ", ") + "\n"
                    position += 1
                }
            }
            predictionsOut.write(table)
            try predictionsOut.finish()
        }
    }

    private func fixed(_ value: Double) -> String { value.isNaN ? "–" : String(format: "%.4f", value) }
}
