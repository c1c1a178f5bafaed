import Testing
@testable import SlantCorpus
import SlantText

/// The byte-level JSON writer: the bytes the `String`-built writer gave.
@Suite("JSON writer bytes")
struct JSONWriterTests {
    @Test func nestingCommasAndEscapes() {
        var json = JSONWriter()
        json.beginObject()
        json.field("id", "a\"b\\c\n\r\t\u{01}\u{1F}\u{7F}é")
        json.field("none", nil as String?)
        json.field("n", -42)
        json.beginArray("list")
        json.element("x")
        json.beginObject()
        json.field("w", 0.25)
        json.endObject()
        json.element("y")
        json.endArray()
        json.beginObject("empty")
        json.endObject()
        json.endObject()
        #expect(json.text == #"{"id":"a\"b\\c\n\r\t\u0001\u001f"# + "\u{7F}é\"," + #""none":null,"n":-42,"list":["x",{"w":0.25},"y"],"empty":{}}"#)
        #expect(JSONWriter.quoted("tab\there") == #""tab\there""#)
    }

    /// Past 64 open levels the flags move to an array; commas stay right on the way back out.
    @Test func deepNesting() {
        var json = JSONWriter()
        for _ in 0..<70 {
            json.beginArray()
            json.element("a")
        }
        for _ in 0..<70 { json.endArray() }
        let expected = String(repeating: "[\"a\",", count: 70).dropLast() + String(repeating: "]", count: 70)
        #expect(json.text == expected)
    }

    /// Numbers: the bytes of `DataFile.decimal` (four places, no trailing zeros, no negative zero,
    /// `null` when not finite, whole numbers past the scaled range).
    @Test(arguments: [0.0, -0.0, 1, -1, 0.25, -0.1234, 0.12345, 0.00004, -0.00005, 0.00005, 1.05, 2.5e-5, 123456.789, -99.99999,
                      1e15, -3e17, .infinity, -.infinity, .nan, 9.2e14, 0.1 + 0.2, 1.00005, -2.00015, 0.00015, 12.34565,
                      922_337_203_685_477.5807, 922_337_203_685_477.5, 9.223372036854775e14, 4503599627370495.5 / 10_000])
    func numbersMatchDataFileDecimal(_ value: Double) {
        var bytes: [UInt8] = []
        JSONWriter.appendNumber(value, to: &bytes)
        #expect(String(decoding: bytes, as: UTF8.self) == DataFile.decimal(value))
    }

    @Test(arguments: [0, 7, -7, 10, 1_000_000, Int.max, Int.min])
    func integersMatchString(_ value: Int) {
        var bytes: [UInt8] = []
        JSONWriter.appendInteger(value, to: &bytes)
        #expect(String(decoding: bytes, as: UTF8.self) == String(value))
    }
}
