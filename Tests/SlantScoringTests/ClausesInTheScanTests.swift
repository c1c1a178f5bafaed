@testable import SlantScoring
import SlantText
import Testing

/// The clause numbers of issue 13, session 10: counted in the role finder's walk over each
/// flagged sentence, the other sentences walked by the analyzer, against the walk over every
/// token that numbered them before.
@Suite("Clauses numbered in the role finder's walk")
struct ClausesInTheScanTests {
    let tokenizer: Tokenizer
    let model: ScoringModel

    init() throws {
        (tokenizer, model) = try bundledTokenizerAndModel()
    }

    /// The clause numbers of `text` by the walk over every token.
    func walked(_ text: TokenizedText) -> [Int32] {
        var numbers = [Int32](repeating: -7, count: text.tokens.count)
        text.withKeys { keys, tokens in
            text.sentences.withUnsafeBufferPointer { sentences in
                numbers.withUnsafeMutableBufferPointer { numbers in
                    DocumentAnalyzer.numberClauses(sentences: sentences, breaks: UnsafeBufferPointer(start: nil, count: 0), keys: keys, tokens: tokens, into: numbers)
                }
            }
        }
        return numbers
    }

    @Test func handWorkedNumbersOfFlaggedAndOtherSentences() throws {
        // Talks(0) stalled(1) ,(2) Kyiv(3) said(4) ;(5) no(6) deal(7) :(8) none(9) ((10) yet(11)
        // )(12) –(13) maybe(14) .(15) | “(16) Fine(17) ”(18) he(19) —(20) said(21) .(22): a clause
        // starts at each sentence and after , ; : ( ) – —, not after quote marks or full stops.
        // The first sentence names Kyiv (flagged, numbered in the role finder's walk), the second
        // nobody (walked by the analyzer).
        let text = try tokenizer.tokenize("Talks stalled, Kyiv said; no deal: none (yet) – maybe. “Fine” he — said.")
        let expected: [Int32] = [1, 1, 1, 2, 2, 2, 3, 3, 3, 4, 4, 5, 5, 6, 7, 7, 8, 8, 8, 8, 8, 9, 9]
        #expect(walked(text) == expected)
        let analyzer = DocumentAnalyzer(model: model)
        _ = analyzer.analyze(text, language: "en")
        #expect(analyzer.candidateSentence == [true, false])
        #expect(analyzer.clauseOfToken == expected)
        // Read once: the breaks are emptied for the next document.
        #expect(analyzer.sentenceClauseBreaks.isEmpty)
    }

    @Test func numbersWithinTheFlaggedSentencesFromTheWalk() throws {
        // Russia(0) attacked(1) Kyiv(2) ,(3) NATO(4) said(5) .(6) | Prices(7) rose(8) .(9): the first
        // sentence's numbers within it (one break, after the comma); the second is not walked.
        let text = try tokenizer.tokenize("Russia attacked Kyiv, NATO said. Prices rose.")
        let candidates = model.actors.mentions(in: text).map(\.tokens)
        var flags: [Bool] = []
        RoleFinder.candidateSentences(of: candidates, in: text, into: &flags)
        #expect(flags == [true, false])
        var scratch = RoleFinder.Scratch()
        var titleCase: [Bool] = []
        var clauses = [Int32](repeating: -7, count: text.tokens.count)
        var breaks: [Int32] = [5, 5, 5]
        let numbered = RoleFinder.roles(of: RoleFinderBox(model.roles), in: text, candidates: candidates, scratch: &scratch, sentences: flags,
                                        titleCaseInto: &titleCase, clauses: &clauses, clauseBreaks: &breaks)
        #expect(clauses == [0, 0, 0, 0, 1, 1, 1, -7, -7, -7])
        #expect(breaks == [1, -1])
        // The same roles as without the numbers.
        let plain = RoleFinder.roles(of: RoleFinderBox(model.roles), in: text, candidates: candidates, scratch: &scratch, sentences: flags,
                                     titleCaseInto: &titleCase)
        #expect(numbered.assignments == plain.assignments && numbered.predicates == plain.predicates)
    }

    @Test(arguments: [
        "Kallas said Russia attacked Ukraine, and NATO condemned the invasion of Ukraine by Russia. Prices rose (again); nobody knew. Biden and Johnson were not helping Kyiv.",
        "“Nobody wants this war to drag on,” Ursula von der Leyen told reporters in Washington.\n\nRussian Invaders Shelled Kharkiv Again. Talks: none – yet, sources said.",
        "Україна отримала допомогу від США. Ціни зросли, кажуть. Армія Росії обстріляла Харків, заявив Зеленський.\n\n— Це помилка, — сказав Путін.",
        "Россия якобы атаковала Киев; Песков заявил, что «это ложь». Погода: дождь.",
    ])
    func analyzerNumbersAreTheWalk(_ source: String) throws {
        let text = try tokenizer.tokenize(source)
        let analyzer = DocumentAnalyzer(model: model)
        _ = analyzer.analyze(text)
        #expect(analyzer.clauseOfToken == walked(text))
    }
}
