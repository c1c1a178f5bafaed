/// The numbers behind Slant's sentiment rules, each with where it comes from.
///
/// Per-word weights (negators, boosters) live in `Lexicons/en/rules-en.tsv`; these are
/// the constants of the rules themselves.
public enum SentimentConstants {
    /// Added to the magnitude of an ALL-CAPS sentiment word in a sentence that also has
    /// words in lower case. VADER's `C_INCR`, empirically derived (Hutto & Gilbert 2014).
    public static let allCapsIncrement = 0.733

    /// How much a booster counts at distance 1, 2 and 3 words before the sentiment word.
    /// VADER scales the booster by 1, 0.95 and 0.9.
    public static let boosterDistanceScale: [Double] = [1, 0.95, 0.9]

    /// How many words before a sentiment word a negator or booster can stand. VADER looks
    /// back three words.
    public static let modifierWindow = 3

    /// The weight of sentiment words before a contrast word ("but") in the same sentence.
    /// VADER's but-check: 0.5 before, 1.5 after.
    public static let contrastBeforeFactor = 0.5

    /// The weight of sentiment words after a contrast word in the same sentence (VADER: 1.5).
    public static let contrastAfterFactor = 1.5

    /// Added per exclamation mark, for at most ``maximumExclamations`` of them, in the
    /// direction of the sentence's sentiment. VADER's empirically derived 0.292.
    public static let exclamationIncrement = 0.292

    /// VADER counts at most four exclamation marks.
    public static let maximumExclamations = 4

    /// Added per question mark when a sentence has two or three (VADER: 0.18 each) ...
    public static let questionIncrement = 0.18

    /// ... and in all when it has more than three (VADER: 0.96).
    public static let manyQuestionsIncrement = 0.96

    /// The normalization constant of the compound score `x / sqrt(x² + alpha)`, which maps a
    /// sum of valences into (-1, 1). VADER's `alpha = 15`.
    public static let normalizationAlpha = 15.0

    /// A compound at or above this is positive; at or below its negation, negative. VADER's
    /// recommended threshold 0.05.
    public static let polarityThreshold = 0.05

    /// The compound score for a sum of valences.
    @inlinable
    public static func normalize(_ sum: Double) -> Double {
        guard sum != 0 else { return 0 }
        let score = sum / (sum * sum + normalizationAlpha).squareRoot()
        return min(1, max(-1, score))
    }
}
