import Foundation

/// Jensen–Shannon divergence between two discrete distributions (Lin 1991), in bits.
///
/// JSD(P‖Q) = ½ KL(P‖M) + ½ KL(Q‖M) with M = ½(P + Q). With base-2 logarithms it lies in
/// [0, 1]: 0 for identical distributions, 1 for distributions with disjoint support. Inputs are
/// normalized to sum to 1 first; a distribution with no mass at all gives `nil`.
public func jensenShannonDivergence(_ p: [Double], _ q: [Double]) -> Double? {
    precondition(p.count == q.count, "distributions over different supports")
    let totalP = p.reduce(0, +), totalQ = q.reduce(0, +)
    guard totalP > 0, totalQ > 0 else { return nil }
    var divergence = 0.0
    for (rawP, rawQ) in zip(p, q) {
        let pi = rawP / totalP, qi = rawQ / totalQ
        let mi = (pi + qi) / 2
        if pi > 0 { divergence += 0.5 * pi * log2(pi / mi) }
        if qi > 0 { divergence += 0.5 * qi * log2(qi / mi) }
    }
    return max(0, divergence)
}
