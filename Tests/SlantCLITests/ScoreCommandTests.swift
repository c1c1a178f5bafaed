import Foundation
import Testing

@Suite("slant score and slant report")
struct ScoreCommandTests {
    @Test func summaryCountsAndRejectsFromStandardInput() throws {
        let input = "{\"id\":\"1\",\"outlet\":\"a\",\"text\":\"Kyiv said no.\"}\n{\"id\":\"2\",\"outlet\":\"a\"}\nnot json\n"
        let result = try SlantProcess.run(["score", "-"], input: input)
        #expect(result.status == 0)
        #expect(result.standardError == """
            slant: rejected -:2: expected a string field "text"
            slant: rejected -:3: expected a JSON object on one line
            3 read, 1 scored, 2 rejected

            """)
        #expect(result.standardOutput.hasPrefix("{\"id\":\"1\",\"outlet\":\"a\",\"date\":null,\"title\":null,\"lang\":\"en\",\"tokens\":4,\"sentences\":1,"))
    }

    @Test func strictStopsAtTheFirstBadRecordWithDataError() throws {
        let input = "{\"id\":\"1\",\"outlet\":\"a\",\"text\":\"Fine.\"}\n{\"id\":\"2\"}\n{\"id\":\"3\",\"outlet\":\"a\",\"text\":\"Never read.\"}\n"
        let result = try SlantProcess.run(["score", "--strict", "-"], input: input)
        #expect(result.status == 65)
        #expect(result.standardError.contains("stopping at the first rejected record (--strict): -:2: expected a string field \"text\""))
    }

    @Test func scoresTheSampleAndShowsAndMergesReports() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("slant-score-\(UUID())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let report = directory.appendingPathComponent("report.json").path
        let scored = try SlantProcess.run(["score", "Examples/corpus", "--jobs", "2", "-o", directory.appendingPathComponent("out.jsonl").path, "--report", report])
        #expect(scored.status == 0)
        #expect(scored.standardError == "15 read, 15 scored, 0 rejected\n")
        let shown = try SlantProcess.run(["report", "show", report])
        #expect(shown.status == 0)
        #expect(shown.standardOutput.contains("| kyiv-ledger | 5 |"))
        #expect(shown.standardOutput.contains("| Russia / Kremlin | kyiv-ledger | 5 | 18 | -0.289 ± 0.062 | – | 0 |"))
        let merged = directory.appendingPathComponent("merged.json").path
        let merging = try SlantProcess.run(["report", "merge", report, "-o", merged])
        #expect(merging.status == 0)
        #expect(try Data(contentsOf: URL(fileURLWithPath: merged)) == Data(contentsOf: URL(fileURLWithPath: report)))
    }
}

@Suite("slant score: frames present")
struct ScoreFramesPresentTests {
    @Test func recordsListTheFramesPresent() throws {
        // MFC lexicon: "supreme court" 2 + "ruled" 1 + "law" 1 + "unconstitutional" 2 = 6 ≥ 3.
        let input = "{\"id\":\"1\",\"outlet\":\"a\",\"text\":\"The Supreme Court ruled the law unconstitutional.\"}\n"
        let result = try SlantProcess.run(["score", "--frames", "Lexicons/frames-mfc.tsv", "-"], input: input)
        #expect(result.status == 0)
        #expect(result.standardOutput.contains("\"frames_present\":[\"Legality_Constitutionality_and_jurisprudence\"],"))
        let csv = try SlantProcess.run(["score", "--frames", "Lexicons/frames-mfc.tsv", "--format", "csv", "-"], input: input)
        #expect(csv.standardOutput.contains(",present_Legality_Constitutionality_and_jurisprudence,"))
    }
}
