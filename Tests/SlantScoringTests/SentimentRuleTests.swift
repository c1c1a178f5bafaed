import Testing
import SlantScoring
import SlantText

/// One hand-worked sentence per rule. Valences: good 1.9, bad -2.5, great 3.1, no -1.2.
/// compound = sum / sqrt(sum² + 15).
@Suite("Sentiment rules, worked by hand")
struct SentimentRuleTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let text: String
        let sum: Double
        let compound: Double
        var testDescription: String { text }
    }

    static let cases: [Case] = [
        // 1.9
        Case(text: "The talks were good.", sum: 1.9, compound: 0.44043357076016854),
        // negation: 1.9 × -0.74
        Case(text: "The talks were not good.", sum: -1.406, compound: -0.3412376512543242),
        // the n't clitic negates like "not"
        Case(text: "The talks weren’t good.", sum: -1.406, compound: -0.3412376512543242),
        // booster: 1.9 + 0.293
        Case(text: "The talks were very good.", sum: 2.193, compound: 0.4927250317396701),
        // dampener: 1.9 - 0.293
        Case(text: "The talks were somewhat good.", sum: 1.607, compound: 0.38324473176419577),
        // two boosters: 1.9 + 0.293 + 0.293 × 0.95
        Case(text: "The talks were really very good.", sum: 2.47135, compound: 0.5379168248599202),
        // negated booster: (1.9 + 0.293) × -0.74
        Case(text: "The talks were not very good.", sum: -1.62282, compound: -0.38645643141214686),
        // contrast: 1.9 × 0.5 + -2.5 × 1.5
        Case(text: "The plan was good but the result was bad.", sum: -2.8, compound: -0.5858817654461621),
        // "but" after negation: -2.5 × -0.74 × 0.5 + 3.1 × -0.74 × 1.5
        Case(text: "It was not bad, but it was not great.", sum: -2.516, compound: -0.5447692718811977),
        // ALL-CAPS emphasis in a mixed-case sentence: 1.9 + 0.733
        Case(text: "The talks were GOOD.", sum: 2.633, compound: 0.5622182239284726),
        // exclamation marks: 1.9 + 2 × 0.292
        Case(text: "The talks were good!!", sum: 2.484, compound: 0.5398691817681098),
        // "least": 1.9 × -0.74
        Case(text: "It was the least good option.", sum: -1.406, compound: -0.3412376512543242),
        // "at least" is not "least"
        Case(text: "It was at least good.", sum: 1.9, compound: 0.44043357076016854),
        // "never so": 1.9 × 1.25
        Case(text: "It was never so good.", sum: 2.375, compound: 0.5227598108438134),
        // idiom as a multi-word term
        Case(text: "It was the kiss of death.", sum: -1.5, compound: -0.3611575592573076),
        // "no" with nothing to modify keeps its own valence
        Case(text: "No.", sum: -1.2, compound: -0.295958174200194),
        // "no" before a sentiment word negates it and has no valence of its own
        Case(text: "There were no good options.", sum: -1.406, compound: -0.3412376512543242),
        // an emoticon keeps its sign under negation
        Case(text: "Not again :(", sum: -1.9, compound: -0.44043357076016854),
        // a clause break ends the negation's scope
        Case(text: "Not now, good talks.", sum: 1.9, compound: 0.44043357076016854),
        // a sentence that opens with "But" halves the one before: 1.9 × 0.5 + -2.5 × 1.5
        Case(text: "The start was good. But the end was bad.", sum: -2.8, compound: -0.5858817654461621),
    ]

    @Test("compound of a hand-worked sentence", arguments: cases)
    func handWorked(_ example: Case) throws {
        let (result, _, _) = try handScore(example.text)
        #expect(close(result.document.sum, example.sum), "sum \(result.document.sum) != \(example.sum)")
        #expect(close(result.document.compound, example.compound), "compound \(result.document.compound) != \(example.compound)")
    }

    @Test func sharesOfPositiveNegativeAndNeutral() throws {
        let (result, _, _) = try handScore("The talks were good.")
        // good: 1.9 + 1 = 2.9 positive mass; the, talks, were: 3 neutral; total 5.9.
        #expect(close(result.document.positive, 2.9 / 5.9))
        #expect(close(result.document.neutral, 3 / 5.9))
        #expect(result.document.negative == 0)
        #expect(result.document.polarity == .positive)
    }

    /// Neutral units are counted per sentence (the scratch of one sentence does not carry into
    /// the next), a negator with a valence and nothing to modify counts as a sentiment word, and
    /// a clause break is no unit.
    @Test func neutralSharesPerSentence() throws {
        let (result, terms, _) = try handScore("One two three four five six seven. It is good. I have, no time")
        #expect(result.sentences.count == 3)
        #expect(result.sentences[0].neutral == 1 && result.sentences[0].sum == 0)
        #expect(close(result.sentences[1].neutral, 2 / 4.9) && close(result.sentences[1].positive, 2.9 / 4.9))
        #expect(close(result.sentences[2].neutral, 3 / 5.2) && close(result.sentences[2].negative, 2.2 / 5.2))
        #expect(terms.map(\.lexiconValence) == [1.9, -1.2])
    }

    /// Plain words are no stored unit but count in a modifier's distance (three units back at
    /// most); other punctuation than clause breaks counts nothing; a rule word that is a
    /// sentiment word and has nothing within three units after it keeps its own valence.
    static let distanceCases: [Case] = [
        // "not" three units before: 1.9 × -0.74
        Case(text: "Not one two good.", sum: -1.406, compound: -0.3412376512543242),
        // four units before: out of reach
        Case(text: "Not one two three good.", sum: 1.9, compound: 0.44043357076016854),
        // quote marks are no units: "not" is one unit before
        Case(text: "Not “good”.", sum: -1.406, compound: -0.3412376512543242),
        // booster two units before: 1.9 + 0.293 × 0.95
        Case(text: "Very much one good.", sum: 1.9 + 0.293 * 0.9, compound: (1.9 + 0.293 * 0.9) / ((1.9 + 0.293 * 0.9) * (1.9 + 0.293 * 0.9) + 15).squareRoot()),
        Case(text: "Very one good.", sum: 1.9 + 0.293 * 0.95, compound: (1.9 + 0.293 * 0.95) / ((1.9 + 0.293 * 0.95) * (1.9 + 0.293 * 0.95) + 15).squareRoot()),
        // the n't clitic three units before
        Case(text: "Weren’t one two good.", sum: -1.406, compound: -0.3412376512543242),
        // "no" reaches "good" three units on: it negates and has no valence of its own
        Case(text: "No one two good.", sum: -1.406, compound: -0.3412376512543242),
        // four units on: "no" is a sentiment word (-1.2), "good" is not negated: -1.2 + 1.9
        Case(text: "No one two three good.", sum: 0.7, compound: 0.7 / (0.7 * 0.7 + 15).squareRoot()),
        // a clause break between: the same
        Case(text: "No one, good.", sum: 0.7, compound: 0.7 / (0.7 * 0.7 + 15).squareRoot()),
        // "!" inside a sentence counts for its emphasis: 1.9 + 0.292
        Case(text: "Good! one two", sum: 1.9 + 0.292, compound: (1.9 + 0.292) / ((1.9 + 0.292) * (1.9 + 0.292) + 15).squareRoot()),
    ]

    @Test("distances count plain words", arguments: distanceCases)
    func distances(_ example: Case) throws {
        let (result, _, _) = try handScore(example.text)
        #expect(close(result.document.sum, example.sum), "sum \(result.document.sum) != \(example.sum)")
        #expect(close(result.document.compound, example.compound), "compound \(result.document.compound) != \(example.compound)")
    }

    /// Tokens resolved against the vocabulary (whose words the model's ``SlantLexicon/LexiconPair``
    /// decides in one read) score exactly as tokens looked up by their bytes: every sum, share
    /// and term, bit for bit.
    @Test("resolved tokens score as looked-up ones", arguments: cases + distanceCases + [
        Case(text: "No doubt it wasn't good, and didn't seem bad; NO, not great, but incredible!", sum: 0, compound: 0),
    ])
    func resolvedTokensScoreTheSame(_ example: Case) throws {
        let tokenizer = try Tokenizer()
        let analyzer = SentimentAnalyzer(model: try SentimentModel(valences: [handLexicon], rules: bundledRules(), tokenizer: tokenizer))
        var text = try tokenizer.tokenize(example.text)
        let byBytes = analyzer.score(text)
        let byBytesTerms = analyzer.terms
        Vocabulary.snapshot().resolve(&text)
        #expect(text.tokens.allSatisfy { $0.vocabularyGeneration > 0 })
        let byRecords = analyzer.score(text)
        #expect(byRecords == byBytes)
        #expect(analyzer.terms == byBytesTerms)
        #expect(!byBytesTerms.isEmpty || example.sum == 0)
    }

    @Test func evidenceListsTermsAndRules() throws {
        let (_, terms, text) = try handScore("The talks were not very good.")
        #expect(terms.count == 1)
        let term = try #require(terms.first)
        #expect(text.text(of: text.tokens[term.tokens.lowerBound]) == "good")
        #expect(term.lexiconValence == 1.9)
        #expect(close(term.valence, -1.62282))
        #expect(term.rules.map(\.rule) == [.booster, .negation])
        #expect(term.rules.map { $0.trigger.map { text.text(of: text.tokens[$0.lowerBound]) } } == ["very", "not"])
    }

    @Test func evidenceRecordsCrossSentenceContrast() throws {
        let (_, terms, _) = try handScore("The start was good. But the end was bad.")
        #expect(terms.map(\.rules).map { $0.map(\.rule) } == [[.beforeContrast], [.afterContrast]])
        #expect(terms.map(\.valence) == [0.95, -3.75])
    }

    @Test func sentenceScoresAndTheirMean() throws {
        let (result, _, _) = try handScore("Good. Bad.")
        #expect(result.sentences.count == 2)
        #expect(close(result.sentences[0].compound, 1.9 / (1.9 * 1.9 + 15).squareRoot()))
        #expect(close(result.sentences[1].compound, -2.5 / (2.5 * 2.5 + 15).squareRoot()))
        #expect(close(result.meanSentenceCompound, (result.sentences[0].compound + result.sentences[1].compound) / 2))
    }

    @Test func noSentimentScoresZero() throws {
        let (result, terms, _) = try handScore("The delegation arrived in Geneva on Tuesday.")
        #expect(result.document.compound == 0)
        #expect(terms.isEmpty)
    }
}
