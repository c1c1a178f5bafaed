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

    @Option(help: ArgumentHelp("Leave out outlets with fewer documents than this (ignored for outlets named in --outlets; default: 1, or \(Self.manyOutletsMinimum) with more than \(Self.manyOutlets) outlets).", valueName: "n"))
    var minDocuments: Int?

    @Option(help: ArgumentHelp("Group outlets by this field of the --group-source corpus (such as bias_text), and compare the groups.", valueName: "field"))
    var groupBy: String?

    @Option(help: ArgumentHelp("The corpus (JSONL with outlet and the --group-by field) that says which group each outlet is in.", valueName: "corpus.jsonl"))
    var groupSource: String?

    @Option(help: "Show an estimate as not estimable when it rests on fewer documents than this (no interval, no difference).")
    var minEstimable = OutletComparison.notEstimableBelow

    @Flag(help: "Differences for every pair of outlets, however many (default with more than \(Self.manyOutlets) outlets: each against all outlets pooled).")
    var allPairs = false

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

    @Option(help: "Compare each outlet (or group) with this one instead of all pairs.")
    var reference: String?

    @Option(help: "With --by-event: fewest shared events for a within-event difference (fewer: not estimable).")
    var minEvents = EventComparison.Options().minimumEvents

    @OptionGroup var data: DataOptions

    func validate() throws {
        guard !inputs.isEmpty else { throw ValidationError("give a report or scored JSONL records") }
        guard level > 0, level < 1 else { throw ValidationError("--level must lie between 0 and 1, such as 0.95") }
        guard words >= 0 else { throw ValidationError("--words must be 0 or more") }
        guard priorScale > 0 else { throw ValidationError("--prior-scale must be above 0") }
        guard (groupBy == nil) == (groupSource == nil) else { throw ValidationError("--group-by FIELD needs --group-source CORPUS.jsonl, and the other way round") }
        guard reference == nil || !allPairs else { throw ValidationError("give --reference or --all-pairs, not both") }
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
        try out.abandoning { try compare(into: &$0) }
    }

    /// Reads the reports or records, compares the outlets and writes the comparison to `out`.
    private func compare(into out: inout OutputFile) throws {
        let large = try loadLargeOutlets()
        var report = try large?.report ?? loadReport()
        if let lang, !inputs.allSatisfy({ $0.hasSuffix(".jsonl") }) { report = try report.restricted(toLanguage: lang) }
        var options = OutletComparison.Options()
        options.confidenceLevel = level
        options.wordsPerOutlet = words
        options.priorScale = priorScale
        options.actors = actors.map(Self.list)
        options.vocabularyActors = near.map(Self.list) ?? []
        if let groupBy, let groupSource {
            report = try report.grouped(by: try Self.groups(field: groupBy, source: groupSource), unmapped: "(no \(groupBy))")
        }
        var notes: [String] = []
        // Every outlet's documents, also those a streamed read left out.
        let documents = large?.documents ?? report.outlets.mapValues(\.documents)
        var names = outlets.map(Self.list) ?? documents.keys.sorted()
        if outlets == nil {
            let many = names.count > Self.manyOutlets
            let minimum = minDocuments ?? (many ? Self.manyOutletsMinimum : 1)
            let small = names.filter { documents[$0]! < minimum }
            names.removeAll { documents[$0]! < minimum }
            if !small.isEmpty {
                notes.append("Outlets with fewer than \(minimum) documents are left out: \(small.count) of \(small.count + names.count), "
                    + "with \(small.reduce(0) { $0 + documents[$1]! }) documents (--min-documents N to change).")
            }
        }
        var referenceName = reference
        let againstOthers = byEvent && referenceName == nil && !allPairs && names.count > Self.manyOutlets
        if againstOthers {
            notes.append("Each outlet is compared with \(EventComparison.othersName): the other compared outlets' documents in the same events.")
        } else if referenceName == nil, !allPairs, names.count > Self.manyOutlets {
            report = try large?.addingPool(named: Self.poolName) ?? report.addingPool(named: Self.poolName)
            names.append(Self.poolName)
            referenceName = Self.poolName
            notes.append("Differences are each outlet − \(Self.poolName) (every document of the report, small outlets included); "
                + "--reference OUTLET compares with one outlet, --all-pairs gives every pair.")
        } else if let referenceName, !names.contains(referenceName) {
            guard report.outlets[referenceName] != nil else {
                throw ValidationError("--reference \(referenceName): no such outlet or group (it has: \(report.outletNames.joined(separator: ", ")))")
            }
            names.append(referenceName)
        }
        options.reference = referenceName
        options.minimumDocuments = minEstimable
        if byEvent {
            var eventOptions = EventComparison.Options()
            eventOptions.confidenceLevel = level
            eventOptions.reference = referenceName
            eventOptions.againstOthers = againstOthers
            eventOptions.minimumEvents = minEvents
            var comparison = try EventComparison(report: report, outlets: names, options: eventOptions)
            comparison.notes = notes
            switch format {
            case .md: out.write(EventComparisonRenderer.markdown(comparison))
            case .csv: out.write(EventComparisonRenderer.csv(comparison))
            case .json: out.write(try EventComparisonRenderer.json(comparison))
            case .html: out.write(EventComparisonPage(comparison).html)
            }
            try out.finish()
            return
        }
        var comparison = try OutletComparison(report: report, outlets: names, options: options)
        comparison.notes = notes
        switch format {
        case .md: out.write(ComparisonRenderer.markdown(comparison))
        case .csv: out.write(ComparisonRenderer.csv(comparison))
        case .json: out.write(try ComparisonRenderer.json(comparison))
        case .html: out.write(ComparisonPage(comparison).html)
        }
        try out.finish()
    }

    /// With more outlets than this, the defaults change: small outlets are left out and each
    /// outlet is compared with all outlets pooled, so the output grows with outlets, not pairs.
    static let manyOutlets = 8
    /// The minimum documents per outlet then: with 20 documents a mean's bootstrap interval is
    /// worth reading; fewer leave the interval about as wide as the values' range.
    static let manyOutletsMinimum = 20
    /// The name of the pooled reference.
    static let poolName = "(all outlets)"

    /// Outlet → the value of `field` in its records of a JSONL corpus (the first value seen).
    static func groups(field: String, source: String) throws -> [String: String] {
        guard let data = FileManager.default.contents(atPath: source) else { throw ValidationError("cannot read \(source)") }
        var groups: [String: String] = [:]
        for (index, line) in data.split(separator: 0x0A, omittingEmptySubsequences: false).enumerated() where !line.isEmpty {
            guard let object = try? JSONSerialization.jsonObject(with: Data(line)) as? [String: Any] else {
                throw ValidationError("\(source):\(index + 1): expected a JSON object on one line")
            }
            guard let outlet = object["outlet"] as? String, let value = object[field] as? String, !value.isEmpty else { continue }
            if groups[outlet] == nil { groups[outlet] = value }
        }
        guard !groups.isEmpty else { throw ValidationError("\(source): no record has both \"outlet\" and a string field \"\(field)\"") }
        return groups
    }

    static func list(_ text: String) -> [String] {
        text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    /// For the comparison of a report's larger outlets with all outlets pooled (one report, no
    /// --outlets, --reference, --all-pairs, --lang, --group-by or --by-event): the report read
    /// keeping only the outlets shown, every outlet pooled as it streams; `nil` otherwise, and
    /// when the report turns out to have few outlets (all of them are shown then).
    func loadLargeOutlets() throws -> CorpusReport.LargeOutlets? {
        guard inputs.count == 1, !inputs[0].hasSuffix(".jsonl"), outlets == nil, reference == nil, !allPairs,
              lang == nil, groupBy == nil, !byEvent else { return nil }
        let large = try CorpusReport.readLargeOutlets(contentsOf: URL(fileURLWithPath: inputs[0]),
                                                      minimumDocuments: minDocuments ?? Self.manyOutletsMinimum)
        // With few outlets the default minimum is 1 document, not the one read with.
        guard minDocuments != nil || large.documents.count > Self.manyOutlets else { return nil }
        return large
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
