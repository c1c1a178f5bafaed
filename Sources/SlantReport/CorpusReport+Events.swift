extension CorpusReport {
    /// One outlet's documents in one event: how many, and each measure over them.
    ///
    /// Measures are named (``MeasureName``), so a new per-document measure slots in by adding
    /// its values in ``eventMeasures(of:)``; the within-event comparison iterates over names.
    /// Cells keep no bootstrap replicates: comparisons over events resample events, not documents.
    public struct EventCell: Sendable, Hashable, Codable {
        public var documents = 0
        /// Measure name → its per-document values.
        public var measures: [String: Moments] = [:]

        public init() {}

        /// - Throws: ``ReportError/overflow(_:)`` when a sum would pass `Int64.max`.
        public mutating func merge(_ other: EventCell) throws(ReportError) {
            documents = try checkedSum(documents, other.documents, "event documents")
            for (name, moments) in other.measures { try measures[name, default: Moments()].merge(moments) }
        }
    }

    /// The names of the per-document measures kept per event.
    public enum MeasureName {
        /// Document compound.
        public static let compound = "compound"
        /// `portrayal:<actor id>`: the actor's portrayal tone in the document.
        public static func portrayal(_ actor: String) -> String { "portrayal:" + actor }
        /// `voice:<actor id>`: the tone of the actor's quoted words.
        public static func voice(_ actor: String) -> String { "voice:" + actor }
        /// `frame:<frame id>`: the frame's share of the document's frame evidence.
        public static func frame(_ frame: String) -> String { "frame:" + frame }
    }

    /// The measures one document adds to its event cell, by name.
    public func eventMeasures(of document: DocumentSummary) -> [(name: String, value: Double)] {
        var values: [(name: String, value: Double)] = [(MeasureName.compound, document.compound)]
        for report in document.actors {
            let id = actors[report.index].id
            if let portrayal = report.portrayal { values.append((MeasureName.portrayal(id), portrayal)) }
            if let voice = report.voice { values.append((MeasureName.voice(id), voice)) }
        }
        for (frame, share) in zip(frames, document.frameShares) { values.append((MeasureName.frame(frame), share)) }
        return values
    }

    mutating func addToEvent(_ event: String, _ document: DocumentSummary) {
        var byOutlet = events?.removeValue(forKey: event) ?? [:]
        var cell = byOutlet.removeValue(forKey: document.outlet) ?? EventCell()
        cell.documents += 1
        for (name, value) in eventMeasures(of: document) { cell.measures[name, default: Moments()].add(value) }
        byOutlet[document.outlet] = cell
        if events == nil { events = [:] }
        events![event] = byOutlet
    }

    mutating func mergeEvents(_ other: [String: [String: EventCell]]?) throws(ReportError) {
        guard let other else { return }
        var merged = events ?? [:]
        for (event, byOutlet) in other {
            for (outlet, cell) in byOutlet { try merged[event, default: [:]][outlet, default: EventCell()].merge(cell) }
        }
        events = merged
    }

    /// The events with all outlets pooled into one called `name`.
    static func pooledEvents(_ events: [String: [String: EventCell]], as name: String) throws(ReportError) -> [String: [String: EventCell]] {
        var pooled: [String: [String: EventCell]] = [:]
        for (event, byOutlet) in events {
            var pool = EventCell()
            for cell in byOutlet.values { try pool.merge(cell) }
            pooled[event] = [name: pool]
        }
        return pooled
    }
}
