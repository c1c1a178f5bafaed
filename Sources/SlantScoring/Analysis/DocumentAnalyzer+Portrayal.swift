import SlantLexicon
public import SlantText

extension DocumentAnalyzer {
    /// Fills `speakerOfToken` (quotations over reported speech, cues with their speech) and
    /// `clauseOfToken`.
    func markSpeakersAndClauses(_ text: TokenizedText, speeches: [Speech]) {
        speakerOfToken.removeAll(keepingCapacity: true)
        speakerOfToken.append(contentsOf: repeatElement(-2, count: text.tokens.count))
        // The cue belongs to the speaker's voice too: "Kallas warned" does not portray Kallas.
        for speech in speeches.sorted(by: { !$0.isQuotation && $1.isQuotation }) {
            for index in speech.content { speakerOfToken[index] = Int32(speech.speaker ?? -1) }
            for index in speech.cue ?? 0..<0 { speakerOfToken[index] = Int32(speech.speaker ?? -1) }
        }
        clauseOfToken.removeAll(keepingCapacity: true)
        var clause: Int32 = 0
        var sentence = -1
        text.withKeys { keys, tokens in
            for token in tokens {
                if token.sentence != sentence { clause += 1; sentence = token.sentence }
                clauseOfToken.append(clause)
                if SentimentAnalyzer.isClauseBreak(keys, token) { clause += 1 }
            }
        }
    }

    /// Fills `termStart`; the analyzer appends terms sentence by sentence.
    func indexTermsBySentence(_ terms: [ScoredTerm], sentenceCount: Int) {
        termStart.removeAll(keepingCapacity: true)
        var index = 0
        for sentence in 0...sentenceCount {
            while index < terms.count, terms[index].sentence < sentence { index += 1 }
            termStart.append(index)
        }
    }

    /// The tone toward the tokens `target`: the sentiment terms of its sentence weighted by
    /// distance and clause, leaving out the target's own words and what `speaker` itself says.
    func tone(toward target: Range<Int>, excludingVoiceOf speaker: Int?, terms: [ScoredTerm],
              text: TokenizedText) -> (tone: Double, evidence: [(String, Double)]) {
        guard !target.isEmpty else { return (0, []) }
        let sentence = text.tokens[target.lowerBound].sentence
        let parameters = model.portrayal
        var sum = 0.0
        var evidence: [(String, Double)] = []
        for term in terms[termStart[sentence]..<termStart[sentence + 1]] {
            if term.tokens.overlaps(target) { continue }
            let speakerHere = speakerOfToken[term.tokens.lowerBound]
            if let speaker, speakerHere == Int32(speaker) { continue }
            let distance = term.tokens.lowerBound >= target.upperBound
                ? term.tokens.lowerBound - target.upperBound
                : target.lowerBound - term.tokens.upperBound
            let sameClause = clauseOfToken[term.tokens.lowerBound] == clauseOfToken[target.lowerBound]
            let contribution = parameters.weight(distance: distance, sameClause: sameClause,
                                                 precedes: term.tokens.lowerBound < target.lowerBound) * term.valence
            sum += contribution
            evidence.append((model.sentiment.valences.entries[term.entry].term, contribution))
        }
        return (SentimentConstants.normalize(sum), evidence)
    }

    /// The tone toward a user-given span.
    func score(target span: TargetSpan, text: TokenizedText, terms: [ScoredTerm], speeches: [Speech]) -> TargetResult {
        let covered = text.tokens.indices.filter { index in
            let range = text.tokens[index].scalarRange
            return range.lowerBound < span.end && range.upperBound > span.start
        }
        guard let first = covered.first, let last = covered.last else {
            return TargetResult(span: span, tokens: 0..<0, tone: 0, label: .neutral, evidence: [])
        }
        let tokens = first..<last + 1
        // A target that is a speaker: its own words are its voice, not how it is portrayed.
        let ownSpeaker = speeches.first { $0.speakerTokens?.overlaps(tokens) == true }?.speaker
        let (tone, evidence) = tone(toward: tokens, excludingVoiceOf: ownSpeaker, terms: terms, text: text)
        return TargetResult(span: span, tokens: tokens, tone: tone,
                            label: Polarity(tone, threshold: model.portrayal.labelThreshold),
                            evidence: Self.strongest(evidence))
    }

    /// Per-actor reports in catalog order.
    func actorReports(text: TokenizedText, mentions: [ActorMention], toneSums: [Int: Double],
                      portrayalEvidence: [Int: [String: Double]], speeches: [Speech], terms: [ScoredTerm],
                      frames: FrameScores) -> [ActorReport] {
        var reports: [ActorReport] = []
        for actor in model.actors.catalog.actors.indices {
            let named = mentions.filter { $0.actor == actor }
            let spoken = speeches.filter { $0.speaker == actor }
            guard !named.isEmpty || !spoken.isEmpty else { continue }
            var voiceSum = 0.0
            var voiceEvidence: [String: Double] = [:]
            for speech in spoken {
                var sum = 0.0
                for term in terms where speech.content.contains(term.tokens.lowerBound) {
                    sum += term.valence
                    voiceEvidence[model.sentiment.valences.entries[term.entry].term, default: 0] += term.valence
                }
                voiceSum += SentimentConstants.normalize(sum)
            }
            let sentences = Set(named.map(\.sentence))
            var frameWeights = Array(repeating: 0.0, count: frames.weights.count)
            for hit in frames.hits where sentences.contains(hit.sentence) { frameWeights[hit.frame] += hit.weight }
            reports.append(ActorReport(
                actor: actor, mentions: named.count,
                portrayal: named.isEmpty ? nil : toneSums[actor, default: 0] / Double(named.count),
                voice: spoken.isEmpty ? nil : voiceSum / Double(spoken.count), speeches: spoken.count,
                portrayalEvidence: Self.strongest(portrayalEvidence[actor, default: [:]].map { ($0.key, $0.value) }),
                voiceEvidence: Self.strongest(voiceEvidence.map { ($0.key, $0.value) }),
                frameWeights: frameWeights))
        }
        return reports
    }

    /// The five strongest contributions, summed per term, strongest first (ties by term).
    static func strongest(_ evidence: [(String, Double)]) -> [EvidenceWord] {
        var summed: [String: Double] = [:]
        for (term, contribution) in evidence { summed[term, default: 0] += contribution }
        return summed.map { EvidenceWord(term: $0.key, contribution: $0.value) }
            .sorted { abs($0.contribution) != abs($1.contribution) ? abs($0.contribution) > abs($1.contribution) : $0.term < $1.term }
            .prefix(5).map { $0 }
    }
}
