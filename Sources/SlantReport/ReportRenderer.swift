import SlantCorpus

/// Renders a ``CorpusReport`` for people (Markdown) and for R/pandas (CSV, long format).
public enum ReportRenderer {
    /// Markdown tables: documents per outlet, actors by outlet, frame shares by outlet.
    public static func markdown(_ report: CorpusReport) -> String {
        var lines: [String] = ["# Slant corpus report", ""]
        lines.append("| outlet | documents | tokens | mean compound | mean sentence compound |")
        lines.append("|---|---:|---:|---:|---:|")
        for name in report.outletNames {
            let outlet = report.outlets[name]!
            lines.append("| \(name) | \(outlet.documents) | \(outlet.tokens) | \(estimate(outlet.compound)) | \(estimate(outlet.sentenceCompound)) |")
        }
        lines += ["", "## Actors", "", "Portrayal and voice: mean tone per document in [-1, 1] ± standard error.", ""]
        lines.append("| actor | outlet | documents | mentions | portrayal | voice | speeches |")
        lines.append("|---|---|---:|---:|---:|---:|---:|")
        for actor in report.actors {
            for name in report.outletNames {
                guard let aggregate = report.outlets[name]?.actors[actor.id] else { continue }
                lines.append("| \(actor.name) | \(name) | \(aggregate.documents) | \(aggregate.mentions.total) | \(estimate(aggregate.portrayal)) | \(estimate(aggregate.voice)) | \(aggregate.speeches) |")
            }
        }
        lines += ["", "## Frames", "", "Mean share of each frame per document.", ""]
        lines.append("| outlet | " + report.frames.joined(separator: " | ") + " |")
        lines.append("|---|" + report.frames.map { _ in "---:" }.joined(separator: "|") + "|")
        for name in report.outletNames {
            let outlet = report.outlets[name]!
            lines.append("| \(name) | " + report.frames.map { fixed(outlet.frameShares[$0]?.mean ?? 0) }.joined(separator: " | ") + " |")
        }
        if report.outlets.values.contains(where: { $0.framePresence != nil }) {
            lines += ["", "Share of documents that use each frame (`frames_present`).", ""]
            lines.append("| outlet | " + report.frames.joined(separator: " | ") + " |")
            lines.append("|---|" + report.frames.map { _ in "---:" }.joined(separator: "|") + "|")
            for name in report.outletNames {
                let presence = report.outlets[name]!.framePresence ?? [:]
                lines.append("| \(name) | " + report.frames.map { presence[$0]?.mean.map(fixed) ?? "–" }.joined(separator: " | ") + " |")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Long-format CSV: one row per outlet × measure.
    public static func csv(_ report: CorpusReport) -> String {
        var lines = ["outlet,kind,name,documents,count,mean,standard_error"]
        for name in report.outletNames {
            let outlet = report.outlets[name]!
            lines.append(row(name, "sentiment", "compound", outlet.documents, outlet.compound))
            lines.append(row(name, "sentiment", "mean_sentence_compound", outlet.documents, outlet.sentenceCompound))
            for frame in report.frames { lines.append(row(name, "frame", frame, outlet.documents, outlet.frameShares[frame] ?? Moments())) }
            if let presence = outlet.framePresence {
                for frame in report.frames { lines.append(row(name, "frame_presence", frame, outlet.documents, presence[frame] ?? Moments())) }
            }
            for actor in report.actors {
                guard let aggregate = outlet.actors[actor.id] else { continue }
                lines.append(row(name, "portrayal", actor.id, aggregate.documents, aggregate.portrayal))
                lines.append(row(name, "voice", actor.id, aggregate.documents, aggregate.voice))
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static func row(_ outlet: String, _ kind: String, _ name: String, _ documents: Int, _ moments: Moments) -> String {
        [DocumentRecordWriter.csvField(outlet), kind, name, String(documents), String(moments.count),
         moments.mean.map(fixed) ?? "", moments.standardError.map(fixed) ?? ""].joined(separator: ",")
    }

    /// "mean ± se", "mean" for one value, "–" for none.
    static func estimate(_ moments: Moments) -> String {
        guard let mean = moments.mean else { return "–" }
        guard let error = moments.standardError else { return signed(mean) }
        return signed(mean) + " ± " + fixed(error)
    }

    static func signed(_ value: Double) -> String { (value >= 0 ? "+" : "") + fixed(value) }

    /// Three decimals.
    static func fixed(_ value: Double) -> String {
        let scaled = Int((abs(value) * 1000).rounded())
        let fraction = String(scaled % 1000)
        return (value < 0 && scaled > 0 ? "-" : "") + String(scaled / 1000) + "." + String(repeating: "0", count: 3 - fraction.count) + fraction
    }
}
