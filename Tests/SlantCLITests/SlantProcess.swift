import Foundation

/// Runs the built `slant` binary, as a user would.
struct SlantProcess {
    struct Result {
        let status: Int32
        let standardOutput: String
        let standardError: String
    }

    /// The repository's root, found from this file's path.
    static let repositoryRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// `slant` sits beside the test bundle in the build products directory.
    static var executable: URL {
        let testBinary = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        var directory = testBinary.deletingLastPathComponent()
        // On Linux the bundle is `<products>/SlantPackageTests.xctest`; elsewhere it may be a folder.
        while !FileManager.default.isExecutableFile(atPath: directory.appendingPathComponent("slant").path),
              directory.pathComponents.count > 1 {
            directory = directory.deletingLastPathComponent()
        }
        return directory.appendingPathComponent("slant")
    }

    /// Runs `slant` with `arguments`, feeding `input` on standard input, in the repository root.
    /// `standardOutput` (a `FileHandle` or `Pipe`) replaces the captured pipe; the result's
    /// standard output is then empty.
    static func run(_ arguments: [String], input: String = "", standardOutput: Any? = nil) throws -> Result {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = repositoryRoot
        var environment = ProcessInfo.processInfo.environment
        environment["SLANT_LEXICONS"] = repositoryRoot.appendingPathComponent("Lexicons").path
        process.environment = environment
        let stdin = Pipe(), stdout = Pipe()
        // Standard error goes to a file so that neither stream can block the child.
        let errorFile = FileManager.default.temporaryDirectory.appendingPathComponent("slant-stderr-\(UUID())")
        _ = FileManager.default.createFile(atPath: errorFile.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: errorFile) }
        let stderr = try FileHandle(forWritingTo: errorFile)
        process.standardInput = stdin
        process.standardOutput = standardOutput ?? stdout
        process.standardError = stderr
        try process.run()
        stdin.fileHandleForWriting.write(Data(input.utf8))
        try stdin.fileHandleForWriting.close()
        if standardOutput != nil { try stdout.fileHandleForWriting.close() }
        let outputData = stdout.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        try stderr.close()
        let errorData = try Data(contentsOf: errorFile)
        return Result(status: process.terminationStatus,
                      standardOutput: String(decoding: outputData, as: UTF8.self),
                      standardError: String(decoding: errorData, as: UTF8.self))
    }
}
