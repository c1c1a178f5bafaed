import Foundation
import Testing
import SlantCorpus
import SlantReport
import SlantScoring
import SlantText

/// Scores `inputs` and returns the records, the rejections and the report.
func score(_ inputs: [String], jobs: Int, batchSize: Int = 2) throws -> (records: String, rejections: [Rejection], report: CorpusReport) {
    let (tokenizer, model) = try bundledTokenizerAndModel()
    let pipeline = try ScoringPipeline(model: model, tokenizerOptions: tokenizer.options, jobs: jobs, batchSize: batchSize)
    let writer = DocumentRecordWriter(format: .jsonl, model: model)
    var reader = CorpusReader(inputs: inputs)
    var records = ""
    var rejections: [Rejection] = []
    var report = CorpusReport(model: model)
    try pipeline.run(&reader) { outcome in
        switch outcome {
        case .scored(let document):
            records += writer.record(document)
            report.add(document)
        case .rejected(let rejection):
            rejections.append(rejection)
        }
    }
    return (records, rejections, report)
}

/// A temporary directory removed at the end of the test.
func temporaryDirectory() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("slant-corpus-\(UUID())")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
}

@Suite("Scoring a corpus")
struct CorpusTests {
    @Test func outputIsByteIdenticalForAnyNumberOfJobs() throws {
        let inputs = [examples.appendingPathComponent("corpus.jsonl").path, examples.appendingPathComponent("corpus").path]
        let one = try score(inputs, jobs: 1)
        let four = try score(inputs, jobs: 4)
        let three = try score(inputs, jobs: 3, batchSize: 5)
        #expect(one.records.split(separator: "\n").count == 30)
        #expect(one.records == four.records)
        #expect(one.records == three.records)
        #expect(one.report.jsonData() == four.report.jsonData())
    }

    @Test func everyInputFormGivesTheSameRecords() throws {
        let tree = try score([examples.appendingPathComponent("corpus").path], jobs: 2)
        let jsonl = try score([examples.appendingPathComponent("corpus.jsonl").path], jobs: 2)
        let csv = try score([examples.appendingPathComponent("corpus.csv").path], jobs: 2)
        #expect(tree.records == jsonl.records)
        #expect(tree.records == csv.records)
        #expect(tree.rejections.isEmpty && jsonl.rejections.isEmpty && csv.rejections.isEmpty)
    }

    @Test func mergedShardReportsEqualTheReportOfTheUnion() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let lines = try String(contentsOf: examples.appendingPathComponent("corpus.jsonl"), encoding: .utf8)
            .split(separator: "\n").map(String.init)
        let shardA = directory.appendingPathComponent("a.jsonl")
        let shardB = directory.appendingPathComponent("b.jsonl")
        try (lines[..<7].joined(separator: "\n") + "\n").write(to: shardA, atomically: true, encoding: .utf8)
        try (lines[7...].joined(separator: "\n") + "\n").write(to: shardB, atomically: true, encoding: .utf8)
        var merged = try score([shardA.path], jobs: 2).report
        try merged.merge(score([shardB.path], jobs: 1).report)
        let union = try score([shardA.path, shardB.path], jobs: 2).report
        #expect(merged == union)
        #expect(merged.jsonData() == union.jsonData())
        #expect(merged.outlets.values.reduce(0) { $0 + $1.documents } == 15)
    }

    @Test func badRecordsAreRejectedWithReasonsAndTheCountsAddUp() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let jsonl = directory.appendingPathComponent("mixed.jsonl")
        try Data("""
            {"id": "1", "outlet": "a", "text": "Kyiv said no."}
            {"id": "2", "outlet": "a", "text": "unterminated
            {"id": "3", "outlet": "a", "text": "   "}
            {"id": "4", "outlet": "a"}

            {"id": "5", "text": "No outlet."}
            {"id": "6", "outlet": "b", "text": "Moscow said yes.", "targets": [{"start": 0, "end": 6}]}
            {"id": "7", "outlet": "b", "text": "Bad target.", "targets": [{"start": 5, "end": 2}]}

            """.utf8).write(to: jsonl)
        let csv = directory.appendingPathComponent("rows.csv")
        try Data("id,outlet,text\nc1,a,Fine text.\nc2,a\nc3,b,\"Quoted, with a comma.\"\n".utf8).write(to: csv)
        let tree = directory.appendingPathComponent("tree/outlet-x")
        try FileManager.default.createDirectory(at: tree, withIntermediateDirectories: true)
        try Data("Good text.".utf8).write(to: tree.appendingPathComponent("good.txt"))
        try Data([0x48, 0x69, 0xFF, 0x21]).write(to: tree.appendingPathComponent("latin1.txt"))
        try Data("\n \n".utf8).write(to: tree.appendingPathComponent("empty.txt"))
        let missing = directory.appendingPathComponent("missing.jsonl").path

        let result = try score([jsonl.path, csv.path, directory.appendingPathComponent("tree").path, missing], jobs: 2)
        let reasons = result.rejections.map { "\(URL(fileURLWithPath: $0.source).lastPathComponent):\($0.record): \($0.reason)" }
        #expect(reasons == [
            "mixed.jsonl:2: expected a JSON object on one line",
            "mixed.jsonl:3: the document is empty",
            "mixed.jsonl:4: expected a string field \"text\"",
            "mixed.jsonl:6: expected a string field \"outlet\" (or pass --outlet)",
            "rows.csv:3: expected 3 fields as in the header, found 2",
            "empty.txt:0: the document is empty",
            "missing.jsonl:0: cannot read: No such file or directory",
        ])
        // latin1.txt is scored: in a text file ill-formed UTF-8 reads as U+FFFD. Record 7 is
        // scored too: only its bad target is rejected.
        let scored = result.records.split(separator: "\n")
        #expect(scored.count == 7)
        #expect(scored[2].contains("\"id\":\"7\"") && !scored[2].contains("\"targets\""))
        // 7 JSONL records + 3 CSV rows + 3 files + 1 missing input = 14 items read.
        #expect(scored.count + result.rejections.count == 14)
        #expect(scored[1].contains("\"targets\":[{\"start\":0,\"end\":6,"))
    }
}
