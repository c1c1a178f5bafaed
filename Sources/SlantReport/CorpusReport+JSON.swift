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
        try self.init(data: data, source: url.path)
    }

    /// Reads a report from its JSON bytes; `source` names them in errors (a file, or `-:3` for
    /// line 3 of standard input).
    ///
    /// - Throws: ``ReportError/unreadable(file:reason:)``, also for a report that fails
    ///   ``validate(source:)``.
    public init(data: Data, source: String) throws(ReportError) {
        struct Header: Decodable { var format: String; var version: Int }
        guard let header = try? JSONDecoder().decode(Header.self, from: data) else {
            throw .unreadable(file: source, reason: "expected a JSON object with \"format\": \"slant-report\" and a \"version\"")
        }
        guard header.format == "slant-report" else {
            throw .unreadable(file: source, reason: "format is \"\(header.format)\", expected \"slant-report\"")
        }
        guard header.version == CorpusReport.currentVersion else {
            throw .unreadable(file: source, reason: "report version \(header.version), this slant reads version \(CorpusReport.currentVersion): score the corpus again")
        }
        do {
            self = try JSONDecoder().decode(CorpusReport.self, from: data)
        } catch {
            throw .unreadable(file: source, reason: "\(error)")
        }
        try validate(source: source)
    }
}
