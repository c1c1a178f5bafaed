public import SlantScoring

/// Writes scored documents as records: one JSON object per line, or one flattened CSV row.
public struct DocumentRecordWriter: Sendable {
    public enum Format: String, Sendable, CaseIterable {
        case jsonl, csv
    }

    public let format: Format
    let actorIDs: [String]
    let frames: [String]
    /// The names a JSON record writes, quoted once here rather than in every record.
    let quoted: QuotedNames

    public init(format: Format, model: ScoringModel) {
        self.format = format
        actorIDs = model.actors.catalog.actors.map(\.id)
        frames = model.frames.frames
        quoted = QuotedNames(actorIDs: actorIDs, frames: frames)
    }

    /// The CSV header line (empty for JSONL).
    public var header: String {
        guard format == .csv else { return "" }
        var columns = ["id", "outlet", "date", "title", "lang", "tokens", "sentences", "compound", "positive", "negative", "neutral",
                       "mean_sentence_compound"]
        columns += frames.map { "frame_\($0)" }
        columns += frames.map { "present_\($0)" }
        for actor in actorIDs { columns += ["\(actor)_mentions", "\(actor)_portrayal", "\(actor)_voice", "\(actor)_speeches"] }
        columns += ["naming_ukrainian", "naming_russian", "naming_ukrainian_share"]
        return columns.joined(separator: ",") + "\n"
    }

    /// One record, ending with a newline.
    public func record(_ document: ScoredDocument) -> String {
        String(decoding: recordBytes(document), as: UTF8.self)
    }

    /// One record as UTF-8, ending with a newline: the bytes of ``record(_:)``.
    public func recordBytes(_ document: ScoredDocument) -> [UInt8] {
        format == .jsonl ? jsonLine(document) : Array(csvRow(document).utf8)
    }

    /// ``recordBytes(_:)``, a JSON record written in `scratch`'s buffer (one worker's, reused for
    /// each of its records).
    func recordBytes(_ document: ScoredDocument, scratch: RecordScratch) -> [UInt8] {
        guard format == .jsonl else { return Array(csvRow(document).utf8) }
        scratch.bytes.removeAll()
        writeJSONLine(document, into: &scratch.bytes)
        return scratch.bytes.array
    }

    func csvRow(_ document: ScoredDocument) -> String {
        let analysis = document.analysis
        let sentiment = analysis.sentiment.document
        var fields = [document.input.id, document.input.outlet, document.input.date ?? "", document.input.title ?? "",
                      analysis.language, String(document.tokenCount), String(document.sentenceCount)].map(Self.csvField)
        fields += [sentiment.compound, sentiment.positive, sentiment.negative, sentiment.neutral,
                   analysis.sentiment.meanSentenceCompound].map(JSONWriter.number)
        fields += analysis.frames.shares.map(JSONWriter.number)
        fields += analysis.frames.present.map { $0 ? "1" : "0" }
        for actor in actorIDs.indices {
            if let report = analysis.actors.first(where: { $0.actor == actor }) {
                fields += [String(report.mentions), report.portrayal.map(JSONWriter.number) ?? "",
                           report.voice.map(JSONWriter.number) ?? "", String(report.speeches)]
            } else {
                fields += ["0", "", "", "0"]
            }
        }
        fields += [String(analysis.naming.ukrainian), String(analysis.naming.russian),
                   analysis.naming.ukrainianShare.map(JSONWriter.number) ?? ""]
        return fields.joined(separator: ",") + "\n"
    }

    /// A CSV field, quoted when it holds a comma, quote or line break, inner quotes doubled
    /// (RFC 4180).
    public static func csvField(_ value: String) -> String {
        guard value.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return value }
        return "\"" + value.split(separator: "\"", omittingEmptySubsequences: false).joined(separator: "\"\"") + "\""
    }
}
