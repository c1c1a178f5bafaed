import Foundation
import Testing

/// Outputs are opened and written through, never replaced; an output that is an input is
/// refused; a failed write ends with one line and EX_IOERR (74).
@Suite("output safety")
struct OutputSafetyTests {
    static let record = "{\"id\":\"1\",\"outlet\":\"a\",\"text\":\"Kyiv said no.\"}\n"

    /// A temporary folder holding `in.jsonl` with ``record``.
    struct Folder {
        let url: URL
        init() throws {
            url = FileManager.default.temporaryDirectory.appendingPathComponent("slant-out-\(UUID())")
            try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
            try Data(OutputSafetyTests.record.utf8).write(to: url.appendingPathComponent("in.jsonl"))
        }
        func path(_ name: String) -> String { url.appendingPathComponent(name).path }
        func remove() { try? FileManager.default.removeItem(at: url) }
        func names() throws -> [String] { try FileManager.default.contentsOfDirectory(atPath: url.path).sorted() }
    }

    static func fileType(_ path: String) throws -> FileAttributeType? {
        try FileManager.default.attributesOfItem(atPath: path)[.type] as? FileAttributeType
    }

    @Test func aDeviceNodeMadeWithMknodIsWrittenNotReplaced() throws {
        let folder = try Folder()
        defer { folder.remove() }
        let made = Process()
        made.executableURL = URL(fileURLWithPath: "/usr/bin/mknod")
        made.arguments = [folder.path("null"), "c", "1", "3"]
        try made.run()
        made.waitUntilExit()
        try #require(made.terminationStatus == 0, "mknod needs root, as in CI containers")
        let result = try SlantProcess.run(["score", folder.path("in.jsonl"), "-o", folder.path("null"), "--report", folder.path("null2")])
        #expect(result.status == 0)
        #expect(try Self.fileType(folder.path("null")) == .typeCharacterSpecial)
    }

    @Test func anOutputThatIsTheInputIsRefusedAndTheInputKept() throws {
        let folder = try Folder()
        defer { folder.remove() }
        let input = folder.path("in.jsonl")
        let result = try SlantProcess.run(["score", input, "-o", input])
        #expect(result.status == 64)
        #expect(result.standardError == "slant: \(input) is an input and an output; write elsewhere\n")
        #expect(try String(contentsOfFile: input, encoding: .utf8) == Self.record)
    }

    @Test func aHardLinkToTheInputIsRefused() throws {
        let folder = try Folder()
        defer { folder.remove() }
        try FileManager.default.linkItem(atPath: folder.path("in.jsonl"), toPath: folder.path("same.jsonl"))
        let result = try SlantProcess.run(["report", "merge", folder.path("in.jsonl"), "-o", folder.path("same.jsonl")])
        #expect(result.status == 64)
        #expect(result.standardError == "slant: output \(folder.path("same.jsonl")) is the input \(folder.path("in.jsonl")); write elsewhere\n")
        #expect(try String(contentsOfFile: folder.path("in.jsonl"), encoding: .utf8) == Self.record)
    }

    @Test func anOutputInsideAnInputFolderIsRefusedAndNotCreated() throws {
        let folder = try Folder()
        defer { folder.remove() }
        let result = try SlantProcess.run(["score", folder.url.path, "-o", folder.path("out.txt")])
        #expect(result.status == 64)
        #expect(result.standardError == "slant: output \(folder.path("out.txt")) lies in the input folder \(folder.url.path); write elsewhere\n")
        #expect(try folder.names() == ["in.jsonl"])
    }

    @Test func aSymlinkIsWrittenThroughAndStaysALink() throws {
        let folder = try Folder()
        defer { folder.remove() }
        try FileManager.default.createSymbolicLink(atPath: folder.path("link"), withDestinationPath: folder.path("target.jsonl"))
        let result = try SlantProcess.run(["score", folder.path("in.jsonl"), "-o", folder.path("link")])
        #expect(result.status == 0)
        #expect(try Self.fileType(folder.path("link")) == .typeSymbolicLink)
        let direct = try SlantProcess.run(["score", folder.path("in.jsonl")])
        #expect(try String(contentsOfFile: folder.path("target.jsonl"), encoding: .utf8) == direct.standardOutput)
        #expect(direct.standardOutput.hasPrefix("{\"id\":\"1\""))
    }

    @Test func aFullDeviceEndsWithOneLineAndIOError() throws {
        let folder = try Folder()
        defer { folder.remove() }
        let result = try SlantProcess.run(["score", folder.path("in.jsonl"), "-o", "/dev/full"])
        #expect(result.status == 74)
        #expect(result.standardError == "slant: cannot write /dev/full: No space left on device\n")
    }

    @Test(arguments: [
        ["tokenize", "Examples/corpus/kyiv-ledger/2026-02-14-munich.txt"],
        ["score", "Examples/corpus"],
        ["explain", "Kyiv praised the deal."],
        ["lexicon", "check", "Lexicons/en/idioms-en.tsv"],
    ])
    func standardOutputOnAFullDeviceEndsWithIOError(_ arguments: [String]) throws {
        let full = try #require(FileHandle(forWritingAtPath: "/dev/full"))
        let result = try SlantProcess.run(arguments, standardOutput: full)
        #expect(result.status == 74)
        #expect(result.standardError.hasSuffix("slant: cannot write <stdout>: No space left on device\n"))
        #expect(!result.standardError.contains("Fatal error"))
    }

    @Test func aClosedPipeEndsWithIOErrorNotASignal() throws {
        let pipe = Pipe()
        try pipe.fileHandleForReading.close()
        let result = try SlantProcess.run(["tokenize", "Examples/corpus/kyiv-ledger/2026-02-14-munich.txt"], standardOutput: pipe)
        #expect(result.status == 74)
        #expect(result.standardError == "slant: cannot write <stdout>: Broken pipe\n")
    }

    @Test func aReportIntoAMissingFolderFailsBeforeAnyWorkAndKeepsTheOldOutput() throws {
        let folder = try Folder()
        defer { folder.remove() }
        try Data("old\n".utf8).write(to: folder.url.appendingPathComponent("out.jsonl"))
        let report = folder.path("missing/report.json")
        let result = try SlantProcess.run(["score", folder.path("in.jsonl"), "-o", folder.path("out.jsonl"), "--report", report])
        #expect(result.status == 73)
        #expect(result.standardError == "slant: cannot open \(report) for writing: No such file or directory\n")
        #expect(try String(contentsOfFile: folder.path("out.jsonl"), encoding: .utf8) == "old\n")
    }

    @Test func aRunThatFailsBeforeWritingLeavesNoNewFileAndKeepsAnOldOne() throws {
        let folder = try Folder()
        defer { folder.remove() }
        try Data("old\n".utf8).write(to: folder.url.appendingPathComponent("old.jsonl"))
        let lexicons = folder.path("no-lexicons")
        for atomic in [false, true] {
            let result = try SlantProcess.run(["score", folder.path("in.jsonl"), "-o", folder.path("new.jsonl"),
                                               "--report", folder.path("report.json"), "--rejects", folder.path("old.jsonl"),
                                               "--lexicons", lexicons] + (atomic ? ["--atomic"] : []))
            #expect(result.status == 65)
            #expect(result.standardError.hasPrefix("slant: \(lexicons): cannot list the lexicon directory"))
            #expect(try folder.names() == ["in.jsonl", "old.jsonl"])
            #expect(try String(contentsOfFile: folder.path("old.jsonl"), encoding: .utf8) == "old\n")
        }
    }

    @Test func anOutputOpenedBeforeOneThatCannotBeIsRemovedIfItIsNew() throws {
        let folder = try Folder()
        defer { folder.remove() }
        let report = folder.path("missing/report.json")
        let result = try SlantProcess.run(["score", folder.path("in.jsonl"), "-o", folder.path("new.jsonl"), "--report", report])
        #expect(result.status == 73)
        #expect(result.standardError == "slant: cannot open \(report) for writing: No such file or directory\n")
        #expect(try folder.names() == ["in.jsonl"])
    }

    @Test(arguments: [["compare"], ["report", "merge"]])
    func aReportThatCannotBeReadLeavesNoNewOutput(_ command: [String]) throws {
        let folder = try Folder()
        defer { folder.remove() }
        try Data("{}".utf8).write(to: folder.url.appendingPathComponent("bad.json"))
        let result = try SlantProcess.run(command + [folder.path("bad.json"), "-o", folder.path("out")])
        #expect(result.status == 65)
        #expect(try folder.names() == ["bad.json", "in.jsonl"])
    }

    @Test func twoOutputsOnOneFileAreRefused() throws {
        let folder = try Folder()
        defer { folder.remove() }
        let result = try SlantProcess.run(["score", folder.path("in.jsonl"), "-o", folder.path("a"), "--rejects", folder.path("a")])
        #expect(result.status == 64)
        #expect(result.standardError == "slant: \(folder.path("a")) is given for two outputs; give each output its own file\n")
    }

    @Test func atomicReplacesOnlyOnSuccessAndLeavesNoTemporary() throws {
        let folder = try Folder()
        defer { folder.remove() }
        let out = folder.path("out.jsonl")
        try Data("old\n".utf8).write(to: URL(fileURLWithPath: out))
        try Data("{\"id\":\"2\"}\n".utf8).write(to: folder.url.appendingPathComponent("bad.jsonl"))
        let failed = try SlantProcess.run(["score", "--strict", "--atomic", folder.path("in.jsonl"), folder.path("bad.jsonl"), "-o", out])
        #expect(failed.status == 65)
        #expect(try String(contentsOfFile: out, encoding: .utf8) == "old\n")
        #expect(try folder.names() == ["bad.jsonl", "in.jsonl", "out.jsonl"])
        let succeeded = try SlantProcess.run(["score", "--atomic", folder.path("in.jsonl"), "-o", out])
        #expect(succeeded.status == 0)
        #expect(try String(contentsOfFile: out, encoding: .utf8).hasPrefix("{\"id\":\"1\""))
        #expect(try folder.names() == ["bad.jsonl", "in.jsonl", "out.jsonl"])
    }
}
