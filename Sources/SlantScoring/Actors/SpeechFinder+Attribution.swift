import SlantLexicon
import SlantText

extension SpeechFinder.Context {
    /// Gives each quotation a cue and a speaker, looking after the quotation first.
    func attributeQuotations() {
        for (position, marks) in quoteMarks.enumerated() {
            let index = speeches.firstIndex { $0.isQuotation && $0.content.lowerBound == marks.open + 1 }!
            let paragraph = tokens[marks.open].paragraph
            var found: (cue: Range<Int>, speaker: (actor: Int?, tokens: Range<Int>)?)?
            if let close = marks.close {
                found = speechVerb(from: close + 1, step: 1, paragraph: paragraph, limit: position + 1 < quoteMarks.count ? quoteMarks[position + 1].open : nil)
            }
            if found?.speaker == nil, let before = speechVerb(from: marks.open - 1, step: -1, paragraph: paragraph, limit: nil), before.speaker != nil {
                found = before
            }
            guard let found else { continue }
            speeches[index].cue = found.cue
            speeches[index].speaker = found.speaker?.actor
            speeches[index].speakerTokens = found.speaker?.tokens
            for cueIndex in found.cue { usedCues[cueIndex] = true }
        }
    }

    /// The first speech verb within reach of `start` walking by `step`, with its speaker.
    /// Stops at a sentence end, a paragraph change, or another quotation.
    func speechVerb(from start: Int, step: Int, paragraph: Int, limit: Int?) -> (cue: Range<Int>, speaker: (actor: Int?, tokens: Range<Int>)?)? {
        var index = start
        var words = 0
        let sentence = tokens[max(0, min(tokens.count - 1, start - step))].sentence
        while index >= 0, index < tokens.count, words <= SpeechFinder.attributionReach {
            let token = tokens[index]
            if token.paragraph != paragraph || token.sentence != sentence || index == limit || (step < 0 && token.quote != nil) { return nil }
            if step > 0 && token.quote == .opening { return nil }
            if step < 0 && endsSentence(token) { return nil }
            if let cue = cue(at: index), cue.kind.isSpeechVerb, !isQuoted(index) {
                let range = index..<index + cue.length
                return (range, speaker(near: range))
            }
            if token.isWordLike { words += 1 }
            if step > 0 && endsSentence(token) { return nil }
            index += step
        }
        return nil
    }

    /// The speaker next to a cue: a pronoun right before or after it (the paragraph's last
    /// speaker), else the nearest actor mention in the cue's sentence, outside quotations.
    func speaker(near cue: Range<Int>) -> (actor: Int?, tokens: Range<Int>)? {
        let sentence = tokens[cue.lowerBound].sentence
        for pronounIndex in stride(from: cue.lowerBound - 1, through: cue.upperBound, by: cue.upperBound - cue.lowerBound + 1)
            where pronounIndex >= 0 && pronounIndex < tokens.count {
            if let found = self.cue(at: pronounIndex), found.kind == .pronoun, tokens[pronounIndex].sentence == sentence {
                return (lastSpeaker(before: cue.lowerBound), pronounIndex..<pronounIndex + 1)
            }
        }
        var best: (distance: Int, mention: ActorMention)?
        for position in mentions(inSentence: sentence) where !isQuoted(mentions[position].tokens.lowerBound) {
            let mention = mentions[position]
            let distance: Int
            if mention.tokens.upperBound <= cue.lowerBound { distance = cue.lowerBound - mention.tokens.upperBound }
            else if mention.tokens.lowerBound >= cue.upperBound { distance = mention.tokens.lowerBound - cue.upperBound }
            else { continue }
            guard distance <= SpeechFinder.attributionReach else { continue }
            if best == nil || distance < best!.distance { best = (distance, mention) }
        }
        return best.map { ($0.mention.actor, $0.mention.tokens) }
    }

    /// The speaker of the latest attributed speech before `index` in its paragraph, or else the
    /// latest actor named before it in the paragraph.
    func lastSpeaker(before index: Int) -> Int? {
        let paragraph = tokens[index].paragraph
        // The first of the latest cues, as `max(by:)` over them would pick it, without a list.
        var latest: Speech?
        for speech in speeches where speech.paragraph == paragraph && speech.speaker != nil && (speech.cue?.lowerBound ?? Int.max) < index {
            if latest == nil || latest!.cue!.lowerBound < speech.cue!.lowerBound { latest = speech }
        }
        if let speech = latest {
            return speech.speaker
        }
        // Mentions are in text order: walk back from `index` within the paragraph.
        var position = firstMention(atOrAfter: index) - 1
        while position >= 0, mentions[position].paragraph == paragraph {
            let mention = mentions[position]
            if mention.tokens.upperBound <= index && !isQuoted(mention.tokens.lowerBound) { return mention.actor }
            position -= 1
        }
        return nil
    }

    /// "X said (that) ...", "..., X said." and "according to X" outside quotations, at the
    /// attribution words ``findQuotations()`` found, with their matches (no other token starts a cue), in text
    /// order. A cue's later tokens are used cues, so a word inside a cue found before is
    /// passed over, as a walk that jumps past the cue would.
    func findReportedSpeech() {
        // The walk's matches, read instead of looking each word up again.
        let starts = attributionWords
        let matches = attributionMatches
        for (start, found) in zip(starts, matches) {
            let index = Int(start)
            guard !usedCues[index], !isQuoted(index), found.kind.isSpeechVerb || found.kind == .source else { continue }
            let cueRange = index..<index + Int(found.length)
            if let speech = reportedSpeech(cue: cueRange, kind: found.kind, sentence: sentences[tokens[index].sentence]) {
                speeches.append(speech)
                for cueIndex in cueRange { usedCues[cueIndex] = true }
            }
        }
    }

    func reportedSpeech(cue: Range<Int>, kind: AttributionRules.Kind, sentence: Sentence) -> Speech? {
        let paragraph = sentence.paragraph
        let end = contentEnd(sentence)
        let sentenceMentions = mentions(inSentence: tokens[cue.lowerBound].sentence)
        switch kind {
        case .source:
            guard let source = unquotedMention(in: sentenceMentions, where: { $0.tokens.lowerBound >= cue.upperBound && $0.tokens.lowerBound - cue.upperBound <= 2 }) else { return nil }
            let before = cue.lowerBound - sentence.tokens.lowerBound
            let after = end - source.tokens.upperBound
            let content = after >= before ? source.tokens.upperBound..<end : sentence.tokens.lowerBound..<cue.lowerBound
            return make(content, cue: cue, speaker: source.actor, speakerTokens: source.tokens, paragraph: paragraph)
        case .speechVerb, .speechVerbIfOpened:
            let opens = kind == .speechVerb || opensSpeech(after: cue, end: end)
            let pronoun = cue.lowerBound - 1
            if opens, pronoun >= sentence.tokens.lowerBound, let found = self.cue(at: pronoun), found.kind == .pronoun {
                return make(cue.upperBound..<end, cue: cue, speaker: lastSpeaker(before: cue.lowerBound),
                            speakerTokens: pronoun..<pronoun + 1, paragraph: paragraph)
            }
            if let subject = unquotedMention(in: sentenceMentions.reversed(), where: { $0.tokens.upperBound <= cue.lowerBound && cue.lowerBound - $0.tokens.upperBound <= 3 }),
               cue.upperBound < end, opens {
                return make(cue.upperBound..<end, cue: cue, speaker: subject.actor, speakerTokens: subject.tokens, paragraph: paragraph)
            }
            // "..., Peskov said." / "..., said Peskov."
            guard let adjacent = unquotedMention(in: sentenceMentions, where: {
                ($0.tokens.upperBound <= cue.lowerBound && cue.lowerBound - $0.tokens.upperBound <= 3)
                    || ($0.tokens.lowerBound >= cue.upperBound && $0.tokens.lowerBound - cue.upperBound <= 1)
            }) else { return nil }
            let clauseEnd = min(adjacent.tokens.lowerBound, cue.lowerBound)
            guard clauseEnd > sentence.tokens.lowerBound, max(adjacent.tokens.upperBound, cue.upperBound) >= end - 1 else { return nil }
            return make(sentence.tokens.lowerBound..<clauseEnd, cue: cue, speaker: adjacent.actor, speakerTokens: adjacent.tokens, paragraph: paragraph)
        case .pronoun, .speechOpener, .distancing:
            return nil
        }
    }

    /// The first of the mentions at `positions` (indices of ``mentions``) that lies outside
    /// quotations and satisfies `condition`: the sentence's mentions read in place, without a
    /// list per cue.
    func unquotedMention<Positions: Sequence<Int>>(in positions: Positions, where condition: (ActorMention) -> Bool) -> ActorMention? {
        for position in positions {
            let mention = mentions[position]
            if !isQuoted(mention.tokens.lowerBound) && condition(mention) { return mention }
        }
        return nil
    }

    /// Whether reported speech opens within ``SpeechFinder/attributionReach`` words after
    /// `verb`: an opener word ("что"), a colon, a dash or a quote mark ("он добавил
    /// журналистам, что …", "добавил: …").
    func opensSpeech(after verb: Range<Int>, end: Int) -> Bool {
        var index = verb.upperBound
        var words = 0
        while index < end, words <= SpeechFinder.attributionReach {
            let token = tokens[index]
            if token.quote != nil || isDash(index) || (token.kind == .punctuation && keys[token.keyRange].first == UInt8(ascii: ":")) { return true }
            if cue(at: index)?.kind == .speechOpener { return true }
            if token.isWordLike { words += 1 }
            index += 1
        }
        return false
    }

    /// The sentence's last token index, less final punctuation.
    func contentEnd(_ sentence: Sentence) -> Int {
        var end = sentence.tokens.upperBound
        while end > sentence.tokens.lowerBound, tokens[end - 1].kind == .punctuation, tokens[end - 1].quote == nil { end -= 1 }
        return end
    }

    func make(_ content: Range<Int>, cue: Range<Int>, speaker: Int?, speakerTokens: Range<Int>, paragraph: Int) -> Speech? {
        var content = content
        while !content.isEmpty, tokens[content.lowerBound].kind == .punctuation, tokens[content.lowerBound].quote == nil {
            content = content.lowerBound + 1..<content.upperBound
        }
        guard !content.isEmpty else { return nil }
        return Speech(content: content, cue: cue, speaker: speaker, speakerTokens: speakerTokens, isQuotation: false, paragraph: paragraph)
    }
}

extension SpeechFinder.Context {
    /// Speakers for unattributed quotations: the reported speech around them, else the
    /// previous attributed quotation of the paragraph.
    func inheritSpeakers() {
        for index in speeches.indices where speeches[index].isQuotation && speeches[index].cue == nil {
            let content = speeches[index].content
            if let enclosing = speeches.first(where: { !$0.isQuotation && $0.content.lowerBound <= content.lowerBound
                                                      && $0.content.upperBound >= content.upperBound - 1 }) {
                speeches[index].speaker = enclosing.speaker
                speeches[index].speakerTokens = enclosing.speakerTokens
                continue
            }
            // The first of the latest, as `max(by:)` over them would pick it, without a list.
            var latest: Speech?
            for speech in speeches where speech.isQuotation && speech.paragraph == speeches[index].paragraph && speech.cue != nil
                && speech.content.upperBound <= content.lowerBound {
                if latest == nil || latest!.content.lowerBound < speech.content.lowerBound { latest = speech }
            }
            if let previous = latest {
                speeches[index].speaker = previous.speaker
                speeches[index].speakerTokens = previous.speakerTokens
            }
        }
    }
}
