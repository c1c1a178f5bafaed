import Foundation
import Testing
import SlantCorpus
import SlantScoring
import SlantText

@Suite("Long documents: analysed in segments, summed into one record")
struct SegmentedDocumentTests {
    /// Six paragraphs (106, 115, 111, 106, 101 and 98 bytes), twice, joined by blank lines:
    /// 1,296 bytes, 1,280 scalars (each “ ” is 3 bytes, one scalar).
    static let paragraphs = [
        "The Kremlin launched a brutal attack on Kyiv, killing civilians. NATO condemned the strike as a war crime.",
        "“We will defend every city,” Kyiv said. Officials praised the brave defenders and thanked NATO for its support.",
        "Moscow called its special military operation a success. Critics said the Kremlin lied about the losses in Kiev.",
        "The European Union approved new sanctions against Russia. Brussels said the aid to Ukraine would continue.",
        "Peskov said the West was waging a proxy war. “This is a dangerous provocation,” the Kremlin said.",
        "NATO leaders welcomed the peace talks, and Russia rejected the proposal and threatened escalation.",
    ]
    static let text = (paragraphs + paragraphs).joined(separator: "\n\n")
    /// 30 sentences of 27 bytes ("The minister praised NATO. "), the last without its space: 809 bytes, one paragraph.
    static let natoText = String(String(repeating: "The minister praised NATO. ", count: 30).dropLast())

    static func model() throws -> (ScoringModel, Tokenizer) {
        let (tokenizer, model) = try bundledTokenizerAndModel()
        return (model, tokenizer)
    }

    static func score(_ line: String, segmentBytes: Int, model: ScoringModel, tokenizer: Tokenizer) throws -> [PipelineOutcome] {
        let pipeline = try ScoringPipeline(model: model, tokenizerOptions: tokenizer.options, jobs: 1,
                                           recordWriter: DocumentRecordWriter(format: .jsonl, model: model), segmentBytes: segmentBytes)
        var reader = JSONLinesReader(bytes: Array((line + "\n").utf8), source: "mem")
        var outcomes: [PipelineOutcome] = []
        try pipeline.run(&reader) { outcomes.append($0) }
        return outcomes
    }

    static func line(_ text: String, targets: [(Int, Int)] = []) -> String {
        let escaped = text.replacingOccurrences(of: "\"", with: "\\\"").replacingOccurrences(of: "\n", with: "\\n")
        let list = targets.map { #"{"start": \#($0.0), "end": \#($0.1)}"# }.joined(separator: ", ")
        return #"{"id": "long", "outlet": "o", "text": "\#(escaped)", "targets": [\#(list)]}"#
    }

    /// Cuts by hand, segments of at most 300 bytes: after the last blank line in the second half
    /// of each segment. Paragraphs 1+2 end at 106 + 2 + 115 + 2 = 225; 3+4 at 225 + 111 + 2 +
    /// 106 + 2 = 446; 5+6 at 446 + 101 + 2 + 98 + 2 = 649; then 874, 1,095, and the rest (201
    /// bytes) is the last segment.
    @Test func paragraphCuts() throws {
        let (_, tokenizer) = try Self.model()
        var segmenter = DocumentSegmenter(segmentBytes: 300, tokenizer: tokenizer)
        #expect(segmenter.segments(of: Array(Self.text.utf8)) == [0..<225, 225..<446, 446..<649, 649..<874, 874..<1095, 1095..<1296])
    }

    /// One paragraph of "… NATO." sentences, segments of 400 bytes: the probe is bytes 202..<398
    /// (after the first space from byte 200, to the last space before 400): "praised NATO ." and
    /// six whole sentences of five tokens from byte 216, then "The minister praised" — 36
    /// tokens. The last sentence start with 16 tokens on each side is token 18, byte 297
    /// (sentence 11). From 297 the layout repeats: 594; the last 215 bytes are one segment.
    @Test func sentenceCuts() throws {
        let (_, tokenizer) = try Self.model()
        var segmenter = DocumentSegmenter(segmentBytes: 400, tokenizer: tokenizer)
        #expect(segmenter.segments(of: Array(Self.natoText.utf8)) == [0..<297, 297..<594, 594..<809])
    }

    /// 60 sentences of "The minister praised NATO. " in one paragraph, where sentence 20 opens a
    /// quotation (“, at byte 540) that sentence 26 closes: "The minister praised NATO,” Kyiv
    /// said." (bytes 705..<746): 1,636 bytes.
    static let quotedText: String = {
        var sentences = Array(repeating: "The minister praised NATO. ", count: 60)
        sentences[20] = "“" + sentences[20]
        sentences[26] = "The minister praised NATO,” Kyiv said. "
        return String(sentences.joined().dropLast())
    }()

    /// Segments of 800 bytes: the probe of the first is bytes 400..<800, whose sentence starts
    /// with 16 tokens on each side are 513, 540 (the “), 570, 597, …, 705; those after 540 lie
    /// inside the quotation, so the cut is 540, not 705. From 540 the probe is 940..<1340, with
    /// starts 1043, 1070, …, 1232 and no quote mark: the cut is 1232; 404 bytes remain.
    @Test func sentenceCutsStayOutsideQuotations() throws {
        let (_, tokenizer) = try Self.model()
        var segmenter = DocumentSegmenter(segmentBytes: 800, tokenizer: tokenizer)
        #expect(segmenter.segments(of: Array(Self.quotedText.utf8)) == [0..<540, 540..<1232, 1232..<1636])
    }

    /// No sentence end at all: cut after the last space. "the quick brown fox jumps over the lazy
    /// dog " is 44 bytes; byte 300 falls in "lazy" of the 7th copy, whose space before it is
    /// 264 + 34 = 298, so the cut is 299; from there 599 falls in "over" (572 + 26..<30), the
    /// space before it is 597, cut 598; 282 bytes remain.
    @Test func cutsWithoutSentenceEnds() throws {
        let (_, tokenizer) = try Self.model()
        var segmenter = DocumentSegmenter(segmentBytes: 300, tokenizer: tokenizer)
        let text = String(repeating: "the quick brown fox jumps over the lazy dog ", count: 20)
        #expect(segmenter.segments(of: Array(text.utf8)) == [0..<299, 299..<598, 598..<880])
        // A short document is one segment.
        #expect(segmenter.segments(of: Array("Kyiv.".utf8)) == [0..<5])
    }

    /// The record of the document in six segments is the record of the whole: sentiment,
    /// frames, every actor's mentions, portrayal, voice, speeches, roles and evidence, naming,
    /// and targets (scalar 137 "Kyiv" in segment 1, scalar 778 "Kyiv" in segment 4).
    @Test(arguments: [(text, 300, [(137, 141), (778, 782)]), (natoText, 400, [(4, 12), (625, 633)]),
                      (quotedText, 800, [(731, 735), (1300, 1308)])])
    func segmentsGiveTheRecordOfTheWhole(text: String, segmentBytes: Int, targets: [(Int, Int)]) throws {
        let (model, tokenizer) = try Self.model()
        let line = Self.line(text, targets: targets)
        let whole = try Self.score(line, segmentBytes: 1 << 20, model: model, tokenizer: tokenizer)
        let pieces = try Self.score(line, segmentBytes: segmentBytes, model: model, tokenizer: tokenizer)
        guard case .scored(let one) = whole.first, case .scored(let summed) = pieces.first else {
            Issue.record("expected one scored document each, got \(whole) and \(pieces)")
            return
        }
        #expect(summed.record == one.record)
        #expect(summed.record.contains(#""targets":[{"start":\#(targets[0].0)"#))
        #expect(summed.tokenCount == one.tokenCount)
        #expect(summed.sentenceCount == one.sentenceCount)
        #expect(summed.termCounts == one.termCounts)
        #expect(summed.actorTermCounts == one.actorTermCounts)
        #expect(summed.analysis.frames.present == one.analysis.frames.present)
        #expect(summed.analysis.actors.map(\.roleCounts) == one.analysis.actors.map(\.roleCounts))
        #expect(summed.rejectedTargets.isEmpty)
    }

    /// A target across a cut (scalars 215..<230 cross the first cut at scalar 221) is rejected
    /// alone, naming the cut; one past the end is rejected as for a whole document.
    @Test func targetAcrossACutIsRejectedAlone() throws {
        let (model, tokenizer) = try Self.model()
        let outcomes = try Self.score(Self.line(Self.text, targets: [(137, 141), (215, 230), (1279, 1281)]), segmentBytes: 300,
                                      model: model, tokenizer: tokenizer)
        guard case .scored(let document) = outcomes.first else {
            Issue.record("expected a scored document, got \(outcomes)")
            return
        }
        #expect(document.analysis.targets.map(\.span) == [TargetSpan(start: 137, end: 141)])
        #expect(document.rejectedTargets.map(\.reason) == [
            "target 1: the span crosses scalar 221, where this document of 1296 bytes is cut into segments of at most 300 bytes; give a span inside one segment",
            "target 2: expected end <= 1280 (the text's length in Unicode scalars), found 1281",
        ])
    }

    /// A line longer than the reader keeps as buffer (5 MiB, over 4 read chunks) is read whole
    /// from a file, and so are the lines before and after it once its storage is let go.
    @Test func longLineFromAFile() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("slant-long-line-\(UUID().uuidString).txt")
        defer { try? FileManager.default.removeItem(at: url) }
        let long = [UInt8](repeating: UInt8(ascii: "x"), count: 5 << 20)
        try Data(Array("first\r\n".utf8) + long + Array("\nthird\nfourth".utf8)).write(to: url)
        let reader = LineReader(handle: try FileHandle(forReadingFrom: url))
        var lines: [[UInt8]] = []
        while let line = reader.nextLine() { lines.append(Array(line)) }
        #expect(lines == [Array("first".utf8), long, Array("third".utf8), Array("fourth".utf8)])
    }
}
