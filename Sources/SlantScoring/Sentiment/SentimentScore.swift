/// A sentiment score in VADER's terms: the shares of positive, negative and neutral weight,
/// and a compound score in [-1, 1].
public struct SentimentScore: Sendable, Hashable {
    /// The normalized sum of valences: −1 most negative, +1 most positive.
    public var compound: Double
    /// The share of positive weight, in [0, 1].
    public var positive: Double
    /// The share of negative weight, in [0, 1].
    public var negative: Double
    /// The share of neutral words, in [0, 1].
    public var neutral: Double
    /// The raw sum of valences, before normalization.
    public var sum: Double

    public init(compound: Double, positive: Double, negative: Double, neutral: Double, sum: Double) {
        self.compound = compound
        self.positive = positive
        self.negative = negative
        self.neutral = neutral
        self.sum = sum
    }

    /// No sentiment at all.
    public static let neutralScore = SentimentScore(compound: 0, positive: 0, negative: 0, neutral: 0, sum: 0)

    /// The label for the compound: negative, neutral or positive, with VADER's ±0.05 threshold.
    public var polarity: Polarity { Polarity(compound) }
}

/// Negative, neutral or positive.
public enum Polarity: String, Sendable, Hashable, CaseIterable, CustomStringConvertible {
    case negative, neutral, positive

    /// The polarity of a score in [-1, 1] with a symmetric neutral band.
    public init(_ score: Double, threshold: Double = SentimentConstants.polarityThreshold) {
        self = score >= threshold ? .positive : score <= -threshold ? .negative : .neutral
    }

    public var description: String { rawValue }
}

/// The sentiment of a document and of each of its sentences.
public struct DocumentSentiment: Sendable, Hashable {
    /// The whole text scored as one, as VADER does: the valences of all sentences (each with its
    /// own rules and punctuation) summed and normalized. Good for short texts; it tends to ±1
    /// for long ones.
    public var document: SentimentScore
    /// Each sentence's score, in order.
    public var sentences: [SentimentScore]
    /// The mean of the sentence compounds (0 for no sentences): the better summary of a long article.
    public var meanSentenceCompound: Double
    /// The sums ``document`` is scored from.
    public var totals = SentimentAnalyzer.Totals()
}
