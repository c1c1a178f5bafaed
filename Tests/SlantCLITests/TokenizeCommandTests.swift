import Foundation
import Testing

@Suite("slant tokenize")
struct TokenizeCommandTests {
    @Test func jsonLinesFromStandardInput() throws {
        let result = try SlantProcess.run(["tokenize", "--format", "jsonl", "-"], input: "Kyiv’s “no”.")
        #expect(result.status == 0)
        #expect(result.standardError == "")
        #expect(result.standardOutput == """
            {"text":"Kyiv’s","key":"kyiv's","kind":"word","bytes":[0,8],"scalars":[0,6],"sentence":0,"paragraph":0}
            {"text":"“","key":"“","kind":"punctuation","bytes":[9,12],"scalars":[7,8],"sentence":0,"paragraph":0,"quote":"opening"}
            {"text":"no","key":"no","kind":"word","bytes":[12,14],"scalars":[8,10],"sentence":0,"paragraph":0}
            {"text":"”","key":"”","kind":"punctuation","bytes":[14,17],"scalars":[10,11],"sentence":0,"paragraph":0,"quote":"closing"}
            {"text":".","key":".","kind":"punctuation","bytes":[17,18],"scalars":[11,12],"sentence":0,"paragraph":0}

            """)
    }

    @Test func textWithSentencesFromAFile() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("slant-cli-\(UUID()).txt")
        try Data("Gen. Syrskyi left. U.S. envoys stayed.".utf8).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let result = try SlantProcess.run(["tokenize", "--sentences", file.path])
        #expect(result.status == 0)
        #expect(result.standardOutput == """
            # sentence 0 paragraph 0
            0..<4         0..<4         word                      gen.                 Gen.
            5..<12        5..<12        word                      syrskyi              Syrskyi
            13..<17       13..<17       word                      left                 left
            17..<18       17..<18       punctuation               .                    .
            # sentence 1 paragraph 0
            19..<23       19..<23       word                      u.s.                 U.S.
            24..<30       24..<30       word                      envoys               envoys
            31..<37       31..<37       word                      stayed               stayed
            37..<38       37..<38       punctuation               .                    .

            """)
    }

    @Test func illFormedInputIsReportedOnStandardError() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("slant-cli-\(UUID()).txt")
        try Data([0x61, 0x20, 0xFF, 0x20, 0x62]).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let result = try SlantProcess.run(["tokenize", "--format", "jsonl", file.path])
        #expect(result.status == 0)
        #expect(result.standardError == "slant: \(file.path): ill-formed UTF-8 at byte 2 (1 byte(s)), read as U+FFFD\n")
        #expect(result.standardOutput.split(separator: "\n").count == 3)
    }

    @Test func missingFileFailsWithAClearMessage() throws {
        let result = try SlantProcess.run(["tokenize", "no-such-file.txt"])
        #expect(result.status == 64)
        #expect(result.standardError.contains("cannot read no-such-file.txt: no such file or not readable"))
        #expect(result.standardOutput == "")
    }

    @Test func helpDescribesTheCommand() throws {
        let result = try SlantProcess.run(["tokenize", "--help"])
        #expect(result.status == 0)
        #expect(result.standardOutput.contains("USAGE: slant tokenize [<input>] [--sentences] [--format <format>] [--lexicons <dir>]"))
    }

    @Test func topLevelHelpListsSubcommands() throws {
        let result = try SlantProcess.run(["--help"])
        #expect(result.status == 0)
        #expect(result.standardOutput.contains("tokenize"))
        #expect(result.standardOutput.contains("Measure how news outlets portray the actors of a story."))
    }
}
