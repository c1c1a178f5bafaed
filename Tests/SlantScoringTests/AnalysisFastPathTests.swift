@testable import SlantScoring
import SlantText
import Testing

/// The shortcuts of the analysis (issue 13, session 7) against the full computations they
/// replace: the same roles, evidence and nearest candidates.
@Suite("Analysis fast paths: candidate sentences, evidence selection")
struct AnalysisFastPathTests {
    let tokenizer: Tokenizer
    let model: ScoringModel

    init() throws {
        (tokenizer, model) = try bundledTokenizerAndModel()
    }

    /// One line per assignment: candidate, predicate tokens, role or position, valence, rule.
    func lines(_ assignments: [RoleAssignment]) -> [String] {
        assignments.map { "\($0.candidate) \($0.predicate) \($0.role?.rawValue ?? $0.position.rawValue) \($0.valence) \($0.rule)" }
    }

    @Test func flagsTheSentencesOfCandidatesAndTheOneBefore() throws {
        // Sentences: 0 "Sanctions hurt the economy." (no actor), 1 "Russia attacked Ukraine."
        // (two), 2 "The war goes on" (none, no full stop: its last word "on" stands right
        // before "Kyiv"), 3 "Kyiv was shelled by Russia." (two), 4 "Prices rose sharply." (none).
        // Sentence 0 ends in "." before "Russia": a punctuation mark is no predicate, not flagged.
        let text = try tokenizer.tokenize("Sanctions hurt the economy. Russia attacked Ukraine. The war goes on\n\nKyiv was shelled by Russia. Prices rose sharply.")
        #expect(text.sentences.count == 5)
        let candidates = model.actors.mentions(in: text).map(\.tokens)
        #expect(candidates.count == 4)
        var flags = [true, true]
        RoleFinder.candidateSentences(of: candidates, in: text, into: &flags)
        #expect(flags == [false, true, true, true, false])
        // No candidate at all: nothing is flagged.
        RoleFinder.candidateSentences(of: [], in: text, into: &flags)
        #expect(flags == [false, false, false, false, false])
    }

    @Test(arguments: [
        ("en", "Sanctions hurt the economy. Russia attacked Ukraine. The war goes on. Kyiv was shelled by Russia. Prices rose sharply."),
        ("en", "Critics attacked the plan. The United States helped Ukraine, and NATO condemned the invasion of Ukraine by Russia."),
        ("en", "Troops attacked\n\nRussia. Ukraine was shelled."),
        ("uk", "Україна отримала допомогу. Армія Росії обстріляла Харків. Ракети вдарили по місту. Росія атакувала Київ."),
    ])
    func rolesOfFlaggedSentencesAreAllRoles(_ language: String, _ source: String) throws {
        let text = try tokenizer.tokenize(source)
        let finder = try #require(model.roleFinders[language] ?? (language == "en" ? model.roles : nil))
        let (all, flagged, flags) = rolesOfAllAndOfFlaggedSentences(finder, model, text)
        // The predicates of the flagged sentences only, in order.
        #expect(flagged.predicates == all.predicates.filter { flags[text.tokens[$0.lowerBound].sentence] })
    }

    /// The roles `finder` finds in every sentence and in the sentences flagged as holding a
    /// candidate (with the flags), after checking that both found the same, and something.
    func rolesOfAllAndOfFlaggedSentences(_ finder: RoleFinder, _ model: ScoringModel, _ text: TokenizedText)
        -> (all: RoleFinder.Result, flagged: RoleFinder.Result, flags: [Bool]) {
        let candidates = model.actors.mentions(in: text).map(\.tokens)
        let titleCase = text.withKeys { _, tokens in ProperNames.titleCaseSentences(of: text, tokens: tokens) }
        var flags: [Bool] = []
        RoleFinder.candidateSentences(of: candidates, in: text, into: &flags)
        var scratch = RoleFinder.Scratch()
        let all = finder.roles(in: text, candidates: candidates, titleCase: titleCase, scratch: &scratch)
        let flagged = finder.roles(in: text, candidates: candidates, titleCase: titleCase, scratch: &scratch, sentences: flags)
        #expect(!all.assignments.isEmpty)
        #expect(lines(flagged.assignments) == lines(all.assignments))
        return (all, flagged, flags)
    }

    /// Russian, whose predicates ship switched off: the case rules (``RoleFinder/Context/isOblique(_:before:)``
    /// reads the word before a name, here across a paragraph break).
    @Test func russianRolesOfFlaggedSentencesAreAllRoles() throws {
        let model = try RussianUkrainianRoleTests.modelWithRussianPredicates(tokenizer: tokenizer)
        let finder = try #require(model.roleFinders["ru"])
        for source in ["Ракеты упали. Россия напала на Украину. Обстрелы продолжались всю ночь. Армия России нанесла удар по Киеву. США оказали помощь Украине.",
                       "Войска нанесли удар\n\nРоссии армия напала на Украину. Удар по Киеву."] {
            _ = rolesOfAllAndOfFlaggedSentences(finder, model, try tokenizer.tokenize(source))
        }
    }

    @Test func unflaggedSentencesFindNoPredicates() throws {
        let text = try tokenizer.tokenize("The war goes on. Prices rose. Russia attacked Ukraine.")
        let candidates = model.actors.mentions(in: text).map(\.tokens)
        var flags: [Bool] = []
        RoleFinder.candidateSentences(of: candidates, in: text, into: &flags)
        #expect(flags == [false, false, true])
        let titleCase = [false, false, false]
        var scratch = RoleFinder.Scratch()
        let all = model.roles.roles(in: text, candidates: candidates, titleCase: titleCase, scratch: &scratch)
        let flagged = model.roles.roles(in: text, candidates: candidates, titleCase: titleCase, scratch: &scratch, sentences: flags)
        // Tokens: The war goes on . | Prices rose . | Russia attacked Ukraine . — "war" (1) and
        // "attacked" (9) are predicates.
        #expect(all.predicates == [1..<2, 9..<10])
        #expect(flagged.predicates == [9..<10])
        #expect(lines(flagged.assignments) == ["0 9..<10 aggressor -2.5 modifier", "1 9..<10 victim 1.0 object"])
    }

    @Test func tallyPicksTheStrongestLikeAFullSort() {
        let names = (0..<40).map { "w\($0 % 10)\($0 / 10)" }
        // Contributions from a few values, so that many sums tie in absolute value and their
        // order comes from the words.
        let values = [-0.5, 0.5, 0.25, -0.25, 1, -0.125, 0]
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(state >> 33) % bound
        }
        var tally = EvidenceTally()
        for trial in 0..<300 {
            var pairs: [(String, Double)] = []
            for _ in 0..<next(30) {
                let key = next(names.count)
                let value = values[next(values.count)]
                tally.add(Int32(key), value)
                pairs.append((names[key], value))
            }
            let limit = [1, 2, 3, 5, 8, Int.max][trial % 6]
            #expect(tally.strongest(limit: limit, names: names) == DocumentAnalyzer.strongest(pairs, limit: limit))
        }
    }

    @Test func tallyOfSixWordsKeepsFive() {
        var tally = EvidenceTally()
        let names = ["war", "peace", "attack (aggressor)", "hope", "fear", "aid (helper)"]
        // Sums: war -0.75, peace 0.5, attack -0.75, hope 0.125, fear -0.5, aid 1.
        for (key, value) in [(0, -0.5), (1, 0.5), (2, -0.75), (0, -0.25), (3, 0.125), (4, -0.5), (5, 1.0)] { tally.add(Int32(key), value) }
        #expect(tally.strongest(limit: 5, names: names) == [
            EvidenceWord(term: "aid (helper)", contribution: 1), EvidenceWord(term: "attack (aggressor)", contribution: -0.75),
            EvidenceWord(term: "war", contribution: -0.75), EvidenceWord(term: "fear", contribution: -0.5),
            EvidenceWord(term: "peace", contribution: 0.5),
        ])
        #expect(tally.strongest(limit: 5, names: names) == [])
    }
}

/// The attribution words found in the quotation walk (``SpeechFinder/speeches(in:mentions:attributionWords:)``)
/// against a lookup at every token.
@Suite("Speech finder: attribution words found in one walk")
struct AttributionWordTests {
    @Test func attributionWordsAreEveryTokenWhereAWordStarts() throws {
        let (tokenizer, model) = try bundledTokenizerAndModel()
        // Tokens: Peskov(0) said(1) Moscow(2) was(3) ready(4) ,(5) according(6) to(7) Reuters(8) .(9)
        // He(10) added(11) that(12) talks(13) had(14) allegedly(15) failed(16) .(17)
        // “(18) We(19) won(20) ,(21) ”(22) he(23) told(24) reporters(25) .(26). Attribution
        // words (Lexicons/en/attribution-en.tsv): said, according to, he, added, told ("allegedly"
        // is none in English).
        let text = try tokenizer.tokenize("Peskov said Moscow was ready, according to Reuters. He added that talks had allegedly failed. “We won,” he told reporters.")
        var words: [Int32] = [99]
        let speeches = model.speech.speeches(in: text, mentions: model.actors.mentions(in: text), attributionWords: &words)
        #expect(words == [1, 6, 10, 11, 23, 24])
        let everyToken = text.withKeys { keys, tokens in
            tokens.indices.filter { model.speech.rules.match(keys: keys, tokens: tokens, at: $0, end: tokens.count) != nil }.map(Int32.init)
        }
        #expect(words == everyToken)
        #expect(speeches == model.speech.speeches(in: text, mentions: model.actors.mentions(in: text)))
        // "said" (with Peskov), "according to" (Reuters is no actor: none), "He added" (the
        // paragraph's last speaker), the quotation with "he told".
        #expect(speeches.map(\.cue) == [1..<2, 11..<12, 24..<25])
    }
}

/// The per-document shortcuts of session 8 (issue 13) against what they replace: each
/// sentence's mentions found in one walk against two binary searches, all actors' frame
/// weights in one walk over the hits against one walk per actor, candidates that are no
/// speakers in one walk against a search per candidate, the speech finder's arrays kept across
/// documents against fresh ones.
@Suite("Analysis fast paths: sentence mentions, frame weights, kept speech arrays")
struct AnalysisOneWalkTests {
    /// The first of `mentions` starting at or after token `index` (the binary search the walk replaces).
    func firstMention(_ mentions: [ActorMention], atOrAfter index: Int) -> Int {
        mentions.firstIndex { $0.tokens.lowerBound >= index } ?? mentions.count
    }

    @Test func sentenceMentionBoundsAreTheBinarySearches() throws {
        let (tokenizer, _) = try bundledTokenizerAndModel()
        // Tokens: Russia(0) attacked(1) Ukraine(2) .(3) | Peace(4) talks(5) stalled(6) .(7) |
        // NATO(8) and(9) the(10) EU(11) met(12) .(13)
        let text = try tokenizer.tokenize("Russia attacked Ukraine. Peace talks stalled. NATO and the EU met.")
        #expect(text.sentences.map(\.tokens) == [0..<4, 4..<8, 8..<14])
        let mentions = [(0, 0), (2, 0), (8, 2), (11, 2)].map { ActorMention(actor: 0, tokens: $0.0..<$0.0 + 1, sentence: $0.1, paragraph: 0) }
        var bounds: [Int32] = [7, 7, 7]
        SpeechFinder.sentenceMentions(of: text.sentences, mentions: mentions, into: &bounds)
        // Sentence 0: mentions 0..<2; sentence 1: none (2..<2); sentence 2: 2..<4.
        #expect(bounds == [0, 2, 2, 2, 2, 4])
        // Any mentions in text order, two on one token included (a hyphenated "Russia-Ukraine").
        for starts in [[], [13], [0, 0, 3, 4, 4, 7, 12], [1, 2, 3, 5, 6, 8, 9, 10, 11, 12, 13]] {
            let generated = starts.map { ActorMention(actor: 0, tokens: $0..<$0 + 1, sentence: text.tokens[$0].sentence, paragraph: 0) }
            SpeechFinder.sentenceMentions(of: text.sentences, mentions: generated, into: &bounds)
            let searched = text.sentences.flatMap { [firstMention(generated, atOrAfter: $0.tokens.lowerBound),
                                                      firstMention(generated, atOrAfter: $0.tokens.upperBound)] }
            #expect(bounds.map(Int.init) == searched)
        }
    }

    @Test func frameWeightsOfAllActorsInOneWalk() {
        // 70 actors (two words of bits per sentence), 2 frames, 3 sentences. Actor 1 is named in
        // sentence 0 (twice), actor 69 in sentences 0 and 2.
        let mentions = [(1, 0), (69, 0), (1, 0), (69, 2)].map { ActorMention(actor: $0.0, tokens: 0..<1, sentence: $0.1, paragraph: 0) }
        let hits = [(0, 0, 0.5), (1, 1, 2.0), (2, 1, 0.25), (0, 1, 1.0), (0, 0, 0.125)].map {
            FrameScores.Hit(tokens: 0..<1, frame: $0.1, weight: $0.2, sentence: $0.0)
        }
        var bits: [UInt64] = [9]
        var weights: [Double] = [9]
        DocumentAnalyzer.frameWeights(of: mentions, actorCount: 70, sentenceCount: 3, hits: hits, frameCount: 2, sentenceActors: &bits, into: &weights)
        #expect(weights.count == 140)
        // Actor 1: frame 0 0.5 + 0.125, frame 1 1.0 (sentence 0 only); actor 69: frame 0 the same,
        // frame 1 0.25 (sentence 2) + 1.0 (sentence 0), in the hits' order.
        #expect(Array(weights[2..<4]) == [0.625, 1.0])
        #expect(Array(weights[138..<140]) == [0.625, 1.25])
        #expect(weights.enumerated().allSatisfy { [2, 3, 138, 139].contains($0.offset) || $0.element == 0 })
        // The walk per actor it replaces, each sum from 0 in the hits' order.
        for actor in 0..<70 {
            let sentences = Set(mentions.filter { $0.actor == actor }.map(\.sentence))
            var perActor = [0.0, 0.0]
            for hit in hits where sentences.contains(hit.sentence) { perActor[hit.frame] += hit.weight }
            #expect(Array(weights[actor * 2..<actor * 2 + 2]) == perActor)
        }
        // No hits: all zero, the bits left unset.
        DocumentAnalyzer.frameWeights(of: mentions, actorCount: 70, sentenceCount: 3, hits: [], frameCount: 2, sentenceActors: &bits, into: &weights)
        #expect(weights == Array(repeating: 0, count: 140))
    }

    @Test func candidateBoundsLeaveOutSpeakersInOneWalk() throws {
        let (_, model) = try bundledTokenizerAndModel()
        let analyzer = DocumentAnalyzer(model: model)
        func speech(speaker: Range<Int>?) -> Speech {
            Speech(content: 20..<21, cue: nil, speaker: nil, speakerTokens: speaker, isQuotation: false, paragraph: 0)
        }
        // Speakers start at 12, 3 and 2 (no candidate starts at 2); one speech has none.
        let speeches = [speech(speaker: 12..<13), speech(speaker: nil), speech(speaker: 3..<5), speech(speaker: 2..<3)]
        analyzer.markCandidates([0..<1, 3..<5, 3..<5, 7..<8, 9..<9, 12..<13, 14..<16], speeches: speeches)
        // Both "3..<5" (a hyphenated token's two actors) are speakers; the empty one is left out.
        #expect(analyzer.candidateStarts == [0, 7, 14])
        #expect(analyzer.candidateEnds == [1, 8, 16])
        // Out of text order (a caller's own targets): the same bounds, sorted.
        analyzer.markCandidates([14..<16, 7..<8, 3..<5, 12..<13, 0..<1], speeches: speeches)
        #expect(analyzer.candidateStarts == [0, 7, 14])
        #expect(analyzer.candidateEnds == [1, 8, 16])
        // No speaker: every non-empty candidate.
        analyzer.markCandidates([0..<1, 3..<5], speeches: [])
        #expect(analyzer.candidateStarts == [0, 3])
        #expect(analyzer.candidateEnds == [1, 5])
    }

    @Test func attributionMatchesAreTheLookupsAtTheirWords() throws {
        let (tokenizer, model) = try bundledTokenizerAndModel()
        // Peskov(0) said(1) Moscow(2) was(3) ready(4) ,(5) according(6) to(7) Reuters(8) .(9)
        // Россия(10) якобы(11) атаковала(12) .(13): a speech verb, a source phrase of two words,
        // a distancing word.
        let text = try tokenizer.tokenize("Peskov said Moscow was ready, according to Reuters. Россия якобы атаковала.")
        var scratch = SpeechFinder.Scratch()
        _ = model.speech.speeches(in: text, mentions: model.actors.mentions(in: text), scratch: &scratch)
        #expect(scratch.attributionWords == [1, 6, 11])
        #expect(scratch.attributionMatches.map(\.kind) == [.speechVerb, .source, .distancing])
        #expect(scratch.attributionMatches.map(\.length) == [1, 2, 1])
        let lookups = text.withKeys { keys, tokens in
            scratch.attributionWords.compactMap { model.speech.rules.match(keys: keys, tokens: tokens, at: Int($0), end: tokens.count) }
        }
        #expect(scratch.attributionMatches.map(\.kind) == lookups.map(\.kind))
        #expect(scratch.attributionMatches.map { Int($0.length) } == lookups.map(\.length))
        // The distancing word disputes its clause ("Россия якобы атаковала"), read from the
        // walk's match; the first sentence's clauses are not disputed.
        let analyzer = DocumentAnalyzer(model: model)
        _ = analyzer.analyze(text, language: "ru")
        #expect(analyzer.isDisputed(12) && analyzer.isDisputed(10))
        #expect(!analyzer.isDisputed(1) && !analyzer.isDisputed(8))
    }

    @Test func keptSpeechArraysFindWhatFreshOnesFind() throws {
        let (tokenizer, model) = try bundledTokenizerAndModel()
        let documents = [
            "“We won,” Peskov said. Kallas warned that Russia was lying, according to NATO.",
            "He added: “No.” Russia said nothing.\n\n“Enough,” said Zelensky. “It is over.”",
            "Peace.",
        ]
        var scratch = SpeechFinder.Scratch()
        // Long then short then long: arrays kept from a longer document must not leak into a shorter one.
        for source in documents + documents.reversed() {
            let text = try tokenizer.tokenize(source)
            let mentions = model.actors.mentions(in: text)
            let kept = model.speech.speeches(in: text, mentions: mentions, scratch: &scratch)
            #expect(kept == model.speech.speeches(in: text, mentions: mentions))
            #expect(scratch.quoted.count == text.tokens.count)
            #expect(scratch.sentenceMentions.count == 2 * text.sentences.count)
        }
        let text = try tokenizer.tokenize(documents[0])
        let speeches = model.speech.speeches(in: text, mentions: model.actors.mentions(in: text), scratch: &scratch)
        // “(0) We(1) won(2) ,(3) ”(4) Peskov(5) said(6) .(7): the quotation, said by Peskov;
        // Kallas(8) warned(9) that(10) Russia(11) ... : reported speech from "warned".
        #expect(speeches.first?.content == 1..<4)
        #expect(speeches.first?.cue == 6..<7)
        #expect(speeches.first?.speakerTokens == 5..<6)
    }
}
