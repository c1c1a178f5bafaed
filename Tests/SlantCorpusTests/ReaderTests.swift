import Foundation
import Testing
import SlantCorpus

/// The readers on hostile input: malformed CSV, line ends, byte order marks, symlinks.
@Suite("Readers on hostile input")
struct ReaderTests {
    typealias Record = CSVRecordReader.Record

    static func records(_ text: String) -> [Record] {
        let reader = CSVRecordReader(bytes: Array(text.utf8))
        var all: [Record] = []
        while let record = reader.next() { all.append(record) }
        return all
    }

    static func fields(_ values: [String], line: Int) -> Record { .fields(values.map { Array($0.utf8) }, line: line) }

    @Test func csvFollowsRFC4180WithEveryLineEnd() {
        #expect(Self.records("a,b\r\n\"x, \"\"y\"\"\",\"two\r\nlines\"\rlast,\n") == [
            Self.fields(["a", "b"], line: 1),
            Self.fields(["x, \"y\"", "two\r\nlines"], line: 2),
            Self.fields(["last", ""], line: 4),
        ])
        #expect(Self.records("\u{FEFF}id\nno end") == [Self.fields(["id"], line: 1), Self.fields(["no end"], line: 2)])
        #expect(Self.records("in ab\"c field,\"\"\n") == [Self.fields(["in ab\"c field", ""], line: 1)])
    }

    @Test func aCharacterAfterAClosingQuoteRejectsOnlyItsRow() {
        #expect(Self.records("1,o,\"a\"\n3,o,\"a\"b\n4,o,d\n") == [
            Self.fields(["1", "o", "a"], line: 1),
            .malformed(line: 2, reason: "field 3 has \"b\" after its closing quote (a quoted field ends at a quote followed by a comma or the end of the line; write \"\" for a quote inside it)"),
            Self.fields(["4", "o", "d"], line: 3),
        ])
    }

    @Test func aQuoteThatNeverClosesRejectsItsRowAndTheNextRowsAreRead() {
        #expect(Self.records("1,\"multi\nline\"\n2,\"open\n3,x\r\n4,y") == [
            Self.fields(["1", "multi\nline"], line: 1),
            .malformed(line: 3, reason: "field 2 opens a quote on line 3 that never closes"),
            Self.fields(["3", "x"], line: 4),
            Self.fields(["4", "y"], line: 5),
        ])
    }

    /// Reads `bytes` as a CSV file and returns documents as "id|title|text" and rejections as "line: reason".
    static func readCSV(_ bytes: [UInt8]) throws -> [String] {
        var reader = try CSVFileReader(bytes: bytes, source: "t.csv")
        var items: [String] = []
        while let item = reader.next() {
            switch item {
            case .document(let document): items.append("\(document.id)|\(document.title ?? "-")|\(String(decoding: document.text, as: UTF8.self))")
            case .rejected(let rejection): items.append("\(rejection.record): \(rejection.reason)")
            case .deferred: Issue.record("a CSV reader defers nothing")
            }
        }
        return items
    }

    @Test func csvRowsAreCountedByLineAndBadBytesNamed() throws {
        let bytes = Array("\u{FEFF}id,outlet,text\r\n1,o,\"Kyiv\r\nsaid no.\"\r\n\r\n2,o,bad ".utf8) + [0xFF] + Array("\r\n3,o\r\n4,o,fine\r\n".utf8)
        #expect(try Self.readCSV(bytes) == [
            "1|-|Kyiv\nsaid no.",
            "5: column \"text\" is not valid UTF-8 at byte 4 of its value",
            "6: expected 3 fields as in the header, found 2",
            "4|-|fine",
        ])
    }

    static func readText(_ bytes: [UInt8]) throws -> InputDocument? {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("slant-text-\(UUID())/outlet")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory.deletingLastPathComponent()) }
        let file = directory.appendingPathComponent("doc.txt")
        try Data(bytes).write(to: file)
        var reader = TextFileReader(path: file.path)
        if case .document(let document) = reader.next() { return document }
        return nil
    }

    @Test func textFilesLoseTheirByteOrderMarkAndCarriageReturns() throws {
        let crlf = try #require(try Self.readText([0xEF, 0xBB, 0xBF] + Array("Title\r\n\r\nBody one.\rBody two.".utf8)))
        #expect(crlf.title == "Title")
        #expect(crlf.text == Array("Title\n\nBody one.\nBody two.".utf8))
        #expect(crlf.outlet == "outlet" && crlf.id == "doc")
        let oneLine = try #require(try Self.readText(Array("Only one line, no newline.".utf8)))
        #expect(oneLine.title == nil)
        let blankFirst = try #require(try Self.readText(Array("\n  \n  Late title  \nBody".utf8)))
        #expect(blankFirst.title == "Late title")
    }

    @Test func jsonLinesAcceptAByteOrderMarkAndNameTheBadByte() {
        let bytes = [0xEF, 0xBB, 0xBF] + Array("{\"outlet\":\"o\",\"text\":\"fine\"}\r\n{\"outlet\":\"o\",\"text\":\"ba".utf8) + [0xC3] + Array("\"}\n".utf8)
        var reader = JSONLinesReader(bytes: bytes, source: "t.jsonl")
        guard case .document(let document) = reader.next() else {
            Issue.record("expected a document")
            return
        }
        #expect(document.text == Array("fine".utf8))
        guard case .rejected(let rejection) = reader.next() else {
            Issue.record("expected a rejection")
            return
        }
        #expect(rejection.description == "t.jsonl:2: the line is not valid UTF-8 at byte 24 of the line (JSON must be UTF-8)")
        #expect(reader.next() == nil)
    }

    @Test func symlinkedFoldersAreFollowedAndLoopsReportedOnce() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let real = directory.appendingPathComponent("real/outlet-a")
        try FileManager.default.createDirectory(at: real, withIntermediateDirectories: true)
        try Data("Kyiv said no.".utf8).write(to: real.appendingPathComponent("one.txt"))
        let tree = directory.appendingPathComponent("tree")
        try FileManager.default.createDirectory(at: tree, withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: tree.appendingPathComponent("outlet-b").path, withDestinationPath: real.path)
        try FileManager.default.createSymbolicLink(atPath: real.appendingPathComponent("loop").path, withDestinationPath: real.path)
        try FileManager.default.createSymbolicLink(atPath: tree.appendingPathComponent("gone.txt").path, withDestinationPath: "/nonexistent/x.txt")
        // The input itself is a symlink to the tree.
        let link = directory.appendingPathComponent("link")
        try FileManager.default.createSymbolicLink(atPath: link.path, withDestinationPath: tree.path)
        var reader = try TextTreeReader(root: link.path)
        var items: [String] = []
        while let item = reader.next() {
            switch item {
            case .document(let document): items.append("\(document.outlet)/\(document.id)")
            case .rejected(let rejection): items.append("\(URL(fileURLWithPath: rejection.source).lastPathComponent): \(rejection.reason)")
            case .deferred: Issue.record("a text reader defers nothing")
            }
        }
        #expect(items == [
            "gone.txt: cannot read: No such file or directory (a dangling symlink?)",
            "loop: a folder already read (a symlink loop or a second link to it); skipped",
            "outlet-b/one",
        ])
    }

    @Test func inputsAreInspectedBeforeReading() throws {
        #expect(throws: InputError.self) { try CorpusReader.inspect("/nonexistent.jsonl", format: nil) }
        #expect(try CorpusReader.inspect("-", format: nil) == .jsonl)
        #expect(try CorpusReader.inspect("-", format: .csv) == .csv)
        #expect(try CorpusReader.inspect(examples.path, format: nil) == nil)
        #expect(try CorpusReader.inspect("/dev/null", format: .txt) == .txt)
        do {
            _ = try CorpusReader.inspect("/dev/null", format: nil)
            Issue.record("expected an error")
        } catch {
            #expect(error.exitCode == 64)
            #expect(error.description == "/dev/null: cannot tell the format (it is not a regular file): pass --input-format jsonl, csv or txt")
        }
    }

    /// Lines that cannot hold one object are rejected before the JSON parser, with the parser's
    /// message; an object with spaces and a carriage return around it is read.
    @Test func linesThatCannotBeObjects() throws {
        let lines = ["[{\"id\": 1}]", "\"text\"", "{\"id\": \"x\", \"outlet\": \"o\", \"text\": \"Kyiv.\"} x", "",
                     " \t{\"id\": \"y\", \"outlet\": \"o\", \"text\": \"Kyiv.\"} \r", "{"]
        var reader = JSONLinesReader(bytes: Array(lines.joined(separator: "\n").utf8), source: "t.jsonl")
        var items: [String] = []
        while let item = reader.next() {
            switch item {
            case .document(let document): items.append("\(document.record): \(document.id)")
            case .rejected(let rejection): items.append(rejection.description)
            case .deferred: Issue.record("this reader parses as it reads")
            }
        }
        #expect(items == ["t.jsonl:1: expected a JSON object on one line", "t.jsonl:2: expected a JSON object on one line",
                          "t.jsonl:3: expected a JSON object on one line", "5: y", "t.jsonl:6: expected a JSON object on one line"])
    }

    /// Fields longer than a read chunk (1 MiB), quoted with 600,000 line ends inside or unquoted,
    /// read from a file as from memory: the same fields, and the lines counted through them
    /// (row 1 starts on line 2 and spans 600,001 lines, so row 2 is on line 600,003).
    @Test func csvFieldsAcrossReadChunks() throws {
        let quoted = String(repeating: "ab\n", count: 600_000)
        let plain = String(repeating: "x", count: 1_200_000)
        let text = "id,outlet,text\n1,o,\"\(quoted)\"\n2,o,\(plain)\n3,o,\"short \"\"q\"\"\"\n"
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("slant-chunks-\(UUID().uuidString).csv")
        defer { try? FileManager.default.removeItem(at: url) }
        try Data(text.utf8).write(to: url)
        func records(_ reader: CSVRecordReader) -> [CSVRecordReader.Record] {
            var result: [CSVRecordReader.Record] = []
            while let record = reader.next() { result.append(record) }
            return result
        }
        let fromFile = records(CSVRecordReader(handle: try FileHandle(forReadingFrom: url)))
        #expect(fromFile == records(CSVRecordReader(bytes: Array(text.utf8))))
        #expect(fromFile == [
            .fields([Array("id".utf8), Array("outlet".utf8), Array("text".utf8)], line: 1),
            .fields([Array("1".utf8), Array("o".utf8), Array(quoted.utf8)], line: 2),
            .fields([Array("2".utf8), Array("o".utf8), Array(plain.utf8)], line: 600_003),
            .fields([Array("3".utf8), Array("o".utf8), Array("short \"q\"".utf8)], line: 600_004),
        ])
    }

    /// Lines that straddle the reader's 1 MiB read chunks (each a `read(2)` into the end of one
    /// kept buffer) come out whole, each once, in order, with `\r\n` ends dropped.
    @Test func linesAcrossReadChunks() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("slant-chunks-\(UUID().uuidString).txt")
        defer { try? FileManager.default.removeItem(at: url) }
        // Lines of 1 to 997 bytes, each filled with its number's last digit: 3 MB in all.
        var expected: [[UInt8]] = [], bytes: [UInt8] = []
        var number = 0
        while bytes.count < 3_000_000 {
            let line = [UInt8](repeating: UInt8(ascii: "0") + UInt8(number % 10), count: 1 + number * 7919 % 997)
            expected.append(line)
            bytes += line + (number % 3 == 0 ? [0x0D, 0x0A] : [0x0A])
            number += 1
        }
        try Data(bytes).write(to: url)
        let reader = LineReader(handle: try FileHandle(forReadingFrom: url))
        var lines: [[UInt8]] = []
        while let line = reader.nextLine() { lines.append(Array(line)) }
        #expect(lines.count == expected.count)
        #expect(lines == expected)
        #expect(reader.readError == nil)
    }

    /// A file that opens but cannot be read (a directory: `read(2)` fails with EISDIR) ends with
    /// one rejection naming the file, the line it stopped at and why, rather than a crash or an
    /// empty corpus.
    @Test func aFailedReadIsRejectedWithItsReason() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("slant-dir-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: false)
        defer { try? FileManager.default.removeItem(at: directory) }
        var reader = try JSONLinesReader(path: directory.path)
        var items: [String] = []
        while let item = reader.next() {
            if case .rejected(let rejection) = item { items.append("\(rejection)") } else { items.append("document") }
        }
        #expect(items == ["\(directory.path):1: cannot read past this point: Is a directory"])
    }
}
