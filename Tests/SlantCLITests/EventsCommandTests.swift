import Foundation
import Testing

@Suite("slant events and compare --by-event")
struct EventsCommandTests {
    /// The sample reports five events, each told by all three outlets.
    @Test func theSampleHasFiveEventsOfThreeOutletsForAnyJobs() throws {
        let one = try SlantProcess.run(["events", "Examples/corpus.jsonl", "--jobs", "1"])
        let two = try SlantProcess.run(["events", "Examples/corpus.jsonl", "--jobs", "2"])
        #expect(one.status == 0, "\(one.standardError)")
        #expect(one.standardOutput == two.standardOutput)
        #expect(one.standardError == "15 documents, 5 events: 5 of 2 or more documents (holding 15), 0 single; 0 rejected\n")
        var events: [String: Set<String>] = [:]
        for line in one.standardOutput.split(separator: "\n") {
            let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: String])
            events[object["event"]!, default: []].insert(object["id"]!)
        }
        // The sample's ids name the event (the same id in each outlet).
        #expect(events.count == 5)
        #expect(events.values.allSatisfy { $0.count == 1 })
    }

    @Test func standardInputIsRefused() throws {
        let result = try SlantProcess.run(["events", "-"])
        #expect(result.status == 64)
        #expect(result.standardError.contains("slant events reads its input twice"))
    }

    @Test func scoreCarriesEventsIntoRecordsAndCompareByEvent() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("slant-events-\(UUID())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let events = directory.appendingPathComponent("events.jsonl").path
        let report = directory.appendingPathComponent("report.json").path
        let records = directory.appendingPathComponent("records.jsonl").path
        #expect(try SlantProcess.run(["events", "Examples/corpus.jsonl", "-o", events]).status == 0)
        let scored = try SlantProcess.run(["score", "Examples/corpus.jsonl", "--events", events, "-o", records, "--report", report])
        #expect(scored.status == 0, "\(scored.standardError)")
        #expect(try String(contentsOfFile: records, encoding: .utf8).split(separator: "\n").allSatisfy { $0.contains("\"event\":\"e") })
        let markdown = try SlantProcess.run(["compare", report, "--by-event", "--min-events", "3"])
        #expect(markdown.status == 0, "\(markdown.standardError)")
        #expect(markdown.standardOutput.contains("| kyiv-ledger | 5 | 5 | 5 | 5 | 5 (100%) |"))
        #expect(markdown.standardOutput.contains("### kyiv-ledger − moscow-courier (5 shared events)"))
        for format in ["csv", "json", "html"] {
            let result = try SlantProcess.run(["compare", report, "--by-event", "--format", format])
            #expect(result.status == 0)
            #expect(!result.standardOutput.isEmpty)
        }
        let withoutEvents = try SlantProcess.run(["compare", Self.plainReport(directory), "--by-event"])
        #expect(withoutEvents.status != 0)
        #expect(withoutEvents.standardError.contains("the report has no events"))
    }

    static func plainReport(_ directory: URL) throws -> String {
        let report = directory.appendingPathComponent("plain.json").path
        _ = try SlantProcess.run(["score", "Examples/corpus.jsonl", "--report", report, "-o", directory.appendingPathComponent("plain.jsonl").path])
        return report
    }
}
