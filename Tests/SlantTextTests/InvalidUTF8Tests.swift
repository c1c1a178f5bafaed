import Testing
import SlantText

/// Policy: ill-formed bytes stay in place, read as U+FFFD, and are reported with their offsets.
@Suite("Ill-formed UTF-8")
struct InvalidUTF8Tests {
    @Test func everyMaximalSubpartIsReportedWithItsOffset() throws {
        // "a" FF "b" C3 " " E2 80 "A" ED A0 80 F4 90 80 80 "."
        let input: [UInt8] = [0x61, 0xFF, 0x62, 0xC3, 0x20, 0xE2, 0x80, 0x41, 0xED, 0xA0, 0x80, 0xF4, 0x90, 0x80, 0x80, 0x2E]
        let text = try makeTokenizer().tokenize(utf8: input)
        #expect(text.invalidSequences.map(\.byteOffset) == [1, 3, 5, 8, 9, 10, 11, 12, 13, 14])
        #expect(text.invalidSequences.map(\.length) == [1, 1, 2, 1, 1, 1, 1, 1, 1, 1])
        #expect(text.invalidSequences[0].description == "ill-formed UTF-8 at byte 1 (1 byte(s)), read as U+FFFD")
    }

    @Test func ill_formedBytesReadAsReplacementCharacterInKeysAndText() throws {
        let input: [UInt8] = Array("Ky".utf8) + [0xFF] + Array("iv said".utf8)
        let text = try makeTokenizer().tokenize(utf8: input)
        // ICU reads the byte as U+FFFD, a symbol, which splits the word as it would in text.
        #expect(text.texts == ["Ky", "\u{FFFD}", "iv", "said"])
        #expect(text.keys == ["ky", "\u{FFFD}", "iv", "said"])
        #expect(text.tokens.map(\.kind) == [.word, .symbol, .word, .word])
        #expect(text.tokens.map(\.byteRange) == [0..<2, 2..<3, 3..<5, 6..<10])
        #expect(text.tokens.map(\.scalarRange) == [0..<2, 2..<3, 3..<5, 6..<10])
    }

    @Test func wellFormedTextReportsNothing() throws {
        let text = try makeTokenizer().tokenize("Київ 👍🏽 “fine”")
        #expect(text.invalidSequences.isEmpty)
    }
}
