extension CorpusReport {
    /// The most bootstrap replicates a report may have: 100 times the default of 1,000.
    public static let maximumReplicates = 100_000

    /// Checks what a report read from a file must satisfy before any figure of it is used:
    /// counts never negative, figures of an outlet within its document count, replicate arrays
    /// as long as the bootstrap says, means of tones and shares within [−1, 1], frames and
    /// actors named in the report's lists.
    ///
    /// - Throws: ``ReportError/unreadable(file:reason:)`` naming `source`, the outlet and the figure.
    public func validate(source: String) throws(ReportError) {
        try validateHeader(source: source)
        for (name, outlet) in outlets.sorted(by: { $0.key < $1.key }) { try validate(outlet: outlet, named: name, source: source) }
        try validateEvents(source: source)
    }

    /// The bootstrap's replicate count within bounds, no frame or actor listed twice.
    func validateHeader(source: String) throws(ReportError) {
        func fail(_ reason: String) -> ReportError { .unreadable(file: source, reason: reason) }
        guard (0...Self.maximumReplicates).contains(bootstrap.replicates) else {
            throw fail("bootstrap replicates \(bootstrap.replicates) lie outside 0...\(Self.maximumReplicates)")
        }
        guard Set(frames).count == frames.count else { throw fail("a frame is listed twice") }
        guard Set(actors.map(\.id)).count == actors.count else { throw fail("an actor is listed twice") }
    }

    /// One outlet's figures, against this report's frames, actors and bootstrap.
    func validate(outlet: OutletAggregate, named name: String, source: String) throws(ReportError) {
        func fail(_ reason: String) -> ReportError { .unreadable(file: source, reason: reason) }
        let frameSet = Set(frames)
        let actorIDs = Set(actors.map(\.id))
        let replicates = bootstrap.replicates
        do {
            let place = "outlet \"\(name)\""
            for (figure, value) in [("documents", outlet.documents), ("tokens", outlet.tokens), ("sentences", outlet.sentences)] where value < 0 {
                throw fail("\(place): \(figure) is \(value); counts are never negative")
            }
            let documents = outlet.documents
            try Self.check(outlet.compound, "\(place) compound", documents: documents, replicates: replicates, unitBounded: true, fail)
            try Self.check(outlet.sentenceCompound, "\(place) sentence compound", documents: documents, replicates: replicates, unitBounded: true, fail)
            for (frame, moments) in outlet.frameShares {
                guard frameSet.contains(frame) else { throw fail("\(place): frame share of \"\(frame)\", which the report does not list") }
                try Self.check(moments, "\(place) frame \(frame)", documents: documents, replicates: replicates, unitBounded: true, fail)
            }
            for (frame, moments) in outlet.framePresence ?? [:] {
                guard frameSet.contains(frame) else { throw fail("\(place): frame presence of \"\(frame)\", which the report does not list") }
                try Self.check(moments, "\(place) frame presence \(frame)", documents: documents, replicates: replicates, unitBounded: true, fail)
            }
            try Self.check(outlet.actorMentions, "\(place) actor mentions", replicates: replicates, fail)
            for (id, actor) in outlet.actors {
                let actorPlace = "\(place) actor \"\(id)\""
                guard actorIDs.contains(id) else { throw fail("\(actorPlace) is not in the report's actor list") }
                guard (0...documents).contains(actor.documents) else {
                    throw fail("\(actorPlace): documents is \(actor.documents), outside 0...\(documents)")
                }
                guard actor.speeches >= 0 else { throw fail("\(actorPlace): speeches is \(actor.speeches); counts are never negative") }
                try Self.check(actor.mentions, "\(actorPlace) mentions", replicates: replicates, fail)
                try Self.check(actor.portrayal, "\(actorPlace) portrayal", documents: documents, replicates: replicates, unitBounded: true, fail)
                try Self.check(actor.voice, "\(actorPlace) voice", documents: documents, replicates: replicates, unitBounded: true, fail)
                for (frame, moments) in actor.frameWeights {
                    guard frameSet.contains(frame) else { throw fail("\(actorPlace): frame weight of \"\(frame)\", which the report does not list") }
                    try Self.check(moments, "\(actorPlace) frame \(frame)", documents: documents, replicates: replicates, unitBounded: false, fail)
                }
                if let bad = actor.nearTerms.first(where: { $0.value < 0 }) { throw fail("\(actorPlace): word \"\(bad.key)\" counted \(bad.value) times") }
            }
            if let bad = outlet.terms.first(where: { $0.value < 0 }) { throw fail("\(place): word \"\(bad.key)\" counted \(bad.value) times") }
        }
    }

    /// Event cells: counts never negative, tones and shares within [−1, 1].
    func validateEvents(source: String) throws(ReportError) {
        func fail(_ reason: String) -> ReportError { .unreadable(file: source, reason: reason) }
        for (event, byOutlet) in (events ?? [:]).sorted(by: { $0.key < $1.key }) {
            for (name, cell) in byOutlet.sorted(by: { $0.key < $1.key }) {
                let place = "event \"\(event)\" outlet \"\(name)\""
                guard cell.documents >= 0 else { throw fail("\(place): documents is \(cell.documents); counts are never negative") }
                for (measure, moments) in cell.measures {
                    // Event cells keep no replicates; every measure is a tone or a share in [-1, 1].
                    try Self.check(moments, "\(place) \(measure)", documents: cell.documents, replicates: 0, unitBounded: true, fail)
                }
            }
        }
    }

    /// Count within 0...documents, replicate arrays of the bootstrap's length with non-negative
    /// weights, and for values in [−1, 1] (`unitBounded`) every sum within count × 10⁹.
    static func check(_ moments: Moments, _ place: String, documents: Int, replicates: Int, unitBounded: Bool,
                      _ fail: (String) -> ReportError) throws(ReportError) {
        guard (0...documents).contains(moments.count) else { throw fail("\(place): count \(moments.count) lies outside 0...\(documents)") }
        guard moments.sumOfSquares >= 0 else { throw fail("\(place): the sum of squares is negative") }
        guard moments.replicateCounts.isEmpty || moments.replicateCounts.count == replicates else {
            throw fail("\(place): \(moments.replicateCounts.count) replicates, the bootstrap has \(replicates)")
        }
        guard moments.replicateCounts.allSatisfy({ $0 >= 0 }) else { throw fail("\(place): a replicate count is negative") }
        guard unitBounded else { return }
        let unit = Int64(Moments.scale)
        func within(_ sum: Int64, _ count: Int) -> Bool {
            let (limit, overflow) = Int64(count).multipliedReportingOverflow(by: unit)
            return overflow || sum.magnitude <= limit.magnitude
        }
        guard within(moments.sum, moments.count), within(moments.sumOfSquares, moments.count) else {
            throw fail("\(place): the sum of \(moments.count) values in [-1, 1] is \(Double(moments.sum) / Moments.scale)")
        }
        for (count, sum) in zip(moments.replicateCounts, moments.replicateSums) where !within(sum, count) {
            throw fail("\(place): a replicate's sum lies outside its count × [-1, 1]")
        }
    }

    /// A total that is never negative and replicate arrays of the bootstrap's length.
    static func check(_ tally: Tally, _ place: String, replicates: Int, _ fail: (String) -> ReportError) throws(ReportError) {
        guard tally.total >= 0 else { throw fail("\(place): total \(tally.total) is negative") }
        guard tally.replicates.isEmpty || tally.replicates.count == replicates else {
            throw fail("\(place): \(tally.replicates.count) replicates, the bootstrap has \(replicates)")
        }
        guard tally.replicates.allSatisfy({ $0 >= 0 }) else { throw fail("\(place): a replicate count is negative") }
    }
}
