import Foundation
import SlantScoring

/// What every line of one JSON Lines input is parsed with: its name, the field names, the
/// outlet for records without one, and the byte-level parser. Shared, unchanged, by the lines
/// handed to worker threads.
final class JSONLinesContext: Sendable {
    let source: String
    let fields: FieldNames
    let defaultOutlet: String?
    let parser: JSONRecordParser

    init(source: String, fields: FieldNames, defaultOutlet: String?) {
        self.source = source
        self.fields = fields
        self.defaultOutlet = defaultOutlet
        parser = JSONRecordParser(fields: fields)
    }

    /// The document on line `record`, or why it is rejected.
    ///
    /// The line is read by ``JSONRecordParser``; a line it leaves aside (bad syntax, bytes that
    /// are not UTF-8, and the rare forms listed there) is checked for UTF-8 and read by
    /// `JSONSerialization`, so that every line gets the decision and the values it always got.
    func parse(_ line: UnsafeBufferPointer<UInt8>, record: Int) -> ReadItem {
        func reject(_ reason: String) -> ReadItem { .rejected(Rejection(source: source, record: record, reason: reason)) }
        // A line the byte-level parser reads is well-formed UTF-8 and an object, so the checks for
        // those are made only for the lines it leaves aside: one pass over the usual line.
        let object: RecordFields
        if let fields = parser.parse(line) {
            object = fields
        } else {
            if let offset = TextNormalization.firstInvalidUTF8(line) {
                return reject("the line is not valid UTF-8 at byte \(offset) of the line (JSON must be UTF-8)")
            }
            // A line that cannot hold an object is rejected without the JSON parser and its error.
            guard JSONLinesReader.mayBeObject(line), let fields = foundationFields(line) else {
                return reject("expected a JSON object on one line")
            }
            object = fields
        }
        guard let text = object.text else { return reject("expected a string field \"\(fields.text)\"") }
        guard !Self.isBlank(text) else { return reject("the document is empty") }
        guard let outlet = object.outlet ?? defaultOutlet, !outlet.isEmpty else {
            return reject("expected a string field \"\(fields.outlet)\" (or pass --outlet)")
        }
        var targets: [TargetSpan] = []
        var targetIndices: [Int] = []
        var rejectedTargets: [(index: Int, reason: String)] = []
        switch object.targets {
        case .absent: break
        case .notList: return reject("expected \"\(fields.targets)\" to be a list of {start, end}")
        case .list(let list):
            // One bad target is rejected alone; the document and its other targets are scored.
            for (index, target) in list.enumerated() {
                guard let start = target.start, let end = target.end else {
                    rejectedTargets.append((index, "expected {\"start\": S, \"end\": E} with whole numbers"))
                    continue
                }
                guard start >= 0, end > start else {
                    rejectedTargets.append((index, "expected 0 <= start < end, found start \(start), end \(end)"))
                    continue
                }
                targets.append(TargetSpan(start: start, end: end))
                targetIndices.append(index)
            }
        }
        var document = InputDocument(source: source, record: record, id: object.id ?? "\(source):\(record)", outlet: outlet,
                                     date: object.date, title: object.title, text: text, targets: targets)
        document.targetIndices = targetIndices
        document.rejectedTargets = rejectedTargets
        document.language = object.language.flatMap { $0.isEmpty ? nil : $0 }
        document.event = object.event.flatMap { $0.isEmpty ? nil : $0 }
        // The byte-level parser checked the line's strings; JSONSerialization's text came from a String.
        document.isWellFormedUTF8 = true
        return .document(document)
    }

    /// The fields as `JSONSerialization` reads them; `nil` when the line is not a JSON object.
    func foundationFields(_ line: UnsafeBufferPointer<UInt8>) -> RecordFields? {
        // The line is parsed where it lies, not copied into a `Data` first: a record of 100 MB
        // would be held twice.
        guard let base = line.baseAddress, line.count > 0 else { return nil }
        let data = Data(bytesNoCopy: UnsafeMutableRawPointer(mutating: base), count: line.count, deallocator: .none)
        guard let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else { return nil }
        var fields = RecordFields()
        fields.text = (object[self.fields.text] as? String).map { Array($0.utf8) }
        fields.id = JSONLinesReader.string(object[self.fields.id])
        fields.outlet = JSONLinesReader.string(object[self.fields.outlet])
        fields.date = JSONLinesReader.string(object[self.fields.date])
        fields.title = JSONLinesReader.string(object[self.fields.title])
        fields.language = JSONLinesReader.string(object[self.fields.language])
        fields.event = JSONLinesReader.string(object[self.fields.event])
        if let rawTargets = object[self.fields.targets] {
            if let list = rawTargets as? [Any] {
                fields.targets = .list(list.map { item in
                    guard let target = item as? [String: Any] else { return RecordFields.Target() }
                    return RecordFields.Target(start: (target["start"] ?? target["from"]) as? Int, end: (target["end"] ?? target["to"]) as? Int)
                })
            } else {
                fields.targets = .notList
            }
        }
        return fields
    }

    /// Whether the text is all whitespace (Swift's `Character.isWhitespace`). A printable ASCII
    /// byte answers no at once: it is a character of its own or follows a prepended mark, so it
    /// never sits in a cluster that starts with whitespace.
    static func isBlank(_ text: [UInt8]) -> Bool {
        if text.contains(where: { $0 > 0x20 && $0 < 0x7F }) { return false }
        return String(decoding: text, as: UTF8.self).allSatisfy(\.isWhitespace)
    }
}

/// One JSON Lines record read but not yet parsed (``JSONLinesReader/defersParsing``), so that
/// parsing runs on the thread that scores it.
public struct DeferredRecord: Sendable {
    let line: [UInt8]
    /// The line number, from 1.
    public let record: Int
    let context: JSONLinesContext

    /// The document, or the rejection with the reason the reader would have given.
    public func parse() -> ReadItem {
        line.withUnsafeBufferPointer { context.parse($0, record: record) }
    }
}
