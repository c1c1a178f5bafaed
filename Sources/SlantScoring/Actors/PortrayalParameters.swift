/// How the words around a mention are weighed into a tone toward it.
public struct PortrayalParameters: Sendable, Hashable {
    /// A term `d` tokens from the mention weighs `1 / (1 + d / distanceScale)`: adjacent words
    /// count fully, words five tokens away about half (with the default 4).
    public var distanceScale: Double
    /// The weight of a term in another clause of the sentence than the mention.
    public var otherClauseFactor: Double
    /// A tone at or above this is positive, at or below its negation negative.
    public var labelThreshold: Double
    /// The weight of a term before the mention relative to one after it. In news the words after
    /// a name (its predicate: what it does, what happens to it) say more about it than the words
    /// before; 0.25 was best on NewsMTSC's training split (EVALUATION.md).
    public var precedingFactor: Double
    /// How much every sentiment term of the sentence counts regardless of distance, on top of
    /// its distance weight: the sentence's overall tone colours all its actors a little.
    public var sentenceWeight: Double

    /// The defaults, chosen on NewsMTSC's training split (see EVALUATION.md).
    public init(distanceScale: Double = 4, otherClauseFactor: Double = 0.5, labelThreshold: Double = 0.05, sentenceWeight: Double = 0,
                precedingFactor: Double = 0.25) {
        self.distanceScale = distanceScale
        self.otherClauseFactor = otherClauseFactor
        self.labelThreshold = labelThreshold
        self.sentenceWeight = sentenceWeight
        self.precedingFactor = precedingFactor
    }

    /// The weight of a term `distance` tokens away, in the same clause or not, before the
    /// mention or after it.
    @inlinable
    public func weight(distance: Int, sameClause: Bool, precedes: Bool) -> Double {
        weight(byDistance: distanceWeight(distance), sameClause: sameClause, precedes: precedes)
    }

    /// The factor of a term `distance` tokens away, `1 / (1 + distance / distanceScale)`.
    @inlinable
    public func distanceWeight(_ distance: Int) -> Double {
        1 / (1 + Double(distance) / distanceScale)
    }

    /// ``weight(distance:sameClause:precedes:)`` of a term whose ``distanceWeight(_:)`` is
    /// `byDistance` (read from a table made once: the analyzer keeps one, so that a tone pays
    /// no division per term).
    @inlinable
    public func weight(byDistance: Double, sameClause: Bool, precedes: Bool) -> Double {
        let weight = (sameClause ? byDistance : byDistance * otherClauseFactor) + sentenceWeight
        return precedes ? weight * precedingFactor : weight
    }
}
