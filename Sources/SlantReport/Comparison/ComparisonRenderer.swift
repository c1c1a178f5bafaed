import Foundation
import SlantCorpus
import SlantText

/// Renders an ``OutletComparison`` as Markdown (people, terminals, docs), long-format CSV
/// (R, pandas) and JSON; ``html(_:)`` gives a self-contained page with charts.
public enum ComparisonRenderer {
    /// Markdown: outlets, each actor's tones and mention shares with intervals and the pairwise
    /// differences, frame shares and divergences, and distinctive words.
    public static func markdown(_ comparison: OutletComparison) -> String {
        var lines = ["# Outlets compared", ""]
        lines.append(methodNote(comparison))
        if !comparison.notes.isEmpty { lines += [""] + comparison.notes }
        lines += ["", "| outlet | documents | tokens | mean compound |", "|---|---:|---:|---:|"]
        for outlet in comparison.outlets {
            lines.append("| \(outlet.name) | \(outlet.documents) | \(outlet.tokens) | \(interval(outlet.compound)) |")
        }
        lines += ["", "## Actors", "",
                  "Portrayal: how the text shows the actor — its roles (who does what to whom) first, then the words of its own phrase or nearest to it; voice: the tone of what it is quoted as saying; "
                      + "mention share: its share of all actor mentions in the outlet. Tones lie in [-1, 1].", ""]
        for actor in comparison.actors {
            lines += ["### \(actor.name)", "", "| outlet | documents | mentions | mention share | portrayal | voice |",
                      "|---|---:|---:|---:|---:|---:|"]
            for entry in actor.outlets {
                let minimum = comparison.minimumDocuments
                lines.append("| \(entry.outlet) | \(entry.documents) | \(entry.mentions) | "
                    + "\(estimable(entry.mentionShare, documents: entry.documents, minimum: minimum, signed: false)) | "
                    + "\(estimable(entry.portrayal, documents: entry.portrayalDocuments, minimum: minimum)) | "
                    + "\(estimable(entry.voice, documents: entry.voiceDocuments, minimum: minimum)) |")
            }
            lines += roleMarkdown(actor)
            let rows = differenceRows(actor, comparison: comparison)
            if !rows.isEmpty {
                lines += ["", "| difference | portrayal | relative portrayal | voice | mention share |", "|---|---:|---:|---:|---:|"]
                lines += rows.map { row in "| \(row.pair) | " + row.cells.map { $0.text + ($0.marked ? " *" : "") }.joined(separator: " | ") + " |" }
            }
            lines.append("")
        }
        lines += ["## Frames", "", "Mean share of each frame per document.", ""]
        lines += frameTable(comparison, \.shares)
        let supported = comparison.frames.flatMap { frame in frame.differences.filter(\.difference.excludesZero).map { (frame.id, $0) } }
        if !supported.isEmpty {
            lines += ["", "Frame differences whose \(percent(comparison.confidenceLevel)) interval excludes 0:", "",
                      "| frame | difference | share |", "|---|---|---:|"]
            for (frame, difference) in supported {
                lines.append("| \(frame) | \(difference.first) − \(difference.second) | \(interval(difference.difference)) |")
            }
        }
        lines += presenceMarkdown(comparison)
        if !comparison.frameDivergences.isEmpty {
            lines += ["", "Jensen–Shannon divergence of the frame mixes (bits; 0 = the same mix, 1 = no overlap):", "",
                      "| outlets | divergence |", "|---|---:|"]
            for divergence in comparison.frameDivergences {
                lines.append("| \(divergence.first) · \(divergence.second) | \(ReportRenderer.fixed(divergence.jensenShannon)) |")
            }
        }
        lines += namingMarkdown(comparison)
        if !comparison.vocabulary.isEmpty {
            lines += ["", "## Distinctive words", "",
                      "Each outlet against the others together: log-odds ratio with an informative Dirichlet prior "
                          + "(Monroe et al. 2008); z in parentheses, z > 1.96 is beyond chance at the 5% level.", ""]
            for list in comparison.vocabulary {
                let scope = list.actor.map { actorID in "near " + (comparison.actors.first { $0.id == actorID }?.name ?? actorID) } ?? "all words"
                let words = list.words.map { "\($0.word) (\(String(format: "%.1f", $0.z)))" }.joined(separator: ", ")
                lines.append("- **\(list.outlet)**, \(scope): \(words.isEmpty ? "–" : words)")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The share of documents using each frame, and the differences whose interval excludes 0
    /// (nothing when the report has no presence).
    static func presenceMarkdown(_ comparison: OutletComparison) -> [String] {
        guard comparison.frames.contains(where: { $0.presence.contains { $0.value != nil } }) else { return [] }
        var lines = ["", "Share of documents that use each frame (`frames_present`):", ""]
        lines += frameTable(comparison, \.presence)
        let supported = comparison.frames.flatMap { frame in frame.presenceDifferences.filter(\.difference.excludesZero).map { (frame.id, $0) } }
        if !supported.isEmpty {
            lines += ["", "Presence differences whose \(percent(comparison.confidenceLevel)) interval excludes 0:", "",
                      "| frame | difference | share of documents |", "|---|---|---:|"]
            for (frame, difference) in supported {
                lines.append("| \(frame) | \(difference.first) − \(difference.second) | \(interval(difference.difference)) |")
            }
        }
        return lines
    }

    /// Outlets as columns and frames as rows; with more outlets than ``wideTableOutlets``, the other
    /// way round (estimates only: intervals are in the CSV and JSON), so the table stays readable.
    static func frameTable(_ comparison: OutletComparison, _ values: KeyPath<OutletComparison.Frame, [OutletComparison.OutletInterval]>) -> [String] {
        let outlets = comparison.outlets.map(\.name)
        guard outlets.count > wideTableOutlets else {
            var lines = ["| frame | " + outlets.joined(separator: " | ") + " |", "|---|" + outlets.map { _ in "---:" }.joined(separator: "|") + "|"]
            for frame in comparison.frames {
                lines.append("| \(frame.id) | " + frame[keyPath: values].map { interval($0.value, signed: false) }.joined(separator: " | ") + " |")
            }
            return lines
        }
        var lines = ["| outlet | " + comparison.frames.map(\.id).joined(separator: " | ") + " |",
                     "|---|" + comparison.frames.map { _ in "---:" }.joined(separator: "|") + "|"]
        for (index, outlet) in outlets.enumerated() {
            lines.append("| \(outlet) | " + comparison.frames.map { frame in
                frame[keyPath: values][index].value.map { ReportRenderer.fixed($0.estimate) } ?? "–"
            }.joined(separator: " | ") + " |")
        }
        return lines
    }

    /// Up to this many outlets, frame tables have a column per outlet.
    static let wideTableOutlets = 6

    static func methodNote(_ comparison: OutletComparison) -> String {
        let bootstrap = comparison.bootstrap
        guard bootstrap.replicates > 0 else { return "No bootstrap replicates in the report: estimates only, no intervals." }
        return "Estimates with \(percent(comparison.confidenceLevel)) percentile intervals from a Poisson bootstrap over documents "
            + "(\(bootstrap.replicates) replicates, seed \(bootstrap.seed)). Differences are first − second; "
            + "* marks an interval that excludes 0."
    }

    /// One row of an actor's differences: a pair of outlets and its portrayal, voice and
    /// mention-share cells ("–" where there is none; `marked` when the interval excludes 0).
    struct DifferenceRow {
        var pair: String
        var cells: [(text: String, marked: Bool)]
    }

    /// One row per compared pair of outlets (in outlet order) that has any difference.
    static func differenceRows(_ actor: OutletComparison.Actor, comparison: OutletComparison) -> [DifferenceRow] {
        let outlets = comparison.outlets.map(\.name)
        var cells: [String: [(text: String, marked: Bool)]] = [:]
        let lists = [actor.portrayalDifferences, actor.relativePortrayalDifferences, actor.voiceDifferences, actor.mentionShareDifferences]
        for (column, list) in lists.enumerated() {
            for difference in list {
                let pair = "\(difference.first) − \(difference.second)"
                cells[pair, default: Array(repeating: ("–", false), count: lists.count)][column] =
                    (interval(difference.difference), difference.difference.excludesZero)
            }
        }
        return comparison.pairIndices.compactMap { i, j in
            let pair = "\(outlets[i]) − \(outlets[j])"
            return cells[pair].map { DifferenceRow(pair: pair, cells: $0) }
        }
    }

    /// ``interval(_:signed:)``, or "n.e. (n=2)" (not estimable) over fewer than `minimum` documents.
    static func estimable(_ value: Interval?, documents: Int, minimum: Int, signed: Bool = true) -> String {
        documents > 0 && documents < minimum ? "n.e. (n=\(documents))" : interval(value, signed: signed)
    }

    /// "+0.123 [+0.050, +0.200]" (or unsigned for shares), just the estimate without bounds, "–" for none.
    static func interval(_ value: Interval?, signed: Bool = true) -> String {
        guard let value else { return "–" }
        let number = signed ? ReportRenderer.signed : ReportRenderer.fixed
        guard let lower = value.lower, let upper = value.upper else { return number(value.estimate) }
        return "\(number(value.estimate)) [\(number(lower)), \(number(upper))]"
    }

    static func percent(_ level: Double) -> String { "\(Int((level * 100).rounded()))%" }

    /// Long-format CSV, one estimate per row:
    /// `section,measure,actor,frame,word,outlet,other_outlet,estimate,lower,upper,documents,count,other_count`.
    public static func csv(_ comparison: OutletComparison) -> String {
        var rows = ["section,measure,actor,frame,word,outlet,other_outlet,estimate,lower,upper,documents,count,other_count"]
        func row(_ section: String, _ measure: String, actor: String = "", frame: String = "", word: String = "", outlet: String,
                 other: String = "", _ value: Interval?, documents: Int? = nil, count: Int? = nil, otherCount: Int? = nil) {
            guard let value else { return }
            var fields: [String] = [section, measure, actor, frame, word, outlet, other].map(DocumentRecordWriter.csvField)
            fields.append(number(value.estimate))
            fields.append(value.lower.map(number) ?? "")
            fields.append(value.upper.map(number) ?? "")
            for optional in [documents, count, otherCount] { fields.append(optional.map { String($0) } ?? "") }
            rows.append(fields.joined(separator: ","))
        }
        for outlet in comparison.outlets { row("outlet", "compound", outlet: outlet.name, outlet.compound, documents: outlet.documents) }
        for actor in comparison.actors {
            for entry in actor.outlets {
                row("actor", "mention_share", actor: actor.id, outlet: entry.outlet, entry.mentionShare, documents: entry.documents, count: entry.mentions)
                row("actor", "portrayal", actor: actor.id, outlet: entry.outlet, entry.portrayal, documents: entry.portrayalDocuments)
                row("actor", "voice", actor: actor.id, outlet: entry.outlet, entry.voice, documents: entry.voiceDocuments, count: entry.speeches)
                row("actor", "relative_portrayal", actor: actor.id, outlet: entry.outlet, entry.relativePortrayal, documents: entry.portrayalDocuments)
                for role in entry.roles {
                    row("actor", "role_share:" + role.role, actor: actor.id, outlet: entry.outlet, role.share, count: role.count)
                }
            }
            for difference in actor.relativePortrayalDifferences {
                row("actor_difference", "relative_portrayal", actor: actor.id, outlet: difference.first, other: difference.second, difference.difference)
            }
            for role in actor.roleShareDifferences {
                row("actor_difference", "role_share:" + role.role, actor: actor.id, outlet: role.difference.first, other: role.difference.second,
                    role.difference.difference)
            }
            for (measure, list) in [("portrayal", actor.portrayalDifferences), ("voice", actor.voiceDifferences),
                                    ("mention_share", actor.mentionShareDifferences)] {
                for difference in list {
                    row("actor_difference", measure, actor: actor.id, outlet: difference.first, other: difference.second, difference.difference)
                }
            }
        }
        for frame in comparison.frames {
            for share in frame.shares { row("frame", "share", frame: frame.id, outlet: share.outlet, share.value) }
            for difference in frame.differences {
                row("frame_difference", "share", frame: frame.id, outlet: difference.first, other: difference.second, difference.difference)
            }
            for presence in frame.presence { row("frame", "presence", frame: frame.id, outlet: presence.outlet, presence.value) }
            for difference in frame.presenceDifferences {
                row("frame_difference", "presence", frame: frame.id, outlet: difference.first, other: difference.second, difference.difference)
            }
        }
        for divergence in comparison.frameDivergences {
            row("frame_divergence", "jensen_shannon", outlet: divergence.first, other: divergence.second,
                Interval(estimate: divergence.jensenShannon, lower: nil, upper: nil))
        }
        namingCSV(comparison) { section, measure, outlet, other, value, documents, count, otherCount in
            row(section, measure, outlet: outlet, other: other, value, documents: documents, count: count, otherCount: otherCount)
        }
        for list in comparison.vocabulary {
            for word in list.words {
                row("word", "z", actor: list.actor ?? "", word: word.word, outlet: list.outlet, other: "others",
                    Interval(estimate: word.z, lower: nil, upper: nil), count: word.focusCount, otherCount: word.otherCount)
            }
        }
        return rows.joined(separator: "\n") + "\n"
    }

    /// Six decimals, as in the records.
    static func number(_ value: Double) -> String { DataFile.decimal(value, places: 6) }

    /// JSON with sorted keys.
    public static func json(_ comparison: OutletComparison) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted]
        return String(decoding: try encoder.encode(comparison), as: UTF8.self) + "\n"
    }
}
