import SlantScoring

// The JSON record of a scored document, written as bytes with its keys in a fixed order.
//
// Keys and punctuation are literals, the names of frames, actors and roles are quoted once per
// writer (``QuotedNames``), numbers are formatted in place (``RecordBytes``): a record is written
// without a `String` or an array per field, and without the general ``JSONWriter``'s comma
// bookkeeping. The bytes are ``JSONWriter``'s for the same fields in the same order.

extension DocumentRecordWriter {
    /// Room reserved for a record written alone (a worker's buffer is kept between records).
    static let typicalRecordBytes = 4096

    func jsonLine(_ document: ScoredDocument) -> [UInt8] {
        var bytes = RecordBytes(capacity: Self.typicalRecordBytes)
        writeJSONLine(document, into: &bytes)
        return bytes.array
    }

    /// Writes the document's JSON record and its newline.
    func writeJSONLine(_ document: ScoredDocument, into out: inout RecordBytes) {
        let analysis = document.analysis
        let input = document.input
        out.append("{\"id\":")
        out.appendQuoted(input.id)
        out.append(",\"outlet\":")
        out.appendQuoted(input.outlet)
        out.append(",\"date\":")
        out.appendQuoted(input.date)
        if let event = input.event {
            out.append(",\"event\":")
            out.appendQuoted(event)
        }
        out.append(",\"title\":")
        out.appendQuoted(input.title)
        out.append(",\"lang\":")
        out.appendQuoted(analysis.language)
        out.append(",\"tokens\":")
        out.appendInteger(document.tokenCount)
        out.append(",\"sentences\":")
        out.appendInteger(document.sentenceCount)
        let sentiment = analysis.sentiment.document
        out.append(",\"sentiment\":{\"compound\":")
        out.appendDecimal(sentiment.compound)
        out.append(",\"positive\":")
        out.appendDecimal(sentiment.positive)
        out.append(",\"negative\":")
        out.appendDecimal(sentiment.negative)
        out.append(",\"neutral\":")
        out.appendDecimal(sentiment.neutral)
        out.append(",\"mean_sentence_compound\":")
        out.appendDecimal(analysis.sentiment.meanSentenceCompound)
        out.append("},\"frames\":{")
        writeFrames(analysis.frames, into: &out)
        out.append("],\"actors\":[")
        for (index, report) in analysis.actors.enumerated() {
            if index > 0 { out.append(UInt8(ascii: ",")) }
            writeActor(report, into: &out)
        }
        out.append(UInt8(ascii: "]"))
        if !analysis.targets.isEmpty {
            out.append(",\"targets\":[")
            for (index, target) in analysis.targets.enumerated() {
                if index > 0 { out.append(UInt8(ascii: ",")) }
                Self.writeTarget(target, into: &out)
            }
            out.append(UInt8(ascii: "]"))
        }
        Self.writeNaming(analysis.naming, into: &out)
        out.append("}\n")
    }

    /// The frames' shares (closing the `frames` object) and the `frames_present` list, left open.
    private func writeFrames(_ scores: FrameScores, into out: inout RecordBytes) {
        let shares = scores.shares
        for index in 0..<min(quoted.frameKeys.count, shares.count) {
            if index > 0 { out.append(UInt8(ascii: ",")) }
            out.append(quoted.frameKeys[index])
            out.appendDecimal(shares[index])
        }
        out.append("},\"frames_present\":[")
        var first = true
        let present = scores.present
        for index in 0..<min(quoted.frames.count, present.count) where present[index] {
            if !first { out.append(UInt8(ascii: ",")) }
            first = false
            out.append(quoted.frames[index])
        }
    }

    private func writeActor(_ report: ActorReport, into out: inout RecordBytes) {
        out.append(quoted.actorHeads[report.actor])
        out.appendInteger(report.mentions)
        out.append(",\"portrayal\":")
        out.appendDecimal(report.portrayal)
        out.append(",\"voice\":")
        out.appendDecimal(report.voice)
        out.append(",\"speeches\":")
        out.appendInteger(report.speeches)
        out.append(",\"roles\":{")
        var first = true
        let counts = report.roleCounts
        for index in 0..<min(quoted.roleKeys.count, counts.count) where counts[index] > 0 {
            if !first { out.append(UInt8(ascii: ",")) }
            first = false
            out.append(quoted.roleKeys[index])
            out.appendInteger(counts[index])
        }
        out.append("},\"portrayal_evidence\":")
        Self.writeEvidence(report.portrayalEvidence, into: &out)
        out.append(",\"voice_evidence\":")
        Self.writeEvidence(report.voiceEvidence, into: &out)
        out.append(UInt8(ascii: "}"))
    }

    /// `[{"term": …, "weight": …}, …]`.
    static func writeEvidence(_ words: [EvidenceWord], into out: inout RecordBytes) {
        out.append(UInt8(ascii: "["))
        for index in words.indices {
            out.append(index == 0 ? "{\"term\":" : ",{\"term\":")
            out.appendQuoted(words[index].term)
            out.append(",\"weight\":")
            out.appendDecimal(words[index].contribution)
            out.append(UInt8(ascii: "}"))
        }
        out.append(UInt8(ascii: "]"))
    }

    private static func writeTarget(_ target: TargetResult, into out: inout RecordBytes) {
        out.append("{\"start\":")
        out.appendInteger(target.span.start)
        out.append(",\"end\":")
        out.appendInteger(target.span.end)
        out.append(",\"tone\":")
        out.appendDecimal(target.tone)
        out.append(",\"label\":")
        out.appendQuoted(target.label.rawValue)
        out.append(",\"roles\":[")
        for (index, role) in target.roles.enumerated() {
            out.append(index == 0 ? "{\"role\":" : ",{\"role\":")
            out.appendQuoted(role.role?.rawValue ?? role.position.rawValue)
            out.append(",\"predicate\":")
            out.appendQuoted(role.term)
            out.append(",\"rule\":")
            out.appendQuoted(role.rule)
            out.append(",\"valence\":")
            out.appendDecimal(role.valence)
            out.append(UInt8(ascii: "}"))
        }
        out.append("],\"evidence\":")
        writeEvidence(target.evidence, into: &out)
        out.append(UInt8(ascii: "}"))
    }

    /// `,"naming": {"ukrainian", "russian", "ukrainian_share", "evidence": [{term, choice, side, count}]}`.
    private static func writeNaming(_ naming: NamingCounts, into out: inout RecordBytes) {
        out.append(",\"naming\":{\"ukrainian\":")
        out.appendInteger(naming.ukrainian)
        out.append(",\"russian\":")
        out.appendInteger(naming.russian)
        out.append(",\"ukrainian_share\":")
        out.appendDecimal(naming.ukrainianShare)
        out.append(",\"evidence\":[")
        for (index, found) in naming.evidence.enumerated() {
            out.append(index == 0 ? "{\"term\":" : ",{\"term\":")
            out.appendQuoted(found.term)
            out.append(",\"choice\":")
            out.appendQuoted(found.choice)
            out.append(",\"side\":")
            out.appendInteger(found.side)
            out.append(",\"count\":")
            out.appendInteger(found.count)
            out.append(UInt8(ascii: "}"))
        }
        out.append("]}")
    }
}

/// The names a JSON record writes, quoted once per ``DocumentRecordWriter`` with the record's
/// own escaping (``RecordBytes/appendQuoted(_:)``), each with the punctuation around it.
struct QuotedNames: Sendable {
    /// `"frame":`, for the `frames` object.
    let frameKeys: [[UInt8]]
    /// `"frame"`, for the `frames_present` list.
    let frames: [[UInt8]]
    /// `{"actor":"id","mentions":`, by catalog index.
    let actorHeads: [[UInt8]]
    /// `"role":`, indexed like ``SlantScoring/Role/allCases``.
    let roleKeys: [[UInt8]]

    init(actorIDs: [String], frames: [String]) {
        func quoted(_ prefix: StaticString, _ name: String, _ suffix: StaticString) -> [UInt8] {
            var bytes = RecordBytes(capacity: name.utf8.count + 32)
            bytes.append(prefix)
            bytes.appendQuoted(name)
            bytes.append(suffix)
            return bytes.array
        }
        frameKeys = frames.map { quoted("", $0, ":") }
        self.frames = frames.map { quoted("", $0, "") }
        actorHeads = actorIDs.map { quoted("{\"actor\":", $0, ",\"mentions\":") }
        roleKeys = Role.allCases.map { quoted("", $0.rawValue, ":") }
    }
}
