import Foundation
import Testing
import SlantText
@testable import SlantCorpus

/// The byte-level JSON Lines parser against `JSONSerialization`: what it reads it reads the same,
/// and what it leaves aside is exactly the documented set.
@Suite("Byte-level JSONL parsing")
struct JSONRecordParserTests {
    static let context = JSONLinesContext(source: "t.jsonl", fields: FieldNames(), defaultOutlet: nil)

    static func fast(_ line: String) -> RecordFields? {
        Array(line.utf8).withUnsafeBufferPointer { context.parser.parse($0) }
    }

    static func foundation(_ line: String) -> RecordFields? {
        Array(line.utf8).withUnsafeBufferPointer { context.foundationFields($0) }
    }

    /// Lines the byte-level parser reads: the same fields as `JSONSerialization` gives.
    static let read: [String] = [
        #"{"id":"a","outlet":"o","text":"Kyiv said."}"#,
        #"{"id":7,"outlet":"o","text":"x"}"#,
        #"{"id":-0,"date":-12,"text":"x"}"#,
        #"{"text":"a\"b\\c\/d\b\f\n\r\t\u00e9\u0000\ud83d\ude00\uD83D\uDE00"}"#,
        #"{"text":"x","text":"y"}"#,
        #"{"text":"x","text":5}"#,
        #"{"text":"x","id":[1],"title":{"a":1},"date":null}"#,
        #"{"text":"x","extra":{"a":[1,2.5,-3,true,false,null,"s\u0041",{}],"b":[],"c":{"d\"":0.125}}}"#,
        " \t{\"text\" : \"x\" , \"outlet\" :null } \r",
        #"{"text":"x","targets":[{"start":0,"end":4},{"from":1,"to":3},{"start":"0","end":2},{"start":null,"from":1,"end":2},5,{"start":1,"end":2,"start":3},{}]}"#,
        #"{"text":"x","targets":{"start":1}}"#,
        #"{"text":"x","targets":null}"#,
        #"{"text":"x","targets":[]}"#,
        #"{"text":"x","targets":[{"start":-1,"end":2,"x":[true]}]}"#,
        "{\"text\":\"x\u{7F}\u{2028}é\",\"lang\":\"\",\"event\":\"e1\",\"title\":\"T\"}",
        "{}",
        #"{"text":"\"Kyiv\" said.\n\\"}"#,
    ]

    /// Lines left to `JSONSerialization`, whether it accepts them or not.
    static let handedOver: [String] = [
        #"{"id":1.5,"text":"x"}"#,
        #"{"id":1.0,"text":"x"}"#,
        #"{"id":true,"text":"x"}"#,
        #"{"text":"\ud800"}"#,
        #"{"text":"\udc00x"}"#,
        #"{"text":"x","extra":1e5}"#,
        #"{"text":"x",}"#,
        #"{"text":"x","extra":[1,]}"#,
        #"{"te\u0078t":"x"}"#,
        #"{"text":"x","targets":[{"start":1.0,"end":2}]}"#,
        #"{"text":"x","targets":[{"start":true,"end":2}]}"#,
        #"{"text":"x","n":12345678901234567890}"#,
        #"{"text":"x","n":01}"#,
        #"{"text":"x","n":.5}"#,
        #"{"text":"x","n":1.}"#,
        #"{"text":"x""#,
        "{\"text\":\"a\tb\"}",
        #"{"text":"x","b":tru}"#,
        #"{"text":"x"}{}"#,
        #"{"text":"\q"}"#,
        #"{"text":"\u12G4"}"#,
        "\u{FEFF}{\"text\":\"x\"}",
        "{\"text\":\"x\",\"deep\":" + String(repeating: "[", count: 70) + String(repeating: "]", count: 70) + "}",
    ]

    @Test(arguments: read)
    func readsTheSameAsJSONSerialization(_ line: String) throws {
        let fast = try #require(Self.fast(line))
        #expect(fast == Self.foundation(line))
    }

    @Test(arguments: handedOver)
    func leavesTheRareFormsToJSONSerialization(_ line: String) {
        #expect(Self.fast(line) == nil)
    }

    /// Hand-worked values: escapes decoded, the last of repeated keys, numbers as NSNumber writes
    /// them, `start` before `from`.
    @Test func decodesEscapesNumbersAndTargets() throws {
        let escaped = try #require(Self.fast(Self.read[3]))
        #expect(escaped.text == Array("a\"b\\c/d".utf8) + [0x08, 0x0C, 0x0A, 0x0D, 0x09, 0xC3, 0xA9, 0x00]
            + [0xF0, 0x9F, 0x98, 0x80, 0xF0, 0x9F, 0x98, 0x80])
        #expect(Self.fast(Self.read[4])?.text == Array("y".utf8))
        #expect(Self.fast(Self.read[16])?.text == Array("\"Kyiv\" said.\n\\".utf8))
        #expect(try #require(Self.fast(Self.read[5])).text == nil)
        let numbers = try #require(Self.fast(Self.read[2]))
        #expect(numbers.id == "0" && numbers.date == "-12")
        let targets = try #require(Self.fast(Self.read[9]))
        typealias Target = RecordFields.Target
        #expect(targets.targets == .list([Target(start: 0, end: 4), Target(start: 1, end: 3), Target(start: nil, end: 2),
                                          Target(start: nil, end: 2), Target(), Target(start: 3, end: 2), Target()]))
        #expect(Self.fast(Self.read[10])?.targets == .notList)
        #expect(Self.fast(Self.read[11])?.targets == .notList)
    }

    /// The reader gives the same items parsing as it reads and handing lines over to be parsed
    /// later, rejections included, with the lines numbered alike.
    @Test func deferredParsingGivesTheSameItems() {
        let lines = Self.read + Self.handedOver + ["", "{\"outlet\":\"o\",\"text\":\" \\n\\u3000\"}", "[1]"]
        let bytes = Array(lines.joined(separator: "\n").utf8)
        func items(deferring: Bool) -> [String] {
            var reader = JSONLinesReader(bytes: bytes, source: "t.jsonl", outlet: "fallback")
            reader.defersParsing = deferring
            var all: [String] = []
            while let item = reader.next() {
                if deferring, case .deferred = item {} else if deferring { all.append("not deferred") }
                switch item.parsed() {
                case .document(let document):
                    all.append("\(document.record) \(document.id) \(document.outlet) \(document.text) \(document.targets) \(document.rejectedTargets)")
                case .rejected(let rejection): all.append(rejection.description)
                case .deferred: all.append("still deferred")
                }
            }
            return all
        }
        let eager = items(deferring: false)
        #expect(eager.count == lines.count - 1)
        #expect(items(deferring: true) == eager)
        #expect(eager.contains("t.jsonl:6: expected a string field \"text\""))
        #expect(eager.contains("t.jsonl:\(lines.count - 1): the document is empty"))
        #expect(eager.contains("t.jsonl:\(lines.count): expected a JSON object on one line"))
    }

    /// The eight-byte test flags exactly the words holding a quote, a backslash or a control byte,
    /// wherever it sits, among plain ASCII and UTF-8 lead and continuation bytes.
    @Test func wordTestFlagsEveryByteThatNeedsALook() {
        for filler in [UInt8(ascii: "a"), 0x7F, 0x80, 0xD0, 0xFF] {
            for position in 0..<8 {
                for byte in UInt8.min...UInt8.max {
                    var word = [UInt8](repeating: filler, count: 8)
                    word[position] = byte
                    let value = word.withUnsafeBytes { $0.loadUnaligned(as: UInt64.self) }
                    let needsLook = byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\")
                    #expect(ByteScanner.mayNeedLook(value) == needsLook, "byte \(byte) at \(position) among \(filler)")
                }
            }
        }
    }

    /// The buffer version of `firstInvalidUTF8` gives the generic version's offset on every
    /// sequence of up to four bytes drawn from the boundary values of Table 3-7, after ASCII
    /// prefixes of 0 to 9 bytes (so that the eight-byte skip stops at every alignment).
    @Test func bufferUTF8CheckAgreesWithTheGenericOne() {
        let values: [UInt8] = [0x00, 0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC1, 0xC2, 0xDF, 0xE0, 0xE1, 0xEC, 0xED,
                               0xEE, 0xEF, 0xF0, 0xF1, 0xF3, 0xF4, 0xF5, 0xFF]
        var mismatches = 0
        func check(_ bytes: [UInt8]) {
            let fast = bytes.withUnsafeBufferPointer { TextNormalization.firstInvalidUTF8($0) }
            if fast != TextNormalization.firstInvalidUTF8(bytes[...]) { mismatches += 1 }
        }
        for a in values {
            for b in values {
                for c in values {
                    for prefix in 0...9 { check(Array(repeating: UInt8(ascii: "x"), count: prefix) + [a, b, c]) }
                    for d in values { check([a, b, c, d]) }
                }
            }
        }
        #expect(mismatches == 0)
        #expect(Array("ab\u{20AC}c".utf8).withUnsafeBufferPointer { TextNormalization.firstInvalidUTF8($0) } == nil)
        #expect(([0x61, 0x62, 0xE2, 0x82] as [UInt8]).withUnsafeBufferPointer { TextNormalization.firstInvalidUTF8($0) } == 2)
    }

    /// A line the byte-level parser reads is well-formed UTF-8 (it checks the strings it scans),
    /// so the reader checks UTF-8 only for the lines it leaves aside: on the sequences of the
    /// UTF-8 check above (three bytes of them), inside a text value, after 0, 3 and 9 bytes of ASCII.
    @Test func parsedStringsAreWellFormedUTF8() {
        let values: [UInt8] = [0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC1, 0xC2, 0xDF, 0xE0, 0xE1, 0xEC, 0xED,
                               0xEE, 0xEF, 0xF0, 0xF1, 0xF3, 0xF4, 0xF5, 0xFF]
        var disagreements = 0, read = 0
        for a in values {
            for b in values {
                for c in values {
                    for prefix in [0, 3, 9] {
                        let line = Array(#"{"id":"x","text":""#.utf8) + Array(repeating: UInt8(ascii: "x"), count: prefix) + [a, b, c]
                            + Array(#"","title":"T"}"#.utf8)
                        line.withUnsafeBufferPointer { buffer in
                            let parsed = Self.context.parser.parse(buffer)
                            let valid = TextNormalization.firstInvalidUTF8(buffer) == nil
                            if parsed != nil { read += 1 }
                            if (parsed != nil) != valid { disagreements += 1 }
                        }
                    }
                }
            }
        }
        #expect(disagreements == 0)
        // Well-formed triples of these values: 2³ all ASCII; 12 two-byte sequences (C2, DF before
        // 80, 8F, 90, 9F, A0, BF) before or after one of 2 ASCII bytes, 48; three-byte: E0 A0|BF x
        // 12, E1|EC|EE|EF x x 144, ED 80|8F|90|9F x 24 — 236, after each of three prefixes.
        #expect(read == 3 * 236)
    }

    /// Bytes that are not UTF-8 in a key, a skipped value and the text: the rejection names the
    /// first such byte's offset in the line, before any other fault of the line.
    @Test func notUTF8IsNamedFirst() {
        let lines: [(bytes: [UInt8], offset: Int)] = [
            (Array(#"{"i"#.utf8) + [0xC3] + Array(#"d":"x","text":"y"}"#.utf8), 3),
            (Array(#"{"x":["a",""#.utf8) + [0xE2, 0x80] + Array(#""],"text":"y"}"#.utf8), 11),
            (Array(#"{"text":"ab"#.utf8) + [0xED, 0xA0, 0x80] + Array(#""}"#.utf8), 11),
            (Array(#"{"text":"ab"#.utf8) + [0xFF] + Array(#"",}"#.utf8), 11),
        ]
        for (bytes, offset) in lines {
            let item = bytes.withUnsafeBufferPointer { Self.context.parse($0, record: 3) }
            guard case .rejected(let rejection) = item else {
                Issue.record("not rejected: \(bytes)")
                continue
            }
            #expect(rejection.reason == "the line is not valid UTF-8 at byte \(offset) of the line (JSON must be UTF-8)")
        }
    }

    /// The string scan's word flags: none for a word of plain ASCII, and otherwise the first
    /// flag on the first byte that is a quote, a backslash, a control byte or not ASCII — for
    /// every byte at every place, after plain ASCII and before the same bytes that need a look
    /// (which may be flagged too, above the first).
    @Test func stringScanFlagsFindTheFirstByteThatNeedsALook() {
        let special: [UInt8] = [0x00, 0x01, 0x1F, 0x22, 0x5C, 0x80, 0xBF, 0xC3, 0xE2, 0xFF]
        var wrong = 0
        for filler in [UInt8(ascii: "a"), 0x20, 0x7F] {
            for after in special + [filler] {
                for position in 0..<8 {
                    for byte in UInt8.min...UInt8.max {
                        var word = [UInt8](repeating: filler, count: 8)
                        word[position] = byte
                        for later in (position + 1)..<8 { word[later] = after }
                        let flags = ByteScanner.lookFlags(word.withUnsafeBytes { $0.loadUnaligned(as: UInt64.self) })
                        let first = word.firstIndex { $0 < 0x20 || $0 >= 0x80 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }
                        if (flags == 0 ? nil : flags.trailingZeroBitCount >> 3) != first { wrong += 1 }
                    }
                }
            }
        }
        #expect(wrong == 0)
    }

    /// JSON Lines documents are marked well-formed, so the tokenizer does not check their UTF-8
    /// again; told so, it gives the tokens, keys, sentences and scalar count it gives when it
    /// checks (ASCII, typographic marks, Cyrillic, a combining mark, an emoji flag, NUL).
    @Test func wellFormedTextsTokenizeAlikeUnchecked() throws {
        let texts = ["Kyiv said. NATO agreed!", "“We will defend,” Zelenskiy said — again… ’Twas.", "Україна зазнала атаки. Київ ́ стоїть.",
                     "🇺🇦 flags \u{0} and tabs\tend", "e\u{301}te\n\nnew paragraph, U.S. officials", ""]
        let tokenizer = try Tokenizer()
        for text in texts {
            var checked = TokenizedText(), unchecked = TokenizedText()
            try tokenizer.tokenize(utf8: Array(text.utf8), into: &checked)
            try tokenizer.tokenize(utf8: Array(text.utf8), into: &unchecked, wellFormed: true)
            #expect(unchecked.tokens == checked.tokens, "\(text)")
            #expect(unchecked.sentences == checked.sentences && unchecked.scalarCount == checked.scalarCount, "\(text)")
            #expect(unchecked.tokens.map(unchecked.key(of:)) == checked.tokens.map(checked.key(of:)))
            #expect(unchecked.invalidSequences.isEmpty && checked.invalidSequences.isEmpty)
        }
        let bytes = Array((#"{"outlet":"o","text":"fast é"}"# + "\n" + #"{"outlet":"o","text":"slow","n":1e5}"#).utf8)
        var reader = JSONLinesReader(bytes: bytes, source: "t.jsonl")
        var marks: [Bool] = []
        while let item = reader.next() {
            if case .document(let document) = item { marks.append(document.isWellFormedUTF8) }
        }
        #expect(marks == [true, true])
        var csv = CorpusReader(inputs: [examples.appendingPathComponent("corpus.csv").path])
        if case .document(let document) = csv.next() { #expect(!document.isWellFormedUTF8) } else { Issue.record("no CSV document") }
    }
}
