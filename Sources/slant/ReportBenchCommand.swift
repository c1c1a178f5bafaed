import ArgumentParser
import Foundation
import SlantReport

/// `slant report bench R.json`: times writing and reading a report the streaming way and the
/// JSONEncoder/JSONDecoder way, alternately in one process, so their ratio is measured under the
/// same load.
struct ReportBenchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Time writing and reading a report: streaming, and through JSONEncoder/JSONDecoder (the path before it).",
        discussion: """
            Each run writes the report to a temporary file and reads it back both ways: JSONEncoder with sorted keys, \
            then the whole file read and decoded twice by JSONDecoder (format and version, then the report) and \
            checked, as slant did before reports streamed; and slant's streaming writer and reader. Both must give \
            the same bytes and the same report. Prints each run and the best of each. Release builds only.
            """
    )

    @Argument(help: "A report written by slant score --report.")
    var report: String

    @Option(help: "Timed runs (each path once per run, alternating).")
    var runs = 3

    func validate() throws {
        guard runs >= 1 else { throw ValidationError("--runs must be at least 1") }
    }

    func run() async throws {
        let loaded = try CorpusReport(contentsOf: URL(fileURLWithPath: report))
        let folder = FileManager.default.temporaryDirectory
        let oldFile = folder.appendingPathComponent("slant-report-bench-\(UUID().uuidString)-old.json")
        let newFile = folder.appendingPathComponent("slant-report-bench-\(UUID().uuidString)-new.json")
        defer {
            try? FileManager.default.removeItem(at: oldFile)
            try? FileManager.default.removeItem(at: newFile)
        }
        var best = (oldWrite: Double.infinity, oldRead: Double.infinity, newWrite: Double.infinity, newRead: Double.infinity)
        print("run  JSONEncoder write  JSONDecoder read  streaming write  streaming read  ratio (write+read)")
        for run in 1...runs {
            let oldWrite = try Self.seconds {
                let encoder = JSONEncoder()
                encoder.outputFormatting = [.sortedKeys]
                try encoder.encode(loaded).write(to: oldFile)
            }
            var oldReport: CorpusReport?
            let oldRead = try Self.seconds { oldReport = try Self.decodeAsBefore(oldFile) }
            let newWrite = try Self.seconds {
                var out = try OutputFile(path: newFile.path, inputs: [])
                loaded.writeJSON { out.write(bytes: $0) }
                try out.finish()
            }
            var newReport: CorpusReport?
            let newRead = try Self.seconds { newReport = try CorpusReport(contentsOf: newFile) }
            guard FileManager.default.contentsEqual(atPath: oldFile.path, andPath: newFile.path) else {
                throw ValidationError("the streaming writer wrote other bytes than JSONEncoder")
            }
            guard oldReport == loaded, newReport == loaded else { throw ValidationError("a read report differs from the one written") }
            best = (min(best.oldWrite, oldWrite), min(best.oldRead, oldRead), min(best.newWrite, newWrite), min(best.newRead, newRead))
            print(Self.row("\(run)", oldWrite, oldRead, newWrite, newRead))
        }
        print(Self.row("best", best.oldWrite, best.oldRead, best.newWrite, best.newRead))
    }

    /// Reading as `CorpusReport(contentsOf:)` did before it streamed.
    static func decodeAsBefore(_ url: URL) throws -> CorpusReport {
        struct Header: Decodable { var format: String; var version: Int }
        guard let data = FileManager.default.contents(atPath: url.path) else { throw ValidationError("cannot read \(url.path)") }
        let header = try JSONDecoder().decode(Header.self, from: data)
        guard header.format == "slant-report", header.version == CorpusReport.currentVersion else { throw ValidationError("not a report") }
        let report = try JSONDecoder().decode(CorpusReport.self, from: data)
        try report.validate(source: url.path)
        return report
    }

    static func seconds(_ body: () throws -> Void) throws -> Double {
        let start = ContinuousClock.now
        try body()
        let elapsed = ContinuousClock.now - start
        return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    }

    static func row(_ label: String, _ oldWrite: Double, _ oldRead: Double, _ newWrite: Double, _ newRead: Double) -> String {
        func s(_ value: Double) -> String { String(format: "%.3f s", value) }
        let ratio = (oldWrite + oldRead) / (newWrite + newRead)
        return "\(label.padding(toLength: 4, withPad: " ", startingAt: 0)) \(s(oldWrite).leftPadded(17))  \(s(oldRead).leftPadded(16))  "
            + "\(s(newWrite).leftPadded(15))  \(s(newRead).leftPadded(14))  \(String(format: "%.1f×", ratio).leftPadded(18))"
    }
}

private extension String {
    func leftPadded(_ width: Int) -> String { String(repeating: " ", count: max(0, width - count)) + self }
}
