public import Foundation

extension CorpusReport {
    /// Adds the report in a file, outlet by outlet as it is read: memory holds this report and
    /// one outlet of the other, never the other whole. Refuses what ``merge(_:allowingSharedDocuments:)``
    /// refuses, with the same messages.
    ///
    /// - Throws: ``ReportError/unreadable(file:reason:)`` for a file that is not a valid report;
    ///   ``ReportError/incompatible(_:)`` or ``ReportError/overflow(_:)`` as ``merge(_:allowingSharedDocuments:)``.
    ///   Unlike that method, a failure can leave the report partly merged: discard it then.
    public mutating func merge(contentsOf url: URL) throws(ReportError) {
        // Taken out, so that each outlet is added in place and the closure owns what it changes.
        var merged = outlets
        outlets = [:]
        defer { outlets = merged }
        let mine = self
        var measuresChecked = false
        let rest = try CorpusReport(contentsOf: url) { name, outlet, header throws(ReportError) in
            if !measuresChecked {
                // The same frames, actors and bootstrap (the header has no fingerprint or
                // outlets yet; the fingerprints are compared once the whole file is read).
                var probe = mine
                probe.events = nil
                try probe.merge(header)
                measuresChecked = true
            }
            try merged[name, default: OutletAggregate()].merge(outlet)
            return false
        }
        // Format, version, fingerprints and events; `rest` keeps no outlets.
        try merge(rest)
    }
}
