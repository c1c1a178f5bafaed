public import Foundation

extension CorpusReport {
    /// A report read for a comparison of its larger outlets with all outlets pooled, holding
    /// only those outlets and the pool: the smaller outlets are pooled and dropped as the file
    /// streams, so memory grows with the outlets compared, not with the file.
    public struct LargeOutlets: Sendable {
        /// The report with only the outlets of at least the minimum documents.
        public var report: CorpusReport
        /// Every outlet in the file → its documents.
        public var documents: [String: Int]
        /// Every outlet in the file pooled into one (as ``CorpusReport/pooled(as:)`` pools them).
        public var pool: OutletAggregate

        /// The report with the pool added as outlet `name`: what ``CorpusReport/addingPool(named:)``
        /// gives for the whole file, restricted to the outlets kept (events are not pooled).
        ///
        /// - Throws: ``ReportError/incompatible(_:)`` when the file has an outlet called `name`.
        public func addingPool(named name: String) throws(ReportError) -> CorpusReport {
            guard documents[name] == nil else { throw .incompatible("the report already has an outlet called \"\(name)\"") }
            var copy = report
            copy.outlets[name] = pool
            return copy
        }
    }

    /// Reads a report file keeping the outlets of at least `minimumDocuments` documents and
    /// pooling every outlet as it is read.
    ///
    /// - Throws: ``ReportError/unreadable(file:reason:)``; ``ReportError/overflow(_:)`` when the
    ///   pool's sums would pass `Int64.max`.
    public static func readLargeOutlets(contentsOf url: URL, minimumDocuments: Int) throws(ReportError) -> LargeOutlets {
        var documents: [String: Int] = [:]
        var pool = OutletAggregate()
        let report = try CorpusReport(contentsOf: url) { name, outlet, _ throws(ReportError) in
            documents[name] = outlet.documents
            try pool.merge(outlet)
            return outlet.documents >= minimumDocuments
        }
        return LargeOutlets(report: report, documents: documents, pool: pool)
    }
}
