public import SlantText

/// Scores documents: sentiment, frames, actor mentions, speech, portrayal and voice, targets.
///
/// Holds scratch buffers; not thread-safe. Give each worker its own over a shared
/// ``ScoringModel``.
public final class DocumentAnalyzer {
    public let model: ScoringModel
    let sentiment: SentimentAnalyzer
    /// For each token: the speaker of the speech containing it (-1 unknown speaker, -2 none).
    var speakerOfToken: [Int32] = []
    /// For each token: its clause number within the document.
    var clauseOfToken: [Int32] = []
    /// For each sentence `s`: the terms of `s` are `terms[termStart[s]..<termStart[s + 1]]`.
    var termStart: [Int] = []

    public init(model: ScoringModel) {
        self.model = model
        sentiment = SentimentAnalyzer(model: model.sentiment)
    }

    /// Analyzes a tokenized document, scoring `targets` too.
    public func analyze(_ text: TokenizedText, targets: [TargetSpan] = []) -> DocumentAnalysis {
        let documentSentiment = sentiment.score(text)
        let terms = sentiment.terms
        let mentions = model.actors.mentions(in: text)
        let speeches = model.speech.speeches(in: text, mentions: mentions)
        let frames = model.frames.score(text)
        markSpeakersAndClauses(text, speeches: speeches)
        indexTermsBySentence(terms, sentenceCount: text.sentences.count)

        var mentionTones: [Double] = []
        var portrayalEvidence: [Int: [String: Double]] = [:]
        var toneSums: [Int: Double] = [:]
        for mention in mentions {
            let (tone, evidence) = tone(toward: mention.tokens, excludingVoiceOf: mention.actor, terms: terms, text: text)
            mentionTones.append(tone)
            toneSums[mention.actor, default: 0] += tone
            for (term, contribution) in evidence { portrayalEvidence[mention.actor, default: [:]][term, default: 0] += contribution }
        }
        let actors = actorReports(text: text, mentions: mentions, toneSums: toneSums, portrayalEvidence: portrayalEvidence,
                                  speeches: speeches, terms: terms, frames: frames)
        let targetResults = targets.map { score(target: $0, text: text, terms: terms, speeches: speeches) }
        return DocumentAnalysis(sentiment: documentSentiment, terms: terms, mentions: mentions, mentionTones: mentionTones,
                                speeches: speeches, actors: actors, frames: frames, targets: targetResults)
    }
}
