/// The analyses of consecutive segments of one long document, summed into the analysis of the
/// whole.
///
/// A document too long to analyse at once (its tokens, terms and per-token scratch cost about
/// 35 bytes of memory per byte of text) is analysed segment by segment, each cut at a
/// paragraph or sentence end, and the results are summed here: sentiment totals, sentence
/// compounds, frame weights and word counts, each actor's mentions, tones, speeches, role
/// counts, frame weights and evidence, loaded naming, and the targets. Where no paragraph,
/// quotation, speech or cross-sentence contrast spans a cut, the result is the analysis of the
/// whole text (sums may differ in the last bits of a `Double`, as they are added in another
/// order). The per-token lists (``DocumentAnalysis/terms``, ``DocumentAnalysis/mentions``,
/// ``DocumentAnalysis/speeches``, ``DocumentAnalysis/roles``, each sentence's score and the
/// frame hits) are not kept, so memory stays bounded by one segment.
///
/// Analyse each segment with ``DocumentAnalyzer/evidenceLimit`` set to `Int.max`, so that the
/// actor reports hold every evidence word; ``result()`` keeps the strongest.
public struct SegmentedAnalysis {
    /// One actor's sums over the segments so far.
    struct ActorSums {
        var mentions = 0
        var toneSum = 0.0
        var voiceSum = 0.0
        var speeches = 0
        var portrayalEvidence: [String: Double] = [:]
        var voiceEvidence: [String: Double] = [:]
        var frameWeights: [Double]
        var roleCounts = Array(repeating: 0, count: Role.allCases.count)
    }

    let frameCount: Int
    let presence: FramePresenceRule
    var totals = SentimentAnalyzer.Totals()
    var sentenceCompoundSum = 0.0
    var sentenceCount = 0
    var frameWeights: [Double]
    var wordCount = 0
    var actors: [Int: ActorSums] = [:]
    var targets: [(position: Int, result: TargetResult)] = []
    var naming = NamingCounts()
    var namingCounts: [NamingKey: Int] = [:]
    /// The language of the first segment.
    public private(set) var language: String?

    /// The identity of a loaded-naming evidence entry.
    struct NamingKey: Hashable {
        var term: String
        var choice: String
        var side: Int
    }

    /// An empty sum for documents scored with `model`.
    public init(model: ScoringModel) {
        frameCount = model.frames.frames.count
        presence = model.frames.presence
        frameWeights = Array(repeating: 0, count: frameCount)
    }

    /// Adds the analysis of the next segment.
    ///
    /// - Parameters:
    ///   - analysis: the segment's analysis, made with ``DocumentAnalyzer/evidenceLimit`` `Int.max`.
    ///   - tokenOffset: how many tokens the segments before it hold (target results' token
    ///     ranges are moved by it).
    ///   - targetSpans: for each of the segment's targets, its span in the whole document and
    ///     its position in the document's target list (results are given back in that order).
    public mutating func add(_ analysis: DocumentAnalysis, tokenOffset: Int, targetSpans: [(span: TargetSpan, position: Int)]) {
        if language == nil { language = analysis.language }
        totals.add(analysis.sentiment.totals)
        for sentence in analysis.sentiment.sentences { sentenceCompoundSum += sentence.compound }
        sentenceCount += analysis.sentiment.sentences.count
        for hit in analysis.frames.hits { frameWeights[hit.frame] += hit.weight }
        wordCount += analysis.frames.wordCount
        addActors(analysis)
        for (result, original) in zip(analysis.targets, targetSpans) {
            var moved = result
            moved.span = original.span
            if !moved.tokens.isEmpty { moved.tokens = moved.tokens.lowerBound + tokenOffset..<moved.tokens.upperBound + tokenOffset }
            targets.append((original.position, moved))
        }
        naming.ukrainian += analysis.naming.ukrainian
        naming.russian += analysis.naming.russian
        for found in analysis.naming.evidence {
            namingCounts[NamingKey(term: found.term, choice: found.choice, side: found.side), default: 0] += found.count
        }
    }

    /// Mentions, tones (summed in mention order, as one analysis sums them), speeches, roles,
    /// evidence and the frame weights of the sentences that name each actor.
    mutating func addActors(_ analysis: DocumentAnalysis) {
        var sentencesOf: [Int: Set<Int>] = [:]
        for (mention, tone) in zip(analysis.mentions, analysis.mentionTones) {
            actors[mention.actor, default: ActorSums(frameWeights: Array(repeating: 0, count: frameCount))].toneSum += tone
            sentencesOf[mention.actor, default: []].insert(mention.sentence)
        }
        for report in analysis.actors {
            var sums = actors[report.actor] ?? ActorSums(frameWeights: Array(repeating: 0, count: frameCount))
            sums.mentions += report.mentions
            sums.speeches += report.speeches
            if let voice = report.voice { sums.voiceSum += voice * Double(report.speeches) }
            for word in report.portrayalEvidence { sums.portrayalEvidence[word.term, default: 0] += word.contribution }
            for word in report.voiceEvidence { sums.voiceEvidence[word.term, default: 0] += word.contribution }
            for (role, count) in report.roleCounts.enumerated() { sums.roleCounts[role] += count }
            if let sentences = sentencesOf[report.actor] {
                for hit in analysis.frames.hits where sentences.contains(hit.sentence) { sums.frameWeights[hit.frame] += hit.weight }
            }
            actors[report.actor] = sums
        }
    }

    /// The analysis of the whole document.
    public func result() -> DocumentAnalysis {
        let limit = DocumentAnalyzer.evidenceWords
        let reports = actors.keys.sorted().compactMap { actor -> ActorReport? in
            let sums = actors[actor]!
            guard sums.mentions > 0 || sums.speeches > 0 else { return nil }
            return ActorReport(
                actor: actor, mentions: sums.mentions,
                portrayal: sums.mentions == 0 ? nil : sums.toneSum / Double(sums.mentions),
                voice: sums.speeches == 0 ? nil : sums.voiceSum / Double(sums.speeches), speeches: sums.speeches,
                portrayalEvidence: DocumentAnalyzer.strongest(sums.portrayalEvidence.map { ($0.key, $0.value) }, limit: limit),
                voiceEvidence: DocumentAnalyzer.strongest(sums.voiceEvidence.map { ($0.key, $0.value) }, limit: limit),
                frameWeights: sums.frameWeights, roleCounts: sums.roleCounts)
        }
        var naming = self.naming
        naming.evidence = namingCounts.map { NamingEvidence(term: $0.key.term, choice: $0.key.choice, side: $0.key.side, count: $0.value) }
            .sorted { ($0.count, $1.term) > ($1.count, $0.term) }
        let frames = FrameScores(weights: frameWeights, hits: [], wordCount: wordCount,
                                 present: presence.presence(weights: frameWeights, wordCount: wordCount))
        let mean = sentenceCount == 0 ? 0 : sentenceCompoundSum / Double(sentenceCount)
        return DocumentAnalysis(
            sentiment: DocumentSentiment(document: totals.score(), sentences: [], meanSentenceCompound: mean, totals: totals),
            terms: [], mentions: [], mentionTones: [], speeches: [], roles: [], actors: reports, frames: frames,
            targets: targets.sorted { $0.position < $1.position }.map(\.result),
            language: language ?? LanguageDetector.undetermined, naming: naming)
    }
}

extension DocumentAnalysis {
    /// The analysis without the lists that grow with the text — terms, mentions and their
    /// tones, speeches, roles, each sentence's score, frame hits — keeping what records and
    /// reports use: the document's sentiment, frames, actor reports, targets, language and
    /// naming. The scoring pipeline hands documents on in this form.
    public func withoutTokenLists() -> DocumentAnalysis {
        var copy = self
        copy.terms = []
        copy.mentions = []
        copy.mentionTones = []
        copy.speeches = []
        copy.roles = []
        copy.sentiment.sentences = []
        copy.frames.hits = []
        return copy
    }
}
