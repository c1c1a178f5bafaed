public import ArgumentParser
import Foundation
import SlantCorpus
import SlantReport
import SlantScoring
import SlantText

/// `slant score`: the main job.
struct ScoreCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "score",
        abstract: "Score a corpus: sentiment, frames, and each actor's portrayal and voice, per document.",
        discussion: """
            INPUT is a directory tree of .txt files (the outlet is the first folder under it; symlinks \
            followed), a .txt file (the outlet is its folder), a .jsonl file (id, outlet, date, title, \
            text, optional targets), a .csv file with a header, or - for JSON Lines on standard input \
            (--input-format for others: FIFOs, /dev/fd/N). A missing input stops the run with exit \
            code 66; a run that scores nothing exits with 66 (nothing read) or 65 (all rejected). Records go to standard output (or -o) \
            in input order, identical for any --jobs. Rejected records are reported with file, \
            line and reason; the summary "N read, N scored, N rejected" ends the run on standard error.
            """
    )

    @Argument(help: "Directories, .jsonl or .csv files, or - for standard input.")
    var inputs: [String]

    @Option(name: .shortAndLong, help: ArgumentHelp("Write records to this file.", valueName: "out"))
    var output: String?

    @Option(help: ArgumentHelp(
        "Also write the mergeable corpus report (JSON) to this file; - writes it to standard output as one line, in place of the records unless -o names a file.",
        valueName: "report.json"))
    var report: String?

    @Option(help: ArgumentHelp("Write rejected records (file, line, reason) as TSV to this file instead of standard error.", valueName: "file"))
    var rejects: String?

    @Option(name: .customLong("actors"), help: ArgumentHelp(
        "An extra actor file (repeatable); its aliases win over the bundled actors' (a note on standard error names each).",
        valueName: "file"))
    var actorFiles: [String] = []

    @Flag(help: "Read only the actors of the --actors files, not the bundled catalog.")
    var onlyTheseActors = false

    @Option(help: ArgumentHelp("A frame lexicon to use instead of the bundled one.", valueName: "file"))
    var frames: String?

    @Option(help: "Worker threads (default: all cores).")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Option(help: "Record format.")
    var format: DocumentRecordWriter.Format = .jsonl

    @Option(help: ArgumentHelp("The format of inputs whose name does not tell it (standard input, FIFOs, /dev/fd/N; default for -: jsonl).", valueName: "jsonl|csv|txt"))
    var inputFormat: InputFormat?

    @Option(help: "The outlet for inputs that do not name one.")
    var outlet: String?

    @Option(help: "The JSONL/CSV field holding the text.")
    var textField = "text"

    @Option(help: "The JSONL/CSV field holding the outlet.")
    var outletField = "outlet"

    @Option(help: ArgumentHelp(
        "The language of documents whose record has no lang field (a folder name under Lexicons: en, ru, uk; default: detect it).",
        valueName: "code"))
    var lang: String?

    @Flag(help: "In the report, count each language of an outlet as its own outlet, \"name [lang]\".")
    var splitLang = false

    @Option(help: "The JSONL/CSV field holding the id.")
    var idField = "id"

    @Option(help: ArgumentHelp("The event of each document, as slant events writes it (else the input's event field).", valueName: "events.jsonl"))
    var events: String?

    @Option(help: "The report's bootstrap seed: the same seed gives the same confidence intervals.")
    var seed: UInt64 = PoissonBootstrap.defaultSeed

    @Option(help: "Bootstrap replicates in the report (0: no confidence intervals).")
    var replicates: Int = PoissonBootstrap.defaultReplicates

    @Flag(help: "Stop at the first rejected record with exit code 65 (EX_DATAERR).")
    var strict = false

    @Flag(help: "Replace -o, --report and --rejects files only when the run succeeds (write a temporary, then rename).")
    var atomic = false

    @OptionGroup var data: DataOptions

    func validate() throws {
        guard jobs >= 1 else { throw ValidationError("--jobs must be at least 1") }
        guard !inputs.isEmpty else { throw ValidationError("give at least one input") }
        if onlyTheseActors && actorFiles.isEmpty { throw ValidationError("--only-these-actors needs at least one --actors FILE") }
        if report == "-" && output == "-" {
            throw ValidationError("--report - and -o - both name standard output; give the records a file with -o FILE")
        }
    }

    /// Records are written unless the report takes standard output and `-o` names no file.
    private var writesRecords: Bool { !(report == "-" && output == nil) }

    func run() async throws {
        // Inputs, then outputs, before any work: a missing input or a bad output path fails at once.
        for input in inputs {
            do {
                _ = try CorpusReader.inspect(input, format: inputFormat)
            } catch {
                printError("slant: \(error)")
                throw ExitCode(error.exitCode)
            }
        }
        // Outputs first: a bad path fails before any work, and no output may be an input. A run
        // that fails before finishing an output removes the file if it made it and wrote nothing.
        var out = try OutputFile(path: output, inputs: inputs, atomic: atomic)
        var rejectsOut: OutputFile?
        var reportOut: OutputFile?
        do {
            rejectsOut = try rejects.map { path throws(OutputError) in try OutputFile(path: path, inputs: inputs, atomic: atomic) }
            reportOut = try report.map { path throws(OutputError) in try OutputFile(path: path, inputs: inputs, atomic: atomic) }
            try OutputFile.refuseShared((writesRecords ? [out] : []) + [rejectsOut, reportOut].compactMap { $0 })
            try score(records: &out, rejects: &rejectsOut, report: &reportOut)
        } catch {
            out.abandon()
            rejectsOut?.abandon()
            reportOut?.abandon()
            throw error
        }
    }

    /// Loads the model, scores every input and writes the opened outputs.
    private func score(records out: inout OutputFile, rejects rejectsOut: inout OutputFile?, report reportOut: inout OutputFile?) throws {
        let tokenizer = try data.tokenizer()
        let model = try data.scoringModel(tokenizer: tokenizer, extraActors: actorFiles, bundledActors: !onlyTheseActors, frames: frames)
        for shadowing in model.actors.catalog.shadowed { printError("slant: note: \(shadowing)") }
        let writer = DocumentRecordWriter(format: format, model: model)
        let pipeline = try ScoringPipeline(model: model, tokenizerOptions: tokenizer.options, jobs: jobs, countsWords: report != nil,
                                           recordWriter: writesRecords ? writer : nil, keepsSummaries: report != nil)
        try data.validate(language: lang, in: model)
        if let lang { pipeline.defaultLanguage = lang }
        var fields = FieldNames()
        fields.text = textField
        fields.outlet = outletField
        fields.id = idField
        let assignments = try events.map { path throws(Rejection) in try EventAssignments(path: path) }
        var corpus = CorpusReader(inputs: inputs, fields: fields, outlet: outlet, format: inputFormat)
        // JSON Lines records are parsed by the workers, not on the reading thread.
        corpus.defersParsing = true
        var reader = EventTaggingReader(corpus, assignments: assignments ?? EventAssignments())
        rejectsOut?.write("source\trecord\treason\n")
        if writesRecords { out.write(writer.header) }
        var corpusReport = report == nil ? nil : CorpusReport(model: model, bootstrap: PoissonBootstrap(seed: seed, replicates: replicates))
        var summary = (read: 0, scored: 0, rejected: 0, rejectedTargets: 0)
        var progress = Progress(totalBytes: Progress.inputSize(inputs))
        do {
            try pipeline.run(&reader) { outcome in
                summary.read += 1
                switch outcome {
                case .scored(let document):
                    summary.scored += 1
                    for rejection in document.rejectedTargets {
                        summary.rejectedTargets += 1
                        if rejectsOut != nil {
                            rejectsOut?.write("\(rejection.source)\t\(rejection.record)\t\(rejection.reason)\n")
                        } else {
                            printError("slant: rejected \(rejection)")
                        }
                    }
                    if writesRecords {
                        out.write(bytes: document.recordBytes)
                        try out.checkFailure()
                    }
                    corpusReport?.add(splitLang ? DocumentSummary(document).splittingLanguage() : DocumentSummary(document))
                    progress.update(documents: summary.read, bytes: document.byteCount)
                case .rejected(let rejection):
                    summary.rejected += 1
                    if rejectsOut != nil {
                        rejectsOut?.write("\(rejection.source)\t\(rejection.record)\t\(rejection.reason)\n")
                        try rejectsOut?.checkFailure()
                    } else {
                        printError("slant: rejected \(rejection)")
                    }
                    if strict { throw StrictStop(rejection: rejection) }
                }
            }
        } catch let stop as StrictStop {
            // Written so far is kept, except that --atomic replaces nothing on a failed run.
            if !atomic {
                try out.finish()
                try rejectsOut?.finish()
            }
            printError("slant: stopping at the first rejected record (--strict): \(stop.rejection)")
            throw ExitCode(65)
        }
        progress.finish()
        try out.finish()
        try rejectsOut?.finish()
        if let corpusReport, reportOut != nil {
            corpusReport.writeJSON { reportOut?.write(bytes: $0) }
            // On standard output the report is one line, so that partial reports can be concatenated.
            if report == "-" { reportOut?.write("\n") }
            try reportOut?.finish()
        }
        printError("\(summary.read) read, \(summary.scored) scored, \(summary.rejected) rejected"
            + (summary.rejectedTargets > 0 ? "; \(summary.rejectedTargets) targets rejected" : ""))
        if let events, reader.unplaced > 0 {
            printError("slant: \(reader.unplaced) documents have no event in \(events) (they count in pooled figures only)")
        }
        // Nothing scored is a failure, not a quiet success: 66 (EX_NOINPUT) when nothing was
        // read, 65 (EX_DATAERR) when every record was rejected.
        if summary.scored == 0 { throw ExitCode(summary.read == 0 ? 66 : 65) }
    }

    struct StrictStop: Error { let rejection: Rejection }
}

extension DocumentRecordWriter.Format: ExpressibleByArgument {}

extension InputFormat: ExpressibleByArgument {}

/// A one-line progress display on standard error, shown only when it is a terminal:
/// documents, megabytes of text, MB/s and, when the input size is known, an estimated time left.
struct Progress {
    private let enabled = isatty(STDERR_FILENO) == 1
    private let start = Date()
    private let totalBytes: Int?
    private var lastDraw = Date.distantPast
    private var bytes = 0

    init(totalBytes: Int?) {
        self.totalBytes = totalBytes
    }

    /// The summed size of the input files (a directory's `.txt` files), or `nil` with standard input.
    static func inputSize(_ inputs: [String]) -> Int? {
        var total = 0
        for input in inputs {
            guard input != "-" else { return nil }
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: input, isDirectory: &isDirectory) else { continue }
            if isDirectory.boolValue {
                let enumerator = FileManager.default.enumerator(atPath: input)
                while let path = enumerator?.nextObject() as? String {
                    guard path.lowercased().hasSuffix(".txt") else { continue }
                    total += ((try? FileManager.default.attributesOfItem(atPath: input + "/" + path)[.size]) as? Int) ?? 0
                }
            } else {
                total += ((try? FileManager.default.attributesOfItem(atPath: input)[.size]) as? Int) ?? 0
            }
        }
        return total
    }

    mutating func update(documents: Int, bytes added: Int) {
        bytes += added
        guard enabled else { return }
        let now = Date()
        guard now.timeIntervalSince(lastDraw) > 0.2 else { return }
        lastDraw = now
        let seconds = max(now.timeIntervalSince(start), 0.001)
        let megabytes = Double(bytes) / 1_000_000
        var line = "\r\(documents) documents, " + String(format: "%.1f MB, %.1f MB/s", megabytes, megabytes / seconds)
        if let totalBytes, totalBytes > 0, bytes > 0 {
            // Text is a little smaller than the files that hold it, so this errs long.
            let left = max(0, Double(totalBytes - bytes) / (Double(bytes) / seconds))
            line += String(format: ", ~%.0f s left ", left)
        }
        StandardError.write(line)
    }

    func finish() {
        if enabled { StandardError.write("\n") }
    }
}
