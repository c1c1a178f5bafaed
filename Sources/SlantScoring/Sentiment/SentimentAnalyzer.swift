import SlantLexicon
public import SlantText

/// Scores sentiment with lexicons and rules: VADER's rules (negation, boosters and dampeners,
/// contrast, ALL-CAPS emphasis, "least", "never so", exclamation and question marks) over
/// Slant's tokens, with multi-word terms, per-sentence contrast and evidence.
///
/// An analyzer keeps scratch buffers between calls and is not thread-safe; give each worker
/// its own. The model is shared.
public final class SentimentAnalyzer {
    /// The lexicons and rules.
    public let model: SentimentModel
    /// The terms of the last scored text, with their rules: the evidence behind its score.
    public internal(set) var terms: [ScoredTerm] = []

    /// The stored units of the sentence being scored (``Unit``).
    let unitStorage = UnitStorage()
    /// One test for both lexicons: a token neither can match at is not looked up.
    let gate: CompiledLexicon.Gate

    /// This analyzer's own memo of Snowball stems (Russian), so that its lookups take no lock
    /// shared with other workers; `nil` for lexicons without a stemmer.
    let stemMemo: StemIndex.Memo?

    public init(model: SentimentModel) {
        self.model = model
        stemMemo = model.valences.makeStemMemo()
        gate = CompiledLexicon.Gate([model.valences, model.rules.lexicon])
    }

    /// Scores every sentence of `text` and the text as a whole; fills ``terms``.
    public func score(_ text: TokenizedText) -> DocumentSentiment {
        // The terms are filled as a local (no exclusivity check per append) and put back.
        var terms = self.terms
        self.terms = []
        terms.removeAll(keepingCapacity: true)
        var sentences: [SentimentScore] = []
        sentences.reserveCapacity(text.sentences.count)
        var totals = Totals()
        var previous = Totals()
        // Read out of the class once per document and passed down.
        let valences = model.valences
        let rules = model.rules
        let ruleLexicon = rules.lexicon
        let pair = model.pair
        let gate = self.gate
        let stemMemo = self.stemMemo
        unitStorage.reserve(text.sentences.reduce(0) { max($0, $1.tokens.count) })
        let units = unitStorage.units
        text.withKeys { keys, tokens in
            for (index, sentence) in text.sentences.enumerated() {
                var current = Totals()
                let facts = Self.buildUnits(sentence.tokens, valences: valences, rules: rules, ruleLexicon: ruleLexicon, pair: pair, gate: gate, stemMemo: stemMemo, keys: keys, tokens: tokens, into: units)
                let score = Self.scoreSentence(index, facts, units: units, terms: &terms, totals: &current)
                sentences.append(score)
                // "It looked good. But it was awful.": a sentence that opens with a contrast word
                // discounts the one before it, as "but" does inside a sentence.
                if facts.count > 0 && units[0].position == 0 && units[0].kind == .contrast {
                    previous.scale(by: SentimentConstants.contrastBeforeFactor)
                    Self.markPreviousSentenceTermsBeforeContrast(index, trigger: Int(units[0].start)..<Int(units[0].end), in: &terms)
                }
                totals.add(previous)
                previous = current
            }
        }
        totals.add(previous)
        self.terms = terms
        let mean = sentences.isEmpty ? 0 : sentences.reduce(0) { $0 + $1.compound } / Double(sentences.count)
        return DocumentSentiment(document: totals.score(), sentences: sentences, meanSentenceCompound: mean, totals: totals)
    }

    /// Records the cross-sentence contrast on the evidence of sentence `sentence - 1`.
    static func markPreviousSentenceTermsBeforeContrast(_ sentence: Int, trigger: Range<Int>, in terms: inout [ScoredTerm]) {
        for index in terms.indices.reversed() {
            guard terms[index].sentence >= sentence - 1 else { break }
            guard terms[index].sentence == sentence - 1 else { continue }
            terms[index].valence *= SentimentConstants.contrastBeforeFactor
            terms[index].rules.append(.init(rule: .beforeContrast, trigger: trigger, valenceAfter: terms[index].valence))
        }
    }

    /// Running sums for a VADER-style score: what a score is made from, so that the sums of
    /// several texts (the segments of one long document) can be scored as one.
    public struct Totals: Sendable, Hashable {
        /// The sum of valences.
        public var sum = 0.0
        /// The positive mass (each positive valence + 1).
        public var positive = 0.0
        /// The negative mass (each negative valence − 1).
        public var negative = 0.0
        /// The neutral mass (one per neutral word).
        public var neutral = 0.0

        public init() {}

        mutating func scale(by factor: Double) {
            sum *= factor
            positive *= factor
            negative *= factor
        }

        /// Adds another text's sums.
        public mutating func add(_ other: Totals) {
            sum += other.sum
            positive += other.positive
            negative += other.negative
            neutral += other.neutral
        }

        /// VADER's `score_valence`: the compound of the sum, and the shares of positive,
        /// negative and neutral mass.
        public func score() -> SentimentScore {
            let total = positive + abs(negative) + neutral
            guard total > 0 else { return SentimentScore(compound: SentimentConstants.normalize(sum), positive: 0, negative: 0, neutral: 0, sum: sum) }
            return SentimentScore(compound: SentimentConstants.normalize(sum), positive: abs(positive / total),
                                  negative: abs(negative / total), neutral: abs(neutral / total), sum: sum)
        }
    }
}
