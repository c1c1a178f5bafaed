import Foundation
import Testing
import SlantReport

/// Reports are checked when read, merged with overflow checks, and refused when their
/// fingerprints differ or their documents overlap.
@Suite("Report safety")
struct ReportSafetyTests {
    /// The report of the sample corpus's JSONL lines `range`.
    static func shard(_ range: Range<Int>) throws -> CorpusReport {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let lines = try String(contentsOf: examples.appendingPathComponent("corpus.jsonl"), encoding: .utf8).split(separator: "\n")
        let file = directory.appendingPathComponent("shard.jsonl")
        try (lines[range].joined(separator: "\n") + "\n").write(to: file, atomically: true, encoding: .utf8)
        return try score([file.path], jobs: 1).report
    }

    /// `report` as JSON, changed by `edit`, read back.
    static func edited(_ report: CorpusReport, _ edit: (inout [String: Any]) -> Void) throws -> CorpusReport {
        var object = try #require(try JSONSerialization.jsonObject(with: report.jsonData()) as? [String: Any])
        edit(&object)
        return try CorpusReport(data: JSONSerialization.data(withJSONObject: object), source: "edited.json")
    }

    /// Sets `outlets[outlet][key] = value`.
    static func setOutlet(_ object: inout [String: Any], _ outlet: String, _ key: String, _ value: Any) {
        var outlets = object["outlets"] as! [String: Any]
        var aggregate = outlets[outlet] as! [String: Any]
        aggregate[key] = value
        outlets[outlet] = aggregate
        object["outlets"] = outlets
    }

    static func readError(_ body: () throws -> CorpusReport) -> String? {
        do {
            _ = try body()
            return nil
        } catch {
            return "\(error)"
        }
    }

    @Test func aReportMergedWithItselfIsRefusedAndLeftUnchanged() throws {
        var report = try Self.shard(0..<5)
        let before = report
        #expect(throws: ReportError.incompatible("the reports share documents (5 of their 128 smallest document hashes): a report given twice, or shards that overlap")) {
            try report.merge(before)
        }
        #expect(report == before)
        // Disjoint shards merge, and the merged sketch is the union's.
        var merged = try Self.shard(0..<7)
        try merged.merge(Self.shard(7..<15))
        #expect(merged.fingerprint == (try Self.shard(0..<15)).fingerprint)
    }

    @Test func reportsOfOtherLexiconsAreRefused() throws {
        var report = try Self.shard(0..<5)
        let other = try Self.edited(Self.shard(5..<10)) { object in
            var fingerprint = object["fingerprint"] as! [String: Any]
            fingerprint["model"] = "0123456789abcdef"
            object["fingerprint"] = fingerprint
        }
        #expect(throws: ReportError.self) { try report.merge(other) }
        do {
            try report.merge(other)
        } catch {
            #expect("\(error)".hasPrefix("cannot merge the reports: the reports were made with different lexicons, actors, frames or bootstrap (fingerprints "))
        }
    }

    @Test func negativeCountsAndMeansOutsideTheScaleAreRefusedOnRead() throws {
        let report = try Self.shard(0..<5)
        #expect(Self.readError { try Self.edited(report) { Self.setOutlet(&$0, "kyiv-ledger", "documents", -3) } }
            == "edited.json: not a Slant report: outlet \"kyiv-ledger\": documents is -3; counts are never negative")
        #expect(Self.readError { try Self.edited(report) { object in
            Self.setOutlet(&object, "kyiv-ledger", "compound", ["count": 2, "sum": 5_000_000_000, "sumOfSquares": 1_000_000_000])
        } } == "edited.json: not a Slant report: outlet \"kyiv-ledger\" compound: the sum of 2 values in [-1, 1] is 5.0")
        #expect(Self.readError { try Self.edited(report) { object in
            Self.setOutlet(&object, "kyiv-ledger", "compound", ["count": 9, "sum": 0, "sumOfSquares": 0])
        } } == "edited.json: not a Slant report: outlet \"kyiv-ledger\" compound: count 9 lies outside 0...5")
    }

    @Test func eventCellsAreCheckedToo() throws {
        let report = try Self.shard(0..<5)
        #expect(Self.readError { try Self.edited(report) { object in
            object["events"] = ["e1": ["kyiv-ledger": ["documents": -1, "measures": [:] as [String: Any]]]]
        } } == "edited.json: not a Slant report: event \"e1\" outlet \"kyiv-ledger\": documents is -1; counts are never negative")
        #expect(Self.readError { try Self.edited(report) { object in
            object["events"] = ["e1": ["kyiv-ledger": ["documents": 1, "measures": ["compound": ["count": 1, "sum": 3_000_000_000, "sumOfSquares": 0]]]]]
        } } == "edited.json: not a Slant report: event \"e1\" outlet \"kyiv-ledger\" compound: the sum of 1 values in [-1, 1] is 3.0")
    }

    @Test func sumsPastInt64MaxAreAnErrorNotATrap() throws {
        let huge = Int64.max
        var left = try Self.edited(Self.shard(0..<3)) { Self.setOutlet(&$0, "kyiv-ledger", "tokens", huge) }
        let right = try Self.edited(Self.shard(3..<5)) { Self.setOutlet(&$0, "kyiv-ledger", "tokens", huge) }
        let before = left
        #expect(throws: ReportError.overflow("tokens")) { try left.merge(right) }
        #expect(left == before)
        #expect("\(ReportError.overflow("tokens"))" == "cannot merge the reports: their tokens add up to more than 9223372036854775807 (a damaged report?)")
    }
}
