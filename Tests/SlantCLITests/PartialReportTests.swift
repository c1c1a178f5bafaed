import Foundation
import Testing

/// Partial reports on standard output (`slant score - --report -`) and `slant report merge -`:
/// what a Spark job (Examples/spark/) does with each partition.
@Suite("partial reports on standard output")
struct PartialReportTests {
    /// The sample's JSONL lines, split into shards as a cluster might split them.
    static let lines: [String] = {
        let text = try! String(contentsOf: SlantProcess.repositoryRoot.appendingPathComponent("Examples/corpus.jsonl"), encoding: .utf8)
        return text.split(separator: "\n").map { String($0) + "\n" }
    }()

    static func temporaryDirectory() throws -> URL {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("slant-partial-\(UUID())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        return directory
    }

    @Test func reportGoesToStandardOutputAsOneLineInPlaceOfTheRecords() throws {
        let result = try SlantProcess.run(["score", "-", "--report", "-"], input: Self.lines[0] + Self.lines[5])
        #expect(result.status == 0)
        #expect(result.standardError == "2 read, 2 scored, 0 rejected\n")
        #expect(result.standardOutput.hasPrefix("{\"actors\":[{\"id\":\"ukraine\""))
        #expect(result.standardOutput.filter { $0 == "\n" }.count == 1)
        #expect(result.standardOutput.hasSuffix("}\n"))
        // Two documents of two outlets: kyiv-ledger (line 1) and moscow-courier (line 6).
        #expect(result.standardOutput.contains("\"kyiv-ledger\":{\"actorMentions\""))
        #expect(result.standardOutput.contains("\"moscow-courier\":{\"actorMentions\""))
        #expect(!result.standardOutput.contains("\"northwire\""))
    }

    @Test func recordsGoToTheFileNamedByOutputBesideTheReport() throws {
        let directory = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let records = directory.appendingPathComponent("records.jsonl")
        let result = try SlantProcess.run(["score", "-", "--report", "-", "-o", records.path], input: Self.lines[0] + Self.lines[5])
        #expect(result.status == 0)
        let written = try String(contentsOf: records, encoding: .utf8)
        #expect(written.split(separator: "\n").count == 2)
        #expect(written.hasPrefix("{\"id\":\"2026-02-14-munich\",\"outlet\":\"kyiv-ledger\""))
        #expect(result.standardOutput.hasPrefix("{\"actors\":"))
    }

    @Test func bothOnStandardOutputIsRefused() throws {
        let result = try SlantProcess.run(["score", "-", "--report", "-", "-o", "-"], input: Self.lines[0])
        #expect(result.status == 64)
        #expect(result.standardError.hasPrefix("Error: --report - and -o - both name standard output; give the records a file with -o FILE\n"))
    }

    /// Shards of 4, 6 and 5 lines in a scrambled order, scored separately with `--report -`,
    /// piped into `slant report merge -`: the same bytes as one local run over the whole file.
    @Test func shardsMergedFromStandardInputEqualOneRunByteForByte() throws {
        let directory = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let whole = directory.appendingPathComponent("whole.json")
        let local = try SlantProcess.run(["score", "Examples/corpus.jsonl", "--jobs", "2", "--report", whole.path,
                                          "-o", directory.appendingPathComponent("records.jsonl").path])
        #expect(local.status == 0)
        #expect(Self.lines.count == 15)
        let shards = [Self.lines[9..<15], Self.lines[0..<4], Self.lines[4..<9]]
        var partials = ""
        for shard in shards {
            let scored = try SlantProcess.run(["score", "-", "--jobs", "1", "--report", "-"], input: shard.joined())
            #expect(scored.status == 0)
            partials += scored.standardOutput
        }
        #expect(partials.filter { $0 == "\n" }.count == 3)
        let merged = directory.appendingPathComponent("merged.json")
        let merging = try SlantProcess.run(["report", "merge", "-", "-o", merged.path], input: partials)
        #expect(merging.status == 0)
        #expect(try Data(contentsOf: merged) == Data(contentsOf: whole))
        // Without -o the merged report goes to standard output, ending with a newline.
        let printed = try SlantProcess.run(["report", "merge", "-"], input: partials)
        #expect(Data(printed.standardOutput.utf8) == (try Data(contentsOf: whole)) + Data("\n".utf8))
    }

    @Test func standardInputWithoutReportsIsAnErrorNamingTheLine() throws {
        let empty = try SlantProcess.run(["report", "merge", "-"], input: "\n")
        #expect(empty.status == 65)
        #expect(empty.standardError == "slant: -: not a Slant report: standard input held no report; expected one JSON report per line\n")
        let junk = try SlantProcess.run(["report", "merge", "-"], input: "\n{\"format\":\"other\",\"version\":2}\n")
        #expect(junk.status == 65)
        #expect(junk.standardError == "slant: -:2: not a Slant report: format is \"other\", expected \"slant-report\"\n")
    }
}
