extension CorpusReport {
    /// The report with outlets pooled into groups (outlet → group; outlets the map lacks go to
    /// `unmapped`), events included.
    public func grouped(by groups: [String: String], unmapped: String) throws(ReportError) -> CorpusReport {
        var copy = self
        copy.outlets = [:]
        for (name, aggregate) in outlets { try copy.outlets[groups[name] ?? unmapped, default: OutletAggregate()].merge(aggregate) }
        if let events {
            var pooledEvents: [String: [String: EventCell]] = [:]
            for (event, byOutlet) in events {
                var pooled: [String: EventCell] = [:]
                for (name, cell) in byOutlet { try pooled[groups[name] ?? unmapped, default: EventCell()].merge(cell) }
                pooledEvents[event] = pooled
            }
            copy.events = pooledEvents
        }
        return copy
    }

    /// The report with one more outlet, `name`, holding every document of the others: the
    /// reference "all outlets" that each outlet is compared with when there are many.
    public func addingPool(named name: String) throws(ReportError) -> CorpusReport {
        guard outlets[name] == nil else { throw .incompatible("the report already has an outlet called \"\(name)\"") }
        var copy = self
        try copy.merge(pooled(as: name), allowingSharedDocuments: true)
        return copy
    }
}
