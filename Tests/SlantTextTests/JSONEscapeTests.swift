import Testing
import SlantText

/// JSON escapes decoded by hand: the scalar each stands for and how many bytes after the
/// backslash it takes, or the fault and the byte it stops at.
@Suite("JSON escapes")
struct JSONEscapeTests {
    /// Decodes the escape whose backslash comes just before `text`; the result and the bytes taken.
    static func decode(_ text: String) -> (Result<Unicode.Scalar, JSONEscape.Failure>, taken: Int) {
        let bytes = Array(text.utf8)
        var taken = 0
        let result = JSONEscape.decode { () -> UInt8? in
            guard taken < bytes.count else { return nil }
            defer { taken += 1 }
            return bytes[taken]
        }
        return (result, taken)
    }

    static let decoded: [(text: String, scalar: Unicode.Scalar, taken: Int)] = [
        (#""rest"#, "\"", 1), (#"\"#, "\\", 1), ("/", "/", 1),
        ("b", "\u{08}", 1), ("f", "\u{0C}", 1), ("n", "\n", 1), ("r", "\r", 1), ("t", "\t", 1),
        ("u0041", "A", 5), ("u00e9x", "é", 5), ("u00E9", "é", 5), ("u0000", "\u{0}", 5), ("uFFFF", "\u{FFFF}", 5),
        (#"ud83d\ude00 rest"#, "😀", 11), (#"uD83D\uDE00"#, "😀", 11),
        (#"ud800\udc00"#, "\u{10000}", 11), (#"udbff\udfff"#, "\u{10FFFF}", 11),
    ]

    @Test(arguments: decoded)
    func decodes(_ text: String, _ scalar: Unicode.Scalar, _ taken: Int) {
        let (result, count) = Self.decode(text)
        #expect(result == .success(scalar))
        #expect(count == taken)
    }

    static let refused: [(text: String, failure: JSONEscape.Failure, taken: Int)] = [
        ("q", .unknownLetter(UInt8(ascii: "q")), 1), ("U0041", .unknownLetter(UInt8(ascii: "U")), 1),
        ("x", .unknownLetter(UInt8(ascii: "x")), 1), ("", .truncated, 0),
        ("u12G4", .badHex, 4), ("u12", .truncated, 3), ("u", .truncated, 1),
        ("udc00", .loneSurrogate, 5), ("udfff", .loneSurrogate, 5),
        ("ud800", .truncated, 5), (#"ud800""#, .loneSurrogate, 6), (#"ud800\n"#, .loneSurrogate, 7),
        (#"ud800\"#, .truncated, 6), (#"ud800\u00"#, .truncated, 9),
        (#"ud800\u0041"#, .loneSurrogate, 11), (#"ud800\ud800"#, .loneSurrogate, 11), (#"ud800\uzzzz"#, .badHex, 8),
    ]

    @Test(arguments: refused)
    func refuses(_ text: String, _ failure: JSONEscape.Failure, _ taken: Int) {
        let (result, count) = Self.decode(text)
        #expect(result == .failure(failure))
        #expect(count == taken)
    }

    /// ASCII as one byte, the rest as UTF-8.
    @Test func appendsUTF8() {
        var bytes: [UInt8] = [0x61]
        for scalar: Unicode.Scalar in ["\n", "é", "€", "😀"] { JSONEscape.appendUTF8(scalar, to: &bytes) }
        #expect(bytes == [0x61, 0x0A, 0xC3, 0xA9, 0xE2, 0x82, 0xAC, 0xF0, 0x9F, 0x98, 0x80])
    }
}
