import Foundation
import SlantText

/// A comparison as one self-contained HTML page: inline CSS and SVG charts, no scripts, no
/// network. Charts: each actor's portrayal, voice and mention share by outlet with interval
/// bars; a frame-share heat map with the Jensen–Shannon divergences; distinctive-word bars.
public struct ComparisonPage {
    let comparison: OutletComparison
    /// Colour of each outlet (Okabe & Ito's palette, safe for colour-blind readers).
    let colours: [String: String]
    /// The portrayal axis shared by every actor chart, from −portrayalLimit to +portrayalLimit.
    let portrayalLimit: Double
    /// The voice axis shared by every actor chart.
    let voiceLimit: Double

    static let palette = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000"]

    public init(_ comparison: OutletComparison) {
        self.comparison = comparison
        var colours: [String: String] = [:]
        if comparison.outlets.count > Self.palette.count {
            // One colour each would repeat; one ink for all, black for the reference.
            for outlet in comparison.outlets { colours[outlet.name] = outlet.name == comparison.reference ? "#000000" : Self.palette[0] }
        } else {
            for (index, outlet) in comparison.outlets.enumerated() { colours[outlet.name] = Self.palette[index % Self.palette.count] }
        }
        self.colours = colours
        func limit(_ measure: (OutletComparison.ActorInOutlet) -> Interval?, _ documents: (OutletComparison.ActorInOutlet) -> Int) -> Double {
            var largest = 0.0
            for actor in comparison.actors {
                // Not-estimable entries are not drawn, so they do not stretch the axis.
                for interval in actor.outlets.filter({ Self.estimable(documents($0), minimum: comparison.minimumDocuments) }).compactMap(measure) {
                    largest = max(largest, abs(interval.estimate), abs(interval.lower ?? 0), abs(interval.upper ?? 0))
                }
            }
            return Self.niceLimit(largest, cap: 1)
        }
        portrayalLimit = limit(\.portrayal, \.portrayalDocuments)
        voiceLimit = limit(\.voice, \.voiceDocuments)
    }

    /// Whether a measure rests on at least `minimum` documents (or on none: "no data").
    static func estimable(_ documents: Int, minimum: Int) -> Bool { documents == 0 || documents >= minimum }

    /// The smallest of 0.05, 0.1, 0.2, 0.25, 0.5, 1 (then multiples of 1) at or above `value`, at most `cap`.
    static func niceLimit(_ value: Double, cap: Double) -> Double {
        for step in [0.05, 0.1, 0.2, 0.25, 0.5, 1] where value <= step { return min(step, cap) }
        return min(value.rounded(.up), cap)
    }

    /// The page.
    public var html: String {
        var page = """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>Slant — outlets compared</title>
            <style>\(Self.style)</style>
            </head>
            <body>
            <header>
            <h1>Outlets compared</h1>
            <p class="note">\(escape(ComparisonRenderer.methodNote(comparison)))</p>
            \(comparison.notes.map { "<p class=\"note\">\(escape($0))</p>" }.joined())
            \(legend)
            </header>
            <main>

            """
        page += outletTable
        page += actorSection
        page += frameSection
        page += namingSection
        page += vocabularySection
        page += """
            </main>
            <footer>Made with Slant. Portrayal: how the text shows an actor — its roles (who does what to whom), then the words of its own phrase or nearest to it. Voice: tone of what it is quoted as saying. \
            Mention share: its share of all actor mentions in the outlet. Tones lie in [−1, 1]. Statistics: docs/STATISTICS.md.</footer>
            </body>
            </html>

            """
        return page
    }

    /// More outlets than colours: charts use one colour, sort their rows and drop the legend.
    var many: Bool { comparison.outlets.count > Self.palette.count }

    var legend: String {
        guard !many else {
            return "<p class=\"note\">\(comparison.outlets.count) outlets; in each actor chart they are sorted by portrayal, "
                + (comparison.reference.map { "the reference \(escape($0)) in black." } ?? "one colour for all.") + "</p>"
        }
        return "<ul class=\"legend\">" + comparison.outlets.map { outlet in
            "<li><span class=\"swatch\" style=\"background:\(colours[outlet.name]!)\"></span>\(escape(outlet.name))</li>"
        }.joined() + "</ul>"
    }

    var outletTable: String {
        var html = "<section><h2>Outlets</h2><table><thead><tr><th>outlet</th><th>documents</th><th>tokens</th><th>mean compound</th></tr></thead><tbody>"
        for outlet in comparison.outlets {
            html += "<tr><td>\(escape(outlet.name))</td><td class=\"n\">\(outlet.documents)</td><td class=\"n\">\(outlet.tokens)</td>"
                + "<td class=\"n\">\(escape(ComparisonRenderer.interval(outlet.compound)))</td></tr>"
        }
        return html + "</tbody></table></section>\n"
    }

    // MARK: Actors

    var actorSection: String {
        guard !comparison.actors.isEmpty else { return "" }
        var html = "<section><h2>Actors</h2>\n"
        for actor in comparison.actors {
            html += "<article class=\"card\"><h3>\(escape(actor.name))</h3>\n" + actorChart(actor) + "\n" + roleChart(actor)
            let rows = ComparisonRenderer.differenceRows(actor, comparison: comparison)
            if !rows.isEmpty {
                html += "<details><summary>Differences between outlets</summary><table><thead><tr><th>first − second</th>"
                    + "<th>portrayal</th><th>relative portrayal</th><th>voice</th><th>mention share</th></tr></thead><tbody>"
                for row in rows {
                    html += "<tr><td>\(escape(row.pair))</td>" + row.cells.map { cell in
                        "<td class=\"n\(cell.marked ? " sig" : "")\">\(escape(cell.text + (cell.marked ? " *" : "")))</td>"
                    }.joined() + "</tr>"
                }
                html += "</tbody></table></details>"
            }
            html += "</article>\n"
        }
        return html + "</section>\n"
    }

    /// Three panels side by side: portrayal and voice (each on an axis shared by all actors, so
    /// actors can be compared), mention share from 0.
    func actorChart(_ actor: OutletComparison.Actor) -> String {
        let labelWidth = 150.0, panelWidth = 230.0, gap = 24.0, rowHeight = 24.0, top = 28.0, axis = 26.0
        let height = top + rowHeight * Double(actor.outlets.count) + axis
        let width = labelWidth + 3 * panelWidth + 2 * gap
        let shareLimit = Self.niceLimit(actor.outlets.compactMap { $0.mentionShare?.upper ?? $0.mentionShare?.estimate }.max() ?? 0.1, cap: 1)
        var svg = "<svg viewBox=\"0 0 \(Int(width)) \(Int(height))\" width=\"\(Int(width))\" height=\"\(Int(height))\" role=\"img\" "
            + "aria-label=\"\(escape(actor.name)): portrayal, voice and mention share by outlet\">"
        // Sorted by portrayal (highest first, none last) when there are many outlets.
        let entries = many ? actor.outlets.sorted { ($0.portrayal?.estimate ?? -.infinity) > ($1.portrayal?.estimate ?? -.infinity) } : actor.outlets
        for (row, entry) in entries.enumerated() {
            let y = top + rowHeight * (Double(row) + 0.5)
            if row % 2 == 0 { svg += "<rect x=\"0\" y=\"\(f(y - rowHeight / 2))\" width=\"\(Int(width))\" height=\"\(Int(rowHeight))\" class=\"band\"/>" }
            svg += "<text x=\"\(f(labelWidth - 10))\" y=\"\(f(y + 4))\" text-anchor=\"end\">\(escape(HTMLText.short(entry.outlet, limit: 20)))</text>"
        }
        let panels: [(String, (OutletComparison.ActorInOutlet) -> Interval?, (OutletComparison.ActorInOutlet) -> Int, Double, Double, Bool)] = [
            ("Portrayal", \.portrayal, \.portrayalDocuments, -portrayalLimit, portrayalLimit, true),
            ("Voice", \.voice, \.voiceDocuments, -voiceLimit, voiceLimit, true),
            ("Mention share", \.mentionShare, \.documents, 0, shareLimit, false),
        ]
        for (index, panel) in panels.enumerated() {
            let (title, value, documents, low, high, signed) = panel
            let left = labelWidth + Double(index) * (panelWidth + gap)
            func x(_ v: Double) -> Double { left + (min(max(v, low), high) - low) / (high - low) * panelWidth }
            svg += "<text x=\"\(f(left + panelWidth / 2))\" y=\"16\" text-anchor=\"middle\" class=\"panel\">\(title)</text>"
            let bottom = top + rowHeight * Double(actor.outlets.count)
            svg += "<line x1=\"\(f(left))\" x2=\"\(f(left + panelWidth))\" y1=\"\(f(bottom))\" y2=\"\(f(bottom))\" class=\"axis\"/>"
            for (position, tick) in [low, (low + high) / 2, high].enumerated() {
                let anchor = ["start", "middle", "end"][position]
                let label = signed ? (tick > 0 ? "+" : tick < 0 ? "−" : "") + DataFile.decimal(abs(tick), places: 3) : percentText(tick)
                svg += "<line x1=\"\(f(x(tick)))\" x2=\"\(f(x(tick)))\" y1=\"\(f(top))\" y2=\"\(f(bottom + 4))\" class=\"\(tick == 0 && signed ? "zero" : "grid")\"/>"
                svg += "<text x=\"\(f(x(tick)))\" y=\"\(f(bottom + 17))\" text-anchor=\"\(anchor)\" class=\"tick\">\(label)</text>"
            }
            for (row, entry) in entries.enumerated() {
                let y = top + rowHeight * (Double(row) + 0.5)
                let colour = colours[entry.outlet]!
                guard Self.estimable(documents(entry), minimum: comparison.minimumDocuments) else {
                    svg += "<text x=\"\(f(left + panelWidth / 2))\" y=\"\(f(y + 4))\" text-anchor=\"middle\" class=\"none\">not estimable (n=\(documents(entry)))</text>"
                    continue
                }
                guard let interval = value(entry) else {
                    svg += "<text x=\"\(f(left + panelWidth / 2))\" y=\"\(f(y + 4))\" text-anchor=\"middle\" class=\"none\">no data</text>"
                    continue
                }
                let label = ComparisonRenderer.interval(interval, signed: signed)
                svg += "<g><title>\(escape(entry.outlet)) · \(title.lowercased()): \(escape(label))</title>"
                if let lower = interval.lower, let upper = interval.upper {
                    svg += "<line x1=\"\(f(x(lower)))\" x2=\"\(f(x(upper)))\" y1=\"\(f(y))\" y2=\"\(f(y))\" stroke=\"\(colour)\" class=\"whisker\"/>"
                    for end in [lower, upper] {
                        svg += "<line x1=\"\(f(x(end)))\" x2=\"\(f(x(end)))\" y1=\"\(f(y - 5))\" y2=\"\(f(y + 5))\" stroke=\"\(colour)\" class=\"whisker\"/>"
                    }
                }
                svg += "<circle cx=\"\(f(x(interval.estimate)))\" cy=\"\(f(y))\" r=\"5\" fill=\"\(colour)\"/></g>"
            }
        }
        return svg + "</svg>"
    }

    // MARK: Frames

    var frameSection: String {
        guard !comparison.frames.isEmpty, !comparison.outlets.isEmpty else { return "" }
        var html = "<section><h2>Frames</h2><p class=\"note\">Mean share of each frame per document; darker is more. "
            + "Hover a cell for its interval.</p>\n"
        if comparison.outlets.count > ComparisonRenderer.wideTableOutlets { return html + transposedHeatMap + presenceTable + divergenceList + "</section>\n" }
        let labelWidth = 190.0, cellWidth = 120.0, cellHeight = 30.0, top = 40.0
        let width = labelWidth + cellWidth * Double(comparison.outlets.count)
        let height = top + cellHeight * Double(comparison.frames.count) + 4
        let maximum = largestFrameShare
        var svg = heatMapStart(width: width, height: height)
        for (column, outlet) in comparison.outlets.enumerated() {
            let x = labelWidth + cellWidth * (Double(column) + 0.5)
            svg += "<text x=\"\(f(x))\" y=\"\(f(top - 12))\" text-anchor=\"middle\" class=\"panel\">\(escape(outlet.name))</text>"
        }
        for (row, frame) in comparison.frames.enumerated() {
            let y = top + cellHeight * Double(row)
            svg += "<text x=\"\(f(labelWidth - 10))\" y=\"\(f(y + cellHeight / 2 + 4))\" text-anchor=\"end\">\(escape(frame.id.replacingOccurrences(of: "_", with: " ")))</text>"
            for (column, share) in frame.shares.enumerated() {
                svg += heatCell(frame, share, x: labelWidth + cellWidth * Double(column), y: y, width: cellWidth, height: cellHeight, maximum: maximum)
            }
        }
        html += svg + "</svg>\n" + presenceTable
        if !comparison.frameDivergences.isEmpty {
            html += "<h3>How different are the frame mixes?</h3><p class=\"note\">Jensen–Shannon divergence in bits: 0 is the same mix, 1 no overlap.</p>"
            html += "<table><thead><tr><th></th>" + comparison.outlets.map { "<th>\(escape($0.name))</th>" }.joined() + "</tr></thead><tbody>"
            for first in comparison.outlets {
                html += "<tr><th>\(escape(first.name))</th>"
                for second in comparison.outlets {
                    let divergence = comparison.frameDivergences.first { ($0.first == first.name && $0.second == second.name) || ($0.first == second.name && $0.second == first.name) }
                    html += "<td class=\"n\">\(first.name == second.name ? "·" : divergence.map { ReportRenderer.fixed($0.jensenShannon) } ?? "–")</td>"
                }
                html += "</tr>"
            }
            html += "</tbody></table>"
        }
        return html + "</section>\n"
    }

    /// The frame-share heat map with a row per outlet and a column per frame, for many outlets.
    var transposedHeatMap: String {
        let labelWidth = 190.0, cellWidth = 84.0, cellHeight = 24.0, top = 40.0
        let width = labelWidth + cellWidth * Double(comparison.frames.count)
        let height = top + cellHeight * Double(comparison.outlets.count) + 4
        let maximum = largestFrameShare
        var svg = heatMapStart(width: width, height: height)
        for (column, frame) in comparison.frames.enumerated() {
            let x = labelWidth + cellWidth * (Double(column) + 0.5)
            svg += "<text x=\"\(f(x))\" y=\"\(f(top - 12))\" text-anchor=\"middle\" class=\"panel\">\(escape(HTMLText.short(frame.id.replacingOccurrences(of: "_", with: " "), limit: 12)))</text>"
        }
        for (row, outlet) in comparison.outlets.enumerated() {
            let y = top + cellHeight * Double(row)
            svg += "<text x=\"\(f(labelWidth - 10))\" y=\"\(f(y + cellHeight / 2 + 4))\" text-anchor=\"end\">\(escape(HTMLText.short(outlet.name, limit: 26)))</text>"
            for (column, frame) in comparison.frames.enumerated() {
                svg += heatCell(frame, frame.shares[row], x: labelWidth + cellWidth * Double(column), y: y, width: cellWidth, height: cellHeight, maximum: maximum)
            }
        }
        return svg + "</svg>\n"
    }

    /// The largest frame share of any outlet, at least 0.0001: the darkest cell of a frame heat map.
    var largestFrameShare: Double {
        max(comparison.frames.flatMap { $0.shares.compactMap { $0.value?.estimate } }.max() ?? 0, 0.0001)
    }

    /// The opening tag of a frame heat map of the given size in pixels.
    func heatMapStart(width: Double, height: Double) -> String {
        "<svg viewBox=\"0 0 \(Int(width)) \(Int(height))\" width=\"\(Int(width))\" height=\"\(Int(height))\" role=\"img\" aria-label=\"Frame shares by outlet\">"
    }

    /// One cell of a frame heat map with its top-left corner at (`x`, `y`): shaded by the share
    /// relative to `maximum`, labelled with the share in percent, its interval shown on hover.
    func heatCell(_ frame: OutletComparison.Frame, _ share: OutletComparison.OutletInterval, x: Double, y: Double, width: Double, height: Double,
                  maximum: Double) -> String {
        let value = share.value?.estimate ?? 0
        let strength = value / maximum
        return "<g><title>\(escape(frame.id)) · \(escape(share.outlet)): \(escape(ComparisonRenderer.interval(share.value, signed: false)))</title>"
            + "<rect x=\"\(f(x + 1))\" y=\"\(f(y + 1))\" width=\"\(f(width - 2))\" height=\"\(f(height - 2))\" rx=\"3\" fill=\"\(Self.blend(strength))\"/>"
            + "<text x=\"\(f(x + width / 2))\" y=\"\(f(y + height / 2 + 4))\" text-anchor=\"middle\" class=\"\(strength > 0.55 ? "light" : "")\">\(percentText(value))</text></g>"
    }

    /// Each compared pair's Jensen–Shannon divergence as a list (for many outlets, instead of the matrix).
    var divergenceList: String {
        guard !comparison.frameDivergences.isEmpty else { return "" }
        var html = "<h3>How different are the frame mixes?</h3><p class=\"note\">Jensen–Shannon divergence in bits: 0 is the same mix, 1 no overlap.</p>"
        html += "<table><thead><tr><th>outlets</th><th>divergence</th></tr></thead><tbody>"
        for divergence in comparison.frameDivergences.sorted(by: { $0.jensenShannon > $1.jensenShannon }) {
            html += "<tr><td>\(escape(divergence.first)) · \(escape(divergence.second))</td><td class=\"n\">\(ReportRenderer.fixed(divergence.jensenShannon))</td></tr>"
        }
        return html + "</tbody></table>"
    }

    /// The share of documents using each frame per outlet, with intervals (empty without presence).
    var presenceTable: String {
        guard comparison.frames.contains(where: { $0.presence.contains { $0.value != nil } }) else { return "" }
        var html = "<h3>Documents that use each frame</h3><p class=\"note\">Share of documents in which the frame is present "
            + "(enough evidence for its length), with intervals.</p>"
        if comparison.outlets.count > ComparisonRenderer.wideTableOutlets {
            html += "<table><thead><tr><th>outlet</th>" + comparison.frames.map { "<th>\(escape($0.id.replacingOccurrences(of: "_", with: " ")))</th>" }.joined() + "</tr></thead><tbody>"
            for (index, outlet) in comparison.outlets.enumerated() {
                html += "<tr><th>\(escape(outlet.name))</th>" + comparison.frames.map { frame in
                    "<td class=\"n\" title=\"\(escape(ComparisonRenderer.interval(frame.presence[index].value, signed: false)))\">"
                        + (frame.presence[index].value.map { percentText($0.estimate) } ?? "–") + "</td>"
                }.joined() + "</tr>"
            }
            return html + "</tbody></table>\n"
        }
        html += "<table><thead><tr><th>frame</th>" + comparison.outlets.map { "<th>\(escape($0.name))</th>" }.joined() + "</tr></thead><tbody>"
        for frame in comparison.frames {
            html += "<tr><th>\(escape(frame.id.replacingOccurrences(of: "_", with: " ")))</th>"
            html += frame.presence.map { "<td class=\"n\">\(escape(ComparisonRenderer.interval($0.value, signed: false)))</td>" }.joined() + "</tr>"
        }
        return html + "</tbody></table>\n"
    }

    /// White to the heat-map blue (#08519c) by `t` in [0, 1].
    static func blend(_ t: Double) -> String {
        let t = min(max(t, 0), 1)
        let channels = [(247.0, 8.0), (251.0, 81.0), (255.0, 156.0)].map { start, end in Int((start + (end - start) * t).rounded()) }
        return "rgb(\(channels[0]),\(channels[1]),\(channels[2]))"
    }

    // MARK: Words

    var vocabularySection: String {
        guard !comparison.vocabulary.isEmpty else { return "" }
        var html = "<section><h2>Distinctive words</h2><p class=\"note\">Each outlet against the others together: z-score of the "
            + "log-odds ratio with an informative Dirichlet prior (Monroe, Colaresi &amp; Quinn 2008). Beyond 1.96 (the line) is beyond chance at the 5% level.</p>\n"
        let scopes = comparison.vocabulary.reduce(into: [String?]()) { scopes, list in if !scopes.contains(list.actor) { scopes.append(list.actor) } }
        for scope in scopes {
            if let scope {
                html += "<h3>Near \(escape(comparison.actors.first { $0.id == scope }?.name ?? scope))</h3>"
            }
            html += "<div class=\"cards\">"
            for list in comparison.vocabulary where list.actor == scope {
                html += "<article class=\"card small\"><h4><span class=\"swatch\" style=\"background:\(colours[list.outlet] ?? "#444")\"></span>\(escape(list.outlet))</h4>"
                html += wordChart(list) + "</article>"
            }
            html += "</div>\n"
        }
        return html + "</section>\n"
    }

    func wordChart(_ list: OutletComparison.Vocabulary) -> String {
        guard !list.words.isEmpty else { return "<p class=\"none\">no distinctive words</p>" }
        let labelWidth = 120.0, barWidth = 170.0, rowHeight = 18.0
        let height = rowHeight * Double(list.words.count) + 6
        let limit = max(list.words.map(\.z).max() ?? 1, 2)
        let colour = colours[list.outlet] ?? "#444"
        var svg = "<svg viewBox=\"0 0 \(Int(labelWidth + barWidth + 40)) \(Int(height))\" width=\"\(Int(labelWidth + barWidth + 40))\" height=\"\(Int(height))\" role=\"img\" "
            + "aria-label=\"Distinctive words of \(escape(list.outlet))\">"
        for (row, word) in list.words.enumerated() {
            let y = Double(row) * rowHeight + 3
            let length = word.z / limit * barWidth
            svg += "<g><title>\(escape(word.word)): z = \(String(format: "%.2f", word.z)); \(word.focusCount) here, \(word.otherCount) in the others</title>"
            svg += "<text x=\"\(f(labelWidth - 6))\" y=\"\(f(y + 12))\" text-anchor=\"end\">\(escape(word.word))</text>"
            svg += "<rect x=\"\(f(labelWidth))\" y=\"\(f(y + 2))\" width=\"\(f(length))\" height=\"\(f(rowHeight - 5))\" fill=\"\(colour)\" opacity=\"0.8\"/>"
            svg += "<text x=\"\(f(labelWidth + length + 4))\" y=\"\(f(y + 12))\" class=\"tick\">\(String(format: "%.1f", word.z))</text></g>"
        }
        let threshold = labelWidth + 1.96 / limit * barWidth
        svg += "<line x1=\"\(f(threshold))\" x2=\"\(f(threshold))\" y1=\"0\" y2=\"\(f(height))\" class=\"zero\"/>"
        return svg + "</svg>"
    }

    // MARK: Helpers

    func f(_ value: Double) -> String { String(format: "%.1f", value) }

    func percentText(_ share: Double) -> String {
        let percent = share * 100
        return percent < 10 && percent > 0 ? String(format: "%.1f%%", percent) : String(format: "%.0f%%", percent)
    }

    func escape(_ text: String) -> String { HTMLText.escape(text) }

    static let style = """
        :root { color-scheme: light; --ink: #1f2328; --muted: #59636e; --line: #d1d9e0; --band: #f6f8fa; }
        * { box-sizing: border-box; }
        body { margin: 0; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans", sans-serif; color: var(--ink); background: #fff; }
        header, main, footer { max-width: 1020px; margin: 0 auto; padding: 0 24px; }
        header { padding-top: 28px; }
        h1 { font-size: 28px; margin: 0 0 6px; }
        h2 { font-size: 21px; margin: 32px 0 10px; padding-bottom: 4px; border-bottom: 1px solid var(--line); }
        h3 { font-size: 17px; margin: 4px 0 8px; }
        h4 { font-size: 15px; margin: 0 0 6px; }
        .note { color: var(--muted); margin: 4px 0 12px; }
        .legend { list-style: none; padding: 0; margin: 8px 0 0; display: flex; flex-wrap: wrap; gap: 6px 18px; }
        .swatch { display: inline-block; width: 12px; height: 12px; border-radius: 50%; margin-right: 6px; vertical-align: -1px; }
        .card { border: 1px solid var(--line); border-radius: 8px; padding: 14px 16px; margin: 12px 0; overflow-x: auto; }
        .cards { display: grid; grid-template-columns: repeat(auto-fill, minmax(340px, 1fr)); gap: 12px; }
        .card.small { margin: 0; }
        table { border-collapse: collapse; margin: 8px 0; font-size: 14px; }
        th, td { padding: 4px 10px; border-bottom: 1px solid var(--line); text-align: left; }
        td.n { text-align: right; font-variant-numeric: tabular-nums; }
        td.sig { font-weight: 600; }
        details { margin-top: 6px; }
        summary { cursor: pointer; color: var(--muted); }
        svg { display: block; max-width: 100%; height: auto; }
        svg text { font: 12px system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans", sans-serif; fill: var(--ink); }
        svg text.panel { font-weight: 600; }
        svg text.tick, svg text.none { fill: var(--muted); font-size: 11px; }
        svg text.light { fill: #fff; }
        .band { fill: var(--band); }
        .axis { stroke: #8c959f; }
        line.grid { stroke: var(--line); }
        line.zero { stroke: #8c959f; stroke-dasharray: 3 3; }
        .whisker { stroke-width: 2; }
        footer { color: var(--muted); font-size: 13px; padding: 24px; border-top: 1px solid var(--line); margin-top: 32px; }
        """
}
