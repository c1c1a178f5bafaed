import Foundation

extension OutletComparison {
    /// Loaded naming across outlets (``CorpusReport/NamingAggregate``).
    public struct Naming: Sendable, Hashable, Codable {
        /// One entry per compared outlet, in outlet order.
        public var outlets: [NamingInOutlet]
        /// Ukrainian/Western share: first outlet minus second, for each pair.
        public var differences: [Difference]
    }

    /// One outlet's loaded naming.
    public struct NamingInOutlet: Sendable, Hashable, Codable {
        public var outlet: String
        /// Documents that use at least one variant.
        public var documents: Int
        public var ukrainian: Int
        public var russian: Int
        /// Mean per-document share of Ukrainian/Western variants, over documents with a variant.
        public var ukrainianShare: Interval?
        /// The evidence: each side's most frequent terms with their counts.
        public var ukrainianTerms: [NamingTerm]
        public var russianTerms: [NamingTerm]
    }

    public struct NamingTerm: Sendable, Hashable, Codable {
        public var term: String
        public var count: Int
    }

    /// How many terms of each side a comparison lists as evidence.
    static let namingTermsShown = 5

    /// The naming comparison of these outlets, `nil` when none uses a variant.
    static func naming(_ names: [String], _ aggregates: [CorpusReport.OutletAggregate], level: Double, pairs pairList: [(Int, Int)],
                       minimum: Int) -> Naming? {
        guard aggregates.contains(where: { $0.naming != nil }) else { return nil }
        let perOutlet = aggregates.map { $0.naming ?? CorpusReport.NamingAggregate() }
        return Naming(
            outlets: zip(names, perOutlet).map { name, naming in
                NamingInOutlet(outlet: name, documents: naming.documents, ukrainian: naming.ukrainian, russian: naming.russian,
                               ukrainianShare: naming.share.interval(level: level),
                               ukrainianTerms: naming.topTerms(side: 1, limit: namingTermsShown).map { NamingTerm(term: $0.term, count: $0.count) },
                               russianTerms: naming.topTerms(side: -1, limit: namingTermsShown).map { NamingTerm(term: $0.term, count: $0.count) })
            },
            differences: differences(names, perOutlet.map(\.share), level: level, pairs: pairList, minimum: minimum))
    }
}

extension ComparisonRenderer {
    /// The loaded-naming section in Markdown (nothing when no outlet uses a variant).
    static func namingMarkdown(_ comparison: OutletComparison) -> [String] {
        guard let naming = comparison.naming else { return [] }
        var lines = ["", "## Loaded naming", "",
                     "Word choices that signal a side (Kyiv/Kiev, Київ/Киев, invasion/special military operation; "
                         + "`Lexicons/loaded-naming.tsv`): per document, the share of Ukrainian/Western variants among all variants, "
                         + "averaged over the documents that use one.", "",
                     "| outlet | documents | Ukrainian/Western | Russian | Ukrainian/Western share | evidence |", "|---|---:|---:|---:|---:|---|"]
        func terms(_ list: [OutletComparison.NamingTerm]) -> String { list.map { "\($0.term) (\($0.count))" }.joined(separator: ", ") }
        for entry in naming.outlets {
            let evidence = [terms(entry.ukrainianTerms), terms(entry.russianTerms)].filter { !$0.isEmpty }.joined(separator: " · ")
            lines.append("| \(entry.outlet) | \(entry.documents) | \(entry.ukrainian) | \(entry.russian) | "
                + "\(interval(entry.ukrainianShare, signed: false)) | \(evidence.isEmpty ? "–" : evidence) |")
        }
        let supported = naming.differences.filter(\.difference.excludesZero)
        if !supported.isEmpty {
            lines += ["", "Differences whose \(percent(comparison.confidenceLevel)) interval excludes 0:", "", "| outlets | difference |", "|---|---:|"]
            for difference in supported { lines.append("| \(difference.first) − \(difference.second) | \(interval(difference.difference)) |") }
        }
        return lines
    }

    /// CSV rows of the naming section, in the long format of ``csv(_:)``.
    static func namingCSV(_ comparison: OutletComparison, row: (String, String, String, String, Interval?, Int?, Int?, Int?) -> Void) {
        guard let naming = comparison.naming else { return }
        for entry in naming.outlets {
            row("naming", "ukrainian_share", entry.outlet, "", entry.ukrainianShare, entry.documents, entry.ukrainian, entry.russian)
        }
        for difference in naming.differences {
            row("naming_difference", "ukrainian_share", difference.first, difference.second, difference.difference, nil, nil, nil)
        }
    }
}

extension ComparisonPage {
    /// The loaded-naming section: each outlet's Ukrainian/Western share as a bar with its
    /// interval, the counts and the evidence (nothing when no outlet uses a variant).
    var namingSection: String {
        guard let naming = comparison.naming else { return "" }
        var html = "<section><h2>Loaded naming</h2><p class=\"note\">Word choices that signal a side (Kyiv/Kiev, Київ/Киев, "
            + "invasion/special military operation): per document, the share of Ukrainian/Western variants among all variants, "
            + "averaged over the documents that use one. 0 = only Russian variants, 1 = only Ukrainian/Western ones.</p>"
        html += "<table><thead><tr><th>outlet</th><th>documents</th><th>Ukrainian/Western</th><th>Russian</th><th>share</th><th></th><th>evidence</th></tr></thead><tbody>"
        for entry in naming.outlets {
            let share = entry.ukrainianShare
            let bar = share.map { interval in
                let width = 160.0
                let x = { (value: Double) in String(format: "%.1f", max(0, min(1, value)) * width) }
                var svg = "<svg width=\"\(Int(width))\" height=\"14\" role=\"img\"><rect x=\"0\" y=\"5\" width=\"\(Int(width))\" height=\"4\" fill=\"#eee\"/>"
                if let lower = interval.lower, let upper = interval.upper {
                    svg += "<rect x=\"\(x(lower))\" y=\"3\" width=\"\(String(format: "%.1f", max(0, min(1, upper) - max(0, lower)) * width))\" height=\"8\" fill=\"#bbb\"/>"
                }
                svg += "<circle cx=\"\(x(interval.estimate))\" cy=\"7\" r=\"4\" fill=\"\(colours[entry.outlet] ?? "#444")\"/></svg>"
                return svg
            } ?? ""
            let evidence = (entry.ukrainianTerms.map { "\($0.term) (\($0.count))" } + entry.russianTerms.map { "\($0.term) (\($0.count))" })
                .joined(separator: ", ")
            html += "<tr><td>\(escape(entry.outlet))</td><td class=\"n\">\(entry.documents)</td><td class=\"n\">\(entry.ukrainian)</td>"
                + "<td class=\"n\">\(entry.russian)</td><td class=\"n\">\(escape(ComparisonRenderer.interval(share, signed: false)))</td>"
                + "<td>\(bar)</td><td>\(escape(evidence))</td></tr>"
        }
        return html + "</tbody></table></section>\n"
    }
}
