import SlantScoring

extension OutletComparison {
    /// Every actor's portrayal in one outlet pooled: the mean over all actor-documents, with
    /// replicate means.
    static func pooledPortrayal(_ outlet: CorpusReport.OutletAggregate) -> Moments {
        var pooled = Moments()
        // Bounded by the outlet's own sums, which were checked when they were merged.
        for actor in outlet.actors.values { try? pooled.merge(actor.portrayal) }
        return pooled
    }

    /// Fills an actor's role shares and relative portrayal per outlet and their differences.
    static func addRolesAndRelativePortrayal(to actor: inout Actor, perOutlet: [CorpusReport.ActorAggregate], pooled: [Moments],
                                              names: [String], level: Double, pairs pairList: [(Int, Int)]) {
        var relative: [[Double?]] = []
        for (index, aggregate) in perOutlet.enumerated() {
            let replicates = replicateDifferences(aggregate.portrayal.replicateMeans, pooled[index].replicateMeans)
            relative.append(replicates)
            if let own = aggregate.portrayal.mean, let all = pooled[index].mean {
                actor.outlets[index].relativePortrayal = Interval.percentile(estimate: own - all, replicates: replicates, level: level)
            }
        }
        actor.relativePortrayalDifferences = pairList.compactMap { i, j in
            guard let first = actor.outlets[i].relativePortrayal, let second = actor.outlets[j].relativePortrayal else { return nil }
            return Difference(first: names[i], second: names[j],
                              difference: Interval.percentile(estimate: first.estimate - second.estimate,
                                                              replicates: replicateDifferences(relative[i], relative[j]), level: level))
        }
        // The roles the actor has in any compared outlet, in Role order.
        let shown = Role.allCases.map(\.rawValue).filter { role in perOutlet.contains { ($0.roles?[role]?.total ?? 0) > 0 } }
        guard !shown.isEmpty else { return }
        let totals = perOutlet.map(\.roleTotal)
        for (index, aggregate) in perOutlet.enumerated() where aggregate.roles != nil {
            actor.outlets[index].roles = shown.map { role in
                let tally = aggregate.roles?[role] ?? Tally()
                return RoleShare(role: role, count: tally.total, share: tally.share(of: totals[index], level: level))
            }
        }
        for role in shown {
            let parts = perOutlet.map { $0.roles?[role] ?? Tally() }
            actor.roleShareDifferences += shareDifferences(names, parts, totals, level: level, pairs: pairList).map { RoleDifference(role: role, difference: $0) }
        }
    }
}
