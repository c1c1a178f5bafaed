public import Foundation

extension CorpusReport {
    /// Writes the report as JSON with sorted keys, in chunks of about 64 KB, without building
    /// the whole file or a tree of it: memory grows with the largest outlet, not the report.
    ///
    /// The bytes are those of `JSONEncoder` with `.sortedKeys` over the report's `Codable`
    /// form (a test holds the two to the same bytes); the format is in `docs/REPORT-FORMAT.md`.
    ///
    /// - Parameter sink: called with each chunk, in order; the buffer is valid during the call only.
    public func writeJSON(to sink: (UnsafeRawBufferPointer) -> Void) {
        withoutActuallyEscaping(sink) { sink in
            var writer = JSONByteWriter(sink: sink)
            write(to: &writer)
            writer.flush()
        }
    }

    /// The report as JSON with sorted keys: the same report always gives the same bytes.
    public func jsonData() -> Data {
        var data = Data()
        writeJSON { data.append(contentsOf: $0) }
        return data
    }

    func write(to writer: inout JSONByteWriter) {
        writer.raw("{\"actors\":[")
        for (index, actor) in actors.enumerated() {
            if index > 0 { writer.byte(UInt8(ascii: ",")) }
            writer.raw("{\"id\":")
            writer.string(actor.id)
            writer.raw(",\"name\":")
            writer.string(actor.name)
            writer.byte(UInt8(ascii: "}"))
        }
        writer.raw("],\"bootstrap\":{\"replicates\":")
        writer.integer(bootstrap.replicates)
        writer.raw(",\"seed\":")
        writer.unsigned(bootstrap.seed)
        writer.byte(UInt8(ascii: "}"))
        if let events {
            writer.raw(",\"events\":")
            writer.object(events) { writer, byOutlet in
                writer.object(byOutlet) { writer, cell in
                    writer.raw("{\"documents\":")
                    writer.integer(cell.documents)
                    writer.raw(",\"measures\":")
                    writer.object(cell.measures) { writer, moments in writer.write(moments) }
                    writer.byte(UInt8(ascii: "}"))
                }
                writer.checkpoint()
            }
        }
        if let fingerprint {
            writer.raw(",\"fingerprint\":{\"documents\":{\"hashes\":[")
            for (index, hash) in fingerprint.documents.hashes.enumerated() {
                if index > 0 { writer.byte(UInt8(ascii: ",")) }
                writer.string(hash)
            }
            writer.raw("]},\"model\":")
            writer.string(fingerprint.model)
            writer.byte(UInt8(ascii: "}"))
        }
        writer.raw(",\"format\":")
        writer.string(format)
        writer.raw(",\"frames\":[")
        for (index, frame) in frames.enumerated() {
            if index > 0 { writer.byte(UInt8(ascii: ",")) }
            writer.string(frame)
        }
        writer.raw("],\"outlets\":")
        writer.object(outlets) { writer, outlet in
            writer.write(outlet)
            writer.checkpoint()
        }
        writer.raw(",\"version\":")
        writer.integer(version)
        writer.byte(UInt8(ascii: "}"))
    }
}

extension JSONByteWriter {
    /// Keys in the order of their bytes: `actorMentions` < `actors`, `framePresence` < `frameShares`,
    /// `sentenceCompound` < `sentences` (capitals sort before small letters).
    mutating func write(_ outlet: CorpusReport.OutletAggregate) {
        raw("{\"actorMentions\":")
        write(outlet.actorMentions)
        raw(",\"actors\":")
        object(outlet.actors) { writer, actor in writer.write(actor) }
        raw(",\"compound\":")
        write(outlet.compound)
        raw(",\"documents\":")
        integer(outlet.documents)
        if let presence = outlet.framePresence {
            raw(",\"framePresence\":")
            object(presence) { writer, moments in writer.write(moments) }
        }
        raw(",\"frameShares\":")
        object(outlet.frameShares) { writer, moments in writer.write(moments) }
        raw(",\"languages\":")
        counts(outlet.languages)
        if let naming = outlet.naming {
            raw(",\"naming\":{\"documents\":")
            integer(naming.documents)
            raw(",\"russian\":")
            integer(naming.russian)
            raw(",\"share\":")
            write(naming.share)
            raw(",\"terms\":")
            counts(naming.terms)
            raw(",\"ukrainian\":")
            integer(naming.ukrainian)
            byte(UInt8(ascii: "}"))
        }
        raw(",\"sentenceCompound\":")
        write(outlet.sentenceCompound)
        raw(",\"sentences\":")
        integer(outlet.sentences)
        raw(",\"terms\":")
        counts(outlet.terms)
        raw(",\"tokens\":")
        integer(outlet.tokens)
        byte(UInt8(ascii: "}"))
    }

    mutating func write(_ actor: CorpusReport.ActorAggregate) {
        raw("{\"documents\":")
        integer(actor.documents)
        raw(",\"frameWeights\":")
        object(actor.frameWeights) { writer, moments in writer.write(moments) }
        raw(",\"mentions\":")
        write(actor.mentions)
        raw(",\"nearTerms\":")
        counts(actor.nearTerms)
        raw(",\"portrayal\":")
        write(actor.portrayal)
        if let roles = actor.roles {
            raw(",\"roles\":")
            object(roles) { writer, tally in writer.write(tally) }
        }
        raw(",\"speeches\":")
        integer(actor.speeches)
        raw(",\"voice\":")
        write(actor.voice)
        byte(UInt8(ascii: "}"))
    }

    mutating func write(_ moments: Moments) {
        raw("{\"count\":")
        integer(moments.count)
        if !moments.replicateCounts.isEmpty {
            raw(",\"replicateCounts\":")
            replicates(moments.replicateCounts)
            raw(",\"replicateSums\":")
            replicates(moments.replicateSums)
            checkpoint()
        }
        raw(",\"sum\":")
        integer(moments.sum)
        raw(",\"sumOfSquares\":")
        integer(moments.sumOfSquares)
        byte(UInt8(ascii: "}"))
    }

    mutating func write(_ tally: Tally) {
        byte(UInt8(ascii: "{"))
        if !tally.replicates.isEmpty {
            raw("\"replicates\":")
            replicates(tally.replicates)
            byte(UInt8(ascii: ","))
            checkpoint()
        }
        raw("\"total\":")
        integer(tally.total)
        byte(UInt8(ascii: "}"))
    }
}
