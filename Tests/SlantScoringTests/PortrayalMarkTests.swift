@testable import SlantScoring
import SlantText
import Testing

/// The portrayal's cheaper marks and weights (issue 13, session 10) against what they replace:
/// names and attributive adjectives tested at every token of a candidate sentence, the distance
/// weight divided out per term, the candidates' bounds always sorted, the clauses' flags always
/// made.
@Suite("Portrayal: marks at term starts, distance table, sorted bounds, disputed clauses")
struct PortrayalMarkTests {
    /// The marks of the walk over every token of the flagged sentences that
    /// ``DocumentAnalyzer/markPortrayal(_:speeches:roles:terms:)`` replaced (session 9), from
    /// the analyzer's predicate and scare-quote marks of the same document.
    func everyTokenMarks(_ analyzer: DocumentAnalyzer, text: TokenizedText) -> [PortrayalMark] {
        var marks = analyzer.markOfToken.map { $0 == .properName || $0 == .attributive ? PortrayalMark.plain : $0 }
        let cues = analyzer.roleBox.finder.cues
        text.withKeys { keys, tokens in
            for (sentenceIndex, sentence) in text.sentences.enumerated() where analyzer.candidateSentence[sentenceIndex] {
                let titleCase = analyzer.titleCase[sentenceIndex]
                let first = ProperNames.firstWord(sentence, tokens: tokens)
                for index in sentence.tokens where tokens[index].kind == .word && marks[index] != .predicate && marks[index] != .scareQuote {
                    if !titleCase && ProperNames.isInsideName(index, sentence: sentence, firstWord: first, tokens: tokens) {
                        marks[index] = .properName
                    } else if index - 2 >= sentence.tokens.lowerBound, index + 1 < sentence.tokens.upperBound, tokens[index + 1].kind == .word,
                              marks[index - 2] == .predicate,
                              cues.kinds(keys: keys, tokens: tokens, at: index - 1, end: index).has(.determiner),
                              cues.kinds(keys: keys, tokens: tokens, at: index + 1, end: index + 2).isEmpty {
                        marks[index] = .attributive
                    }
                }
            }
        }
        return marks
    }

    @Test func namesAndAttributivesAreMarkedAtTermStarts() throws {
        let (tokenizer, model) = try bundledTokenizerAndModel()
        let analyzer = DocumentAnalyzer(model: model)
        // Tokens: Russia(0) attacked(1) a(2) brave(3) German(4) soldier(5) near(6) the(7)
        // European(8) Peace(9) Fund(10) .(11)
        let text = try tokenizer.tokenize("Russia attacked a brave German soldier near the European Peace Fund.")
        let analysis = analyzer.analyze(text)
        let starts = analysis.terms.map(\.tokens.lowerBound)
        #expect(starts.contains(3) && starts.contains(9))
        // "brave": two after the predicate "attacked", after a determiner, before a word that
        // is no cue. "Peace": capitalised between capitalised words.
        #expect(analyzer.markOfToken[1] == .predicate)
        #expect(analyzer.markOfToken[3] == .attributive)
        #expect(analyzer.markOfToken[9] == .properName)
        // "German" and "European" are no term starts: not marked (the walk over every token marked
        // "European" a name); nothing reads their marks.
        #expect(!starts.contains(8) && analyzer.markOfToken[8] == .plain)
        #expect(everyTokenMarks(analyzer, text: text)[8] == .properName)
    }

    @Test func termStartMarksAreTheEveryTokenWalks() throws {
        let (tokenizer, model) = try bundledTokenizerAndModel()
        let analyzer = DocumentAnalyzer(model: model)
        let documents = [
            """
            Russia brutally attacked peaceful Ukraine, and NATO condemned the cruel invasion. The EU praised \
            the brave defenders of the Free Ukrainian Army. Kyiv has "a clear plan" for victory, Zelensky said.
            """,
            "Russian Troops Attack Brave Kyiv Defenders. Putin threatened a peaceful Baltic nation with a terrible war.",
            """
            "This is a terrible crime," Kallas warned, as the EU backed Ukraine. Washington supports the Kyiv \
            regime, Moscow said. Why should Russians be free to holiday in Britain? Russia accused NATO of aggression.
            """,
        ]
        for document in documents {
            let text = try tokenizer.tokenize(document)
            let analysis = analyzer.analyze(text)
            let expected = everyTokenMarks(analyzer, text: text)
            for term in analysis.terms {
                #expect(analyzer.markOfToken[term.tokens.lowerBound] == expected[term.tokens.lowerBound])
            }
            // Predicates and scare quotes are marked at every token, as before.
            for index in text.tokens.indices {
                let mark = analyzer.markOfToken[index]
                #expect((mark == .predicate) == (expected[index] == .predicate) && (mark == .scareQuote) == (expected[index] == .scareQuote))
            }
        }
    }

    @Test func distanceTableIsTheFormula() throws {
        let (_, model) = try bundledTokenizerAndModel()
        let analyzer = DocumentAnalyzer(model: model)
        let parameters = model.portrayal
        #expect(analyzer.distanceWeights.count == DocumentAnalyzer.distanceWeightCount)
        // Default scale 4: distance 0 weighs 1, distance 4 a half, distance 12 a quarter.
        #expect(analyzer.distanceWeights[0] == 1 && analyzer.distanceWeights[4] == 0.5 && analyzer.distanceWeights[12] == 0.25)
        for distance in 0..<DocumentAnalyzer.distanceWeightCount {
            #expect(analyzer.distanceWeights[distance].bitPattern == (1 / (1 + Double(distance) / parameters.distanceScale)).bitPattern)
            for sameClause in [false, true] {
                for precedes in [false, true] {
                    let weight = parameters.weight(byDistance: analyzer.distanceWeights[distance], sameClause: sameClause, precedes: precedes)
                    #expect(weight.bitPattern == parameters.weight(distance: distance, sameClause: sameClause, precedes: precedes).bitPattern)
                }
            }
        }
    }

    @Test func boundsAreSortedOnlyWhenOutOfOrder() {
        var sorted = [1, 3, 3, 8]
        DocumentAnalyzer.sortUnlessSorted(&sorted)
        #expect(sorted == [1, 3, 3, 8])
        var unsorted = [5, 2, 9, 2]
        DocumentAnalyzer.sortUnlessSorted(&unsorted)
        #expect(unsorted == [2, 2, 5, 9])
        var empty: [Int] = []
        DocumentAnalyzer.sortUnlessSorted(&empty)
        #expect(empty.isEmpty)
    }

    @Test func clausesAreFlaggedOnlyWhenOneIsDisputed() throws {
        let (tokenizer, model) = try bundledTokenizerAndModel()
        let analyzer = DocumentAnalyzer(model: model)
        _ = analyzer.analyze(try tokenizer.tokenize("Russia attacked Ukraine. NATO said the war must end."))
        #expect(analyzer.disputedClause.isEmpty)
        // "якобы" (Lexicons/ru/attribution-ru.tsv, distancing) disputes its clause: the flags
        // are made, that clause's set. Tokens: Россия(0) якобы(1) атаковала(2) Украину(3) .(4)
        let text = try tokenizer.tokenize("Россия якобы атаковала Украину.")
        _ = analyzer.analyze(text, language: "ru")
        #expect(analyzer.disputedClause.count == Int(analyzer.clauseOfToken.last!) + 1)
        #expect(analyzer.isDisputed(1) && analyzer.isDisputed(3))
        // The next document without one empties them again.
        _ = analyzer.analyze(try tokenizer.tokenize("Russia attacked Ukraine."))
        #expect(analyzer.disputedClause.isEmpty)
    }

    @Test func walkedCandidateSearchesAreTheBinaryOnes() throws {
        let (tokenizer, model) = try bundledTokenizerAndModel()
        // Tokens: Russia(0) and(1) Ukraine(2) blamed(3) NATO(4) ,(5) not(6) the(7) EU(8) .(9) |
        // Peace(10) is(11) far(12) for(13) Kyiv(14) and(15) Moscow(16) .(17)
        let text = try tokenizer.tokenize("Russia and Ukraine blamed NATO, not the EU. Peace is far for Kyiv and Moscow.")
        let analyzer = DocumentAnalyzer(model: model)
        let candidates = [0..<1, 2..<3, 4..<5, 8..<9, 14..<15, 16..<17]
        analyzer.markCandidates(candidates, speeches: [])
        let marks = analyzer.toneMarks()
        // "not" (6) before the EU: NATO ends at 5, nearer than a distance of 2; the walk stops
        // at the fourth end (9, the EU's), the first after "not".
        var cursor = ToneMarks.CandidateCursor()
        #expect(marks.isNearerToAnotherCandidate(6..<7, target: 8..<9, distance: 2, tokens: text.tokens, cursor: &cursor))
        #expect(cursor.end == 3)
        // One cursor per target along its terms in order, backwards, and back and forth: the
        // answers of a fresh search each time.
        let orders = [Array(0..<18), Array((0..<18).reversed()), [9, 2, 15, 0, 17, 6, 12, 3]]
        for target in candidates {
            for order in orders {
                for distance in [1, 2, 4] {
                    var cursor = ToneMarks.CandidateCursor()
                    for term in order where !(term..<term + 1).overlaps(target) {
                        let walked = marks.isNearerToAnotherCandidate(term..<term + 1, target: target, distance: distance, tokens: text.tokens,
                                                                      cursor: &cursor)
                        #expect(walked == marks.isNearerToAnotherCandidate(term..<term + 1, target: target, distance: distance, tokens: text.tokens))
                    }
                }
            }
        }
    }

    @Test func termStartsCountTheTermsBeforeEachSentence() throws {
        let (tokenizer, model) = try bundledTokenizerAndModel()
        let analyzer = DocumentAnalyzer(model: model)
        // Sentence 1 has no term ("NATO met."); the last sentence has two ("terrible", "war").
        let text = try tokenizer.tokenize("Russia brutally attacked peaceful Ukraine. NATO met. It was a terrible war.")
        let analysis = analyzer.analyze(text)
        let sentences = analysis.terms.map(\.sentence)
        #expect(!sentences.contains(1))
        #expect(analyzer.termStart.count == text.sentences.count + 1)
        for sentence in 0...text.sentences.count {
            #expect(analyzer.termStart[sentence] == sentences.count { $0 < sentence })
        }
        #expect(analyzer.termStart[1] == analyzer.termStart[2])
        #expect(analyzer.termStart[3] == analysis.terms.count)
    }
}
