import Foundation

extension EventComparison {
    /// Compares the outlets of a report within the events they share.
    ///
    /// - Throws: ``ReportError/unknownName(kind:name:known:)`` for an unknown outlet or reference,
    ///   ``ReportError/incompatible(_:)`` when the report has no events.
    public init(report: CorpusReport, outlets names: [String], options: Options = Options()) throws(ReportError) {
        for name in names + (options.reference.map { [$0] } ?? []) where report.outlets[name] == nil {
            throw .unknownName(kind: "outlet", name: name, known: report.outletNames)
        }
        guard let events = report.events, !events.isEmpty else {
            throw .incompatible("the report has no events: score with slant score --events FILE (from slant events) or an event field")
        }
        confidenceLevel = options.confidenceLevel
        bootstrap = report.bootstrap
        minimumEvents = options.minimumEvents
        var shown = names
        if let reference = options.reference, !shown.contains(reference) { shown.append(reference) }
        outlets = shown
        let eventIDs = events.keys.sorted()
        let compared = Set(shown)
        coverage = shown.map { outlet in
            var cover = Coverage(outlet: outlet, documents: report.outlets[outlet]!.documents, documentsWithEvent: 0, events: 0,
                                 sharedEvents: 0, documentsInSharedEvents: 0, sharedShare: nil)
            for id in eventIDs {
                guard let cell = events[id]![outlet] else { continue }
                cover.documentsWithEvent += cell.documents
                cover.events += 1
                if events[id]!.keys.contains(where: { $0 != outlet && compared.contains($0) }) {
                    cover.sharedEvents += 1
                    cover.documentsInSharedEvents += cell.documents
                }
            }
            cover.sharedShare = cover.documentsWithEvent == 0 ? nil : Double(cover.documentsInSharedEvents) / Double(cover.documentsWithEvent)
            return cover
        }
        let indexPairs: [(Int, Int)]
        if options.againstOthers {
            indexPairs = shown.indices.map { ($0, Self.others) }
        } else if let reference = options.reference, let referenceIndex = shown.firstIndex(of: reference) {
            indexPairs = shown.indices.filter { $0 != referenceIndex }.map { ($0, referenceIndex) }
        } else {
            indexPairs = OutletComparison.pairs(shown.count)
        }
        var labels = [CorpusReport.MeasureName.compound: "document tone"]
        for actor in report.actors {
            labels[CorpusReport.MeasureName.portrayal(actor.id)] = "portrayal of \(actor.name)"
            labels[CorpusReport.MeasureName.voice(actor.id)] = "voice of \(actor.name)"
        }
        for frame in report.frames { labels[CorpusReport.MeasureName.frame(frame)] = "frame share: \(frame.replacingOccurrences(of: "_", with: " "))" }
        self.labels = labels
        pairs = Self.differences(events: events, eventIDs: eventIDs, outlets: shown, pairs: indexPairs,
                                 measures: Self.measureOrder(report, events: events), options: options, bootstrap: report.bootstrap)
    }

    /// The measures present in the events: compound, then each actor's portrayal and voice in
    /// catalog order, then frames in lexicon order, then any others by name.
    static func measureOrder(_ report: CorpusReport, events: [String: [String: CorpusReport.EventCell]]) -> [String] {
        var present = Set<String>()
        for byOutlet in events.values { for cell in byOutlet.values { present.formUnion(cell.measures.keys) } }
        typealias Name = CorpusReport.MeasureName
        var order = [Name.compound]
        for actor in report.actors { order += [Name.portrayal(actor.id), Name.voice(actor.id)] }
        order += report.frames.map(Name.frame)
        let known = Set(order)
        return order.filter(present.contains) + present.subtracting(known).sorted()
    }

    /// The second index of a pair that means "the other compared outlets together".
    static let others = -1

    /// The other compared outlets' documents in one event, as one cell (`nil` when none has any).
    static func othersCell(_ cells: [CorpusReport.EventCell?], except index: Int) -> CorpusReport.EventCell? {
        var pooled: CorpusReport.EventCell?
        for (other, cell) in cells.enumerated() where other != index {
            guard let cell else { continue }
            if pooled == nil { pooled = cell } else { try? pooled!.merge(cell) }
        }
        return pooled
    }

    /// Running sums of one quantity over events, with its bootstrap replicates.
    struct Accumulator {
        var sum = 0.0
        var weight = 0.0
        var replicateSums: [Double]
        var replicateWeights: [Double]

        init(replicates: Int) {
            replicateSums = Array(repeating: 0, count: replicates)
            replicateWeights = Array(repeating: 0, count: replicates)
        }

        /// Adds `value` with weight `weight` (1 for a mean of per-event values, n for a pooled sum).
        mutating func add(sum value: Double, weight: Double, eventWeights: [Int32]) {
            sum += value
            self.weight += weight
            for (index, w) in eventWeights.enumerated() where w != 0 {
                replicateSums[index] += Double(w) * value
                replicateWeights[index] += Double(w) * weight
            }
        }

        var mean: Double? { weight == 0 ? nil : sum / weight }
        var replicateMeans: [Double?] { zip(replicateSums, replicateWeights).map { $1 == 0 ? nil : $0 / $1 } }
    }

    static func differences(events: [String: [String: CorpusReport.EventCell]], eventIDs: [String], outlets: [String], pairs: [(Int, Int)],
                            measures: [String], options: Options, bootstrap: PoissonBootstrap) -> [Pair] {
        let replicates = bootstrap.replicates
        let measureIndex = Dictionary(uniqueKeysWithValues: measures.enumerated().map { ($1, $0) })
        let empty = Array(repeating: Accumulator(replicates: replicates), count: measures.count)
        // Per pair: pooled sums of its first and second side, and the within-event differences.
        var pooledFirst = Array(repeating: empty, count: pairs.count)
        var pooledSecond = Array(repeating: empty, count: pairs.count)
        var within = Array(repeating: empty, count: pairs.count)
        var shared = Array(repeating: 0, count: pairs.count)
        func addPooled(_ cell: CorpusReport.EventCell, into accumulators: inout [Accumulator], weights: [Int32]) {
            for (name, moments) in cell.measures {
                guard let index = measureIndex[name], let mean = moments.mean else { continue }
                accumulators[index].add(sum: mean * Double(moments.count), weight: Double(moments.count), eventWeights: weights)
            }
        }
        for id in eventIDs {
            let byOutlet = events[id]!
            let cells = outlets.map { byOutlet[$0] }
            guard cells.contains(where: { $0 != nil }) else { continue }
            let weights = bootstrap.weights(for: "event\u{0}" + id)
            for (pair, (i, j)) in pairs.enumerated() {
                let first = cells[i]
                let second = j == others ? othersCell(cells, except: i) : cells[j]
                if let first { addPooled(first, into: &pooledFirst[pair], weights: weights) }
                if let second { addPooled(second, into: &pooledSecond[pair], weights: weights) }
                guard let first, let second else { continue }
                shared[pair] += 1
                for (name, moments) in first.measures {
                    guard let index = measureIndex[name], let a = moments.mean, let b = second.measures[name]?.mean else { continue }
                    within[pair][index].add(sum: a - b, weight: 1, eventWeights: weights)
                }
            }
        }
        let level = options.confidenceLevel
        return pairs.enumerated().map { pair, indices in
            let (i, j) = indices
            let differences: [MeasureDifference] = measures.indices.compactMap { index in
                let inside = within[pair][index]
                let a = pooledFirst[pair][index], b = pooledSecond[pair][index]
                var pooledInterval: Interval?
                if let meanA = a.mean, let meanB = b.mean {
                    pooledInterval = Interval.percentile(estimate: meanA - meanB,
                                                         replicates: OutletComparison.replicateDifferences(a.replicateMeans, b.replicateMeans), level: level)
                }
                guard pooledInterval != nil || inside.weight > 0 else { return nil }
                let count = Int(inside.weight)
                let withinInterval = count >= options.minimumEvents
                    ? inside.mean.map { Interval.percentile(estimate: $0, replicates: inside.replicateMeans, level: level) } : nil
                return MeasureDifference(measure: measures[index], events: count, withinEvents: withinInterval, pooled: pooledInterval)
            }
            return Pair(first: outlets[i], second: j == others ? EventComparison.othersName : outlets[j], sharedEvents: shared[pair],
                        differences: differences)
        }
    }
}
