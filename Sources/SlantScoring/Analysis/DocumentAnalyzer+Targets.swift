import SlantLexicon
import SlantText

extension DocumentAnalyzer {
    /// The tone toward user-given spans. Each target is an argument like an actor mention: it
    /// takes roles, and when it speaks its own words are its voice, not its portrayal. Catalog
    /// mentions that overlap no target stay candidates, so that "Russia attacked the city" still
    /// finds Russia as the subject.
    func score(targets: [TargetSpan], text: TokenizedText, mentions: [ActorMention], terms: [ScoredTerm]) -> [TargetResult] {
        guard !targets.isEmpty else { return [] }
        let actorCount = model.actors.catalog.actors.count
        let spans = targets.map { tokens(covering: $0, in: text) }
        var combined: [ActorMention] = mentions.filter { mention in !spans.contains { $0.overlaps(mention.tokens) } }
        for (index, span) in spans.enumerated() where !span.isEmpty {
            let token = text.tokens[span.lowerBound]
            combined.append(ActorMention(actor: actorCount + index, tokens: span, sentence: token.sentence, paragraph: token.paragraph))
        }
        combined.sort { ($0.tokens.lowerBound, $0.tokens.upperBound, $0.actor) < ($1.tokens.lowerBound, $1.tokens.upperBound, $1.actor) }
        let speeches = model.speech.speeches(in: text, mentions: combined, scratch: &speechScratch)
        markCandidateSentences(text, candidates: combined.map(\.tokens))
        var roles = findRoles(in: text, candidates: combined.map(\.tokens))
        markSpeakersAndClauses(text, speeches: speeches)
        markDistancing(text, speeches: speeches)
        markPortrayal(text, speeches: speeches, roles: roles, terms: terms)
        markCandidates(combined.map(\.tokens), speeches: speeches)
        weighCounterparts(&roles.assignments, candidates: combined.map(\.tokens), groups: combined.map(\.actor), terms: terms, text: text)
        let index = RoleIndex(roles.assignments, candidates: combined.count)
        var candidateOfTarget = Array(repeating: -1, count: targets.count)
        for (position, mention) in combined.enumerated() where mention.actor >= actorCount { candidateOfTarget[mention.actor - actorCount] = position }
        return targets.indices.map { position in
            let span = targets[position]
            let tokens = spans[position]
            guard !tokens.isEmpty else {
                return TargetResult(span: span, tokens: 0..<0, tone: 0, label: .neutral, evidence: [], roles: [], isSpeaker: false)
            }
            let speaker = actorCount + position
            let targetRoles = index[candidateOfTarget[position], in: roles.assignments]
            let (tone, evidence) = tone(toward: tokens, excludingVoiceOf: speaker, roles: targetRoles, terms: terms, text: text)
            return TargetResult(span: span, tokens: tokens, tone: tone, label: Polarity(tone, threshold: model.portrayal.labelThreshold),
                                evidence: Self.strongest(evidence.map { (term(of: $0), $0.contribution) }), roles: targetRoles,
                                isSpeaker: speeches.contains { $0.speaker == speaker })
        }
    }

    /// The evidence word of a contribution to a tone, as records print it.
    func term(of evidence: ToneEvidence) -> String {
        let entry = Int(evidence.entry)
        if evidence.label == ToneEvidence.sentimentTerm { return sentiment.model.valences.entries[entry].term }
        return roleBox.finder.predicates.term(entry) + " (" + EvidenceKeys.roleLabelName(Int(evidence.label)) + ")"
    }

    /// The tokens a span of Unicode scalars touches (binary search over token offsets).
    func tokens(covering span: TargetSpan, in text: TokenizedText) -> Range<Int> {
        let tokens = text.tokens
        var low = 0
        var high = tokens.count
        while low < high {
            let middle = (low + high) / 2
            if tokens[middle].scalarRange.upperBound > span.start { high = middle } else { low = middle + 1 }
        }
        var end = low
        while end < tokens.count, tokens[end].scalarRange.lowerBound < span.end { end += 1 }
        return low < end ? low..<end : 0..<0
    }
}
