extension CorpusReport {
    /// Parses a report's JSON object; unknown keys are skipped, as `JSONDecoder` skips them.
    /// Does not check the format, version or figures (``read(_:open:keeping:)`` does).
    ///
    /// - Parameter keep: when given, called with each outlet once the report's frames, actors
    ///   and bootstrap are known (they come first in a report written with sorted keys; in
    ///   other files the outlets wait until the end); an outlet it returns false for is dropped.
    init(parsing reader: inout JSONByteReader,
         keeping keep: ((String, OutletAggregate, CorpusReport) throws(ReportError) -> Bool)? = nil) throws(ReportError) {
        var format: String?, version: Int?, bootstrap: PoissonBootstrap?, frames: [String]?, actors: [ActorInfo]?
        var outlets: [String: OutletAggregate]?, events: [String: [String: EventCell]]?, fingerprint: ReportFingerprint?
        var waiting: [(String, OutletAggregate)] = []
        try reader.object { reader, key throws(ReportError) in
            switch key {
            case "format": format = try reader.string()
            case "version": version = try reader.integer()
            case "bootstrap": bootstrap = try Self.parseBootstrap(&reader)
            case "frames":
                var list: [String] = []
                try reader.array { reader throws(ReportError) in list.append(try reader.string()) }
                frames = list
            case "actors":
                var list: [ActorInfo] = []
                try reader.array { reader throws(ReportError) in list.append(try Self.parseActorInfo(&reader)) }
                actors = list
            case "events": events = try reader.takeNull() ? nil : try Self.parseEvents(&reader)
            case "fingerprint": fingerprint = try reader.takeNull() ? nil : try Self.parseFingerprint(&reader)
            case "outlets":
                var parsed: [String: OutletAggregate] = [:]
                try reader.object { reader, name throws(ReportError) in
                    let outlet = try OutletAggregate(parsing: &reader, outlet: name)
                    if let keep {
                        if let frames, let actors, let bootstrap {
                            var header = CorpusReport(frames: frames, actors: actors, bootstrap: bootstrap)
                            header.fingerprint = nil
                            if try keep(name, outlet, header) { parsed[name] = outlet }
                        } else {
                            waiting.append((name, outlet))
                        }
                    } else {
                        parsed[name] = outlet
                    }
                }
                outlets = parsed
            default: try reader.skipValue()
            }
        }
        guard try reader.atEnd() else { throw reader.error("more after the report's closing }") }
        func missing(_ key: String) -> ReportError { .unreadable(file: reader.source, reason: "no \"\(key)\" in the report") }
        guard let format else { throw missing("format") }
        guard let version else { throw missing("version") }
        guard let bootstrap else { throw missing("bootstrap") }
        guard let frames else { throw missing("frames") }
        guard let actors else { throw missing("actors") }
        guard var outlets else { throw missing("outlets") }
        self.init(frames: frames, actors: actors, bootstrap: bootstrap)
        self.format = format
        self.version = version
        self.events = events
        self.fingerprint = fingerprint
        if let keep {
            var header = self
            header.fingerprint = nil
            for (name, outlet) in waiting where try keep(name, outlet, header) { outlets[name] = outlet }
        }
        self.outlets = outlets
    }

    static func parseBootstrap(_ reader: inout JSONByteReader) throws(ReportError) -> PoissonBootstrap {
        var seed: UInt64?, replicates: Int?
        try reader.object { reader, key throws(ReportError) in
            switch key {
            case "seed": seed = try reader.unsigned()
            case "replicates": replicates = try reader.integer()
            default: try reader.skipValue()
            }
        }
        guard let seed, let replicates else { throw reader.error("the bootstrap needs \"seed\" and \"replicates\"") }
        var bootstrap = PoissonBootstrap(seed: seed)
        // As read: a negative count is refused by validation, not clamped.
        bootstrap.replicates = replicates
        return bootstrap
    }

    static func parseActorInfo(_ reader: inout JSONByteReader) throws(ReportError) -> ActorInfo {
        var id: String?, name: String?
        try reader.object { reader, key throws(ReportError) in
            switch key {
            case "id": id = try reader.string()
            case "name": name = try reader.string()
            default: try reader.skipValue()
            }
        }
        guard let id, let name else { throw reader.error("an actor needs \"id\" and \"name\"") }
        return ActorInfo(id: id, name: name)
    }

    static func parseFingerprint(_ reader: inout JSONByteReader) throws(ReportError) -> ReportFingerprint {
        var model: String?, sketch: DocumentSketch?
        try reader.object { reader, key throws(ReportError) in
            switch key {
            case "model": model = try reader.string()
            case "documents":
                var hashes: [String]?
                try reader.object { reader, key throws(ReportError) in
                    guard key == "hashes" else { return try reader.skipValue() }
                    var list: [String] = []
                    try reader.array { reader throws(ReportError) in list.append(try reader.string()) }
                    hashes = list
                }
                guard let hashes else { throw reader.error("the fingerprint's documents need \"hashes\"") }
                sketch = try DocumentSketch(hashes: hashes) { reason in reader.error("fingerprint: \(reason)") }
            default: try reader.skipValue()
            }
        }
        guard let model, let sketch else { throw reader.error("the fingerprint needs \"model\" and \"documents\"") }
        var fingerprint = ReportFingerprint(model: nil, actors: [], frames: [], bootstrap: PoissonBootstrap())
        fingerprint.model = model
        fingerprint.documents = sketch
        return fingerprint
    }

    static func parseEvents(_ reader: inout JSONByteReader) throws(ReportError) -> [String: [String: EventCell]] {
        var events: [String: [String: EventCell]] = [:]
        try reader.object { reader, event throws(ReportError) in
            var byOutlet: [String: EventCell] = [:]
            try reader.object { reader, outlet throws(ReportError) in
                var cell = EventCell()
                var documents: Int?
                try reader.object { reader, key throws(ReportError) in
                    switch key {
                    case "documents": documents = try reader.integer()
                    case "measures": cell.measures = try reader.momentsByName()
                    default: try reader.skipValue()
                    }
                }
                guard let documents else { throw reader.error("event \"\(event)\" outlet \"\(outlet)\" has no \"documents\"") }
                cell.documents = documents
                byOutlet[outlet] = cell
            }
            events[event] = byOutlet
        }
        return events
    }
}

extension CorpusReport.OutletAggregate {
    init(parsing reader: inout JSONByteReader, outlet name: String) throws(ReportError) {
        self.init()
        var seen = Set<String>()
        try reader.object { reader, key throws(ReportError) in
            seen.insert(key)
            switch key {
            case "documents": documents = try reader.integer()
            case "tokens": tokens = try reader.integer()
            case "sentences": sentences = try reader.integer()
            case "compound": compound = try Moments(parsing: &reader)
            case "sentenceCompound": sentenceCompound = try Moments(parsing: &reader)
            case "frameShares": frameShares = try reader.momentsByName()
            case "framePresence": framePresence = try reader.takeNull() ? nil : try reader.momentsByName()
            case "actorMentions": actorMentions = try Tally(parsing: &reader)
            case "actors":
                try reader.object { reader, id throws(ReportError) in actors[id] = try CorpusReport.ActorAggregate(parsing: &reader, place: "outlet \"\(name)\" actor \"\(id)\"") }
            case "terms": terms = try reader.counts()
            case "languages": languages = try reader.counts()
            case "naming": naming = try reader.takeNull() ? nil : try CorpusReport.NamingAggregate(parsing: &reader)
            default: try reader.skipValue()
            }
        }
        for key in ["documents", "tokens", "sentences", "compound", "sentenceCompound", "frameShares", "actorMentions", "actors", "terms", "languages"]
        where !seen.contains(key) {
            throw reader.error("outlet \"\(name)\" has no \"\(key)\"")
        }
    }
}

extension CorpusReport.ActorAggregate {
    init(parsing reader: inout JSONByteReader, place: String) throws(ReportError) {
        self.init()
        var seen = Set<String>()
        try reader.object { reader, key throws(ReportError) in
            seen.insert(key)
            switch key {
            case "documents": documents = try reader.integer()
            case "mentions": mentions = try Tally(parsing: &reader)
            case "speeches": speeches = try reader.integer()
            case "portrayal": portrayal = try Moments(parsing: &reader)
            case "voice": voice = try Moments(parsing: &reader)
            case "frameWeights": frameWeights = try reader.momentsByName()
            case "nearTerms": nearTerms = try reader.counts()
            case "roles":
                if try reader.takeNull() { roles = nil; return }
                var parsed: [String: Tally] = [:]
                try reader.object { reader, role throws(ReportError) in parsed[role] = try Tally(parsing: &reader) }
                roles = parsed
            default: try reader.skipValue()
            }
        }
        for key in ["documents", "mentions", "speeches", "portrayal", "voice", "frameWeights", "nearTerms"] where !seen.contains(key) {
            throw reader.error("\(place) has no \"\(key)\"")
        }
    }
}

extension CorpusReport.NamingAggregate {
    init(parsing reader: inout JSONByteReader) throws(ReportError) {
        self.init()
        var seen = Set<String>()
        try reader.object { reader, key throws(ReportError) in
            seen.insert(key)
            switch key {
            case "documents": documents = try reader.integer()
            case "ukrainian": ukrainian = try reader.integer()
            case "russian": russian = try reader.integer()
            case "share": share = try Moments(parsing: &reader)
            case "terms": terms = try reader.counts()
            default: try reader.skipValue()
            }
        }
        for key in ["documents", "ukrainian", "russian", "share", "terms"] where !seen.contains(key) {
            throw reader.error("naming has no \"\(key)\"")
        }
    }
}

extension Moments {
    init(parsing reader: inout JSONByteReader) throws(ReportError) {
        var count: Int?, sum: Int?, squares: Int?
        var counts: [Int] = [], sums: [Int64] = []
        try reader.object { reader, key throws(ReportError) in
            switch key {
            case "count": count = try reader.integer()
            case "sum": sum = try reader.integer()
            case "sumOfSquares": squares = try reader.integer()
            case "replicateCounts": counts = try reader.replicates(as: Int.self)
            case "replicateSums": sums = try reader.replicates(as: Int64.self)
            default: try reader.skipValue()
            }
        }
        guard let count, let sum, let squares else { throw reader.error("moments need \"count\", \"sum\" and \"sumOfSquares\"") }
        guard counts.count == sums.count else { throw reader.error("replicateCounts and replicateSums differ in length") }
        self.init(count: count, sum: Int64(sum), sumOfSquares: Int64(squares),
                  replicateCounts: counts, replicateSums: sums)
    }
}

extension Tally {
    init(parsing reader: inout JSONByteReader) throws(ReportError) {
        var total: Int?, replicates: [Int] = []
        try reader.object { reader, key throws(ReportError) in
            switch key {
            case "total": total = try reader.integer()
            case "replicates": replicates = try reader.replicates(as: Int.self)
            default: try reader.skipValue()
            }
        }
        guard let total else { throw reader.error("a tally needs \"total\"") }
        self.init(total: total, replicates: replicates)
    }
}

extension JSONByteReader {
    /// `{"name": moments, …}`.
    mutating func momentsByName() throws(ReportError) -> [String: Moments] {
        var result: [String: Moments] = [:]
        try object { reader, name throws(ReportError) in result[name] = try Moments(parsing: &reader) }
        return result
    }

}
