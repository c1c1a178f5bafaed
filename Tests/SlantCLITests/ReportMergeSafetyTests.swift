import Foundation
import Testing

@Suite("report merge and lexicon check refusals")
struct ReportMergeSafetyTests {
    @Test func aReportGivenTwiceIsRefused() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("slant-merge-\(UUID())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let report = directory.appendingPathComponent("a.json").path
        let scored = try SlantProcess.run(["score", "Examples/corpus.jsonl", "--report", report, "-o", directory.appendingPathComponent("a.jsonl").path])
        #expect(scored.status == 0)
        let merged = try SlantProcess.run(["report", "merge", report, report])
        #expect(merged.status == 65)
        #expect(merged.standardError == "slant: \(report): cannot merge the reports: the reports share documents (15 of their 128 smallest document hashes): a report given twice, or shards that overlap\n")
        #expect(merged.standardOutput == "")
    }

    @Test func aHugeLexiconWeightFailsTheCheck() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("slant-lexicon-\(UUID()).tsv")
        try Data("term\tweight\nfine\t1\nhuge\t1e15\n".utf8).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let result = try SlantProcess.run(["lexicon", "check", file.path])
        #expect(result.status == 65)
        #expect(result.standardError == "slant: \(file.path):3: weight 1000000000000000.0 is out of range: weights lie between -100 and +100\n")
    }

    /// A report that cannot be read ends with one line and a sysexits code, as inputs of
    /// `score` do: a missing file EX_NOINPUT (66), a damaged one EX_DATAERR (65).
    @Test func unreadableReportsEndWithSysexitsCodes() throws {
        let missing = try SlantProcess.run(["report", "show", "/nonexistent/slant-report.json"])
        #expect(missing.status == 66)
        #expect(missing.standardError == "slant: /nonexistent/slant-report.json: not a Slant report: cannot read the file\n")
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("slant-report-\(UUID()).json")
        try Data("{\n".utf8).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        for command in [["report", "show"], ["compare"], ["report", "merge"]] {
            let damaged = try SlantProcess.run(command + [file.path])
            #expect(damaged.status == 65)
            #expect(damaged.standardError.hasPrefix("slant: \(file.path): not a Slant report: expected a JSON object"))
        }
    }
}
