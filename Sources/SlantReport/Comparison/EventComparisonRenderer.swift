import Foundation
import SlantCorpus

/// Renders an ``EventComparison``: Markdown, long-format CSV, JSON, and an HTML page with
/// selection (coverage) and framing (differences) side by side.
public enum EventComparisonRenderer {
    static func label(_ comparison: EventComparison, _ measure: String) -> String { comparison.labels[measure] ?? measure }

    static func methodNote(_ comparison: EventComparison) -> String {
        "Within events: for each event both outlets report, the difference of their mean per-document values, averaged over "
            + "those events (each event counts once). Pooled: the difference of their means over all their documents with an event. "
            + "\(ComparisonRenderer.percent(comparison.confidenceLevel)) percentile intervals from a Poisson bootstrap over events "
            + "(\(comparison.bootstrap.replicates) replicates, seed \(comparison.bootstrap.seed)); * marks an interval that excludes 0; "
            + "n.e. (not estimable) marks fewer than \(comparison.minimumEvents) shared events. Where pooled and within-event "
            + "differences disagree, the pooled one reflects which events the outlets chose to cover."
    }

    static func coverageCells(_ cover: EventComparison.Coverage) -> [String] {
        [String(cover.documents), String(cover.documentsWithEvent), String(cover.events), String(cover.sharedEvents),
         "\(cover.documentsInSharedEvents) (" + (cover.sharedShare.map { String(format: "%.0f%%", $0 * 100) } ?? "–") + ")"]
    }

    static func cell(_ interval: Interval?, estimable: Bool = true) -> String {
        guard estimable else { return "n.e." }
        guard let interval else { return "–" }
        return ComparisonRenderer.interval(interval) + (interval.excludesZero ? " *" : "")
    }

    /// Markdown: coverage, then per pair the estimable differences.
    public static func markdown(_ comparison: EventComparison) -> String {
        var lines = ["# Outlets compared within shared events", "", methodNote(comparison), ""] + comparison.notes.flatMap { [$0, ""] } + [
                     "## Selection: which events each outlet covers", "",
                     "Shared events are events that another compared outlet also reports.", "",
                     "| outlet | documents | with an event | events | shared events | documents in shared events |",
                     "|---|---:|---:|---:|---:|---:|"]
        for cover in comparison.coverage { lines.append("| \(cover.outlet) | " + coverageCells(cover).joined(separator: " | ") + " |") }
        lines += ["", "## Framing: differences within shared events (first − second)", ""]
        for pair in comparison.pairs {
            lines += ["### \(pair.first) − \(pair.second) (\(pair.sharedEvents) shared events)", ""]
            let rows = pair.differences.filter { $0.withinEvents != nil }
            guard !rows.isEmpty else {
                lines += ["No measure with \(comparison.minimumEvents) or more shared events: not estimable.", ""]
                continue
            }
            lines += ["| measure | events | within events | pooled |", "|---|---:|---:|---:|"]
            for row in rows {
                lines.append("| \(label(comparison, row.measure)) | \(row.events) | \(cell(row.withinEvents)) | \(cell(row.pooled)) |")
            }
            lines.append("")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Long-format CSV: `section,measure,outlet,other_outlet,estimate,lower,upper,events,documents,count`.
    public static func csv(_ comparison: EventComparison) -> String {
        var rows = ["section,measure,outlet,other_outlet,estimate,lower,upper,events,documents,count"]
        func field(_ text: String) -> String { DocumentRecordWriter.csvField(text) }
        func number(_ value: Double?) -> String { value.map(ComparisonRenderer.number) ?? "" }
        for cover in comparison.coverage {
            rows.append(["coverage", "shared_share", field(cover.outlet), "", number(cover.sharedShare), "", "", String(cover.events),
                         String(cover.documentsWithEvent), String(cover.documentsInSharedEvents)].joined(separator: ","))
        }
        for pair in comparison.pairs {
            for difference in pair.differences {
                for (section, interval) in [("within_events", difference.withinEvents), ("pooled", difference.pooled)] {
                    guard let interval else { continue }
                    rows.append([section, field(difference.measure), field(pair.first), field(pair.second), number(interval.estimate),
                                 number(interval.lower), number(interval.upper), String(difference.events), "", ""].joined(separator: ","))
                }
            }
        }
        return rows.joined(separator: "\n") + "\n"
    }

    /// JSON with sorted keys.
    public static func json(_ comparison: EventComparison) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted]
        return String(decoding: try encoder.encode(comparison), as: UTF8.self) + "\n"
    }
}
