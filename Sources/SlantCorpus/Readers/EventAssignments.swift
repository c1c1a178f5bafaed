import Foundation

/// The event of each document, as `slant events` writes it: one JSON object per line with
/// `id`, `outlet` and `event`.
public struct EventAssignments: Sendable {
    /// outlet, NUL, id → event.
    var events: [String: String] = [:]

    /// The number of documents assigned.
    public var count: Int { events.count }

    /// No assignments: documents keep the events their input gives.
    public init() {}

    /// Reads an events file.
    ///
    /// - Throws: ``Rejection`` naming the file and line of a line that is not
    ///   `{"id": …, "outlet": …, "event": …}`, or a document given two different events.
    public init(path: String) throws(Rejection) {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw Rejection(source: path, record: 0, reason: "cannot read the events file")
        }
        for (index, line) in data.split(separator: 0x0A, omittingEmptySubsequences: false).enumerated() {
            guard !line.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) else { continue }
            guard let object = try? JSONSerialization.jsonObject(with: Data(line)) as? [String: Any],
                  let id = JSONLinesReader.string(object["id"]), let outlet = object["outlet"] as? String,
                  let event = object["event"] as? String, !event.isEmpty else {
                throw Rejection(source: path, record: index + 1,
                                reason: "expected {\"id\": …, \"outlet\": …, \"event\": …} as slant events writes it")
            }
            let key = outlet + "\u{0}" + id
            if let earlier = events[key], earlier != event {
                throw Rejection(source: path, record: index + 1, reason: "document \"\(id)\" of \"\(outlet)\" has two events, \(earlier) and \(event)")
            }
            events[key] = event
        }
    }

    /// The event of a document, if the file has it.
    public func event(outlet: String, id: String) -> String? { events[outlet + "\u{0}" + id] }
}

/// Sets each document's ``InputDocument/event`` from ``EventAssignments`` (keeping an event the
/// input gives when the file has none), and counts the documents the file does not place.
public struct EventTaggingReader<Base: DocumentReader>: DocumentReader {
    var base: Base
    let assignments: EventAssignments
    /// Documents read that the file has no event for (counted only when there are assignments).
    public private(set) var unplaced = 0

    public init(_ base: Base, assignments: EventAssignments) {
        self.base = base
        self.assignments = assignments
    }

    ///
    /// With no assignments a deferred record passes unparsed (and uncounted); with some it is
    /// parsed here, to be tagged.
    public mutating func next() -> ReadItem? {
        guard var item = base.next() else { return nil }
        if case .deferred = item {
            guard assignments.count > 0 else { return item }
            item = item.parsed()
        }
        guard case .document(var document) = item else { return item }
        if let event = assignments.event(outlet: document.outlet, id: document.id) {
            document.event = event
        } else if document.event == nil {
            unplaced += 1
        }
        return .document(document)
    }
}
