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
        #expect(shown.standardOutput.contains("| Russia / Kremlin | kyiv-ledger | 5 | 18 | -0.344 ± 0.071 | – | 0 |"))
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

@Suite("slant eval frames")
struct EvalFramesCommandTests {
    /// With the MFC lexicon: 1. Legality "supreme court" 2 + ruled 1 + law 1 + unconstitutional 2 = 6,
    /// right. 2. Crime police 1 + arrest* 2 + suspect* 1 + charged 1 + murder* 2 = 7, right; its
    /// Legality label missed. 3. Public opinion voters 1 + polls 2 = 3, wrong; Political missed.
    /// Micro: P 2/3, R 2/4, F1 4/7. Macro over the four frames that occur: (2/3 + 1 + 0 + 0) / 4.
    /// Baseline (Legality 2, then Crime, Political by name): k = 1 F1 4/7, k = 2 0.6, k = 3
    /// P 4/9, R 1, F1 8/13 = 0.6154; its macro: Legality P 2/3 R 1 → 0.8, Crime P 1/3 R 1 → 0.5,
    /// Political 0.5, over 3 frames 0.6.
    @Test func microMacroAndBaselineOnAHandMadeSet() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("slant-frames-\(UUID()).jsonl")
        try Data("""
            {"id":"1","text":"The Supreme Court ruled the law unconstitutional.","frames":["Legality_Constitutionality_and_jurisprudence"]}
            {"id":"2","text":"Police arrested the suspect and charged him with murder.","frames":["Crime_and_punishment","Legality_Constitutionality_and_jurisprudence"]}
            {"id":"3","text":"Voters went to the polls.","frames":["Political"]}

            """.utf8).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let result = try SlantProcess.run(["eval", "frames", file.path, "--frames", "Lexicons/frames-mfc.tsv"])
        #expect(result.status == 0)
        let lines = result.standardOutput.split(separator: "\n").map(String.init)
        #expect(lines.contains("micro_precision: 0.6667"))
        #expect(lines.contains("micro_recall: 0.5000"))
        #expect(lines.contains("micro_f1: 0.5714"))
        #expect(lines.contains("macro_f1: 0.4167"))
        #expect(lines.contains("baseline: the 3 most frequent labelled frames for every document"))
        #expect(lines.contains("baseline_micro_f1: 0.6154"))
        #expect(lines.contains("baseline_macro_f1: 0.6000"))
        #expect(lines.contains("Public_opinion                                0.0000     0.0000  0.0000  0        1"))
    }

    @Test func predictionsNeverReplaceTheFrameLexicon() throws {
        let directory = FileManager.default.temporaryDirectory
        let gold = directory.appendingPathComponent("slant-frames-\(UUID()).jsonl")
        let lexicon = directory.appendingPathComponent("slant-frames-\(UUID()).tsv")
        try Data("{\"text\":\"Talks.\",\"frames\":[\"Political\"]}\n".utf8).write(to: gold)
        try Data("term\tweight\tcategory\ntalks\t2\tnegotiation\n".utf8).write(to: lexicon)
        defer { for url in [gold, lexicon] { try? FileManager.default.removeItem(at: url) } }
        let result = try SlantProcess.run(["eval", "frames", gold.path, "--frames", lexicon.path, "--predictions", lexicon.path])
        #expect(result.status == 64)
        #expect(try String(contentsOf: lexicon, encoding: .utf8) == "term\tweight\tcategory\ntalks\t2\tnegotiation\n")
    }

    @Test func aBadRecordNamesItsLine() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("slant-frames-\(UUID()).jsonl")
        try Data("{\"text\":\"a\",\"frames\":[]}\n{\"text\":\"b\",\"frames\":\"Political\"}\n".utf8).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let result = try SlantProcess.run(["eval", "frames", file.path])
        #expect(result.status == 65)
        #expect(result.standardError.hasPrefix("slant: \(file.path):2: expected a JSON object with a string \"text\" and a list of frame ids \"frames\""))
    }
}
