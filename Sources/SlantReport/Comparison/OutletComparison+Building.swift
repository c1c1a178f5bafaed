extension OutletComparison {
    /// Compares the outlets of a report.
    ///
    /// - Parameters:
    ///   - report: the corpus report (with bootstrap replicates for intervals).
    ///   - outletNames: the outlets to compare, in the order to show them (default: all, sorted).
    ///   - options: confidence level, distinctive-word settings.
    /// - Throws: ``ReportError/unknownName(kind:name:known:)`` for an outlet or actor the report does not have.
    public init(report: CorpusReport, outlets outletNames: [String]? = nil, options: Options = Options()) throws(ReportError) {
        let names = outletNames ?? report.outletNames
        for name in names where report.outlets[name] == nil {
            throw .unknownName(kind: "outlet", name: name, known: report.outletNames)
        }
        let knownActors = report.actors.map(\.id)
        for id in (options.actors ?? []) + options.vocabularyActors where !knownActors.contains(id) {
            throw .unknownName(kind: "actor", name: id, known: knownActors)
        }
        if let reference = options.reference, !names.contains(reference) {
            throw .unknownName(kind: "reference outlet among those compared", name: reference, known: names)
        }
        let aggregates = names.map { report.outlets[$0]! }
        let level = options.confidenceLevel
        confidenceLevel = level
        bootstrap = report.bootstrap
        reference = options.reference
        minimumDocuments = options.minimumDocuments
        let pairList = Self.comparedPairs(names, reference: options.reference)
        outlets = zip(names, aggregates).map { name, outlet in
            Outlet(name: name, documents: outlet.documents, tokens: outlet.tokens, compound: outlet.compound.interval(level: level))
        }
        let shownActors = options.actors.map { ids in ids.compactMap { id in report.actors.first { $0.id == id } } } ?? report.actors
        let pooledPortrayals = aggregates.map(Self.pooledPortrayal)
        actors = shownActors.compactMap { info in
            let perOutlet = aggregates.map { $0.actors[info.id] ?? CorpusReport.ActorAggregate() }
            guard perOutlet.contains(where: { $0.documents > 0 }) else { return nil }
            var actor = Actor(
                id: info.id, name: info.name,
                outlets: zip(names, zip(aggregates, perOutlet)).map { name, pair in
                    let (outlet, actor) = pair
                    return ActorInOutlet(outlet: name, documents: actor.documents, mentions: actor.mentions.total, speeches: actor.speeches,
                                         mentionShare: actor.mentions.share(of: outlet.actorMentions, level: level),
                                         portrayal: actor.portrayal.interval(level: level), portrayalDocuments: actor.portrayal.count,
                                         voice: actor.voice.interval(level: level), voiceDocuments: actor.voice.count)
                },
                portrayalDifferences: Self.differences(names, perOutlet.map(\.portrayal), level: level, pairs: pairList, minimum: options.minimumDocuments),
                voiceDifferences: Self.differences(names, perOutlet.map(\.voice), level: level, pairs: pairList, minimum: options.minimumDocuments),
                mentionShareDifferences: Self.shareDifferences(names, perOutlet.map(\.mentions), aggregates.map(\.actorMentions), level: level, pairs: pairList))
            Self.addRolesAndRelativePortrayal(to: &actor, perOutlet: perOutlet, pooled: pooledPortrayals, names: names, level: level,
                                              pairs: pairList)
            return actor
        }
        frames = report.frames.map { frame in
            let shares = aggregates.map { $0.frameShares[frame] ?? Moments() }
            let presence = aggregates.map { $0.framePresence?[frame] ?? Moments() }
            return Frame(id: frame, shares: zip(names, shares).map { OutletInterval(outlet: $0, value: $1.interval(level: level)) },
                         differences: Self.differences(names, shares, level: level, pairs: pairList, minimum: options.minimumDocuments),
                         presence: zip(names, presence).map { OutletInterval(outlet: $0, value: $1.interval(level: level)) },
                         presenceDifferences: Self.differences(names, presence, level: level, pairs: pairList, minimum: options.minimumDocuments))
        }
        let mixes = aggregates.map { outlet in report.frames.map { outlet.frameShares[$0]?.mean ?? 0 } }
        frameDivergences = pairList.compactMap { i, j in
            jensenShannonDivergence(mixes[i], mixes[j]).map { Divergence(first: names[i], second: names[j], jensenShannon: $0) }
        }
        naming = Self.naming(names, aggregates, level: level, pairs: pairList, minimum: options.minimumDocuments)
        vocabulary = options.wordsPerOutlet == 0 || names.count < 2 ? [] : Self.vocabulary(names, aggregates, options: options)
    }

    /// The index pairs (i, j), i < j, in order.
    static func pairs(_ count: Int) -> [(Int, Int)] {
        (0..<count).flatMap { i in (i + 1..<count).map { (i, $0) } }
    }

    /// The pairs compared: each outlet against the reference (first − reference), or all pairs.
    static func comparedPairs(_ names: [String], reference: String?) -> [(Int, Int)] {
        guard let reference, let index = names.firstIndex(of: reference) else { return pairs(names.count) }
        return names.indices.filter { $0 != index }.map { ($0, index) }
    }

    /// The index pairs this comparison shows differences for, in order.
    var pairIndices: [(Int, Int)] { Self.comparedPairs(outlets.map(\.name), reference: reference) }

    /// Differences of means for each pair (default: all pairs), with the percentile interval of
    /// the replicate differences; none where either side has fewer than `minimum` values.
    static func differences(_ names: [String], _ moments: [Moments], level: Double, pairs pairList: [(Int, Int)]? = nil,
                            minimum: Int = 1) -> [Difference] {
        (pairList ?? pairs(names.count)).compactMap { i, j in
            guard moments[i].count >= minimum, moments[j].count >= minimum,
                  let first = moments[i].mean, let second = moments[j].mean else { return nil }
            let replicates = replicateDifferences(moments[i].replicateMeans, moments[j].replicateMeans)
            return Difference(first: names[i], second: names[j],
                              difference: Interval.percentile(estimate: first - second, replicates: replicates, level: level))
        }
    }

    /// Differences of shares (`parts[k] / wholes[k]`) for each pair (default: all pairs).
    static func shareDifferences(_ names: [String], _ parts: [Tally], _ wholes: [Tally], level: Double,
                                 pairs pairList: [(Int, Int)]? = nil) -> [Difference] {
        (pairList ?? pairs(names.count)).compactMap { i, j in
            guard wholes[i].total > 0, wholes[j].total > 0 else { return nil }
            let estimate = Double(parts[i].total) / Double(wholes[i].total) - Double(parts[j].total) / Double(wholes[j].total)
            let replicates = replicateDifferences(parts[i].replicateShares(of: wholes[i]), parts[j].replicateShares(of: wholes[j]))
            return Difference(first: names[i], second: names[j], difference: Interval.percentile(estimate: estimate, replicates: replicates, level: level))
        }
    }

    /// Replicate by replicate, `first − second` (`nil` where either is).
    static func replicateDifferences(_ first: [Double?], _ second: [Double?]) -> [Double?] {
        zip(first, second).map { a, b in
            guard let a, let b else { return nil }
            return a - b
        }
    }

    /// Each outlet against the others pooled: over all words, then near each chosen actor.
    static func vocabulary(_ names: [String], _ aggregates: [CorpusReport.OutletAggregate], options: Options) -> [Vocabulary] {
        var lists: [Vocabulary] = []
        let scopes: [String?] = [nil] + options.vocabularyActors.map(Optional.some)
        for actor in scopes {
            let counts = aggregates.map { outlet in actor.map { outlet.actors[$0]?.nearTerms ?? [:] } ?? outlet.terms }
            var pooled: [String: Int] = [:]
            for outletCounts in counts { for (word, count) in outletCounts { pooled[word, default: 0] += count } }
            for (index, name) in names.enumerated() {
                let words = LogOddsRatio.scoreFocusWords(focus: counts[index], pooled: pooled, priorScale: options.priorScale)
                    .filter { $0.z > 0 && $0.focusCount + $0.otherCount >= options.minimumWordCount }
                lists.append(Vocabulary(outlet: name, actor: actor, words: Array(words.prefix(options.wordsPerOutlet))))
            }
        }
        return lists
    }
}
