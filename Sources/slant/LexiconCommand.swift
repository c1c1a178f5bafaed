public import ArgumentParser
import Foundation
import SlantLexicon
import SlantText

/// `slant lexicon`: check and convert lexicon files.
struct LexiconCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lexicon",
        abstract: "Check lexicon files and convert other formats to Slant's.",
        subcommands: [LexiconCheckCommand.self, LexiconConvertCommand.self]
    )
}

/// `slant lexicon check FILE...`.
struct LexiconCheckCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Parse and compile lexicon files; report the first error of each as file:line.",
        discussion: "Exits with 65 (EX_DATAERR) when any file has an error."
    )

    @Argument(help: "Lexicon files.")
    var files: [String]

    @Option(help: "The files' format.")
    var format: LexiconFormat = .slant

    @OptionGroup var data: DataOptions

    func run() async throws {
        let tokenizer = try data.tokenizer()
        var failed = false
        for file in files {
            do {
                let lexicon = try LexiconFile.load(URL(fileURLWithPath: file), format: format)
                let compiled = try CompiledLexicon([lexicon], tokenizer: tokenizer)
                let categories = compiled.categories.isEmpty ? "" : ", \(compiled.categories.count) categories"
                print("\(file): ok, \(lexicon.entries.count) entries, \(compiled.termCount) terms\(categories)")
            } catch {
                failed = true
                printError("slant: \(error)")
            }
        }
        if failed { throw ExitCode(65) }
    }
}

/// `slant lexicon convert --from FORMAT FILE`.
struct LexiconConvertCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "convert",
        abstract: "Convert a VADER, AFINN, LIWC .dic, quanteda YAML or word-list lexicon to Slant's TSV.",
        discussion: """
            Writes Slant's lexicon TSV to standard output (or -o). Formats without weights \
            (dic, yaml, wordlist) give every entry --weight, or per category with \
            --category-weight NAME=W (for example --category-weight negative=-1).
            """
    )

    @Option(help: "The input format.")
    var from: LexiconFormat

    @Argument(help: "The lexicon file to convert.")
    var file: String

    @Option(help: "Multiply every weight by this (0.8 brings AFINN's -5..+5 to -4..+4).")
    var scale: Double = 1

    @Option(help: "The weight of every entry, for formats without weights.")
    var weight: Double = 1

    @Option(name: .customLong("category-weight"), help: ArgumentHelp("The weight of a category's entries, as NAME=WEIGHT (repeatable).", valueName: "name=weight"))
    var categoryWeights: [String] = []

    @Option(help: "The category of every entry of a word list.")
    var category: String?

    @Option(name: .shortAndLong, help: "Write to this file instead of standard output.")
    var output: String?

    func validate() throws {
        for pair in categoryWeights {
            let parts = pair.split(separator: "=", maxSplits: 1)
            guard parts.count == 2, Double(parts[1]) != nil else {
                throw ValidationError("--category-weight takes NAME=WEIGHT, found \"\(pair)\"")
            }
        }
    }

    func run() async throws {
        var out = try OutputFile(path: output, inputs: [file])
        var lexicon = try LexiconFile.load(URL(fileURLWithPath: file), format: from, scale: scale, weight: weight, category: category)
        let weights = Dictionary(categoryWeights.map { pair in
            let parts = pair.split(separator: "=", maxSplits: 1)
            return (String(parts[0]), Double(parts[1])!)
        }, uniquingKeysWith: { $1 })
        if !weights.isEmpty {
            lexicon.entries = lexicon.entries.map { entry in
                var changed = entry
                if let category = entry.category, let weight = weights[category] { changed.weight = weight }
                return changed
            }
        }
        let comment = "Converted by slant lexicon convert from \(URL(fileURLWithPath: file).lastPathComponent) (\(from))"
            + (scale == 1 ? "" : ", weights scaled by \(scale)")
        let text = lexicon.tsv(comment: comment)
        out.write(text)
        try out.finish()
    }
}

extension LexiconFormat: ExpressibleByArgument {}
