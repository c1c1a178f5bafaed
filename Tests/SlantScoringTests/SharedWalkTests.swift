@testable import SlantScoring
import SlantText
import Testing

/// Walks of issue 13, session 9 that find two things at once, against the walks they replace:
/// each flagged sentence's title case counted in the role finder's walk, and the paragraphs of
/// dash-introduced speech read from the quotation walk.
@Suite("Shared walks: title case in the role scan, paragraphs in the quotation walk")
struct SharedWalkTests {
    let tokenizer: Tokenizer
    let model: ScoringModel

    init() throws {
        (tokenizer, model) = try bundledTokenizerAndModel()
    }

    @Test func titleCaseOfFlaggedSentencesFoundInTheScan() throws {
        // Sentence 0: six words, all capitalised (a headline); 1: nine words, three capitalised;
        // 2: no actor, not flagged, so not read (false); 3: three words, too short to be one.
        let text = try tokenizer.tokenize("Russia Attacks Ukraine Over The Border. Kyiv says the Peace Fund attacked nobody at all. Prices rose. Russia Attacked Kyiv.")
        let candidates = model.actors.mentions(in: text).map(\.tokens)
        var flags: [Bool] = []
        RoleFinder.candidateSentences(of: candidates, in: text, into: &flags)
        #expect(flags == [true, true, false, true])
        var scratch = RoleFinder.Scratch()
        var found = [true, true, true, true, true]
        let box = RoleFinderBox(model.roles)
        let counted = RoleFinder.roles(of: box, in: text, candidates: candidates, scratch: &scratch, sentences: flags, titleCaseInto: &found)
        #expect(found == [true, false, false, false])
        // The walk of its own over each flagged sentence's words gives the same flags and roles.
        let walked = text.withKeys { _, tokens in
            text.sentences.enumerated().map { flags[$0.offset] && ProperNames.isTitleCase($0.element, tokens: tokens) }
        }
        #expect(found == walked)
        let given = RoleFinder.roles(of: box, in: text, candidates: candidates, titleCase: walked, scratch: &scratch, sentences: flags)
        #expect(counted.predicates == given.predicates)
        #expect(counted.assignments == given.assignments)
        #expect(!counted.assignments.isEmpty)
        // The analyzer keeps the flags for the portrayal marks.
        let analyzer = DocumentAnalyzer(model: model)
        _ = analyzer.analyze(text, language: "en")
        #expect(analyzer.titleCase == [true, false, false, false])
    }

    @Test func titleCaseWithoutPredicatesIsStillFound() throws {
        let finder = try RoleFinder(predicates: PredicateLexicon(tokenizer: tokenizer), cues: RoleCues(tokenizer: tokenizer), speech: model.roles.speech)
        let text = try tokenizer.tokenize("Russia Attacks Ukraine Over The Border. Prices rose.")
        let candidates = model.actors.mentions(in: text).map(\.tokens)
        var scratch = RoleFinder.Scratch()
        var found: [Bool] = []
        let result = RoleFinder.roles(of: RoleFinderBox(finder), in: text, candidates: candidates, scratch: &scratch, sentences: [true, true],
                                      titleCaseInto: &found)
        #expect(result.predicates.isEmpty && result.assignments.isEmpty)
        #expect(found == [true, false])
    }

    @Test func dashSpeechOfEachParagraphFromTheQuotationWalk() throws {
        // Peace(0) .(1) | —(2) Это(3) ошибка(4) ,(5) —(6) сказал(7) Путин(8) .(9) | —(10) рост(11)
        // цен(12) .(13): three paragraphs; the second is dash speech up to the dash before
        // "сказал", the third a list item without a speech verb.
        let text = try tokenizer.tokenize("Peace.\n\n— Это ошибка, — сказал Путин.\n\n— рост цен.")
        var scratch = SpeechFinder.Scratch()
        let speeches = model.speech.speeches(in: text, mentions: model.actors.mentions(in: text), scratch: &scratch)
        #expect(scratch.paragraphStarts == [0, 2, 10])
        let quotations = speeches.filter(\.isQuotation)
        #expect(quotations.map(\.content) == [3..<6])
        #expect(quotations.map(\.cue) == [7..<8])
        #expect(quotations.map(\.paragraph) == [1])
    }
}
