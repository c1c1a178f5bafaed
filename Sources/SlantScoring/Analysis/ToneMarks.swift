import SlantText

/// The analyzer's marks of one document as one value, for the tones of its mentions: who speaks
/// each token, its clause and portrayal mark, the disputed clauses, each sentence's factor and
/// terms, and the bounds of the candidates that are no speakers.
///
/// Made once per document after the marks (``DocumentAnalyzer/toneMarks()``) and passed to
/// every mention's tone: it reads these lists as constants of a borrowed value, where reading the
/// analyzer's properties cost an exclusivity check per read (`swift_beginAccess`) and copying
/// them per mention a retain and release of each list (session 8).
struct ToneMarks {
    /// ``DocumentAnalyzer/speakerOfToken``.
    let speakerOfToken: [Int32]
    /// ``DocumentAnalyzer/clauseOfToken``.
    let clauseOfToken: [Int32]
    /// ``DocumentAnalyzer/disputedClause`` (empty when nothing is disputed).
    let disputedClause: [Bool]
    /// ``DocumentAnalyzer/markOfToken``.
    let markOfToken: [PortrayalMark]
    /// ``DocumentAnalyzer/sentenceFactor``.
    let sentenceFactor: [Double]
    /// ``DocumentAnalyzer/termStart``: sentence `s`'s terms are `terms[termStart[s]..<termStart[s + 1]]`.
    let termStart: [Int]
    /// ``DocumentAnalyzer/candidateStarts`` and ``DocumentAnalyzer/candidateEnds``, each sorted.
    let candidateStarts: [Int]
    let candidateEnds: [Int]
    /// Whether some distancing word stands in attributed speech (``DocumentAnalyzer/distancedSpeakers``
    /// is not empty), read once per document instead of once per mention.
    let hasDistancedSpeakers: Bool

    /// ``DocumentAnalyzer/isDisputed(_:)``.
    @inline(__always)
    func isDisputed(_ index: Int) -> Bool {
        !disputedClause.isEmpty && disputedClause[Int(clauseOfToken[index])]
    }

    /// Whether `term` stands right before `target`, or with one word between that is no
    /// predicate: "heroic Ukrainians", "the brutal Putin regime" — its own noun phrase.
    func isOwnModifier(_ term: Range<Int>, of target: Range<Int>) -> Bool {
        let gap = target.lowerBound - term.upperBound
        return gap == 0 || (gap == 1 && markOfToken[term.upperBound] != .predicate)
    }

    /// Whether another candidate of the sentence stands on the far side of the term, nearer to
    /// it than `target` is ("NATO in talks … amid the growing threat posed by Russia": the
    /// threat is Russia's). A candidate between the term and the target does not take the word
    /// ("Strzok and Page were 'disappointing'": lists of names share their words).
    func isNearerToAnotherCandidate(_ term: Range<Int>, target: Range<Int>, distance: Int, tokens: [Token]) -> Bool {
        var cursor = CandidateCursor()
        return isNearerToAnotherCandidate(term, target: target, distance: distance, tokens: tokens, cursor: &cursor)
    }

    /// Where the last search of one mention's terms ended in ``candidateEnds`` and
    /// ``candidateStarts`` (-1: not searched yet).
    struct CandidateCursor {
        var end = -1
        var start = -1
    }

    /// ``isNearerToAnotherCandidate(_:target:distance:tokens:)`` for the terms of one mention,
    /// in order: the first search is binary, the next ones walk from where the previous one
    /// ended (a term or two further along the sorted bounds, where a binary search per term
    /// mispredicted its branches). A walk from any place ends where the binary search does.
    @inline(__always)
    func isNearerToAnotherCandidate(_ term: Range<Int>, target: Range<Int>, distance: Int, tokens: [Token],
                                    cursor: inout CandidateCursor) -> Bool {
        let sentence = tokens[term.lowerBound].sentence
        if term.upperBound <= target.lowerBound {
            // The end of the nearest candidate ending at or before the term's first token:
            // `index` is the first place whose end is after it.
            var index = cursor.end
            if index < 0 {
                index = DocumentAnalyzer.firstIndex(in: candidateEnds) { $0 > term.lowerBound }
            } else {
                while index < candidateEnds.count, candidateEnds[index] <= term.lowerBound { index += 1 }
                while index > 0, candidateEnds[index - 1] > term.lowerBound { index -= 1 }
            }
            cursor.end = index
            guard index > 0 else { return false }
            let farEnd = candidateEnds[index - 1]
            return farEnd > 0 && term.lowerBound - farEnd < distance && tokens[farEnd - 1].sentence == sentence
        }
        // The first token of the nearest candidate starting at or after the term's end.
        var index = cursor.start
        if index < 0 {
            index = DocumentAnalyzer.firstIndex(in: candidateStarts) { $0 >= term.upperBound }
        } else {
            while index < candidateStarts.count, candidateStarts[index] < term.upperBound { index += 1 }
            while index > 0, candidateStarts[index - 1] >= term.upperBound { index -= 1 }
        }
        cursor.start = index
        guard index < candidateStarts.count else { return false }
        let farStart = candidateStarts[index]
        return farStart - term.upperBound < distance && tokens[farStart].sentence == sentence
    }
}

extension DocumentAnalyzer {
    /// The current document's marks as one value (after ``markPortrayal(_:speeches:roles:terms:)``,
    /// ``markCandidates(_:speeches:)`` and ``indexTermsBySentence(_:sentenceCount:)``).
    func toneMarks() -> ToneMarks {
        ToneMarks(speakerOfToken: speakerOfToken, clauseOfToken: clauseOfToken, disputedClause: disputedClause, markOfToken: markOfToken,
                  sentenceFactor: sentenceFactor, termStart: termStart, candidateStarts: candidateStarts, candidateEnds: candidateEnds,
                  hasDistancedSpeakers: !distancedSpeakers.isEmpty)
    }
}
