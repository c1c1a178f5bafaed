import ArgumentParser
import Foundation
import SlantText

/// `slant tokenize`: prints tokens with their kind, offsets and normalized key.
struct TokenizeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tokenize",
        abstract: "Split text into tokens (and sentences) and print them.",
        discussion: """
            Offsets are byte offsets into the UTF-8 input and Unicode scalar offsets (like \
            Python string indices); both are end-exclusive. Keys are NFKC with full case \
            folding; apostrophes inside words become ' and hyphens become -.
            Ill-formed UTF-8 is kept in place, read as U+FFFD and reported on stderr.
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, jsonl
    }

    @Argument(help: "A UTF-8 text file, or - for standard input.")
    var input: String = "-"

    @Flag(help: "Mark sentence and paragraph boundaries in the output.")
    var sentences = false

    @Option(help: "Output format: text (aligned columns) or jsonl (one JSON object per token).")
    var format: Format = .text

    @OptionGroup var data: DataOptions

    func run() async throws {
        var output = try OutputFile(path: nil, inputs: [input])
        let bytes = try InputFile.read(input)
        let tokenizer = try Tokenizer(options: .init(abbreviations: try data.abbreviations()))
        let text = try tokenizer.tokenize(utf8: bytes)
        for problem in text.invalidSequences {
            printError("slant: \(InputFile.displayName(input)): \(problem)")
        }
        switch format {
        case .text: TokenPrinter.printText(text, sentences: sentences, to: &output)
        case .jsonl: TokenPrinter.printJSONLines(text, to: &output)
        }
        try output.finish()
    }
}
