public import Foundation

extension CorpusReport {
    /// The report as JSON with sorted keys: the same report always gives the same bytes.
    public func jsonData() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return try encoder.encode(self)
    }

    /// Reads a report file.
    ///
    /// - Throws: ``ReportError/unreadable(file:reason:)``.
    public init(contentsOf url: URL) throws(ReportError) {
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw .unreadable(file: url.path, reason: "cannot read the file")
        }
        do {
            self = try JSONDecoder().decode(CorpusReport.self, from: data)
        } catch {
            throw .unreadable(file: url.path, reason: "\(error)")
        }
        guard format == "slant-report" else { throw .unreadable(file: url.path, reason: "format is \"\(format)\", expected \"slant-report\"") }
    }
}
