/// A rule that changed a sentiment word's valence.
public enum SentimentRule: String, Sendable, Hashable, CaseIterable, CustomStringConvertible {
    /// A negator in scope flipped and damped the valence ("not good").
    case negation
    /// A booster before it strengthened the valence ("very good").
    case booster
    /// A dampener before it weakened the valence ("somewhat good").
    case dampener
    /// The word is in ALL CAPS in a sentence with lower-case words.
    case allCaps = "all-caps"
    /// "least good".
    case least
    /// "never so good".
    case emphatic
    /// The word comes before a contrast word ("good, but ...") and counts less.
    case beforeContrast = "before-contrast"
    /// The word comes after a contrast word ("..., but good") and counts more.
    case afterContrast = "after-contrast"

    public var description: String { rawValue }
}

/// One sentiment-bearing word or phrase in a text, with the rules applied to it: the evidence
/// behind a score.
public struct ScoredTerm: Sendable, Hashable {
    /// The term's tokens (indices into ``SlantText/TokenizedText/tokens``).
    public var tokens: Range<Int>
    /// The sentence it belongs to.
    public var sentence: Int
    /// The lexicon's valence for the term.
    public var lexiconValence: Double
    /// The valence after the rules, as summed into the sentence score.
    public var valence: Double
    /// The lexicon entry that matched (index into the model's `valences.entries`).
    public var entry: Int
    /// The rules that applied, in the order they were applied.
    public var rules: [AppliedRule]

    /// One rule that applied, with the tokens that triggered it (if any).
    public struct AppliedRule: Sendable, Hashable {
        public var rule: SentimentRule
        /// The modifier's tokens ("not", "very"); `nil` for all-caps and contrast-wide rules.
        public var trigger: Range<Int>?
        /// The valence after this rule.
        public var valenceAfter: Double
    }
}
