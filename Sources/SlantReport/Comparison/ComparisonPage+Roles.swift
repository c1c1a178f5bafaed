extension ComparisonPage {
    /// One colour per role: harm in vermillion and orange, suffering in sky blue, help in
    /// green, criticism in purple, words in grey (Okabe & Ito).
    static let roleColours: [String: String] = [
        "aggressor": "#D55E00", "victim": "#56B4E9", "defender": "#009E73", "helper": "#00735A", "helped": "#8FD4BE",
        "critic": "#CC79A7", "criticised": "#7A3B69", "praised": "#F0E442", "partner": "#E69F00", "speaker": "#BBBBBB",
    ]

    /// Who is shown attacking, who suffering: per outlet, one bar split into the shares of the
    /// actor's roles (empty when the report has no roles).
    func roleChart(_ actor: OutletComparison.Actor) -> String {
        guard let roles = actor.outlets.first(where: { !$0.roles.isEmpty })?.roles.map(\.role) else { return "" }
        let labelWidth = 150.0, barWidth = 520.0, rowHeight = 22.0, top = 8.0, legendHeight = 22.0
        let height = top + rowHeight * Double(actor.outlets.count) + legendHeight
        let width = labelWidth + barWidth + 20
        var svg = "<svg viewBox=\"0 0 \(Int(width)) \(Int(height))\" width=\"\(Int(width))\" height=\"\(Int(height))\" role=\"img\" "
            + "aria-label=\"\(escape(actor.name)): roles by outlet\">"
        for (row, entry) in actor.outlets.enumerated() {
            let y = top + rowHeight * Double(row)
            svg += "<text x=\"\(f(labelWidth - 10))\" y=\"\(f(y + 15))\" text-anchor=\"end\">\(escape(entry.outlet))</text>"
            var x = labelWidth
            for share in entry.roles {
                guard let value = share.share?.estimate, value > 0 else { continue }
                let w = value * barWidth
                svg += "<rect x=\"\(f(x))\" y=\"\(f(y + 3))\" width=\"\(f(w))\" height=\"\(f(rowHeight - 6))\" "
                    + "fill=\"\(Self.roleColours[share.role] ?? "#999999")\"><title>\(escape(entry.outlet)) · \(share.role): "
                    + "\(escape(ComparisonRenderer.interval(share.share, signed: false))) (\(share.count))</title></rect>"
                x += w
            }
        }
        var x = labelWidth
        let legendY = top + rowHeight * Double(actor.outlets.count) + 15
        for role in roles {
            svg += "<rect x=\"\(f(x))\" y=\"\(f(legendY - 9))\" width=\"10\" height=\"10\" fill=\"\(Self.roleColours[role] ?? "#999999")\"/>"
                + "<text x=\"\(f(x + 14))\" y=\"\(f(legendY))\">\(escape(role))</text>"
            x += 20 + Double(role.count) * 7
        }
        return "<p class=\"note\">Roles: who is shown attacking, suffering, helping or criticised (shares of the actor's roles).</p>"
            + svg + "</svg>\n"
    }
}
