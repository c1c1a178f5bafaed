import Foundation
import Testing

/// The comparison the CLI writes as JSON, as far as these tests read it.
struct ComparisonJSON: Decodable {
    struct Interval: Decodable { let estimate: Double; let lower: Double?; let upper: Double? }
    struct ActorInOutlet: Decodable { let outlet: String; let portrayal: Interval?; let mentionShare: Interval? }
    struct Difference: Decodable { let first: String; let second: String; let difference: Interval }
    struct Actor: Decodable { let id: String; let outlets: [ActorInOutlet]; let portrayalDifferences: [Difference] }
    struct Outlet: Decodable { let name: String; let documents: Int }
    let outlets: [Outlet]
    let actors: [Actor]

    func portrayal(of actor: String) -> [String: Double] {
        var tones: [String: Double] = [:]
        for entry in actors.first(where: { $0.id == actor })?.outlets ?? [] { tones[entry.outlet] = entry.portrayal?.estimate }
        return tones
    }
}

@Suite("slant compare")
struct CompareCommandTests {
    /// Scores the sample once: the report and the records.
    static let sample: (directory: URL, report: String, records: String) = {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("slant-compare-\(UUID())")
        try! FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let report = directory.appendingPathComponent("report.json").path
        let records = directory.appendingPathComponent("records.jsonl").path
        let result = try! SlantProcess.run(["score", "Examples/corpus", "-o", records, "--report", report])
        precondition(result.status == 0, result.standardError)
        return (directory, report, records)
    }()

    static func comparison(_ arguments: [String]) throws -> ComparisonJSON {
        let result = try SlantProcess.run(["compare"] + arguments + ["--format", "json"])
        #expect(result.status == 0, "\(result.standardError)")
        return try JSONDecoder().decode(ComparisonJSON.self, from: Data(result.standardOutput.utf8))
    }

    /// The sample's outlets were written with known slants: kyiv-ledger sides with Kyiv,
    /// moscow-courier with Moscow, northwire is a wire service in between.
    @Test func theSampleOutletsComeOutInTheOrderTheirSlantsWereWritten() throws {
        let comparison = try Self.comparison([Self.sample.report])
        #expect(comparison.outlets.map(\.name) == ["kyiv-ledger", "moscow-courier", "northwire"])
        let kremlin = comparison.portrayal(of: "russia")
        #expect(kremlin["kyiv-ledger"]! < kremlin["northwire"]!)
        #expect(kremlin["northwire"]! < kremlin["moscow-courier"]!)
        let kyiv = comparison.portrayal(of: "ukraine")
        #expect(kyiv["moscow-courier"]! < kyiv["northwire"]!)
        #expect(kyiv["northwire"]! < kyiv["kyiv-ledger"]!)
        // And the data are clear about the two partisan outlets: the interval of the difference excludes 0.
        let russia = try #require(comparison.actors.first { $0.id == "russia" })
        let partisan = try #require(russia.portrayalDifferences.first { $0.first == "kyiv-ledger" && $0.second == "moscow-courier" })
        #expect(try #require(partisan.difference.upper) < 0)
    }

    @Test func scoredRecordsGiveTheReportsFiguresToFourDecimals() throws {
        let fromReport = try Self.comparison([Self.sample.report, "--outlets", "northwire,kyiv-ledger"])
        let fromRecords = try Self.comparison([Self.sample.records, "--outlets", "northwire,kyiv-ledger"])
        #expect(fromRecords.outlets.map(\.name) == ["northwire", "kyiv-ledger"])
        for actor in ["russia", "ukraine"] {
            for (outlet, tone) in fromReport.portrayal(of: actor) {
                #expect(abs(try #require(fromRecords.portrayal(of: actor)[outlet]) - tone) < 1e-4)
            }
        }
    }

    @Test func severalReportsAreOneGroupEach() throws {
        let directory = Self.sample.directory
        let lines = try String(contentsOfFile: "\(SlantProcess.repositoryRoot.path)/Examples/corpus.jsonl", encoding: .utf8)
            .split(separator: "\n").map(String.init)
        let partisan = directory.appendingPathComponent("partisan.jsonl").path
        try (lines.filter { !$0.contains("\"outlet\": \"northwire\"") }.joined(separator: "\n") + "\n").write(toFile: partisan, atomically: true, encoding: .utf8)
        let partisanReport = directory.appendingPathComponent("partisan.json").path
        #expect(try SlantProcess.run(["score", partisan, "--report", partisanReport]).status == 0)
        let comparison = try Self.comparison([partisanReport, Self.sample.report])
        #expect(comparison.outlets.map(\.name) == ["partisan", "report"])
        #expect(comparison.outlets.map(\.documents) == [10, 15])
        // Two files with the same name would be one group: refused, not silently added up.
        let elsewhere = directory.appendingPathComponent("other")
        try FileManager.default.createDirectory(at: elsewhere, withIntermediateDirectories: true)
        let twin = elsewhere.appendingPathComponent("report.json").path
        try FileManager.default.copyItem(atPath: Self.sample.report, toPath: twin)
        let clash = try SlantProcess.run(["compare", Self.sample.report, twin])
        #expect(clash.status == 64)
        #expect(clash.standardError.contains("two reports would both be the group \"report\": rename one, or pass --merge to add them up"))
    }

    @Test func unknownOutletsAndMixedInputsAreClearErrors() throws {
        let unknown = try SlantProcess.run(["compare", Self.sample.report, "--outlets", "kyiv-ledger,the-times"])
        #expect(unknown.status == 64)
        #expect(unknown.standardError == "slant: no outlet \"the-times\" in the report (it has: kyiv-ledger, moscow-courier, northwire)\n")
        let mixed = try SlantProcess.run(["compare", Self.sample.report, Self.sample.records])
        #expect(mixed.status == 64)
        #expect(mixed.standardError.contains("give either reports (.json) or scored records (.jsonl), not both"))
    }

    @Test func markdownCSVAndHTMLCarryTheSameEstimate() throws {
        let markdown = try SlantProcess.run(["compare", Self.sample.report, "--actors", "russia"]).standardOutput
        #expect(markdown.contains("| kyiv-ledger | 5 | 18 | 0.367 [0.235, 0.484] | -0.344 [-0.465, -0.165] | – |"))
        let csv = try SlantProcess.run(["compare", Self.sample.report, "--format", "csv"]).standardOutput
        #expect(csv.hasPrefix("section,measure,actor,frame,word,outlet,other_outlet,estimate,lower,upper,documents,count,other_count\n"))
        #expect(csv.contains("\nactor,portrayal,russia,,,kyiv-ledger,,-0.343747"))
        let html = try SlantProcess.run(["compare", Self.sample.report, "--format", "html", "--near", "russia"]).standardOutput
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(html.hasSuffix("</html>\n"))
        #expect(html.components(separatedBy: "<svg ").count == html.components(separatedBy: "</svg>").count)
        #expect(html.contains("<title>kyiv-ledger · portrayal: -0.344 [-0.465, -0.165]</title>"))
        #expect(!html.contains("<script"))
        #expect(!html.contains("http://") && !html.contains("https://"))
    }
}

@Suite("slant bench")
struct BenchCommandTests {
    /// The command runs every stage and prints one row each; the figures themselves are not
    /// checked (tests never time things).
    @Test func printsEveryStageAndTheScaling() throws {
        let result = try SlantProcess.run(["bench", "--size", "30KB", "--jobs", "2"])
        #expect(result.status == 0, "\(result.standardError)")
        let lines = result.standardOutput.split(separator: "\n").map(String.init)
        #expect(lines.first?.hasPrefix("slant bench: ") == true && lines.first?.contains("MB of synthetic news") == true)
        for stage in ["raw ICU word-break loop", "tokenize ", "tokenize + lexicon lookup", "tokenize + sentiment", "tokenize + full analysis"] {
            #expect(lines.contains { $0.hasPrefix(stage) }, "no row for \(stage)")
        }
        #expect(lines.filter { $0.hasPrefix("slant score: JSONL in, records out") }.count == 2)
        #expect(lines.last?.hasPrefix("scaling: ") == true)
        let bad = try SlantProcess.run(["bench", "--size", "lots"])
        #expect(bad.status == 64)
    }

    /// With rounds, each row gains the range of its ratio and the scaling line lists every round.
    @Test func roundsShowTheRangeAndEachRoundsScaling() throws {
        let result = try SlantProcess.run(["bench", "--size", "20KB", "--jobs", "2", "--rounds", "2"])
        #expect(result.status == 0, "\(result.standardError)")
        let lines = result.standardOutput.split(separator: "\n").map(String.init)
        #expect(lines.contains { $0.hasPrefix("stage") && $0.hasSuffix("range") })
        let ceiling = try #require(lines.first { $0.hasPrefix("raw ICU word-break loop") })
        #expect(ceiling.hasSuffix("1.00    1.00–1.00"))
        let scaling = try #require(lines.last)
        #expect(scaling.hasPrefix("scaling: ") && scaling.contains("(rounds: ") && scaling.filter { $0 == "," }.count == 1)
        #expect(try SlantProcess.run(["bench", "--rounds", "0"]).status == 64)
    }
}
