import ArgumentParser
import Foundation
import SlantCorpus
import SlantReport

/// `slant report`: merge and show corpus reports.
struct ReportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Merge corpus reports and show them as Markdown, CSV or JSON.",
        subcommands: [ReportMergeCommand.self, ReportShowCommand.self, ReportBenchCommand.self]
    )
}

/// `slant report merge A.json B.json ... -o ALL.json`; `-` reads reports from standard input.
struct ReportMergeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge",
        abstract: "Add reports of corpus shards into one: the same as scoring the union in one run.",
        discussion: """
            Each file holds one report. - reads any number of reports from standard input, one \
            per line, as `slant score - --report -` and this command print them, so partial \
            reports from many workers can be piped in. The result is the same bytes for any order \
            or split of the shards.
            """
    )

    @Argument(help: "Reports written by slant score --report, or - for reports on standard input, one per line.")
    var reports: [String]

    @Option(name: .shortAndLong, help: ArgumentHelp("Write the merged report here (default: standard output, as one line).", valueName: "out"))
    var output: String?

    @Flag(help: "Replace the -o file only when the merge succeeds (write a temporary, then rename).")
    var atomic = false

    func validate() throws {
        guard !reports.isEmpty else { throw ValidationError("give at least one report, or - for standard input") }
        guard reports.filter({ $0 == "-" }).count <= 1 else { throw ValidationError("- (standard input) can be given once") }
    }

    func run() async throws {
        var out = try OutputFile(path: output, inputs: reports, atomic: atomic)
        try out.abandoning { try merge(into: &$0) }
    }

    /// Merges the reports and writes the sum to `out`.
    private func merge(into out: inout OutputFile) throws {
        var merged: CorpusReport?
        func add(_ report: CorpusReport, from source: String) throws {
            do {
                if merged == nil { merged = report } else { try merged!.merge(report) }
            } catch {
                // Which report could not be added, and why: exit 65 (EX_DATAERR).
                printError("slant: \(source): \(error)")
                throw ExitCode(65)
            }
        }
        for path in reports {
            if path == "-" {
                let lines = LineReader(handle: .standardInput)
                var number = 0, found = 0
                while let line = lines.nextLine() {
                    number += 1
                    guard line.contains(where: { $0 != UInt8(ascii: " ") && $0 != UInt8(ascii: "\t") }) else { continue }
                    try add(CorpusReport(data: Data(line), source: "-:\(number)"), from: "-:\(number)")
                    found += 1
                }
                if let error = lines.readError { throw ReportError.unreadable(file: "-", reason: "cannot read standard input: \(error)") }
                guard found > 0 else { throw ReportError.unreadable(file: "-", reason: "standard input held no report; expected one JSON report per line") }
            } else if var sum = merged {
                // Added outlet by outlet as the file streams, never held whole beside the sum.
                merged = nil
                let failure = Self.add(path, to: &sum)
                if case .unreadable? = failure { throw failure! }
                if let failure {
                    printError("slant: \(path): \(failure)")
                    throw ExitCode(65)
                }
                merged = sum
            } else {
                try add(CorpusReport(contentsOf: URL(fileURLWithPath: path)), from: path)
            }
        }
        guard let merged else { return }
        merged.writeJSON { out.write(bytes: $0) }
        // On standard output the report is one line, so that merged reports can be merged again.
        if output == nil || output == "-" { out.write("\n") }
        try out.finish()
    }
}

extension ReportMergeCommand {
    /// Adds the report at `path` to `sum`; the error, if it cannot.
    static func add(_ path: String, to sum: inout CorpusReport) -> ReportError? {
        do {
            try sum.merge(contentsOf: URL(fileURLWithPath: path))
            return nil
        } catch {
            return error
        }
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
        case .json:
            loaded.writeJSON { output.write(bytes: $0) }
            output.write("\n")
        }
        try output.finish()
    }
}
