import Foundation
import Testing
@testable import SlantCorpus
import SlantScoring
import SlantText

/// The record writer's byte buffer and the JSON records written with it: the bytes of the
/// general ``JSONWriter`` and of `DataFile.decimal`, exactly.
@Suite("Record bytes")
struct RecordBytesTests {
    static func decimal(_ value: Double) -> String {
        var bytes = RecordBytes(capacity: 1)
        bytes.appendDecimal(value)
        return String(decoding: bytes.array, as: UTF8.self)
    }

    /// Hand-worked: four places rounded half away from zero, no trailing zeros, no negative
    /// zero, `null` when not finite, whole numbers (by `DataFile.wholeNumber`) past 2^63 / 10⁴
    /// (922337203685477.5807 scales to 2^63, one past `Int64`, so it is written whole).
    @Test(arguments: [
        (0.0, "0"), (-0.0, "0"), (1, "1"), (-1, "-1"), (0.25, "0.25"), (-0.1234, "-0.1234"), (0.12345, "0.1235"),
        (-0.12345, "-0.1235"), (0.00004, "0"), (-0.00004, "0"), (0.00005, "0.0001"), (-0.00005, "-0.0001"), (1.05, "1.05"),
        (9.99995, "10"), (-99.99999, "-100"), (0.1 + 0.2, "0.3"), (123456.789, "123456.789"), (1e15, "1000000000000000"),
        (-3e17, "-300000000000000000"), (.infinity, "null"), (-.infinity, "null"), (.nan, "null"),
        (922_337_203_685_477.5807, "922337203685478"), (1e20, "100000000000000000000"),
        (Double.leastNonzeroMagnitude, "0"), (-Double.leastNonzeroMagnitude, "0"),
    ] as [(Double, String)])
    func decimals(_ value: Double, _ expected: String) {
        #expect(Self.decimal(value) == expected)
        #expect(Self.decimal(value) == DataFile.decimal(value))
    }

    /// One million generated doubles (a fixed seed), each written as `DataFile.decimal` writes
    /// it: random bit patterns (every exponent, sign, NaN payloads), values in [-1, 1] (the
    /// usual scores), whole numbers, and values within a few ulps of a rounding edge
    /// ((k + ½) / 10⁴).
    @Test func decimalsMatchDataFileOnGeneratedValues() {
        var generator = SplitMix64(state: 0x5EED_0013)
        var mismatches: [Double] = []
        for round in 0..<1_000_000 {
            let random = generator.next()
            let value: Double
            switch round % 5 {
            case 0: value = Double(bitPattern: random)
            case 1: value = Double(Int64(bitPattern: random) % 2_000_001 - 1_000_000) / 1_000_000 * (random & 1 == 0 ? 1 : 1.000_000_1)
            case 2: value = Double(Int64(bitPattern: random) >> Int64(random % 64))
            case 3:
                let edge = (Double(Int64(bitPattern: random) % 200_000_000) + 0.5) / 10_000
                var nudged = edge
                for _ in 0..<Int(random >> 61) { nudged = random & 0x100 == 0 ? nudged.nextUp : nudged.nextDown }
                value = nudged
            default: value = Double(bitPattern: random & 0x80FF_FFFF_FFFF_FFFF | 0x3F00_0000_0000_0000) // 2^-15 … 2^1
            }
            if Self.decimal(value) != DataFile.decimal(value) && mismatches.count < 10 { mismatches.append(value) }
        }
        #expect(mismatches.isEmpty)
    }

    @Test(arguments: [0, 7, -7, 9, 10, -10, 99, 100, 1_000_000, Int.max, Int.min, Int.min + 1])
    func integers(_ value: Int) {
        var bytes = RecordBytes(capacity: 1)
        bytes.appendInteger(value)
        #expect(String(decoding: bytes.array, as: UTF8.self) == String(value))
    }

    /// Escapes where the eight-byte skip starts, ends and straddles, in strings short and long.
    @Test(arguments: [
        ("", #""""#), ("kyiv", #""kyiv""#), ("a\"b", #""a\"b""#), ("12345678\"", #""12345678\"""#),
        ("1234567\\8", #""1234567\\8""#), ("\n\r\t\u{01}\u{1F}", #""\n\r\t\u0001\u001f""#),
        ("\u{7F}é “Київ”", "\"\u{7F}é “Київ”\""), ("abcdefghijklmnop", #""abcdefghijklmnop""#),
        ("abcdefghijklmno\u{0B}", #""abcdefghijklmno\u000b""#),
    ])
    func quoting(_ value: String, _ expected: String) {
        var bytes = RecordBytes(capacity: 1)
        bytes.appendQuoted(value)
        #expect(String(decoding: bytes.array, as: UTF8.self) == expected)
        #expect(expected == JSONWriter.quoted(value))
    }

    /// Generated strings over quotes, backslashes, control bytes, ASCII and multi-byte letters,
    /// 0–40 scalars long, quoted as ``JSONWriter/quoted(_:)`` quotes them.
    @Test func quotingMatchesJSONWriterOnGeneratedStrings() {
        let pieces: [String] = ["a", "Z", " ", "\"", "\\", "\n", "\u{00}", "\u{1F}", "\u{7F}", "é", "’", "ж", "🇺🇦", "/"]
        var generator = SplitMix64(state: 42)
        for _ in 0..<20_000 {
            let length = Int(generator.next() % 41)
            let value = (0..<length).map { _ in pieces[Int(generator.next() % UInt64(pieces.count))] }.joined()
            var bytes = RecordBytes(capacity: 1)
            bytes.appendQuoted(value)
            #expect(String(decoding: bytes.array, as: UTF8.self) == JSONWriter.quoted(value))
        }
    }

    /// Text to score: actors, speech, frames, loaded naming, and two targets (“The Kremlin”,
    /// scalars 0..<11, and “Kyiv”, 39..<43).
    static let line = #"{"id": "t-1", "outlet": "o", "date": "2024-05-01", "title": "Strike", "text": "The Kremlin launched a brutal attack on Kyiv, killing civilians. NATO condemned the strike as a war crime. “We will defend every city,” Kyiv said. Officials praised the brave defenders and thanked NATO for its support.", "targets": [{"start": 0, "end": 11}, {"start": 39, "end": 43}]}"#

    static func scoredDocument() throws -> (ScoredDocument, ScoringModel) {
        let (tokenizer, model) = try bundledTokenizerAndModel()
        let pipeline = try ScoringPipeline(model: model, tokenizerOptions: tokenizer.options, jobs: 1,
                                           recordWriter: DocumentRecordWriter(format: .jsonl, model: model))
        var reader = JSONLinesReader(bytes: Array((line + "\n").utf8), source: "mem")
        var documents: [ScoredDocument] = []
        try pipeline.run(&reader) { outcome in
            if case .scored(let document) = outcome { documents.append(document) }
        }
        return (try #require(documents.first), model)
    }

    /// A scored document with targets: the record the pipeline made, the writer's record and the
    /// field-by-field reference agree; so do they after every optional field and name is made
    /// awkward (escapes, `nil`, an event, −0, not finite, huge).
    @Test func recordsMatchTheFieldByFieldWriter() throws {
        let (document, model) = try Self.scoredDocument()
        let writer = DocumentRecordWriter(format: .jsonl, model: model)
        let reference = ReferenceRecordWriter(model: model)
        #expect(document.analysis.targets.count == 2)
        #expect(document.analysis.actors.count >= 2)
        #expect(document.recordBytes == reference.jsonLine(document))
        #expect(writer.recordBytes(document) == reference.jsonLine(document))

        #expect(!document.analysis.actors[0].portrayalEvidence.isEmpty)
        var odd = document
        odd.input.id = "id \"quoted\"\n\u{01}"
        odd.input.date = nil
        odd.input.title = nil
        odd.input.event = "summit\\2024"
        odd.analysis.language = "und"
        odd.analysis.sentiment.document.compound = -0.0
        odd.analysis.sentiment.meanSentenceCompound = .nan
        odd.analysis.frames.weights[0] = 1e300
        odd.analysis.frames.present[1].toggle()
        odd.analysis.actors[0].portrayal = nil
        odd.analysis.actors[0].voice = -.infinity
        odd.analysis.actors[0].portrayalEvidence[0].term = "“kiss\tof death”"
        odd.analysis.actors[0].portrayalEvidence[0].contribution = -0.00005
        odd.analysis.targets[1].label = .positive
        odd.analysis.targets[1].tone = 12345.6789
        odd.analysis.naming = NamingCounts(ukrainian: 1, russian: 2, evidence: [NamingEvidence(term: "kiev\"", choice: "kyiv-name", side: -1, count: 2)])
        #expect(String(decoding: writer.recordBytes(odd), as: UTF8.self) == String(decoding: reference.jsonLine(odd), as: UTF8.self))

        // The worker's buffer, reused: a long record grows it, a short one after it is whole.
        let scratch = RecordScratch()
        var long = document
        long.input.title = String(repeating: "“long” title ", count: 2_000)
        #expect(writer.recordBytes(long, scratch: scratch) == reference.jsonLine(long))
        #expect(writer.recordBytes(odd, scratch: scratch) == reference.jsonLine(odd))
    }

    /// The Examples corpora (English, Russian, Ukrainian) scored: every record as the reference writes it.
    @Test func exampleRecordsMatchTheFieldByFieldWriter() throws {
        let (tokenizer, model) = try bundledTokenizerAndModel()
        let writer = DocumentRecordWriter(format: .jsonl, model: model)
        let reference = ReferenceRecordWriter(model: model)
        let pipeline = try ScoringPipeline(model: model, tokenizerOptions: tokenizer.options, jobs: 2, countsWords: false, recordWriter: writer)
        var reader = CorpusReader(inputs: [examples.appendingPathComponent("corpus.jsonl").path, examples.appendingPathComponent("corpus-ru-uk").path])
        var compared = 0
        try pipeline.run(&reader) { outcome in
            guard case .scored(let document) = outcome else { return }
            #expect(document.recordBytes == reference.jsonLine(document))
            compared += 1
        }
        #expect(compared > 10)
    }

    /// Outcomes without summaries (`keepsSummaries: false`, as `slant score` runs without a
    /// report) carry the same records, counts and rejected targets as with them, and none of
    /// what only reports read.
    @Test func outcomesWithoutSummariesKeepRecordsAndCounts() throws {
        let (tokenizer, model) = try bundledTokenizerAndModel()
        let writer = DocumentRecordWriter(format: .jsonl, model: model)
        let inputs = [examples.appendingPathComponent("corpus.jsonl").path, examples.appendingPathComponent("corpus-ru-uk").path]
        func outcomes(keepsSummaries: Bool) throws -> [ScoredDocument] {
            let pipeline = try ScoringPipeline(model: model, tokenizerOptions: tokenizer.options, jobs: 2, countsWords: false,
                                               recordWriter: writer, keepsSummaries: keepsSummaries)
            var reader = CorpusReader(inputs: inputs)
            var documents: [ScoredDocument] = []
            try pipeline.run(&reader) { outcome in
                if case .scored(let document) = outcome { documents.append(document) }
            }
            return documents
        }
        let full = try outcomes(keepsSummaries: true), lean = try outcomes(keepsSummaries: false)
        #expect(lean.count == full.count)
        #expect(lean.count > 10)
        #expect(lean.map(\.recordBytes) == full.map(\.recordBytes))
        #expect(lean.map { [$0.byteCount, $0.tokenCount, $0.sentenceCount, $0.input.record] }
                == full.map { [$0.byteCount, $0.tokenCount, $0.sentenceCount, $0.input.record] })
        #expect(lean.map(\.input.source) == full.map(\.input.source))
        #expect(full.contains { !$0.analysis.actors.isEmpty })
        #expect(lean.allSatisfy { $0.analysis.actors.isEmpty && $0.input.id.isEmpty && $0.input.title == nil })
    }
}
