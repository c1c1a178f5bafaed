import ArgumentParser
import Foundation
import SlantReport

/// `slant report`: merge and show corpus reports.
struct ReportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Merge corpus reports and show them as Markdown, CSV or JSON.",
        subcommands: [ReportMergeCommand.self, ReportShowCommand.self]
    )
}

/// `slant report merge A.json B.json ... -o ALL.json`.
struct ReportMergeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge",
        abstract: "Add reports of corpus shards into one: the same as scoring the union in one run."
    )

    @Argument(help: "Reports written by slant score --report.")
    var reports: [String]

    @Option(name: .shortAndLong, help: ArgumentHelp("Write the merged report here (default: standard output).", valueName: "out"))
    var output: String?

    @Flag(help: "Replace the -o file only when the merge succeeds (write a temporary, then rename).")
    var atomic = false

    func run() async throws {
        guard let first = reports.first else { throw ValidationError("give at least one report") }
        var out = try OutputFile(path: output, inputs: reports, atomic: atomic)
        var merged = try CorpusReport(contentsOf: URL(fileURLWithPath: first))
        for path in reports.dropFirst() { try merged.merge(CorpusReport(contentsOf: URL(fileURLWithPath: path))) }
        out.write(bytes: try merged.jsonData())
        try out.finish()
    }
}

/// `slant report show REPORT.json --format md|csv|json`.
struct ReportShowCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show a report: outlets × actors (mentions, portrayal and voice with standard errors) and outlets × frames."
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case md, csv, json }

    @Argument(help: "A report written by slant score --report.")
    var report: String

    @Option(help: "Output format.")
    var format: Format = .md

    func run() async throws {
        let loaded = try CorpusReport(contentsOf: URL(fileURLWithPath: report))
        var output = try OutputFile(path: nil, inputs: [report])
        switch format {
        case .md: output.write(ReportRenderer.markdown(loaded))
        case .csv: output.write(ReportRenderer.csv(loaded))
        case .json: output.write(String(decoding: try loaded.jsonData(), as: UTF8.self) + "\n")
        }
        try output.finish()
    }
}
