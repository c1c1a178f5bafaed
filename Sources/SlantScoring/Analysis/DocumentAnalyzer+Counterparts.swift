import SlantLexicon
import SlantText

/// Roles weighed by how the text itself names the other party of the act.
///
/// Helping a party is praise only when the text does not condemn that party: "Washington
/// supports the Kyiv junta" shows Washington abetting, not helping; "Russia shelled the Kyiv
/// regime" shows a fight, with no aggressor's full blame and no victim. Which party is condemned
/// is read from the narrator's own labels — a condemning noun that names a candidate (its head
/// noun after a determiner: "the Kyiv regime"; a noun inside it: "the Kyiv junta") —, never from
/// the words others are quoted as saying, nor from scare quotes, nor from a list of actors: the
/// same rule reads an English-language outlet of either side, "the Kyiv regime" as much as "the
/// Putin regime". In languages without articles the label is a phrase of the name's adjective
/// and the noun ("путінському режиму", "киевский режим").
extension DocumentAnalyzer {
    /// The factor of a kind act's positive agent valence when its beneficiary is condemned:
    /// helping or protecting a party the text condemns is abetting it (aid +1.5 → −0.75),
    /// blamed less than doing harm oneself.
    public static let abettingFactor = -0.5
    /// The factor of a harmful act's agent valence when its patient is condemned, as for harm
    /// done to armed forces (``RoleFinder/armedTargetAgentFactor``): the text reports a fight
    /// against those it condemns, not an attack on the defenceless. The patient gets no
    /// sympathy (factor 0).
    public static let condemnedTargetAgentFactor = RoleFinder.armedTargetAgentFactor

    /// The most negative label the narrator gives each candidate: its own (`local`), and that
    /// of any candidate of the same actor with the same words (`named`: "the Putin regime" in
    /// one sentence makes "helped Putin" abetting in another, while "the Poroshenko regime"
    /// says nothing of "Ukraine").
    ///
    /// Only the patients' labels are read (``weighCounterparts(_:candidates:groups:terms:text:)``),
    /// and a patient's depend only on the candidates of its actor with its words: when
    /// `patients` is given, only those candidates' own labels are sought, the others' left `nil`
    /// (so `local` and `named` are exact for the patients and their like, not for the rest).
    func condemningLabels<Groups: RandomAccessCollection<Int>>(candidates: [Range<Int>], groups: Groups, terms: [ScoredTerm],
                          text: TokenizedText, patients: [Int]? = nil) -> (local: [Label?], named: [Label?]) where Groups.Index == Int {
        let local: [Label?]
        if let patients {
            local = candidates.indices.map { candidate in
                let range = candidates[candidate]
                guard !range.isEmpty, patients.contains(where: { groups[$0] == groups[candidate] && sameWords(candidates[$0], range, text: text) })
                else { return nil }
                return narratorLabel(of: range, terms: terms, text: text)
            }
        } else {
            local = candidates.map { $0.isEmpty ? nil : narratorLabel(of: $0, terms: terms, text: text) }
        }
        var named = local
        for (index, label) in local.enumerated() {
            guard let label else { continue }
            for other in candidates.indices where groups[other] == groups[index] && (named[other]?.valence ?? 0) > label.valence
                && sameWords(candidates[other], candidates[index], text: text) {
                named[other] = label
            }
        }
        return (local, named)
    }

    /// Whether two token ranges hold the same keys.
    func sameWords(_ first: Range<Int>, _ second: Range<Int>, text: TokenizedText) -> Bool {
        guard first.count == second.count else { return false }
        return text.withKeys { keys, tokens in
            zip(first, second).allSatisfy { keys[tokens[$0].keyRange].elementsEqual(keys[tokens[$1].keyRange]) }
        }
    }

    /// A condemning label: its lexicon valence and the sentiment entry that gave it.
    typealias Label = (valence: Double, entry: Int)

    /// The narrator's label of `candidate`: the most negative sentiment term ending in a
    /// condemning name (``isLabel(_:text:)``) that is its head noun (the word right after it: "the Kyiv regime") or a lower-case word inside it after
    /// its first ("the Kyiv junta" as one name), outside quotations, scare quotes and
    /// predicates, and not a topic noun ("the Ukraine crisis" is an event, not a name).
    func narratorLabel(of candidate: Range<Int>, terms: [ScoredTerm], text: TokenizedText) -> Label? {
        let sentence = text.tokens[candidate.lowerBound].sentence
        var label: Label?
        for term in terms[termStart[sentence]..<termStart[sentence + 1]] {
            let first = term.tokens.lowerBound
            let inside = first > candidate.lowerBound && term.tokens.upperBound <= candidate.upperBound
            guard inside || isHeadNoun(first, of: candidate, text: text) || isAdjectivePhrase(term.tokens, of: candidate), term.lexiconValence < 0,
                  speakerOfToken[first] == -2, markOfToken[first] == .plain,
                  !text.tokens[first].isCapitalized, !text.tokens[first].isAllCaps, isLabel(term.tokens, text: text) else { continue }
            if label == nil || term.lexiconValence < label!.valence { label = (term.lexiconValence, term.entry) }
        }
        return label
    }

    /// Whether the last word of `term` is a condemning name of a party (role cue kind `label`:
    /// "regime", "junta", "neo-Nazis"), not an event or a thing ("scandal", "missile").
    func isLabel(_ term: Range<Int>, text: TokenizedText) -> Bool {
        text.withKeys { keys, tokens in
            roleBox.finder.cues.kinds(keys: keys, tokens: tokens, at: term.upperBound - 1, end: term.upperBound).has(.label)
        }
    }

    /// Whether the word at `index` is the head noun of `candidate`'s noun phrase: right after
    /// a name (not after a common noun: "the saboteurs committing"), not a participle ("the CIA
    /// committing sabotage"), when a determiner before the candidate makes it a modifier ("the Kyiv regime", "this
    /// Kremlin propaganda"), and not a topic noun ("the Ukraine crisis" is an event). A word
    /// after a bare name is mostly its verb ("Ukraine dismissed", "Russia attacks"); languages
    /// without articles read the name's adjective instead (``isAdjectivePhrase(_:of:)``).
    func isHeadNoun(_ index: Int, of candidate: Range<Int>, text: TokenizedText) -> Bool {
        guard index == candidate.upperBound, index < text.tokens.count, candidate.lowerBound > 0, text.tokens[index].isWordLike,
              text.tokens[index - 1].isCapitalized || text.tokens[index - 1].isAllCaps else { return false }
        let determined = text.withKeys { keys, tokens in
            roleBox.finder.cues.kinds(keys: keys, tokens: tokens, at: candidate.lowerBound - 1, end: candidate.lowerBound).has(.determiner)
                && !roleBox.finder.cues.hasSuffix(roleBox.finder.cues.activeSuffixes, keys: keys, token: tokens[index])
                && !roleBox.finder.cues.hasSuffix(roleBox.finder.cues.passiveSuffixes, keys: keys, token: tokens[index])
        }
        return determined && !isTopicNoun(after: candidate, text: text)
    }

    /// In a language without articles, whether `term` is a phrase that starts with
    /// `candidate` as an adjective and ends in a head noun after it ("путінському режиму",
    /// "киевский режим"): the name in lower case is the adjective of the party the noun names.
    func isAdjectivePhrase(_ term: Range<Int>, of candidate: Range<Int>) -> Bool {
        roleBox.finder.cues.marksCase && term.lowerBound == candidate.lowerBound && candidate.count == 1 && term.upperBound > candidate.upperBound
    }

    /// Weighs each assignment by the label of the other party of its predicate (see the
    /// extension's discussion); `groups` gives each candidate's actor.
    /// `groups` is read only when some assignment is a patient's (a lazy view costs nothing otherwise).
    func weighCounterparts<Groups: RandomAccessCollection<Int>>(_ assignments: inout [RoleAssignment], candidates: [Range<Int>], groups: Groups, terms: [ScoredTerm],
                           text: TokenizedText) where Groups.Index == Int {
        // The candidates that are patients, each once (a handful per document).
        var patients: [Int] = []
        for index in assignments.indices where assignments[index].position == .patient {
            let candidate = assignments[index].candidate
            if !patients.contains(candidate) { patients.append(candidate) }
        }
        guard !patients.isEmpty else { return }
        let labels = condemningLabels(candidates: candidates, groups: groups, terms: terms, text: text, patients: patients)
        var start = 0
        while start < assignments.count {
            var end = start + 1
            while end < assignments.count, assignments[end].predicate == assignments[start].predicate { end += 1 }
            // Harm to a party is read as harm to the defenceless unless that very mention is
            // condemned ("the murder of Russians" in a text about "the Russian regime" still
            // has victims); help to it is abetting if the text condemns it anywhere.
            let harmful = assignments[start].predicateClass == .harm || assignments[start].predicateClass == .threat
            // The first most negative label of the patients, as `min(by:)` over them picks it,
            // without a list per predicate.
            var condemned: Label?
            for index in start..<end where assignments[index].position == .patient {
                guard let label = (harmful ? labels.local : labels.named)[assignments[index].candidate] else { continue }
                if condemned == nil || label.valence < condemned!.valence { condemned = label }
            }
            if let condemned {
                let word = sentiment.model.valences.entries[condemned.entry].term
                for index in start..<end { weigh(&assignments[index], condemnedPatient: word) }
            }
            start = end
        }
    }

    /// One assignment of a predicate whose patient the text condemns as `word`.
    private func weigh(_ assignment: inout RoleAssignment, condemnedPatient word: String) {
        switch (assignment.predicateClass, assignment.position) {
        case (.aid, .agent), (.protection, .agent):
            guard assignment.valence > 0 else { return }
            assignment.valence *= Self.abettingFactor
            assignment.rule += ", helps a party the text calls '\(word)'"
        case (.aid, .patient), (.protection, .patient), (.harm, .patient), (.threat, .patient):
            guard assignment.valence > 0 else { return }
            assignment.valence = 0
            assignment.rule += ", called '\(word)' by the text"
        case (.harm, .agent), (.threat, .agent):
            guard assignment.valence < 0 else { return }
            assignment.valence *= Self.condemnedTargetAgentFactor
            assignment.rule += ", against a party the text calls '\(word)'"
        default:
            return
        }
    }
}
