import Testing
import SlantText

@Suite("Abbreviation lists and byte-string tables")
struct DataFileTests {
    @Test func parsesCommentsAndBlankLines() throws {
        let list = try Abbreviations(parsing: "# titles\nMr.\n\n  Gen.  # rank\n", source: "abbr.txt")
        #expect(list.entries == ["Mr.", "Gen."])
    }

    @Test func entryWithoutAPeriodNamesFileAndLine() throws {
        #expect(throws: DataFileError(source: "abbr.txt", line: 3, message: "expected an abbreviation ending with a period, found \"Gen\"")) {
            try Abbreviations(parsing: "Mr.\n# x\nGen\n", source: "abbr.txt")
        }
    }

    @Test func bundledListParses() throws {
        let list = try bundledAbbreviations()
        #expect(list.entries.contains("Gen."))
        #expect(list.entries.contains("тыс."))
    }

    @Test func tableInternsKeysInOrder() {
        var table = ByteStringTable(["kyiv", "kremlin", "kyiv"])
        #expect(table.count == 2)
        #expect(table.id(of: "kremlin") == 1)
        #expect(table.id(of: "kyi") == nil)
        #expect(table.insert("київ") == (id: 2, inserted: true))
        #expect(table.string(2) == "київ")
        for index in 0..<1000 { table.insert("word\(index)") }
        #expect(table.count == 1003)
        #expect(table.id(of: "word999") == 1002)
        #expect(table.id(of: "kyiv") == 0)
    }
}
