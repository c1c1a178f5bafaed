/// The names of the fields Slant reads from JSONL objects and CSV columns.
public struct FieldNames: Sendable, Hashable {
    public var id = "id"
    public var outlet = "outlet"
    public var date = "date"
    public var title = "title"
    public var text = "text"
    public var targets = "targets"
    public var language = "lang"
    /// The event the document reports (as written by `slant events`).
    public var event = "event"

    public init() {}
}
