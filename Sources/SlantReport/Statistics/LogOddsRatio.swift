import Foundation

/// Distinctive words: the log-odds ratio with an informative Dirichlet prior (Monroe, Colaresi
/// & Quinn 2008, "Fightin' Words", §3.5).
///
/// For word w, a focus group i and the comparison group j (counts y, totals n), and the prior
/// α_w = s · y_w^pooled (the word's count in both groups together, scaled by `priorScale`),
/// α₀ = Σ α_w:
///
///     δ_w = log[(y_wi + α_w) / (n_i + α₀ − y_wi − α_w)] − log[(y_wj + α_w) / (n_j + α₀ − y_wj − α_w)]
///     σ²(δ_w) ≈ 1/(y_wi + α_w) + 1/(y_wj + α_w)
///     z_w = δ_w / σ(δ_w)
///
/// The prior shrinks the odds of rare words toward the pooled rate, so a word said twice by one
/// outlet and never by another does not outrank one said a thousand times more often. z > 1.96
/// marks words the focus group uses more at the 5% level (two-sided, per word).
public struct DistinctiveWord: Sendable, Hashable, Codable {
    public var word: String
    /// Occurrences in the focus group and in the comparison group.
    public var focusCount: Int
    public var otherCount: Int
    /// δ_w, the prior-smoothed log-odds ratio.
    public var logOddsRatio: Double
    /// δ_w / σ(δ_w).
    public var z: Double
}

public enum LogOddsRatio {
    /// Every word of either group scored by its log-odds ratio, highest z first (ties by word).
    ///
    /// - Parameters:
    ///   - focus: word counts of the focus group.
    ///   - other: word counts of the group it is compared with.
    ///   - priorScale: `s`, the prior's weight relative to the pooled counts (1 = as many
    ///     pseudo-counts as the groups have words).
    public static func score(focus: [String: Int], other: [String: Int], priorScale: Double = 1) -> [DistinctiveWord] {
        var pooled = other
        for (word, count) in focus { pooled[word, default: 0] += count }
        var words = Set(focus.keys)
        words.formUnion(other.keys)
        return score(words, focus: focus, pooled: pooled, priorScale: priorScale)
    }

    /// The focus group's own words scored against everything else in `pooled` (which includes
    /// the focus group's counts), highest z first. Words the focus group never uses cannot have
    /// a positive z, so this is all a "most distinctive words" list needs.
    public static func scoreFocusWords(focus: [String: Int], pooled: [String: Int], priorScale: Double = 1) -> [DistinctiveWord] {
        score(Set(focus.keys), focus: focus, pooled: pooled, priorScale: priorScale)
    }

    static func score(_ words: Set<String>, focus: [String: Int], pooled: [String: Int], priorScale: Double) -> [DistinctiveWord] {
        let focusTotal = Double(focus.values.reduce(0, +))
        let pooledTotal = Double(pooled.values.reduce(0, +))
        let otherTotal = pooledTotal - focusTotal
        let priorTotal = priorScale * pooledTotal
        var scored: [DistinctiveWord] = []
        scored.reserveCapacity(words.count)
        for word in words {
            let yi = Double(focus[word] ?? 0)
            let yj = Double(pooled[word] ?? 0) - yi
            let alpha = priorScale * (yi + yj)
            guard alpha > 0 else { continue }
            let focusRest = focusTotal + priorTotal - yi - alpha
            let otherRest = otherTotal + priorTotal - yj - alpha
            guard focusRest > 0, otherRest > 0 else { continue }
            let focusLogOdds: Double = log((yi + alpha) / focusRest)
            let otherLogOdds: Double = log((yj + alpha) / otherRest)
            let delta = focusLogOdds - otherLogOdds
            let variance = 1 / (yi + alpha) + 1 / (yj + alpha)
            scored.append(DistinctiveWord(word: word, focusCount: Int(yi), otherCount: Int(yj),
                                          logOddsRatio: delta, z: delta / variance.squareRoot()))
        }
        return scored.sorted { $0.z != $1.z ? $0.z > $1.z : $0.word < $1.word }
    }
}
