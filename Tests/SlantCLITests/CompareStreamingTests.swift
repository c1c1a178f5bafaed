import Foundation
import Testing

@Suite("slant compare on a report of many outlets")
struct CompareStreamingTests {
    /// The sample's 15 articles spread over twelve outlets: three with one article, nine with
    /// two (articles reused under new ids), scored into a report.
    static let report: String = {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("slant-many-\(UUID())")
        try! FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let lines = try! String(contentsOf: SlantProcess.repositoryRoot.appendingPathComponent("Examples/corpus.jsonl"), encoding: .utf8)
            .split(separator: "\n")
        var corpus = ""
        var next = 0
        for outlet in 0..<12 {
            for copy in 0..<(outlet < 3 ? 1 : 2) {
                var object = try! JSONSerialization.jsonObject(with: Data(lines[next % lines.count].utf8)) as! [String: Any]
                next += 1
                object["outlet"] = "outlet-\(outlet)"
                object["id"] = "\(object["id"]!)-\(outlet)-\(copy)"
                corpus += String(decoding: try! JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]), as: UTF8.self) + "\n"
            }
        }
        let input = directory.appendingPathComponent("many.jsonl")
        try! corpus.write(to: input, atomically: true, encoding: .utf8)
        let report = directory.appendingPathComponent("many.json").path
        let result = try! SlantProcess.run(["score", input.path, "-o", directory.appendingPathComponent("records.jsonl").path, "--report", report])
        precondition(result.status == 0, result.standardError)
        return report
    }()

    /// With more than eight outlets the report is read keeping only the outlets shown and
    /// pooling the rest as they stream; `--lang en` reads it whole (every article is English),
    /// so the two must print the same comparison.
    @Test(arguments: ["md", "csv", "json", "html"])
    func streamingGivesWhatReadingWholeGives(format: String) throws {
        let streamed = try SlantProcess.run(["compare", Self.report, "--min-documents", "2", "--format", format])
        let whole = try SlantProcess.run(["compare", Self.report, "--min-documents", "2", "--lang", "en", "--format", format])
        #expect(streamed.status == 0, "\(streamed.standardError)")
        #expect(whole.status == 0, "\(whole.standardError)")
        #expect(streamed.standardOutput == whole.standardOutput)
        if format == "md" {
            #expect(streamed.standardOutput.contains("Outlets with fewer than 2 documents are left out: 3 of 12, with 3 documents"))
            // Nine outlets shown: each is compared with all twelve pooled.
            #expect(streamed.standardOutput.contains("Differences are each outlet − (all outlets)"))
        }
    }
}
