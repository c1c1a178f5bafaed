public import SlantScoring

/// Writes scored documents as records: one JSON object per line, or one flattened CSV row.
public struct DocumentRecordWriter: Sendable {
    public enum Format: String, Sendable, CaseIterable {
        case jsonl, csv
    }

    public let format: Format
    let actorIDs: [String]
    let frames: [String]

    public init(format: Format, model: ScoringModel) {
        self.format = format
        actorIDs = model.actors.catalog.actors.map(\.id)
        frames = model.frames.frames
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

    /// A JSON record's usual size, reserved up front (records of the Examples and AllSides
    /// corpora are 1–3 kB).
    static let typicalRecordBytes = 2048

    func jsonLine(_ document: ScoredDocument) -> [UInt8] {
        let analysis = document.analysis
        var json = JSONWriter(capacity: Self.typicalRecordBytes)
        json.beginObject()
        json.field("id", document.input.id)
        json.field("outlet", document.input.outlet)
        json.field("date", document.input.date)
        if let event = document.input.event { json.field("event", event) }
        json.field("title", document.input.title)
        json.field("lang", analysis.language)
        json.field("tokens", document.tokenCount)
        json.field("sentences", document.sentenceCount)
        let sentiment = analysis.sentiment.document
        json.beginObject("sentiment")
        json.field("compound", sentiment.compound)
        json.field("positive", sentiment.positive)
        json.field("negative", sentiment.negative)
        json.field("neutral", sentiment.neutral)
        json.field("mean_sentence_compound", analysis.sentiment.meanSentenceCompound)
        json.endObject()
        json.beginObject("frames")
        for (frame, share) in zip(frames, analysis.frames.shares) { json.field(frame, share) }
        json.endObject()
        json.beginArray("frames_present")
        for (frame, present) in zip(frames, analysis.frames.present) where present { json.element(frame) }
        json.endArray()
        json.beginArray("actors")
        for report in analysis.actors {
            json.beginObject()
            json.field("actor", actorIDs[report.actor])
            json.field("mentions", report.mentions)
            json.field("portrayal", report.portrayal)
            json.field("voice", report.voice)
            json.field("speeches", report.speeches)
            json.beginObject("roles")
            for (role, count) in zip(Role.allCases, report.roleCounts) where count > 0 { json.field(role.rawValue, count) }
            json.endObject()
            Self.evidence(report.portrayalEvidence, key: "portrayal_evidence", into: &json)
            Self.evidence(report.voiceEvidence, key: "voice_evidence", into: &json)
            json.endObject()
        }
        json.endArray()
        if !analysis.targets.isEmpty {
            json.beginArray("targets")
            for target in analysis.targets {
                json.beginObject()
                json.field("start", target.span.start)
                json.field("end", target.span.end)
                json.field("tone", target.tone)
                json.field("label", target.label.rawValue)
                json.beginArray("roles")
                for role in target.roles {
                    json.beginObject()
                    json.field("role", role.role?.rawValue ?? role.position.rawValue)
                    json.field("predicate", role.term)
                    json.field("rule", role.rule)
                    json.field("valence", role.valence)
                    json.endObject()
                }
                json.endArray()
                Self.evidence(target.evidence, key: "evidence", into: &json)
                json.endObject()
            }
            json.endArray()
        }
        Self.naming(analysis.naming, into: &json)
        json.endObject()
        var line = json.bytes
        line.append(UInt8(ascii: "\n"))
        return line
    }

    /// `"naming": {"ukrainian", "russian", "ukrainian_share", "evidence": [{term, choice, side, count}]}`.
    static func naming(_ naming: NamingCounts, into json: inout JSONWriter) {
        json.beginObject("naming")
        json.field("ukrainian", naming.ukrainian)
        json.field("russian", naming.russian)
        json.field("ukrainian_share", naming.ukrainianShare)
        json.beginArray("evidence")
        for found in naming.evidence {
            json.beginObject()
            json.field("term", found.term)
            json.field("choice", found.choice)
            json.field("side", found.side)
            json.field("count", found.count)
            json.endObject()
        }
        json.endArray()
        json.endObject()
    }

    static func evidence(_ words: [EvidenceWord], key: String, into json: inout JSONWriter) {
        json.beginArray(key)
        for word in words {
            json.beginObject()
            json.field("term", word.term)
            json.field("weight", word.contribution)
            json.endObject()
        }
        json.endArray()
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
