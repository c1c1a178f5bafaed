import SlantText

/// Replicate weights for a Poisson bootstrap over documents (Hanley & MacGibbon 2006; Oza 2001).
///
/// The classic bootstrap draws n documents with replacement, which needs every document at
/// once. The Poisson bootstrap gives each document, in each replicate `r`, an independent
/// weight `w ~ Poisson(1)` instead: the number of times it would have been drawn. Weighted sums
/// then stream, shard and merge like plain sums, and because the weights come from a hash of
/// the seed and the document's identity (never from input order or thread), a corpus gives the
/// same replicates however it is split, ordered or scored. See `docs/STATISTICS.md`.
public struct PoissonBootstrap: Sendable, Hashable, Codable {
    /// The seed; reports made with different seeds cannot be merged.
    public var seed: UInt64
    /// Replicates per statistic (0 turns the bootstrap off).
    public var replicates: Int

    /// 1,000 replicates: enough for stable 95% percentile intervals (Efron & Tibshirani 1993, §19.3).
    public static let defaultReplicates = 1000
    public static let defaultSeed: UInt64 = 20_080_401

    public init(seed: UInt64 = Self.defaultSeed, replicates: Int = Self.defaultReplicates) {
        self.seed = seed
        self.replicates = max(0, replicates)
    }

    /// The weights of one document in every replicate.
    ///
    /// - Parameter key: the document's identity (Slant uses outlet, a NUL byte and the id).
    /// - Returns: `replicates` weights, each a draw from Poisson(1).
    public func weights(for key: String) -> [Int32] {
        var weights = [Int32](repeating: 0, count: replicates)
        var generator = SplitMix64(state: seed ^ FNV1a.hash(key))
        for index in weights.indices { weights[index] = Self.poissonOne(generator.next()) }
        return weights
    }

    /// Poisson(1) by inversion: the smallest k with P(X ≤ k) above the 64-bit uniform `u`.
    static func poissonOne(_ u: UInt64) -> Int32 {
        var k: Int32 = 0
        while k < Int32(cumulative.count), u >= cumulative[Int(k)] { k += 1 }
        return k
    }

    /// P(X ≤ k) for X ~ Poisson(1), k = 0…17, as fractions of 2⁶⁴ (the tail beyond 17 is below 2⁻⁶⁴).
    static let cumulative: [UInt64] = {
        var thresholds: [UInt64] = []
        var probability = 1 / 2.718281828459045 // e⁻¹ = P(X = 0)
        var total = 0.0
        for k in 0..<18 {
            if k > 0 { probability /= Double(k) }
            total += probability
            thresholds.append(total >= 1 ? UInt64.max : UInt64(total * 18_446_744_073_709_551_616.0))
        }
        return thresholds
    }()
}
