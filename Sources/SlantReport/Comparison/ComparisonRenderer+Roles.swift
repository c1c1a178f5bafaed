extension ComparisonRenderer {
    /// An actor's roles and relative portrayal per outlet, as a Markdown table (nothing when
    /// the report has no roles).
    static func roleMarkdown(_ actor: OutletComparison.Actor) -> [String] {
        guard let roles = actor.outlets.first(where: { !$0.roles.isEmpty })?.roles.map(\.role) else { return [] }
        var lines = ["", "Roles (share of the actor's roles in the outlet) and portrayal relative to the outlet's portrayal of all actors:", "",
                     "| outlet | relative portrayal | " + roles.joined(separator: " | ") + " |",
                     "|---|---:|" + roles.map { _ in "---:" }.joined(separator: "|") + "|"]
        for entry in actor.outlets {
            let shares = roles.map { role in
                entry.roles.first { $0.role == role }.map { "\(interval($0.share, signed: false)) (\($0.count))" } ?? "–"
            }
            lines.append("| \(entry.outlet) | \(interval(entry.relativePortrayal)) | " + shares.joined(separator: " | ") + " |")
        }
        return lines
    }
}
