public import SlantCorpus
import SlantText

/// Documents grouped by the event they report: what ``EventFinder`` returns.
public struct EventGrouping: Sendable {
    /// The documents, in input order.
    public var documents: [Document]
    /// The events, ordered by their first document; every document is in exactly one.
    public var events: [Event]
    /// The event of each document, as an index into ``events``.
    public var eventOfDocument: [Int]
    /// Records that could not be read, with file, line and reason.
    public var rejections: [Rejection]
    /// Dates that were present but not `YYYY-MM-DD` (those documents count as undated).
    public var unreadableDates: Int

    let vocabulary: EventVocabulary
    let vectors: [DocumentVector]

    /// One grouped document.
    public struct Document: Sendable, Hashable {
        public var source: String
        public var record: Int
        public var id: String
        public var outlet: String
        public var date: String?
        /// Days since 1970-01-01, when the date could be read.
        public var day: Int?
    }

    /// One event: its documents (indices into ``EventGrouping/documents``, in input order).
    public struct Event: Sendable, Hashable {
        /// A stable id: the hash of the outlet and id of the event's smallest member (by outlet,
        /// then id), so it does not depend on input order, jobs or the other events.
        public var id: String
        public var members: [Int]
    }

    init(documents: [Document], groups: [Int], rejections: [Rejection], unreadableDates: Int, vocabulary: EventVocabulary, vectors: [DocumentVector]) {
        self.documents = documents
        self.rejections = rejections
        self.unreadableDates = unreadableDates
        self.vocabulary = vocabulary
        self.vectors = vectors
        var indexOfGroup: [Int: Int] = [:]
        var events: [Event] = []
        var eventOfDocument: [Int] = []
        eventOfDocument.reserveCapacity(groups.count)
        for (document, group) in groups.enumerated() {
            if let index = indexOfGroup[group] {
                events[index].members.append(document)
                eventOfDocument.append(index)
            } else {
                indexOfGroup[group] = events.count
                eventOfDocument.append(events.count)
                events.append(Event(id: "", members: [document]))
            }
        }
        for index in events.indices {
            let smallest = events[index].members.map { documents[$0] }.min { ($0.outlet, $0.id) < ($1.outlet, $1.id) }!
            events[index].id = Self.eventID(outlet: smallest.outlet, id: smallest.id)
        }
        self.events = events
        self.eventOfDocument = eventOfDocument
    }

    /// "e" and 16 hex digits of the FNV-1a hash of outlet, NUL, id.
    static func eventID(outlet: String, id: String) -> String {
        let hex = String(FNV1a.hash(outlet + "\u{0}" + id), radix: 16)
        return "e" + String(repeating: "0", count: 16 - hex.count) + hex
    }

    /// The event's heaviest terms (summed over its documents), heaviest first.
    public func terms(of event: Event, count: Int) -> [String] {
        var sums: [Int32: Float] = [:]
        for member in event.members {
            for (term, weight) in zip(vectors[member].terms, vectors[member].weights) { sums[term, default: 0] += weight }
        }
        return sums.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.prefix(count).map { vocabulary.table.string($0.key) }
    }
}
