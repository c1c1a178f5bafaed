import ArgumentParser
import SlantReport
import SlantText
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The `slant` command: measures how news outlets portray the actors of a story.
@main
struct Slant: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "slant",
        abstract: "Measure how news outlets portray the actors of a story.",
        discussion: """
            Slant tokenizes news text with ICU (English, Ukrainian, Russian), scores sentiment, \
            frames and the portrayal and voice of actors, and compares outlets.
            """,
        version: "0.1.0",
        subcommands: [ScoreCommand.self, CompareCommand.self, EventsCommand.self, ReportCommand.self, BenchCommand.self, ExplainCommand.self, TokenizeCommand.self, LexiconCommand.self, EvalCommand.self]
    )

    /// Runs the chosen command. An output that cannot be written ends the run with one line on
    /// standard error and its sysexits code (see ``OutputError/exitCode``), never a crash; a
    /// closed pipe is a write error (EPIPE) like any other, not a silent SIGPIPE death.
    static func main() async {
        signal(SIGPIPE, SIG_IGN)
        do {
            var command = try parseAsRoot()
            if var asyncCommand = command as? any AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
            // Commands that print(): stdio's buffers are flushed and checked too.
            if fflush(nil) != 0 {
                throw OutputError(path: OutputError.standardOutputName, kind: .write(errno))
            }
        } catch let error as OutputError {
            printError("slant: \(error)")
            terminate(error.exitCode)
        } catch let error as ReportError {
            printError("slant: \(error)")
            terminate(error.exitCode)
        } catch let error as DataFileError {
            // A lexicon, actor, frame or gold file that cannot be read or has a bad line:
            // EX_DATAERR (65), with the file and line.
            printError("slant: \(error)")
            terminate(65)
        } catch {
            exit(withError: error)
        }
    }
}
