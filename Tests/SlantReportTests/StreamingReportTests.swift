import Foundation
import Testing
@testable import SlantReport

/// A report with every part a report can hold: events, loaded naming, frame presence, roles, a
/// fingerprint, and names that need escaping or sort differently by bytes than by letters.
func richReport(outlets: [String] = ["Kyiv Ledger", "moscow/daily", "Zürich \"Post\"", "tab\there"], replicates: Int = 50) -> CorpusReport {
    var report = CorpusReport(frames: ["negotiation", "Aggression", "économie"],
                              actors: [.init(id: "ukraine", name: "Ukraine / Kyiv"), .init(id: "russia", name: "Russia \\ Kremlin")],
                              bootstrap: PoissonBootstrap(seed: 11, replicates: replicates))
    for (outletIndex, outlet) in outlets.enumerated() {
        for documentIndex in 0..<3 {
            var ukraine = DocumentSummary.Actor(index: 0, mentions: 2 + documentIndex, speeches: 1, portrayal: -0.25 * Double(documentIndex),
                                                voice: 0.5, frameWeights: [0.5, 0, 1.25], nearTerms: ["war": 2, "Ñandú": 1, "a/b": 1])
            ukraine.roleCounts = [1, 0, 2]
            let russia = DocumentSummary.Actor(index: 1, mentions: 1, speeches: 0, portrayal: nil, voice: nil)
            var summary = DocumentSummary(id: "d\(documentIndex)", outlet: outlet, tokens: 100 + outletIndex, sentences: 5,
                                          compound: 0.125 * Double(documentIndex) - 0.2, sentenceCompound: -0.1,
                                          frameShares: [0.5, 0.25, 0.25], actors: [ukraine, russia])
            summary.terms = ["war": 3, "peace": documentIndex, "Éire": 1, "Zed": 2, "quote\"d": 1, "ctl\u{01}": 1]
            summary.framePresence = [true, documentIndex == 1, false]
            summary.language = documentIndex == 2 ? "uk" : "en"
            summary.namingUkrainian = documentIndex
            summary.namingRussian = 1
            summary.namingTerms = ["+Kyiv": documentIndex, "-Kiev": 1]
            summary.event = "e\(documentIndex % 2)"
            report.add(summary)
        }
    }
    return report
}

@Suite("Streaming report writer and reader")
struct StreamingReportTests {
    func encoderBytes(_ report: CorpusReport) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return try encoder.encode(report)
    }

    @Test func writesTheBytesOfJSONEncoderWithSortedKeys() throws {
        let report = richReport()
        #expect(report.jsonData() == (try encoderBytes(report)))
        var bare = CorpusReport(frames: [], actors: [], bootstrap: PoissonBootstrap(seed: 1, replicates: 0))
        bare.fingerprint = nil
        #expect(bare.jsonData() == (try encoderBytes(bare)))
        #expect(String(decoding: bare.jsonData(), as: UTF8.self)
            == #"{"actors":[],"bootstrap":{"replicates":0,"seed":1},"format":"slant-report","frames":[],"outlets":{},"version":2}"#)
    }

    @Test func readsWhatItWritesAndWhatJSONDecoderReads() throws {
        let report = richReport()
        let bytes = report.jsonData()
        #expect(try CorpusReport(data: bytes, source: "r.json") == report)
        #expect(try JSONDecoder().decode(CorpusReport.self, from: bytes) == report)
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("streaming-\(UUID().uuidString).json")
        defer { try? FileManager.default.removeItem(at: file) }
        try bytes.write(to: file)
        #expect(try CorpusReport(contentsOf: file) == report)
    }

    @Test func writesInChunksThatAddUpToTheReport() throws {
        // 40 outlets of 1,000 replicates: over 64 KB, so more than one chunk.
        let report = richReport(outlets: (0..<40).map { "outlet \($0)" }, replicates: 1000)
        var chunks: [Int] = []
        var joined = Data()
        report.writeJSON { chunk in
            chunks.append(chunk.count)
            joined.append(contentsOf: chunk)
        }
        #expect(chunks.count > 1)
        #expect(joined == (try encoderBytes(report)))
    }

    /// Keys in any order, white space, replicates as plain lists (reports before the compact
    /// form), and keys this reader does not know.
    @Test func readsAHandWrittenReport() throws {
        let text = """
            { "version": 2, "format": "slant-report", "unknown": [1, {"x": null}, true, -2.5e3],
              "frames": ["f"], "actors": [{"name": "A", "id": "a"}],
              "bootstrap": {"seed": 7, "replicates": 2},
              "outlets": { "o": { "documents": 2, "tokens": 9, "sentences": 3, "languages": {"en": 2},
                "compound": {"count": 2, "sum": 500000000, "sumOfSquares": 250000000, "replicateCounts": [1, 3], "replicateSums": "zd1:gMq17gEA"},
                "sentenceCompound": {"count": 0, "sum": 0, "sumOfSquares": 0},
                "frameShares": {}, "actorMentions": {"total": 4, "replicates": [4, 8]},
                "actors": {"a": {"documents": 1, "mentions": {"total": 4}, "speeches": 0, "portrayal": {"count": 0, "sum": 0, "sumOfSquares": 0},
                                 "voice": {"count": 0, "sum": 0, "sumOfSquares": 0}, "frameWeights": {}, "nearTerms": {"w\\u00e9\\/x": 5}}},
                "terms": {"\\ud83d\\ude00": 1} } } }
            """
        let report = try CorpusReport(data: Data(text.utf8), source: "hand.json")
        #expect(report.bootstrap == PoissonBootstrap(seed: 7, replicates: 2))
        #expect(report.actors == [.init(id: "a", name: "A")])
        #expect(report.fingerprint == nil && report.events == nil)
        let outlet = try #require(report.outlets["o"])
        #expect(outlet.documents == 2 && outlet.tokens == 9 && outlet.sentences == 3 && outlet.languages == ["en": 2])
        #expect(outlet.compound.replicateCounts == [1, 3])
        // Bytes 80 CA B5 EE 01 00: varints 500,000,000 and 0, zigzag for differences 250,000,000 and 0.
        #expect(outlet.compound.replicateSums == [250_000_000, 250_000_000])
        #expect(outlet.actorMentions.replicates == [4, 8])
        #expect(outlet.actors["a"]?.nearTerms == ["wé/x": 5])
        #expect(outlet.terms == ["😀": 1])
    }

    func readError(_ text: String) -> String {
        do {
            _ = try CorpusReport(data: Data(text.utf8), source: "bad.json")
            return "read"
        } catch {
            return error.description
        }
    }

    @Test func refusesWithTheSameMessagesAsBefore() {
        #expect(readError(#"{"format":"other","version":2}"#) == #"bad.json: not a Slant report: format is "other", expected "slant-report""#)
        #expect(readError(#"{"format":"slant-report","version":1,"outlets":{}}"#)
            == "bad.json: not a Slant report: report version 1, this slant reads version 2: score the corpus again")
        #expect(readError("[1, 2]") == #"bad.json: not a Slant report: expected a JSON object with "format": "slant-report" and a "version" (byte 0: expected an object)"#)
        let truncated = String(decoding: richReport().jsonData().prefix(300), as: UTF8.self)
        #expect(readError(truncated) == #"bad.json: not a Slant report: expected a JSON object with "format": "slant-report" and a "version" (byte 300: the report ends too early)"#)
        let whole = String(decoding: richReport().jsonData(), as: UTF8.self)
        #expect(readError(whole + "x") == "bad.json: not a Slant report: byte \(whole.utf8.count): more after the report's closing }")
        let badReplicates = whole.replacingOccurrences(of: "\"replicateSums\":\"zd1:", with: "\"replicateSums\":\"zd2:")
        #expect(readError(badReplicates).contains(#": expected replicates as "zd1:" and base64, or as a list of integers"#))
        let fraction = whole.replacingOccurrences(of: "\"sentences\":15", with: "\"sentences\":15.5")
        #expect(readError(fraction).hasSuffix("expected an integer, found a fraction or exponent"))
    }

    @Test func keepsOnlyTheOutletsAskedForAndShowsEachOnce() throws {
        let report = richReport()
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("keep-\(UUID().uuidString).json")
        defer { try? FileManager.default.removeItem(at: file) }
        try report.jsonData().write(to: file)
        var seen: [String] = []
        let kept = try CorpusReport(contentsOf: file) { name, outlet, header throws(ReportError) in
            seen.append(name)
            #expect(header.frames == report.frames && header.bootstrap == report.bootstrap)
            #expect(outlet == report.outlets[name])
            return name.hasPrefix("m")
        }
        #expect(seen == ["Kyiv Ledger", "Zürich \"Post\"", "moscow/daily", "tab\there"])
        #expect(kept.outletNames == ["moscow/daily"])
        #expect(kept.events == report.events && kept.fingerprint == report.fingerprint)
    }
}

@Suite("Reading only the larger outlets")
struct LargeOutletsTests {
    @Test func keepsTheLargerOutletsAndPoolsEveryOne() throws {
        // Outlets with 1, 2 and 3 documents; keep those with at least 2.
        var report = CorpusReport(frames: ["f"], actors: [.init(id: "a", name: "A")], bootstrap: PoissonBootstrap(seed: 3, replicates: 20))
        for (outlet, documents) in [("one", 1), ("two", 2), ("three", 3)] {
            for index in 0..<documents {
                report.add(DocumentSummary(id: "\(outlet)-\(index)", outlet: outlet, tokens: 10, sentences: 2, compound: 0.25 * Double(index),
                                           sentenceCompound: 0, frameShares: [1],
                                           actors: [.init(index: 0, mentions: index + 1, speeches: 0, portrayal: -0.5, voice: nil)],
                                           terms: ["w\(index)": 1]))
            }
        }
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("large-\(UUID().uuidString).json")
        defer { try? FileManager.default.removeItem(at: file) }
        try report.jsonData().write(to: file)
        let large = try CorpusReport.readLargeOutlets(contentsOf: file, minimumDocuments: 2)
        #expect(large.report.outletNames == ["three", "two"])
        #expect(large.documents == ["one": 1, "two": 2, "three": 3])
        #expect(large.pool.documents == 6 && large.pool.terms == ["w0": 3, "w1": 2, "w2": 1])
        #expect(large.pool == (try report.pooled(as: "all")).outlets["all"])
        let whole = try report.addingPool(named: "all")
        #expect(try large.addingPool(named: "all").outlets == whole.outlets.filter { $0.key != "one" })
        #expect(throws: ReportError.incompatible("the report already has an outlet called \"one\"")) { try large.addingPool(named: "one") }
    }
}
