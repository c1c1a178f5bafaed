import Testing
@testable import SlantText

/// Tokens and the gaps between them must rebuild the input byte for byte, whatever it is.
@Suite("Round trip over hostile input")
struct RoundTripTests {
    static let hostileInputs: [(name: String, bytes: [UInt8])] = [
        ("empty", []),
        ("only whitespace", Array(" \t \n\n \r\n  \u{00A0}\u{2003}\u{3000}".utf8)),
        ("byte order mark", Array("\u{FEFF}Kyiv said no.".utf8)),
        ("CRLF lines", Array("Talks resumed.\r\n\r\nThe Kremlin said nothing.\r\n".utf8)),
        ("NUL bytes", [0x4B, 0x79, 0x69, 0x76, 0x00, 0x00, 0x20, 0x00, 0x45, 0x55]),
        ("lone combining marks", Array("\u{0301}\u{0308} a\u{0301} \u{0327}".utf8)),
        ("emoji ZWJ sequences", Array("Peace 👨‍👩‍👧‍👦 🇺🇦🇪🇺 🏳️‍🌈 1️⃣ 👍🏽!".utf8)),
        ("right-to-left text", Array("مفاوضات السلام في جنيف \u{200F}שלום\u{200E} end".utf8)),
        ("mixed Latin and Cyrillic", Array("Kyiv/Київ, Kremlin–Кремль; Moskva Москва’s п’ять ʼ".utf8)),
        ("long word", Array(String(repeating: "a", count: 100_000).utf8)),
        ("long word with a space", Array((String(repeating: "ж", count: 50_000) + " x").utf8)),
        ("invalid UTF-8", [0x61, 0xFF, 0x62, 0xC3, 0x20, 0xE2, 0x80, 0x41, 0xED, 0xA0, 0x80, 0xF4, 0x90, 0x80, 0x80, 0x2E]),
        ("truncated at the end", [0x4B, 0x79, 0x69, 0x76, 0xE2, 0x80]),
        ("control characters", Array("a\u{0007}b\u{001B}[31mred\u{007F}\u{0085}next".utf8)),
        ("private use and unassigned", Array("\u{E000}\u{E001} \u{0378} ok".utf8)),
        ("only punctuation", Array("?!…—–-«»„“”‘’\"'".utf8)),
        ("paragraph and line separators", Array("one\u{2028}two\u{2029}three".utf8)),
    ]

    @Test("tokens and gaps rebuild the input", arguments: hostileInputs.map(\.name))
    func tokensAndGapsRebuildInput(name: String) throws {
        let input = Self.hostileInputs.first { $0.name == name }!.bytes
        let text = try makeTokenizer().tokenize(utf8: input)
        var rebuilt: [UInt8] = []
        let gaps = text.gaps
        #expect(gaps.count == text.tokens.count + 1)
        for (index, token) in text.tokens.enumerated() {
            rebuilt += input[gaps[index]]
            rebuilt += input[token.byteRange]
        }
        rebuilt += input[gaps[text.tokens.count]]
        #expect(rebuilt == input)
        #expect(text.bytes == input)
    }

    @Test("gaps hold only whitespace, control and format characters", arguments: hostileInputs.map(\.name))
    func gapsAreBlank(name: String) throws {
        let input = Self.hostileInputs.first { $0.name == name }!.bytes
        let text = try makeTokenizer().tokenize(utf8: input)
        for gap in text.gaps {
            let gapText = String(decoding: input[gap], as: UTF8.self)
            for scalar in gapText.unicodeScalars {
                let category = scalar.properties.generalCategory
                #expect(scalar.properties.isWhitespace || category == .control || category == .format
                        || scalar.properties.generalCategory == .nonspacingMark,
                        "unexpected \(scalar.escaped(asASCII: true)) in a gap of \(name)")
            }
        }
    }

    @Test("scalar offsets agree with Swift's own scalar view", arguments: hostileInputs.map(\.name))
    func scalarOffsetsMatch(name: String) throws {
        let input = Self.hostileInputs.first { $0.name == name }!.bytes
        let text = try makeTokenizer().tokenize(utf8: input)
        // Swift's decoding repairs ill-formed UTF-8 with the same maximal-subpart practice.
        let scalars = Array(String(decoding: input, as: UTF8.self).unicodeScalars)
        #expect(text.scalarCount == scalars.count)
        for token in text.tokens {
            let fromScalars = String(String.UnicodeScalarView(scalars[token.scalarRange]))
            #expect(fromScalars == text.text(of: token))
        }
    }

    @Test func aHundredThousandLetterWordIsOneToken() throws {
        let text = try makeTokenizer().tokenize(String(repeating: "a", count: 100_000))
        #expect(text.tokens.count == 1)
        #expect(text.tokens[0].byteRange == 0..<100_000)
        #expect(text.tokens[0].kind == .word)
    }

    @Test func emptyInputHasNoTokensSentencesOrParagraphs() throws {
        let text = try makeTokenizer().tokenize("")
        #expect(text.tokens.isEmpty)
        #expect(text.sentences.isEmpty)
        #expect(text.paragraphCount == 0)
        #expect(text.gaps == [0..<0])
    }
}
