@testable import SlantScoring
import SlantText
import Testing

/// The portrayal's kept storage and in-place reads (issue 13, session 9) against what they
/// replace: fresh indices and buckets per document, a filter over the terms, a search per
/// candidate, and a fresh analyzer per document.
@Suite("Portrayal: kept indices, term ranges, nearest candidates, reused analyzer")
struct PortrayalReuseTests {
    /// A role assignment of `candidate` (only the candidate is read by the index).
    func assignment(_ candidate: Int) -> RoleAssignment {
        RoleAssignment(candidate: candidate, predicate: 0..<1, entry: 0, term: "attack", predicateClass: .harm, position: .agent,
                       role: .aggressor, valence: -1, rule: "test")
    }

    @Test func keptRoleIndexIsAFreshOne() {
        // Candidates 0..<4; assignments of 2, 0, 2, 3, 0: candidate 0 has assignments 1 and 4,
        // 1 none, 2 has 0 and 2, 3 has 3.
        var index = RoleIndex()
        index.fill([2, 0, 2, 3, 0].map(assignment), candidates: 4)
        #expect(index.order == [1, 4, 0, 2, 3])
        #expect(index.start == [0, 2, 2, 4, 5])
        #expect(index.range(of: 2) == 2..<4)
        // Refilled smaller, then larger again: the same as a fresh index each time.
        for (candidates, owners) in [(1, [0]), (0, []), (6, [5, 5, 1, 0, 3, 1, 5]), (2, [1, 1])] {
            let assignments = owners.map(assignment)
            index.fill(assignments, candidates: candidates)
            let fresh = RoleIndex(assignments, candidates: candidates)
            #expect(index.order == fresh.order && index.start == fresh.start)
            for candidate in 0..<candidates {
                #expect(index.order[index.range(of: candidate)].map { assignments[$0].candidate }.allSatisfy { $0 == candidate })
                #expect(index.range(of: candidate).count == owners.count { $0 == candidate })
            }
        }
    }

    @Test func keptBucketsGroupLikeFreshOnes() {
        var buckets = Buckets()
        buckets.group(count: 3, items: 6) { [1, -1, 0, 1, 2, 1][$0] }
        #expect(buckets.order == [2, 0, 3, 5, 4])
        #expect(buckets.range(of: 1) == 1..<4)
        #expect(Array(buckets[1]) == [0, 3, 5])
        buckets.group(count: 2, items: 1) { _ in -1 }
        #expect(buckets.order.isEmpty && buckets.range(of: 0).isEmpty && buckets.range(of: 1).isEmpty)
        let keys = [4, 0, 4, 4, 2, -1, 0]
        buckets.group(count: 5, items: keys.count) { keys[$0] }
        let fresh = Buckets(count: 5, keys: keys)
        #expect(buckets.order == fresh.order && buckets.start == fresh.start)
        #expect(Array(buckets[4]) == [0, 2, 3])
    }

    @Test func termIndicesAreTheTermsStartingInTheRange() throws {
        let (tokenizer, model) = try bundledTokenizerAndModel()
        let analyzer = DocumentAnalyzer(model: model)
        let text = try tokenizer.tokenize("""
            Russia brutally attacked peaceful Ukraine. The EU said the war was a terrible crime. \
            Nobody is happy. NATO praised the brave defenders and condemned the cruel invasion.
            """)
        let analysis = analyzer.analyze(text)
        let terms = analysis.terms
        #expect(terms.count >= 8)
        #expect(analyzer.termStart.count == text.sentences.count + 1)
        // Every range of tokens (whole sentences, parts, across sentences, empty): the terms
        // whose first token lies in it, in order.
        for lower in 0...text.tokens.count {
            for upper in lower...text.tokens.count {
                let found = DocumentAnalyzer.termIndices(in: lower..<upper, terms: terms, termStart: analyzer.termStart, tokens: text.tokens)
                let filtered = terms.indices.filter { (lower..<upper).contains(terms[$0].tokens.lowerBound) }
                #expect(Array(found) == filtered, "tokens \(lower)..<\(upper)")
            }
        }
    }

    @Test func nearestOtherCandidateIsTheSearchOverAllCandidates() throws {
        let (tokenizer, model) = try bundledTokenizerAndModel()
        // Tokens: Russia(0) and(1) Ukraine(2) blamed(3) NATO(4) ,(5) not(6) the(7) EU(8) .(9) |
        // Peace(10) is(11) far(12) for(13) Kyiv(14) .(15)
        let text = try tokenizer.tokenize("Russia and Ukraine blamed NATO, not the EU. Peace is far for Kyiv.")
        #expect(text.tokens.count == 16)
        let analyzer = DocumentAnalyzer(model: model)
        let candidates = [0..<1, 2..<3, 4..<5, 8..<9, 14..<15]
        analyzer.markCandidates(candidates, speeches: [])
        let marks = analyzer.toneMarks()
        #expect(marks.candidateStarts == [0, 2, 4, 8, 14] && marks.candidateEnds == [1, 3, 5, 9, 15])
        // "not" (6) before the EU (8): NATO ends at 5, one token before it — nearer than a
        // distance of 2, not than one of 1. "far" (12) after the EU: Kyiv (14) starts one token
        // after its end (13), not nearer than a distance of 1.
        #expect(!marks.isNearerToAnotherCandidate(6..<7, target: 8..<9, distance: 1, tokens: text.tokens))
        #expect(marks.isNearerToAnotherCandidate(6..<7, target: 8..<9, distance: 2, tokens: text.tokens))
        #expect(!marks.isNearerToAnotherCandidate(12..<13, target: 8..<9, distance: 1, tokens: text.tokens))
        // The full stop (9) after Russia: the next candidate, Kyiv, is in the next sentence.
        #expect(!marks.isNearerToAnotherCandidate(9..<10, target: 0..<1, distance: 10, tokens: text.tokens))
        // Against the definition over all candidates, for every one-token term and target.
        for term in 0..<16 {
            for target in candidates {
                let termRange = term..<term + 1
                guard !termRange.overlaps(target) else { continue }
                let sentence = text.tokens[term].sentence
                for distance in 1...6 {
                    let expected: Bool
                    if termRange.upperBound <= target.lowerBound {
                        let farEnd = candidates.map(\.upperBound).filter { $0 <= term }.max()
                        expected = farEnd.map { $0 > 0 && term - $0 < distance && text.tokens[$0 - 1].sentence == sentence } ?? false
                    } else {
                        let farStart = candidates.map(\.lowerBound).filter { $0 >= term + 1 }.min()
                        expected = farStart.map { $0 - (term + 1) < distance && text.tokens[$0].sentence == sentence } ?? false
                    }
                    #expect(marks.isNearerToAnotherCandidate(termRange, target: target, distance: distance, tokens: text.tokens) == expected)
                }
            }
        }
    }

    @Test func patientsLabelsAreTheLabelsOfAllCandidates() throws {
        let (tokenizer, model) = try bundledTokenizerAndModel()
        let analyzer = DocumentAnalyzer(model: model)
        // "the Putin regime" labels Putin (−1.8); "helped Putin" carries it to the patient Putin
        // of sentence 1; "the Kyiv junta" (−2.4) labels the patient of "supports".
        let text = try tokenizer.tokenize("""
            The Putin regime lies. Washington helped Putin. Washington supports the Kyiv junta. \
            The Kremlin regime met Putin.
            """)
        let analysis = analyzer.analyze(text)
        let candidates = analysis.mentions.map(\.tokens)
        let groups = analysis.mentions.map(\.actor)
        var patients: [Int] = []
        for assignment in analysis.roles where assignment.position == .patient && !patients.contains(assignment.candidate) {
            patients.append(assignment.candidate)
        }
        #expect(patients.count >= 2)
        let all = analyzer.condemningLabels(candidates: candidates, groups: groups, terms: analysis.terms, text: text)
        let some = analyzer.condemningLabels(candidates: candidates, groups: groups, terms: analysis.terms, text: text, patients: patients)
        #expect(all.named.contains { $0?.valence == -1.8 } && all.named.contains { $0?.valence == -2.4 })
        for candidate in candidates.indices {
            let alike = patients.contains { groups[$0] == groups[candidate] && analyzer.sameWords(candidates[$0], candidates[candidate], text: text) }
            if alike {
                #expect(some.local[candidate]?.valence == all.local[candidate]?.valence && some.local[candidate]?.entry == all.local[candidate]?.entry)
                #expect(some.named[candidate]?.valence == all.named[candidate]?.valence && some.named[candidate]?.entry == all.named[candidate]?.entry)
            } else {
                #expect(some.local[candidate] == nil)
            }
        }
    }

    @Test func reusedAnalyzerReportsWhatFreshOnesReport() throws {
        let (tokenizer, model) = try bundledTokenizerAndModel()
        let documents = [
            """
            Russia brutally attacked peaceful Ukraine, and NATO condemned the cruel invasion. "We will defend every \
            city," Zelensky said. The Kremlin claimed that Kyiv allegedly shelled its own people. The EU praised \
            the brave defenders and promised more aid to Ukraine.
            """,
            "NATO met.",
            """
            "This is a terrible crime," Kallas warned, as the EU backed Ukraine. Washington supports the Kyiv \
            regime, Moscow said. Russia accused NATO of aggression.
            """,
        ]
        let reused = DocumentAnalyzer(model: model)
        for document in documents + documents.reversed() {
            let text = try tokenizer.tokenize(document)
            let kept = reused.analyze(text)
            let fresh = DocumentAnalyzer(model: model).analyze(text)
            #expect(kept.actors == fresh.actors)
            #expect(kept.mentionTones == fresh.mentionTones)
            #expect(kept.roles == fresh.roles)
        }
        // A long document's reports are there and carry evidence.
        let first = reused.analyze(try tokenizer.tokenize(documents[0]))
        #expect(first.actors.count >= 3)
        #expect(first.actors.contains { !$0.portrayalEvidence.isEmpty })
    }
}
