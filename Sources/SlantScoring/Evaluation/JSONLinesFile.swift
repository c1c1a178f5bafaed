import Foundation
import SlantText

/// Evaluation data in JSON Lines: one object per line, blank lines skipped.
enum JSONLinesFile {
    /// Decodes every non-blank line of `text` as `Record`.
    ///
    /// - Parameter expected: what a line should be, for the error ("a JSON object with ...").
    /// - Throws: ``DataFileError`` naming the first line that does not decode.
    static func records<Record: Decodable>(_ type: Record.Type, in text: String, source: String,
                                           expected: String) throws(DataFileError) -> [(line: Int, record: Record)] {
        let decoder = JSONDecoder()
        var records: [(line: Int, record: Record)] = []
        for (lineNumber, line) in DataFile.lines(text) where !line.allSatisfy(\.isWhitespace) {
            do {
                records.append((lineNumber, try decoder.decode(Record.self, from: Data(line.utf8))))
            } catch {
                throw DataFileError(source: source, line: lineNumber, message: "expected \(expected)")
            }
        }
        return records
    }
}
