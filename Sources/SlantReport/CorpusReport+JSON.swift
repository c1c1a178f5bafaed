public import Foundation

extension CorpusReport {
    /// Reads a report file in chunks (never the whole file at once, and no tree of it).
    ///
    /// - Parameter keep: when given, each outlet, once read and checked, is handed to it with
    ///   the report so far (frames, actors, bootstrap); the report keeps only the outlets it
    ///   returns true for. A caller that needs a few outlets, or pools them as they come, so
    ///   never holds the others.
    /// - Throws: ``ReportError/unreadable(file:reason:)``.
    public init(contentsOf url: URL,
                keeping keep: ((_ name: String, _ outlet: OutletAggregate, _ report: CorpusReport) throws(ReportError) -> Bool)? = nil)
        throws(ReportError) {
        let path = url.path
        self = try Self.read(source: path, open: { () throws(ReportError) in try JSONByteReader(path: path) }, keeping: keep)
    }

    /// Reads a report from its JSON bytes; `source` names them in errors (a file, or `-:3` for
    /// line 3 of standard input).
    ///
    /// - Throws: ``ReportError/unreadable(file:reason:)``, also for a report that fails
    ///   ``validate(source:)``.
    public init(data: Data, source: String) throws(ReportError) {
        let bytes = [UInt8](data)
        self = try Self.read(source: source, open: { JSONByteReader(bytes: bytes, source: source) }, keeping: nil)
    }

    /// Parses, then checks the format, the version and every figure. When the bytes do not
    /// parse, they are read again for just the format and version, so that a report of another
    /// version is refused as that, not for a key it lacks.
    static func read(source: String, open: () throws(ReportError) -> JSONByteReader,
                     keeping keep: ((String, OutletAggregate, CorpusReport) throws(ReportError) -> Bool)?) throws(ReportError) -> CorpusReport {
        var reader = try open()
        defer { reader.close() }
        // Each outlet is checked before the caller sees it; the rest is checked at the end.
        var checkedKeep: ((String, OutletAggregate, CorpusReport) throws(ReportError) -> Bool)?
        if let keep {
            checkedKeep = { name, outlet, header throws(ReportError) in
                try header.validateHeader(source: source)
                try header.validate(outlet: outlet, named: name, source: source)
                return try keep(name, outlet, header)
            }
        }
        let report: CorpusReport
        do {
            report = try CorpusReport(parsing: &reader, keeping: checkedKeep)
        } catch {
            var skim = try open()
            defer { skim.close() }
            let (format, version) = Self.skimHeader(&skim)
            guard let format, let version else {
                throw .unreadable(file: source, reason: "expected a JSON object with \"format\": \"slant-report\" and a \"version\" (\(error.reasonText))")
            }
            try checkHeader(format: format, version: version, source: source)
            throw error
        }
        try checkHeader(format: report.format, version: report.version, source: source)
        try report.validate(source: source)
        return report
    }

    static func checkHeader(format: String, version: Int, source: String) throws(ReportError) {
        guard format == "slant-report" else {
            throw .unreadable(file: source, reason: "format is \"\(format)\", expected \"slant-report\"")
        }
        guard version == CorpusReport.currentVersion else {
            throw .unreadable(file: source, reason: "report version \(version), this slant reads version \(CorpusReport.currentVersion): score the corpus again")
        }
    }

    /// The top-level `format` and `version`, skipping every other value; `nil` for what is
    /// missing or cannot be read.
    static func skimHeader(_ reader: inout JSONByteReader) -> (String?, Int?) {
        var format: String?, version: Int?
        _ = try? reader.object { reader, key throws(ReportError) in
            switch key {
            case "format": format = try? reader.string()
            case "version": version = try? reader.integer()
            default: try reader.skipValue()
            }
            if format != nil, version != nil { throw reader.error("found") }
        }
        return (format, version)
    }
}

extension ReportError {
    /// The reason alone, without the file (for an unreadable report).
    var reasonText: String {
        if case .unreadable(_, let reason) = self { return reason }
        return description
    }
}
