import Foundation
import Testing
@testable import SlantReport

/// The report reader's strings: every JSON escape decoded, and each malformed one refused with
/// its own message at the byte offset where it was found (hand-counted: the opening quote is
/// byte 0, and the offset is that of the byte after the one that showed the fault).
@Suite("Report reader strings")
struct JSONByteReaderStringTests {
    /// The bytes `stringBytes()` reads from `json`, or the error it throws.
    static func read(_ json: String) -> Result<[UInt8], ReportError> {
        var reader = JSONByteReader(bytes: Array(json.utf8), source: "s.json")
        do throws(ReportError) {
            try reader.stringBytes()
            return .success(reader.scratch)
        } catch {
            return .failure(error)
        }
    }

    static let decoded: [(json: String, bytes: [UInt8])] = [
        (#""a\"b\\c\/d""#, Array("a\"b\\c/d".utf8)),
        (#""\b\f\n\r\t""#, [0x08, 0x0C, 0x0A, 0x0D, 0x09]),
        (#""\u0000\u0041\u00e9\u00E9""#, [0x00, 0x41, 0xC3, 0xA9, 0xC3, 0xA9]),
        (#""\u20ac\uffff""#, [0xE2, 0x82, 0xAC, 0xEF, 0xBF, 0xBF]),
        (#""\ud83d\ude00\uD83D\uDE00""#, [0xF0, 0x9F, 0x98, 0x80, 0xF0, 0x9F, 0x98, 0x80]),
        (#""\udbff\udfff""#, [0xF4, 0x8F, 0xBF, 0xBF]),
        ("\"é\"", [0xC3, 0xA9]),
    ]

    @Test(arguments: decoded)
    func decodesEscapes(_ json: String, _ bytes: [UInt8]) {
        #expect(Self.read(json) == .success(bytes))
    }

    static let refused: [(json: String, offset: Int, reason: String)] = [
        (#""\q""#, 3, #"an unknown escape \q"#),
        (#""\U0041""#, 3, #"an unknown escape \U"#),
        (#""\u12G4""#, 6, #"expected four hex digits after \u"#),
        (#""\u12""#, 6, #"expected four hex digits after \u"#),
        (#""\ud800""#, 8, "a lone UTF-16 surrogate"),
        (#""\ud800x""#, 8, "a lone UTF-16 surrogate"),
        (#""\ud800\n""#, 9, "a lone UTF-16 surrogate"),
        (#""\ud800\u0041""#, 13, "a lone UTF-16 surrogate"),
        (#""\ud800\ud800""#, 13, "a lone UTF-16 surrogate"),
        (#""\ud800\uzzzz""#, 10, #"expected four hex digits after \u"#),
        (#""\udc00""#, 7, "a lone UTF-16 surrogate"),
        (#""\u00"#, 5, "the report ends too early"),
        (#""\ud83d\"#, 8, "the report ends too early"),
        (#""\"#, 2, "the report ends too early"),
        ("\"a\tb\"", 3, "a control character inside a string"),
    ]

    @Test(arguments: refused)
    func refusesMalformedEscapes(_ json: String, _ offset: Int, _ reason: String) {
        #expect(Self.read(json) == .failure(.unreadable(file: "s.json", reason: "byte \(offset): \(reason)")))
    }

    /// An escape cut by the end of a chunk read from a file decodes as when it is whole.
    @Test(arguments: 1...12)
    func decodesAnEscapeAcrossAChunkEnd(_ cut: Int) throws {
        let escapes = #"\ud83d\ude00"#
        let filler = JSONByteReader.chunkBytes - cut
        let json = "\"" + String(repeating: "a", count: filler - 1) + escapes + "b\""
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("slant-escape-\(UUID().uuidString).json")
        try Data(json.utf8).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        var reader = try JSONByteReader(path: url.path)
        defer { reader.close() }
        try reader.stringBytes()
        #expect(reader.scratch == Array(repeating: UInt8(ascii: "a"), count: filler - 1) + [0xF0, 0x9F, 0x98, 0x80, 0x62])
    }
}
