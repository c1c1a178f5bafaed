import Foundation
import Testing

/// No silent success: a missing input, an unknown kind or a run that scores nothing fails.
@Suite("input safety")
struct InputSafetyTests {
    @Test func aMissingInputStopsWithNoInputBeforeAnyWork() throws {
        let result = try SlantProcess.run(["score", "/nonexistent.jsonl", "Examples/corpus.jsonl"])
        #expect(result.status == 66)
        #expect(result.standardError == "slant: /nonexistent.jsonl: cannot read: No such file or directory\n")
        #expect(result.standardOutput == "")
    }

    @Test func aSingleTextFileIsADocumentOfItsFolder() throws {
        let result = try SlantProcess.run(["score", "Examples/corpus/kyiv-ledger/2026-02-14-munich.txt"])
        #expect(result.status == 0)
        #expect(result.standardError == "1 read, 1 scored, 0 rejected\n")
        #expect(result.standardOutput.hasPrefix("{\"id\":\"2026-02-14-munich\",\"outlet\":\"kyiv-ledger\",\"date\":\"2026-02-14\",\"title\":\"Munich talks without Ukraine reek of appeasement\","))
    }

    @Test func aFileWhoseNameSaysNothingNeedsAnInputFormat() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("slant-in-\(UUID())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let fifo = directory.appendingPathComponent("records").path
        #expect(mkfifo(fifo, 0o600) == 0)
        let refused = try SlantProcess.run(["score", fifo])
        #expect(refused.status == 64)
        #expect(refused.standardError == "slant: \(fifo): cannot tell the format (it is not a regular file): pass --input-format jsonl, csv or txt\n")
        // A writer feeds the FIFO while slant reads it as CSV.
        let writer = Thread {
            if let handle = FileHandle(forWritingAtPath: fifo) {
                handle.write(Data("id,outlet,text\n1,a,Kyiv said no.\n".utf8))
                try? handle.close()
            }
        }
        writer.start()
        let read = try SlantProcess.run(["score", "--input-format", "csv", fifo])
        #expect(read.status == 0)
        #expect(read.standardError == "1 read, 1 scored, 0 rejected\n")
    }

    @Test func nothingReadOrNothingScoredIsAFailure() throws {
        let empty = try SlantProcess.run(["score", "-"], input: "")
        #expect(empty.status == 66)
        #expect(empty.standardError == "0 read, 0 scored, 0 rejected\n")
        let rejected = try SlantProcess.run(["score", "-"], input: "{\"id\":\"1\"}\n")
        #expect(rejected.status == 65)
        #expect(rejected.standardError == "slant: rejected -:1: expected a string field \"text\"\n1 read, 0 scored, 1 rejected\n")
    }

    @Test func csvWithAStrayQuoteKeepsTheNextRows() throws {
        let result = try SlantProcess.run(["score", "--input-format", "csv", "-"],
                                          input: "id,outlet,text\n1,o,Kyiv said no.\n2,o,\"Moscow\n3,o,\"a\"b\n4,o,Fine.\n")
        #expect(result.status == 0)
        #expect(result.standardError == """
            slant: rejected -:3: field 3 opens a quote on line 3 that closes on line 4 before "a"; write "" for a quote inside a quoted field
            slant: rejected -:4: field 3 has "b" after its closing quote (a quoted field ends at a quote followed by a comma or the end of the line; write "" for a quote inside it)
            4 read, 2 scored, 2 rejected

            """)
    }
}
