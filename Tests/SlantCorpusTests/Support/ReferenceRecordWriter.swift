@testable import SlantCorpus
import SlantScoring

/// The JSON record as the general ``JSONWriter`` writes it, field by field: how
/// `DocumentRecordWriter` wrote records before it wrote them from literals and pre-quoted names
/// (session 8). The tests hold the fast writer to these bytes.
struct ReferenceRecordWriter {
    let actorIDs: [String]
    let frames: [String]

    init(model: ScoringModel) {
        actorIDs = model.actors.catalog.actors.map(\.id)
        frames = model.frames.frames
    }

    func jsonLine(_ document: ScoredDocument) -> [UInt8] {
        let analysis = document.analysis
        var json = JSONWriter(capacity: 2048)
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
        let naming = analysis.naming
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
        json.endObject()
        var line = json.bytes
        line.append(UInt8(ascii: "\n"))
        return line
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
}
