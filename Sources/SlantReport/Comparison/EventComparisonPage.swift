import Foundation

/// An ``EventComparison`` as one self-contained HTML page (inline CSS and SVG, no scripts):
/// selection on the left — the share of each outlet's documents in events others also cover —
/// and framing on the right — per pair, each measure's within-event difference (filled dot)
/// beside its pooled difference (open dot), with intervals, on one shared axis.
public struct EventComparisonPage {
    let comparison: EventComparison
    let page = HTMLText.self

    public init(_ comparison: EventComparison) {
        self.comparison = comparison
    }

    /// The page.
    public var html: String {
        """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>Slant — outlets compared within shared events</title>
        <style>\(ComparisonPage.style)
        header, main, footer { max-width: 1240px; }
        .sides { display: grid; grid-template-columns: minmax(300px, 5fr) minmax(420px, 7fr); gap: 24px; align-items: start; }
        .key { color: var(--muted); font-size: 13px; }
        </style>
        </head>
        <body>
        <header>
        <h1>Outlets compared within shared events</h1>
        <p class="note">\(page.escape(EventComparisonRenderer.methodNote(comparison)))</p>
        \(comparison.notes.map { "<p class=\"note\">\(page.escape($0))</p>" }.joined())
        </header>
        <main class="sides">
        <section><h2>Selection</h2><p class="note">Share of each outlet's documents that report an event another compared outlet also reports (bar), with its events and shared events.</p>
        \(selectionChart)</section>
        <section><h2>Framing</h2><p class="key">● within shared events &nbsp; ○ pooled over all documents &nbsp; (first − second; whiskers: intervals)</p>
        \(framingCharts)</section>
        </main>
        <footer>Made with Slant. Tones lie in [−1, 1]; frame shares in [0, 1]. Statistics: docs/STATISTICS.md.</footer>
        </body>
        </html>

        """
    }

    var selectionChart: String {
        let covers = comparison.coverage.sorted { ($0.sharedShare ?? -1, $1.outlet) > ($1.sharedShare ?? -1, $0.outlet) }
        let labelWidth = 170.0, barWidth = 180.0, rowHeight = 22.0, top = 8.0
        let width = labelWidth + barWidth + 110, height = top + rowHeight * Double(covers.count) + 24
        var svg = "<svg viewBox=\"0 0 \(Int(width)) \(Int(height))\" width=\"\(Int(width))\" height=\"\(Int(height))\" role=\"img\" aria-label=\"Share of documents in shared events\">"
        for (row, cover) in covers.enumerated() {
            let y = top + rowHeight * Double(row)
            if row % 2 == 0 { svg += "<rect x=\"0\" y=\"\(page.f(y))\" width=\"\(Int(width))\" height=\"\(Int(rowHeight))\" class=\"band\"/>" }
            svg += "<text x=\"\(page.f(labelWidth - 8))\" y=\"\(page.f(y + 15))\" text-anchor=\"end\">\(page.escape(page.short(cover.outlet)))</text>"
            let share = cover.sharedShare ?? 0
            svg += "<g><title>\(page.escape(cover.outlet)): \(cover.documentsInSharedEvents) of \(cover.documentsWithEvent) documents in shared events</title>"
            svg += "<rect x=\"\(page.f(labelWidth))\" y=\"\(page.f(y + 5))\" width=\"\(page.f(share * barWidth))\" height=\"12\" fill=\"#0072B2\" opacity=\"0.8\"/></g>"
            svg += "<text x=\"\(page.f(labelWidth + barWidth + 6))\" y=\"\(page.f(y + 15))\" class=\"tick\">\(String(format: "%.0f%%", share * 100)) · \(cover.sharedEvents)/\(cover.events) ev.</text>"
        }
        let bottom = top + rowHeight * Double(covers.count)
        for tick in [0.0, 0.5, 1.0] {
            let x = labelWidth + tick * barWidth
            svg += "<line x1=\"\(page.f(x))\" x2=\"\(page.f(x))\" y1=\"\(page.f(top))\" y2=\"\(page.f(bottom + 4))\" class=\"grid\"/>"
            svg += "<text x=\"\(page.f(x))\" y=\"\(page.f(bottom + 17))\" text-anchor=\"middle\" class=\"tick\">\(Int(tick * 100))%</text>"
        }
        return svg + "</svg>"
    }

    var framingCharts: String {
        var html = ""
        for pair in comparison.pairs {
            let rows = pair.differences.filter { $0.withinEvents != nil }
            html += "<article class=\"card\"><h3>\(page.escape(pair.first)) − \(page.escape(pair.second))</h3>"
                + "<p class=\"key\">\(pair.sharedEvents) shared events</p>"
            if rows.isEmpty {
                html += "<p class=\"none\">Not estimable: no measure with \(comparison.minimumEvents) or more shared events.</p></article>"
                continue
            }
            html += chart(rows) + "</article>\n"
        }
        return html
    }

    func chart(_ rows: [EventComparison.MeasureDifference]) -> String {
        let labelWidth = 230.0, plotWidth = 300.0, rowHeight = 24.0, top = 6.0
        var largest = 0.0
        for row in rows {
            for interval in [row.withinEvents, row.pooled].compactMap({ $0 }) {
                largest = max(largest, abs(interval.estimate), abs(interval.lower ?? 0), abs(interval.upper ?? 0))
            }
        }
        let limit = ComparisonPage.niceLimit(largest, cap: 1)
        let width = labelWidth + plotWidth + 20, height = top + rowHeight * Double(rows.count) + 26
        func x(_ v: Double) -> Double { labelWidth + (min(max(v, -limit), limit) + limit) / (2 * limit) * plotWidth }
        var svg = "<svg viewBox=\"0 0 \(Int(width)) \(Int(height))\" width=\"\(Int(width))\" height=\"\(Int(height))\" role=\"img\" aria-label=\"Differences within shared events and pooled\">"
        let bottom = top + rowHeight * Double(rows.count)
        for (row, difference) in rows.enumerated() {
            let y = top + rowHeight * (Double(row) + 0.5)
            if row % 2 == 0 { svg += "<rect x=\"0\" y=\"\(page.f(y - rowHeight / 2))\" width=\"\(Int(width))\" height=\"\(Int(rowHeight))\" class=\"band\"/>" }
            svg += "<text x=\"\(page.f(labelWidth - 8))\" y=\"\(page.f(y + 4))\" text-anchor=\"end\">\(page.escape(EventComparisonRenderer.label(comparison, difference.measure))) (\(difference.events))</text>"
            for (offset, interval, filled) in [(-4.0, difference.withinEvents, true), (4.0, difference.pooled, false)] {
                guard let interval else { continue }
                let colour = filled ? "#D55E00" : "#59636e"
                svg += "<g><title>\(filled ? "within events" : "pooled"): \(page.escape(ComparisonRenderer.interval(interval)))</title>"
                if let lower = interval.lower, let upper = interval.upper {
                    svg += "<line x1=\"\(page.f(x(lower)))\" x2=\"\(page.f(x(upper)))\" y1=\"\(page.f(y + offset))\" y2=\"\(page.f(y + offset))\" stroke=\"\(colour)\" class=\"whisker\"/>"
                }
                svg += "<circle cx=\"\(page.f(x(interval.estimate)))\" cy=\"\(page.f(y + offset))\" r=\"4.5\" "
                    + (filled ? "fill=\"\(colour)\"" : "fill=\"#fff\" stroke=\"\(colour)\" stroke-width=\"2\"") + "/></g>"
            }
        }
        for tick in [-limit, 0, limit] {
            svg += "<line x1=\"\(page.f(x(tick)))\" x2=\"\(page.f(x(tick)))\" y1=\"\(page.f(top))\" y2=\"\(page.f(bottom + 4))\" class=\"\(tick == 0 ? "zero" : "grid")\"/>"
            let label = (tick > 0 ? "+" : tick < 0 ? "−" : "") + String(format: "%.2f", abs(tick))
            svg += "<text x=\"\(page.f(x(tick)))\" y=\"\(page.f(bottom + 17))\" text-anchor=\"middle\" class=\"tick\">\(label)</text>"
        }
        return svg + "</svg>"
    }
}
