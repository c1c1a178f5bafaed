import ArgumentParser
import Foundation
import SlantCorpus
import SlantEvents
import SlantText

/// `slant events`: groups the documents that report the same event, across outlets.
struct EventsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "events",
        abstract: "Group documents that report the same event, across outlets.",
        discussion: """
            Reads the inputs of slant score (directories, .jsonl, .csv; not standard input: it reads twice) \
            and writes one JSON line per document in input order: {"id", "outlet", "event"}. Documents that \
            match no other stay events of their own; none is dropped. Terms: content words and two-word \
            capitalised names, weighted by title, lead and body and by rarity (tf-idf); candidates come from an \
            inverted index, never all pairs; dated documents further apart than --window days are never joined. \
            The output is the same for any --jobs. Give the file to slant score --events. Method: docs/STATISTICS.md.
            """
    )

    @Argument(help: "Directories, .jsonl or .csv files.")
    var inputs: [String]

    @Option(name: .shortAndLong, help: ArgumentHelp("Write the event of each document here (default: standard output).", valueName: "out"))
    var output: String?

    @Option(help: ArgumentHelp("Also write one JSON line per event of two or more documents: size, outlets, dates, top terms.", valueName: "file"))
    var summary: String?

    @Option(help: "Days two dated documents may lie apart and still report one event.")
    var window: Int = EventOptions().dateWindow ?? 3

    @Flag(help: "Ignore the date field.")
    var noDates = false

    @Option(help: "Cosine at which two documents are linked.")
    var threshold: Double = EventOptions().linkThreshold

    @Option(help: "Mean cross-pair similarity at which two groups merge.")
    var groupThreshold: Double = EventOptions().groupThreshold

    @Option(help: "Worker threads (default: all cores); the output is the same for any number.")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Option(help: "The JSONL/CSV field holding the text.")
    var textField = "text"

    @Option(help: "The JSONL/CSV field holding the outlet.")
    var outletField = "outlet"

    @Option(help: "The JSONL/CSV field holding the id.")
    var idField = "id"

    @Option(help: "The JSONL/CSV field holding the date (YYYY-MM-DD).")
    var dateField = "date"

    @OptionGroup var data: DataOptions

    func validate() throws {
        guard !inputs.isEmpty else { throw ValidationError("give at least one input") }
        guard !inputs.contains("-") else { throw ValidationError(EventError.standardInput.description) }
        guard jobs >= 1 else { throw ValidationError("--jobs must be at least 1") }
        guard window >= 0 else { throw ValidationError("--window must be 0 or more days") }
        guard threshold > 0, threshold <= 1, groupThreshold > 0, groupThreshold <= 1 else {
            throw ValidationError("--threshold and --group-threshold must lie in (0, 1]")
        }
    }

    func run() async throws {
        var options = EventOptions()
        options.dateWindow = noDates ? nil : window
        options.linkThreshold = threshold
        options.groupThreshold = groupThreshold
        options.jobs = jobs
        var fields = FieldNames()
        fields.text = textField
        fields.outlet = outletField
        fields.id = idField
        fields.date = dateField
        var out = try OutputFile(path: output, inputs: inputs)
        try out.abandoning { out in
            var summaryOut = try summary.map { path throws(OutputError) in try OutputFile(path: path, inputs: inputs) }
            try summaryOut.abandoning { try write(options: options, fields: fields, to: &out, summary: &$0) }
        }
    }

    /// Groups the inputs into events and writes each document's event and, with `--summary`, each shared event.
    private func write(options: EventOptions, fields: FieldNames, to out: inout OutputFile, summary summaryOut: inout OutputFile?) throws {
        let grouping = try Self.group(inputs: inputs, fields: fields, options: options, data: data)
        for rejection in grouping.rejections { printError("slant: rejected \(rejection)") }
        for (document, event) in zip(grouping.documents, grouping.eventOfDocument) {
            var json = JSONWriter()
            json.beginObject()
            json.field("id", document.id)
            json.field("outlet", document.outlet)
            json.field("event", grouping.events[event].id)
            json.endObject()
            out.write(json.text + "\n")
        }
        try out.finish()
        if summaryOut != nil {
            for event in grouping.events where event.members.count > 1 { summaryOut!.write(Self.summaryLine(event, grouping) + "\n") }
            try summaryOut!.finish()
        }
        let shared = grouping.events.filter { $0.members.count > 1 }
        printError("\(grouping.documents.count) documents, \(grouping.events.count) events: \(shared.count) of 2 or more documents "
            + "(holding \(shared.reduce(0) { $0 + $1.members.count })), \(grouping.events.count - shared.count) single; "
            + "\(grouping.rejections.count) rejected"
            + (grouping.unreadableDates > 0 ? "; \(grouping.unreadableDates) dates not YYYY-MM-DD, taken as undated" : ""))
    }

    /// Groups the inputs with the bundled stop words.
    static func group(inputs: [String], fields: FieldNames, options: EventOptions, data: DataOptions) throws -> EventGrouping {
        let finder = try EventFinder(options: options, tokenizerOptions: data.tokenizer().options, stopwords: try stopwords(data))
        return try finder.group { CorpusReader(inputs: inputs, fields: fields) }
    }

    /// The words of every `stopwords-*.txt` in a language folder of the lexicon directory
    /// (`en/stopwords-en.txt`).
    static func stopwords(_ data: DataOptions) throws -> [String] {
        let directory = try data.directory()
        let fileManager = FileManager.default
        var words: [String] = []
        for folder in ((try? fileManager.contentsOfDirectory(atPath: directory.path)) ?? []).sorted() {
            let folderURL = directory.appendingPathComponent(folder)
            let files = ((try? fileManager.contentsOfDirectory(atPath: folderURL.path)) ?? []).sorted()
            for file in files where file.hasPrefix("stopwords-") && file.hasSuffix(".txt") {
                let url = folderURL.appendingPathComponent(file)
                let text = try String(contentsOf: url, encoding: .utf8)
                for (_, line) in DataFile.lines(text) where !DataFile.isBlankOrComment(line) {
                    words.append(line.trimmingCharacters(in: .whitespaces))
                }
            }
        }
        return words
    }

    static func summaryLine(_ event: EventGrouping.Event, _ grouping: EventGrouping) -> String {
        let members = event.members.map { grouping.documents[$0] }
        let dates = members.compactMap(\.date).filter { !$0.isEmpty }.sorted()
        func list(_ values: [String]) -> String { "[" + values.map(JSONWriter.quoted).joined(separator: ",") + "]" }
        return "{\"event\":\(JSONWriter.quoted(event.id)),\"size\":\(members.count),"
            + "\"outlets\":\(list(Set(members.map(\.outlet)).sorted())),"
            + "\"first_date\":\(dates.first.map(JSONWriter.quoted) ?? "null"),\"last_date\":\(dates.last.map(JSONWriter.quoted) ?? "null"),"
            + "\"terms\":\(list(grouping.terms(of: event, count: 8))),\"ids\":\(list(members.map(\.id)))}"
    }
}
