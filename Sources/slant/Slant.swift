import ArgumentParser

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
        subcommands: [ScoreCommand.self, CompareCommand.self, ReportCommand.self, BenchCommand.self, ExplainCommand.self, TokenizeCommand.self, LexiconCommand.self, EvalCommand.self]
    )
}
