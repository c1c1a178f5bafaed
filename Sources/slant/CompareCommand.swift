import ArgumentParser
import Foundation
import SlantCorpus
import SlantReport

/// `slant compare`: outlets side by side, with bootstrap intervals, differences, frame
/// divergences and distinctive words.
struct CompareCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compare",
        abstract: "Compare outlets: actor tone and mention share, frames, distinctive words, with confidence intervals.",
        discussion: """
            Give one report (slant score --report), several reports (each becomes one group named after its \
            file, unless --merge), or the JSONL records of slant score -o (figures to four decimals, no word lists). \
            Intervals are percentile intervals of a Poisson bootstrap over documents; see docs/STATISTICS.md.
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case md, csv, json, html }

    @Argument(help: "Reports (.json) or scored records (.jsonl).")
    var inputs: [String]

    @Option(help: ArgumentHelp("Outlets to compare, in this order (comma-separated; default: all).", valueName: "a,b,..."))
    var outlets: String?

    @Option(help: ArgumentHelp("Actors to show by id, in this order (comma-separated; default: all named).", valueName: "id,..."))
    var actors: String?

    @Option(help: ArgumentHelp("Also list the distinctive words near these actors (comma-separated ids).", valueName: "id,..."))
    var near: String?

    @Option(help: "Leave out outlets with fewer documents than this (ignored for outlets named in --outlets).")
    var minDocuments = 1

    @Option(help: "Output format.")
    var format: Format = .md

    @Option(name: .shortAndLong, help: ArgumentHelp("Write here (default: standard output).", valueName: "out"))
    var output: String?

    @Flag(help: "Replace the -o file only when the comparison is complete (write a temporary, then rename).")
    var atomic = false

    @Flag(help: "Treat several reports as shards of one corpus (outlets keep their names) instead of one group each.")
    var merge = false

    @Option(help: "Confidence level of the intervals.")
    var level = 0.95

    @Option(help: "Distinctive words per outlet (0: none).")
    var words = 15

    @Option(help: "Weight of the log-odds prior relative to the pooled word counts.")
    var priorScale = 1.0

    @Option(help: "Bootstrap seed for JSONL input (reports carry their own).")
    var seed: UInt64 = PoissonBootstrap.defaultSeed

    @Option(help: "Bootstrap replicates for JSONL input (reports carry their own).")
    var replicates: Int = PoissonBootstrap.defaultReplicates

    @Option(name: .customLong("actor-file"), help: ArgumentHelp("For JSONL input: an extra actor file it was scored with (repeatable).", valueName: "file"))
    var actorFiles: [String] = []

    @Option(help: ArgumentHelp("For JSONL input: the frame lexicon it was scored with.", valueName: "file"))
    var frames: String?

    @Option(help: ArgumentHelp("Only documents in this language (a report's outlets must each be in one language).", valueName: "code"))
    var lang: String?

    @Flag(help: "For JSONL input: each language of an outlet is its own group, \"name [lang]\" (for reports: slant score --split-lang).")
    var splitLang = false

    @Flag(help: "Compare like with like: differences within the events both outlets report, averaged over events, beside pooled ones, with coverage (needs a report scored with events; see slant events).")
    var byEvent = false

    @Option(help: "With --by-event: compare each outlet with this one instead of all pairs.")
    var reference: String?

    @Option(help: "With --by-event: fewest shared events for a within-event difference (fewer: not estimable).")
    var minEvents = EventComparison.Options().minimumEvents

    @OptionGroup var data: DataOptions

    func validate() throws {
        guard !inputs.isEmpty else { throw ValidationError("give a report or scored JSONL records") }
        guard level > 0, level < 1 else { throw ValidationError("--level must lie between 0 and 1, such as 0.95") }
        guard words >= 0 else { throw ValidationError("--words must be 0 or more") }
        guard priorScale > 0 else { throw ValidationError("--prior-scale must be above 0") }
        if splitLang && !inputs.allSatisfy({ $0.hasSuffix(".jsonl") }) {
            throw ValidationError("--split-lang needs scored records (.jsonl); for reports, score with slant score --split-lang")
        }
        let records = inputs.filter { $0.hasSuffix(".jsonl") }
        guard records.isEmpty || records.count == inputs.count else {
            throw ValidationError("give either reports (.json) or scored records (.jsonl), not both")
        }
    }

    func run() async throws {
        var out = try OutputFile(path: output, inputs: inputs, atomic: atomic)
        var report = try loadReport()
        if let lang, !inputs.allSatisfy({ $0.hasSuffix(".jsonl") }) { report = try report.restricted(toLanguage: lang) }
        var options = OutletComparison.Options()
        options.confidenceLevel = level
        options.wordsPerOutlet = words
        options.priorScale = priorScale
        options.actors = actors.map(Self.list)
        options.vocabularyActors = near.map(Self.list) ?? []
        let names = outlets.map(Self.list) ?? report.outletNames.filter { report.outlets[$0]!.documents >= minDocuments }
        if byEvent {
            var eventOptions = EventComparison.Options()
            eventOptions.confidenceLevel = level
            eventOptions.reference = reference
            eventOptions.minimumEvents = minEvents
            let comparison = try EventComparison(report: report, outlets: names, options: eventOptions)
            switch format {
            case .md: out.write(EventComparisonRenderer.markdown(comparison))
            case .csv: out.write(EventComparisonRenderer.csv(comparison))
            case .json: out.write(try EventComparisonRenderer.json(comparison))
            case .html: out.write(EventComparisonPage(comparison).html)
            }
            try out.finish()
            return
        }
        let comparison = try OutletComparison(report: report, outlets: names, options: options)
        switch format {
        case .md: out.write(ComparisonRenderer.markdown(comparison))
        case .csv: out.write(ComparisonRenderer.csv(comparison))
        case .json: out.write(try ComparisonRenderer.json(comparison))
        case .html: out.write(ComparisonPage(comparison).html)
        }
        try out.finish()
    }

    static func list(_ text: String) -> [String] {
        text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    /// One report from the inputs: a report, several merged or grouped, or records re-aggregated.
    func loadReport() throws -> CorpusReport {
        if inputs.allSatisfy({ $0.hasSuffix(".jsonl") }) { return try reportFromRecords() }
        let reports = try inputs.map { try CorpusReport(contentsOf: URL(fileURLWithPath: $0)) }
        if reports.count == 1 { return reports[0] }
        let groups = inputs.map { URL(fileURLWithPath: $0).deletingPathExtension().lastPathComponent }
        if !merge, let repeated = groups.first(where: { name in groups.filter { $0 == name }.count > 1 }) {
            throw ValidationError("two reports would both be the group \"\(repeated)\": rename one, or pass --merge to add them up")
        }
        var combined: CorpusReport?
        for (group, report) in zip(groups, reports) {
            let part = merge ? report : try report.pooled(as: group)
            // Groups may hold the same documents; shards (--merge) may not.
            if combined == nil { combined = part } else { try combined!.merge(part, allowingSharedDocuments: !merge) }
        }
        return combined!
    }

    func reportFromRecords() throws -> CorpusReport {
        let model = try data.scoringModel(tokenizer: data.tokenizer(), extraActors: actorFiles, frames: frames)
        var report = CorpusReport(model: model, bootstrap: PoissonBootstrap(seed: seed, replicates: replicates))
        var read = 0, rejected = 0, skipped = 0
        for path in inputs {
            var reader = try ScoredRecordReader(path: path, frames: report.frames, actors: report.actors.map(\.id))
            while let result = reader.next() {
                read += 1
                switch result {
                case .success(let summary):
                    if let lang, summary.language != lang { skipped += 1; continue }
                    report.add(splitLang ? summary.splittingLanguage() : summary)
                case .failure(let rejection):
                    rejected += 1
                    printError("slant: rejected \(rejection)")
                }
            }
        }
        printError("\(read) records read, \(read - rejected - skipped) compared, \(rejected) rejected"
                   + (lang.map { ", \(skipped) not in \($0)" } ?? ""))
        return report
    }
}
