import SlantLexicon
import SlantText

/// Claims the narrator disputes.
///
/// "Baerbock said that Putin allegedly wants to undermine Europe's security", "Бербок заявила,
/// что Путин якобы хочет пошатнуть безопасность", "Росія нібито обстріляла": a distancing word
/// (attribution category `distancing`) tells the reader not to believe the clause it stands in.
/// The clause then portrays nobody it names — its words and roles are someone's claim, which the
/// text rejects —, and the speaker who made the claim is shown as making a dubious one: the
/// distancing word's own sentiment weight (`якобы` −0.4) counts toward the speaker's mention.
extension DocumentAnalyzer {
    /// Fills `disputedClause` (by clause number; left empty when no clause is disputed, as in
    /// most documents) and `distancedSpeakers` from the distancing words of `text`; needs
    /// `clauseOfToken` and the speech finder's attribution words with their matches
    /// (``SpeechFinder/Scratch/attributionWords``, ``SpeechFinder/Scratch/attributionMatches``).
    func markDistancing(_ text: TokenizedText, speeches: [Speech]) {
        // Filled as locals (no exclusivity check per access), put back when done.
        var disputed = Array.take(&disputedClause)
        var distanced = Array.take(&distancedSpeakers)
        disputed.removeAll(keepingCapacity: true)
        distanced.removeAll(keepingCapacity: true)
        defer {
            disputedClause = disputed
            distancedSpeakers = distanced
        }
        let rules = model.speech.rules
        let clauseOfToken = self.clauseOfToken
        guard rules.hasDistancing, let lastClause = clauseOfToken.last else { return }
        let starts = speechScratch.attributionWords
        let matches = speechScratch.attributionMatches
        text.withKeys { keys, tokens in
            // A word that matches on its own also starts a match to the end of the text, so
            // the tokens where attribution words start hold every distancing word. A match of
            // one word to the end of the text is the word's own (no phrase of it matched): its
            // kind is read from the walk; after a longer one the word alone is looked up.
            for (start, found) in zip(starts, matches) where tokens[Int(start)].isWordLike {
                let index = Int(start)
                let kind: AttributionRules.Kind
                if found.length == 1 {
                    kind = found.kind
                } else {
                    guard let alone = rules.match(keys: keys, tokens: tokens, at: index, end: index + 1) else { continue }
                    kind = alone.kind
                }
                guard kind == .distancing else { continue }
                // The clauses' flags made at the first distancing word.
                if disputed.isEmpty { disputed.append(contentsOf: repeatElement(false, count: Int(lastClause) + 1)) }
                disputed[Int(clauseOfToken[index])] = true
                if let speech = speeches.first(where: { $0.content.contains(index) }), let speaker = speech.speakerTokens {
                    distanced.append((speaker: speaker, word: index))
                }
            }
        }
    }

    /// Whether the token at `index` stands in a clause the narrator disputes.
    func isDisputed(_ index: Int) -> Bool {
        !disputedClause.isEmpty && disputedClause[Int(clauseOfToken[index])]
    }

    /// The sentiment terms of the distancing words in the speech of the speaker named by
    /// `target` (a distancing word without a sentiment weight disputes its clause but does not
    /// portray the speaker).
    func distancingTerms(of target: Range<Int>, terms: [ScoredTerm], text: TokenizedText) -> [ScoredTerm] {
        distancedSpeakers.compactMap { distanced in
            guard distanced.speaker == target else { return nil }
            let sentence = text.tokens[distanced.word].sentence
            return terms[termStart[sentence]..<termStart[sentence + 1]].first { $0.tokens.lowerBound == distanced.word }
        }
    }
}
