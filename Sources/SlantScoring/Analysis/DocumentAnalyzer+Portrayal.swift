import SlantLexicon
import SlantText

extension DocumentAnalyzer {
    /// The longest quotation, in words, read as scare quotes when nobody is said to say it.
    static let scareQuoteMaximumWords = 4
    /// How many words before a short quotation a speech verb makes it reported words rather
    /// than scare quotes.
    static let scareQuoteVerbReach = 4
    /// The factor of sentiment words in a rhetorical question ("Why should Russians be free to
    /// holiday in Britain?"): the question means the opposite of its words, weakly.
    static let rhetoricalQuestionFactor = -0.5
    /// How much the role valences of a mention count against the tone of the words near it.
    /// Both are on the sentiment scale; 1 adds them as they are.
    static let roleWeight = 1.0
    /// The factor of a word that stands nearer to another mention of its sentence, on the far
    /// side from the one being scored. Chosen on the development sets (EVALUATION.md): 0.25
    /// raised the roles AUC and both NewsMTSC F1s; 0 and 0.1 lowered NewsMTSC.
    static let nearerMentionFactor = 0.25

    /// Fills ``candidateStarts`` and ``candidateEnds`` from the candidates' tokens, leaving out
    /// speakers: the words next to "…, Trump said" are what Trump says, not about him.
    ///
    /// Sorted bounds, searched per term (``ToneMarks/isNearerToAnotherCandidate(_:target:distance:tokens:)``),
    /// instead of two arrays over every token boundary filled per document: a document has a
    /// few candidates and many tokens.
    func markCandidates(_ candidates: [Range<Int>], speeches: [Speech]) {
        var speakers = Array.take(&speakerStarts)
        var starts = Array.take(&candidateStarts)
        var ends = Array.take(&candidateEnds)
        defer {
            speakerStarts = speakers
            candidateStarts = starts
            candidateEnds = ends
        }
        speakers.removeAll(keepingCapacity: true)
        for speech in speeches { if let speaker = speech.speakerTokens { speakers.append(speaker.lowerBound) } }
        Self.sortUnlessSorted(&speakers)
        starts.removeAll(keepingCapacity: true)
        ends.removeAll(keepingCapacity: true)
        // Candidates come in text order: one walk along them and the sorted speakers (back to
        // the start of the speakers for a candidate out of order) instead of a search per candidate.
        var speaker = 0
        var previous = Int.min
        for range in candidates where !range.isEmpty {
            if range.lowerBound < previous { speaker = 0 }
            previous = range.lowerBound
            while speaker < speakers.count, speakers[speaker] < range.lowerBound { speaker += 1 }
            guard speaker == speakers.count || speakers[speaker] != range.lowerBound else { continue }
            starts.append(range.lowerBound)
            ends.append(range.upperBound)
        }
        Self.sortUnlessSorted(&starts)
        Self.sortUnlessSorted(&ends)
    }

    /// Sorts `values` unless they are in order already (mentions come in text order, so their
    /// starts and ends mostly are): one walk instead of a sort.
    static func sortUnlessSorted(_ values: inout [Int]) {
        var index = 1
        while index < values.count, values[index - 1] <= values[index] { index += 1 }
        if index < values.count { values.sort() }
    }

    /// The first index of the sorted `values` whose value satisfies `isAfter`, which must be
    /// false and then true along them (binary search).
    static func firstIndex(in values: [Int], where isAfter: (Int) -> Bool) -> Int {
        var low = 0
        var high = values.count
        while low < high {
            let middle = (low + high) / 2
            if isAfter(values[middle]) { high = middle } else { low = middle + 1 }
        }
        return low
    }

    /// Fills `speakerOfToken` (quotations over reported speech, cues with their speech) and
    /// `clauseOfToken`.
    func markSpeakersAndClauses(_ text: TokenizedText, speeches: [Speech]) {
        var speakers = Array.reusing(&speakerOfToken, filledWith: -2, count: text.tokens.count)
        // Every number is written by the walk below.
        var clauses = Array.resizing(&clauseOfToken, count: text.tokens.count, growingWith: 0)
        defer {
            speakerOfToken = speakers
            clauseOfToken = clauses
        }
        // The cue belongs to the speaker's voice too: "Kallas warned" does not portray Kallas.
        // Reported speech first, then quotations over it, each in the order given.
        speakers.withUnsafeMutableBufferPointer { speakers in
            for quotations in 0..<2 {
                for speech in speeches where speech.isQuotation == (quotations == 1) {
                    let speaker = Int32(speech.speaker ?? -1)
                    for index in speech.content { speakers[index] = speaker }
                    for index in speech.cue ?? 0..<0 { speakers[index] = speaker }
                }
            }
        }
        var breaks = Array.take(&sentenceClauseBreaks)
        // Read once: a later call without the role finder's walk numbers every token.
        defer {
            breaks.removeAll(keepingCapacity: true)
            sentenceClauseBreaks = breaks
        }
        text.withKeys { keys, tokens in
            clauses.withUnsafeMutableBufferPointer { clauses in
                text.sentences.withUnsafeBufferPointer { sentences in
                    breaks.withUnsafeBufferPointer { breaks in
                        Self.numberClauses(sentences: sentences, breaks: breaks, keys: keys, tokens: tokens, into: clauses)
                    }
                }
            }
        }
    }

    /// Numbers the clauses of a document, token by token, into `clauses` (one per token): a
    /// clause starts at each sentence's first token (the first sentence's is 1) and after each
    /// clause break (``SentimentAnalyzer/isClauseBreak(_:_:)``).
    ///
    /// `breaks` holds what the role finder's walk found (``RoleFinder/roles(of:in:candidates:scratch:sentences:titleCaseInto:clauses:clauseBreaks:)``):
    /// per sentence its clause breaks, and `clauses` each of its tokens' number within it, or
    /// -1 for a sentence it did not walk. Those sentences get their first number added; the others
    /// are walked here. With `breaks` empty (or not one per sentence, or sentences that do not
    /// follow one another over the tokens) every token is walked.
    static func numberClauses(sentences: UnsafeBufferPointer<Sentence>, breaks: UnsafeBufferPointer<Int32>, keys: UnsafeBufferPointer<UInt8>,
                              tokens: UnsafeBufferPointer<Token>, into clauses: UnsafeMutableBufferPointer<Int32>) {
        precondition(clauses.count == tokens.count, "one clause number per token")
        var next = 0
        var follow = breaks.count == sentences.count
        for sentence in sentences where follow {
            follow = sentence.tokens.lowerBound == next
            next = sentence.tokens.upperBound
        }
        guard follow, next == tokens.count else {
            var clause: Int32 = 0
            var sentence = -1
            for index in tokens.indices {
                let token = tokens[index]
                if token.sentence != sentence { clause += 1; sentence = token.sentence }
                clauses[index] = clause
                if SentimentAnalyzer.isClauseBreak(keys, token) { clause += 1 }
            }
            return
        }
        var clause: Int32 = 0
        for (position, sentence) in sentences.enumerated() {
            clause += 1
            if breaks[position] >= 0 {
                for index in sentence.tokens { clauses[index] &+= clause }
                clause += breaks[position]
            } else {
                for index in sentence.tokens {
                    clauses[index] = clause
                    if SentimentAnalyzer.isClauseBreak(keys, tokens[index]) { clause += 1 }
                }
            }
        }
    }

    /// Fills `candidateSentence` (``RoleFinder/candidateSentences(of:in:into:)``): roles are
    /// sought and portrayal marks read in the flagged sentences only (``markPortrayal(_:speeches:roles:terms:)``).
    func markCandidateSentences(_ text: TokenizedText, candidates: [Range<Int>]) {
        var flags = Array.take(&candidateSentence)
        defer { candidateSentence = flags }
        RoleFinder.candidateSentences(of: candidates, in: text, into: &flags)
    }

    /// The roles of `candidates` in `text` by the current language's finder, in the flagged
    /// sentences (``markCandidateSentences(_:candidates:)`` first, with the same candidates),
    /// with the analyzer's scratch arrays; fills `titleCase` for the flagged sentences (whether
    /// each is a title-case headline, found in the role finder's walk over their tokens;
    /// `false` for the others, which are not read).
    func findRoles(in text: TokenizedText, candidates: [Range<Int>]) -> RoleFinder.Result {
        var scratch = roleScratch
        roleScratch = RoleFinder.Scratch()
        var titleCase = Array.take(&self.titleCase)
        // The clauses of the flagged sentences numbered in the same walk (within each sentence;
        // ``markSpeakersAndClauses(_:speeches:)`` adds each sentence's first number and walks the others).
        var clauses = Array.resizing(&clauseOfToken, count: text.tokens.count, growingWith: 0)
        var breaks = Array.take(&sentenceClauseBreaks)
        defer {
            roleScratch = scratch
            self.titleCase = titleCase
            clauseOfToken = clauses
            sentenceClauseBreaks = breaks
        }
        return RoleFinder.roles(of: roleBox, in: text, candidates: candidates, scratch: &scratch, sentences: candidateSentence, titleCaseInto: &titleCase,
                                clauses: &clauses, clauseBreaks: &breaks)
    }

    /// Fills `markOfToken` and `sentenceFactor` (needs `titleCase`). Only predicates with an argument are marked:
    /// one whose arguments were not found still says something about the names near it.
    ///
    /// Names and attributive adjectives are marked, and rhetorical questions told, only in
    /// the sentences `candidateSentence` flags: tones and labels read marks and factors in a
    /// candidate's own sentence only (``tone(toward:excludingVoiceOf:roles:terms:text:)``,
    /// ``narratorLabel(of:terms:text:)``); other sentences keep `.plain` and factor 1.
    ///
    /// Predicates and scare quotes are marked at every token of theirs; names and attributive
    /// adjectives only at the first token of a term of `terms`, the only tokens whose such
    /// mark is read (the tones and the narrator's labels read `markOfToken[first]` of a term;
    /// a term's next token is read only for being a predicate): a document has many more
    /// tokens than terms. A word's mark depends only on the predicate marks, so marking a
    /// few words gives each the mark it had when every word was tested.
    func markPortrayal(_ text: TokenizedText, speeches: [Speech], roles: RoleFinder.Result, terms: [ScoredTerm]) {
        var markOfToken = Array.reusing(&self.markOfToken, filledWith: .plain, count: text.tokens.count)
        var sentenceFactor = Array.take(&self.sentenceFactor)
        defer {
            self.markOfToken = markOfToken
            self.sentenceFactor = sentenceFactor
        }
        sentenceFactor.removeAll(keepingCapacity: true)
        // Each predicate's tokens read in place (a copy of an assignment retains its strings).
        let assignments = roles.assignments
        markOfToken.withUnsafeMutableBufferPointer { marks in
            for assignment in assignments.indices { for index in assignments[assignment].predicate { marks[index] = .predicate } }
        }
        // The cues read in place through the box (a copy of ``RoleCues`` retains its lists).
        let box = roleBox
        let flags = candidateSentence
        let titleCaseFlags = self.titleCase
        text.withKeys { keys, tokens in
            for (sentenceIndex, sentence) in text.sentences.enumerated() {
                guard flags[sentenceIndex] else {
                    sentenceFactor.append(1)
                    continue
                }
                var factor = 1.0
                // The question mark first: a byte test, where the cue is a lexicon lookup.
                if endsWithQuestionMark(sentence, keys: keys, tokens: tokens) {
                    let first = ProperNames.firstWord(sentence, tokens: tokens)
                    if first < sentence.tokens.upperBound, box.finder.cues.kinds(keys: keys, tokens: tokens, at: first, end: sentence.tokens.upperBound).has(.rhetorical) {
                        factor = Self.rhetoricalQuestionFactor
                    }
                }
                sentenceFactor.append(factor)
            }
            markOfToken.withUnsafeMutableBufferPointer { marks in
                // The sentence of the previous term, with its first word.
                var current = -1
                var first = 0
                for term in terms.indices {
                    let index = terms[term].tokens.lowerBound
                    let sentenceIndex = terms[term].sentence
                    guard flags[sentenceIndex] else { continue }
                    let sentence = text.sentences[sentenceIndex]
                    if sentenceIndex != current {
                        current = sentenceIndex
                        first = ProperNames.firstWord(sentence, tokens: tokens)
                    }
                    let titleCase = titleCaseFlags[sentenceIndex]
                    guard tokens[index].kind == .word && marks[index] != .predicate else { continue }
                    if !titleCase && ProperNames.isInsideName(index, sentence: sentence, firstWord: first, tokens: tokens) {
                        marks[index] = .properName
                    } else if index - 2 >= sentence.tokens.lowerBound, index + 1 < sentence.tokens.upperBound, tokens[index + 1].kind == .word,
                              marks[index - 2] == .predicate,
                              box.finder.cues.kinds(keys: keys, tokens: tokens, at: index - 1, end: index).has(.determiner),
                              box.finder.cues.kinds(keys: keys, tokens: tokens, at: index + 1, end: index + 2).isEmpty {
                        // "to assassinate a leading German industrialist": the adjective of an
                        // action's object describes the object, not the actor.
                        marks[index] = .attributive
                    }
                }
            }
        }
        for speech in speeches where speech.isQuotation {
            // Embedded in a sentence ("has “a clear plan” for victory"), short, and not the
            // object of a speech verb. The tests that read one or two tokens first; the words
            // are counted only up to one more than the most a scare quote has.
            let open = speech.content.lowerBound - 1
            guard open > 0, text.tokens[open - 1].isWordLike, text.tokens[open - 1].sentence == text.tokens[open].sentence else { continue }
            var words = 0
            for index in speech.content where text.tokens[index].isWordLike {
                words += 1
                if words > Self.scareQuoteMaximumWords { break }
            }
            guard words <= Self.scareQuoteMaximumWords, !followsSpeechVerb(open, text: text) else { continue }
            for index in speech.content { markOfToken[index] = .scareQuote }
        }
    }

    /// Whether a speech verb stands within ``scareQuoteVerbReach`` words before the quote mark
    /// at `open` ("called Lord Sacks's comment 'absurd'", "claiming Kelly 'lied'"): then the
    /// quotation reports words, it does not keep a distance from them.
    func followsSpeechVerb(_ open: Int, text: TokenizedText) -> Bool {
        text.withKeys { keys, tokens in
            var index = open - 1
            var words = 0
            while index >= 0, words < Self.scareQuoteVerbReach, tokens[index].sentence == tokens[open].sentence {
                if model.speech.rules.match(keys: keys, tokens: tokens, at: index, end: tokens.count)?.kind.isSpeechVerb == true { return true }
                if tokens[index].isWordLike { words += 1 }
                index -= 1
            }
            return false
        }
    }

    private func endsWithQuestionMark(_ sentence: Sentence, keys: UnsafeBufferPointer<UInt8>, tokens: UnsafeBufferPointer<Token>) -> Bool {
        var index = sentence.tokens.upperBound - 1
        while index >= sentence.tokens.lowerBound {
            let token = tokens[index]
            if token.kind == .punctuation && token.quote == nil {
                if keys[token.keyRange.lowerBound] == UInt8(ascii: "?") { return true }
            } else if token.quote == nil {
                return false
            }
            index -= 1
        }
        return false
    }

    /// Fills `termStart`; the analyzer appends terms sentence by sentence.
    func indexTermsBySentence(_ terms: [ScoredTerm], sentenceCount: Int) {
        // Sized first and filled through its buffer (an append per sentence checked the
        // list's uniqueness and capacity each time).
        var starts = Array.reusing(&termStart, filledWith: 0, count: sentenceCount + 1)
        defer { termStart = starts }
        // The terms of each sentence counted, then summed: `starts[s]` is how many terms come
        // before sentence `s` (terms come sentence by sentence). One pass over the terms and one
        // over the sentences, without the unpredictable branch of a walk along both.
        starts.withUnsafeMutableBufferPointer { starts in
            for term in terms.indices {
                let sentence = terms[term].sentence
                if sentence < sentenceCount { starts[sentence + 1] += 1 }
            }
            for sentence in 0..<sentenceCount { starts[sentence + 1] += starts[sentence] }
        }
    }

    /// The tone toward the tokens `target`: its roles (what it does and what is done to it),
    /// plus the sentiment terms of its sentence weighted by distance and clause — leaving out
    /// the target's own words, what `speaker` itself says, predicates, names, scare quotes and
    /// adjectives of other nouns, and, in a sentence where the target has a role, every word
    /// but those right before it ("heroic Ukrainians").
    func tone(toward target: Range<Int>, excludingVoiceOf speaker: Int?, roles: [RoleAssignment], terms: [ScoredTerm],
              text: TokenizedText) -> (tone: Double, evidence: [ToneEvidence]) {
        var evidence: [ToneEvidence] = []
        var cursor = ToneMarks.CandidateCursor()
        let tone = tone(toward: target, excludingVoiceOf: speaker, roles: roles, order: Array(roles.indices), roles: roles.indices,
                        terms: terms, text: text, marks: toneMarks(), evidence: &evidence, cursor: &cursor)
        return (tone, evidence)
    }

    /// ``tone(toward:excludingVoiceOf:roles:terms:text:)`` with the target's roles given as
    /// `assignments[order[k]]` for `k` in `range` (the analyzer's ``RoleIndex``, without an array
    /// per mention), the document's marks as one value, and the evidence appended to `evidence`.
    ///
    /// Terms and roles are read in place by index (a copy of a ``ScoredTerm`` or a
    /// ``RoleAssignment`` retains its lists and strings).
    ///
    /// `cursor` is where the nearest-other-candidate searches of the previous mention ended
    /// (``ToneMarks/CandidateCursor``): mentions in text order start each walk near its end.
    func tone(toward target: Range<Int>, excludingVoiceOf speaker: Int?, roles assignments: [RoleAssignment], order: [Int], roles range: Range<Int>,
              terms: [ScoredTerm], text: TokenizedText, marks: ToneMarks, evidence: inout [ToneEvidence],
              cursor: inout ToneMarks.CandidateCursor) -> Double {
        guard !target.isEmpty else { return 0 }
        let tokens = text.tokens
        let sentence = tokens[target.lowerBound].sentence
        let factor = marks.sentenceFactor[sentence]
        let parameters = model.portrayal
        var sum = 0.0
        var hasRole = false
        // A role in the target's own words is what it says, not how it is shown ("Borrell said war is ...").
        // A claim the narrator disputes ("allegedly shelled") portrays nobody it names.
        let speakerID = speaker.map { Int32($0) }
        for k in range {
            let role = order[k]
            let valence = assignments[role].valence
            let predicateStart = assignments[role].predicate.lowerBound
            guard valence != 0 || assignments[role].role != nil,
                  !(speakerID != nil && marks.speakerOfToken[predicateStart] == speakerID!), !marks.isDisputed(predicateStart) else { continue }
            hasRole = true
            let contribution = Self.roleWeight * valence * factor
            sum += contribution
            if contribution != 0 {
                evidence.append(ToneEvidence(entry: Int32(assignments[role].entry), label: EvidenceKeys.roleLabel(role: assignments[role].role,
                                                                                                                position: assignments[role].position),
                                             contribution: contribution))
            }
        }
        if marks.hasDistancedSpeakers {
            for word in distancingTerms(of: target, terms: terms, text: text) {
                let contribution = word.lexiconValence * factor
                sum += contribution
                evidence.append(.term(word.entry, contribution))
            }
        }
        for index in marks.termStart[sentence]..<marks.termStart[sentence + 1] {
            let termTokens = terms[index].tokens
            let first = termTokens.lowerBound
            let overlaps = termTokens.overlaps(target)
            if !overlaps && marks.isDisputed(first) { continue }
            if overlaps {
                // The target's own head noun names it ("the Kyiv regime"), unless a role already
                // reads it ("Russian invaders").
                // Only its head word, in lower case: "intelligence agency" and "International
                // Criminal Court" are names, not praise or blame. A one-word target without a role
                // is named by that word too ("отбросили укронацистов", "the terrorists left").
                let word = tokens[first]
                guard first > target.lowerBound || (target.count == 1 && !hasRole), termTokens.upperBound == target.upperBound,
                      !word.isCapitalized, !word.isAllCaps,
                      !range.contains(where: { assignments[order[$0]].predicate.overlaps(termTokens) }) else { continue }
                let contribution = terms[index].valence * factor
                sum += contribution
                evidence.append(.term(terms[index].entry, contribution))
                continue
            }
            if let speakerID, marks.speakerOfToken[first] == speakerID { continue }
            // "the Ukraine crisis", "the Ukraine scandal": the event named after the place is
            // not how the place is shown.
            if first == target.upperBound, isTopicNoun(after: target, text: text) { continue }
            switch marks.markOfToken[first] {
            case .predicate, .properName: continue
            // Scare quotes keep a distance from praise ("a clear plan"); a quoted blame word
            // ("unethical") is mostly someone's charge, reported.
            case .scareQuote where terms[index].valence > 0: continue
            case .attributive where first + 1 != target.lowerBound: continue
            default: break
            }
            let precedes = first < target.lowerBound
            // With a role, only the words of the target's own noun phrase still count: its
            // modifiers, and a condemning head noun ("the Kyiv regime").
            if hasRole && !(precedes ? marks.isOwnModifier(termTokens, of: target)
                                     : isHeadNoun(first, of: target, text: text) && isLabel(termTokens, text: text)) { continue }
            let distance = precedes ? target.lowerBound - termTokens.upperBound : first - target.upperBound
            let sameClause = marks.clauseOfToken[first] == marks.clauseOfToken[target.lowerBound]
            // Without rules (most terms) the portrayal valence is the term's valence.
            let valence = terms[index].rules.isEmpty ? terms[index].valence : portrayalValence(of: index, in: terms, target: target)
            let shared = marks.isNearerToAnotherCandidate(termTokens, target: target, distance: distance, tokens: tokens, cursor: &cursor)
                ? Self.nearerMentionFactor : 1
            // The distance's factor from the table made once (the same division, done then).
            let byDistance = distance >= 0 && distance < distanceWeights.count ? distanceWeights[distance] : parameters.distanceWeight(distance)
            let contribution = parameters.weight(byDistance: byDistance, sameClause: sameClause, precedes: precedes) * valence * shared * factor
            guard contribution != 0 else { continue }
            sum += contribution
            evidence.append(.term(terms[index].entry, contribution))
        }
        return SentimentConstants.normalize(sum)
    }

    /// Whether a topic noun of the document's role cues follows `target` (see ``RoleCues``).
    func isTopicNoun(after target: Range<Int>, text: TokenizedText) -> Bool {
        text.withKeys { keys, tokens in roleBox.finder.cues.isTopicNoun(after: target, keys: keys, tokens: tokens, end: tokens.count) }
    }

    /// A term's valence as portrayal reads it: a negated negative says little ("Russia does not
    /// feel threatened" is no praise), and a negator on the other side of the target does not
    /// reach across it ("talks without Ukraine reek of appeasement").
    ///
    /// The term is `terms[index]`, read in place (a copy of a ``ScoredTerm`` retains its rules).
    func portrayalValence(of index: Int, in terms: [ScoredTerm], target: Range<Int>) -> Double {
        guard let negation = terms[index].rules.firstIndex(where: { $0.rule == .negation }) else { return terms[index].valence }
        if terms[index].lexiconValence < 0 { return 0 }
        if let trigger = terms[index].rules[negation].trigger, trigger.upperBound <= target.lowerBound,
           terms[index].tokens.lowerBound >= target.upperBound {
            let before = negation == 0 ? terms[index].lexiconValence : terms[index].rules[negation - 1].valenceAfter
            let after = terms[index].rules[negation].valenceAfter
            return after == 0 ? terms[index].lexiconValence : terms[index].valence * before / after
        }
        return terms[index].valence
    }

    /// The tone toward each mention (``tone(toward:excludingVoiceOf:roles:order:roles:terms:text:marks:evidence:cursor:)``),
    /// with the evidence of each in ``mentionEvidence`` (mention `m`'s from
    /// `mentionEvidenceStart[m]`). The document's marks are read as one value made here, which
    /// is gone before the marks are made again (for targets, or for the next document).
    func tones(of mentions: [ActorMention], roles assignments: [RoleAssignment], index: RoleIndex, terms: [ScoredTerm],
               text: TokenizedText) -> [Double] {
        let marks = toneMarks()
        var mentionTones = Array.take(&keptMentionTones)
        mentionTones.removeAll(keepingCapacity: true)
        mentionTones.reserveCapacity(mentions.count)
        // Filled as locals (no exclusivity check per append), put back for `actorReports`.
        var evidence = Array.take(&mentionEvidence)
        var evidenceStart = Array.take(&mentionEvidenceStart)
        evidence.removeAll(keepingCapacity: true)
        evidenceStart.removeAll(keepingCapacity: true)
        let order = index.order
        // The nearest-other-candidate searches walk on from mention to mention (text order).
        var cursor = ToneMarks.CandidateCursor()
        for mention in mentions.indices {
            evidenceStart.append(evidence.count)
            mentionTones.append(tone(toward: mentions[mention].tokens, excludingVoiceOf: mentions[mention].actor, roles: assignments, order: order,
                                     roles: index.range(of: mention), terms: terms, text: text, marks: marks, evidence: &evidence,
                                     cursor: &cursor))
        }
        evidenceStart.append(evidence.count)
        mentionEvidence = evidence
        mentionEvidenceStart = evidenceStart
        keptMentionTones = mentionTones
        return mentionTones
    }

    /// Per-actor reports in catalog order.
    ///
    /// - Parameters:
    ///   - mentionTones: the tone toward each mention; the evidence of each mention's tone is in
    ///     ``mentionEvidence``.
    ///   - index: each mention's role assignments.
    ///
    /// Mentions and speeches are grouped by actor in the analyzer's kept buckets; an actor's
    /// portrayal sums its mentions' tones from 0 in mention order, its role counts are read
    /// through its mentions' roles.
    func actorReports(text: TokenizedText, mentions: [ActorMention], mentionTones: [Double], speeches: [Speech],
                      roles: [RoleAssignment], index: RoleIndex, terms: [ScoredTerm], frames: FrameScores) -> [ActorReport] {
        let actorCount = model.actors.catalog.actors.count
        // The scratch state as locals for the loops below (a class property pays an
        // exclusivity check per access), put back for the next document.
        var mentionsOf = self.mentionsOfActor
        self.mentionsOfActor = Buckets()
        var speechesOf = self.speechesOfActor
        self.speechesOfActor = Buckets()
        mentionsOf.group(count: actorCount, items: mentions.count) { mentions[$0].actor }
        speechesOf.group(count: actorCount, items: speeches.count) { speeches[$0].speaker.map { $0 < actorCount ? $0 : -1 } ?? -1 }
        let roleKinds = Role.allCases.count
        var sentenceActors = Array.take(&self.sentenceActors)
        var actorFrameWeights = Array.take(&self.actorFrameWeights)
        defer {
            self.mentionsOfActor = mentionsOf
            self.speechesOfActor = speechesOf
            self.sentenceActors = sentenceActors
            self.actorFrameWeights = actorFrameWeights
        }
        let mentionEvidence = self.mentionEvidence
        let mentionEvidenceStart = self.mentionEvidenceStart
        let termStart = self.termStart
        let evidenceLimit = self.evidenceLimit
        let frameCount = frames.weights.count
        Self.frameWeights(of: mentions, actorCount: actorCount, sentenceCount: text.sentences.count, hits: frames.hits, frameCount: frameCount,
                          sentenceActors: &sentenceActors, into: &actorFrameWeights)
        let valences = sentiment.model.valences.entries
        // The predicates read through the finder's box (a copy of the lexicon retains its lists).
        let box = roleBox
        let mentionOrder = mentionsOf.order
        let speechOrder = speechesOf.order
        let roleOrder = index.order
        // The evidence keys and tally used in place, each under one access for the whole walk
        // (taken out and put back, each was copied and a fresh one made per document).
        func reports(_ evidenceKeys: inout EvidenceKeys, _ evidenceTally: inout EvidenceTally) -> [ActorReport] {
            var reports: [ActorReport] = []
            // At most one report per mention or speech: one allocation instead of a regrowth per few reports.
            reports.reserveCapacity(min(actorCount, mentions.count + speeches.count))
            for actor in 0..<actorCount {
                let named = mentionsOf.range(of: actor)
                let spoken = speechesOf.range(of: actor)
                guard !named.isEmpty || !spoken.isEmpty else { continue }
                var voiceSum = 0.0
                for place in spoken {
                    var sum = 0.0
                    for term in Self.termIndices(in: speeches[speechOrder[place]].content, terms: terms, termStart: termStart, tokens: text.tokens) {
                        let valence = terms[term].valence
                        sum += valence
                        evidenceTally.add(evidenceKeys.key(of: .term(terms[term].entry, 0), valences: valences, predicates: box.finder.predicates), valence)
                    }
                    voiceSum += SentimentConstants.normalize(sum)
                }
                let voiceEvidence = evidenceTally.strongest(limit: evidenceLimit, names: evidenceKeys.names)
                var toneSum = 0.0
                // Reserved and filled: `Array(repeating:count:)` allocates through an unspecialized
                // path that looks up the storage's generic metadata at each call.
                var counts: [Int] = []
                counts.reserveCapacity(roleKinds)
                counts.append(contentsOf: repeatElement(0, count: roleKinds))
                for place in named {
                    let mention = mentionOrder[place]
                    toneSum += mentionTones[mention]
                    for evidence in mentionEvidenceStart[mention]..<mentionEvidenceStart[mention + 1] {
                        evidenceTally.add(evidenceKeys.key(of: mentionEvidence[evidence], valences: valences, predicates: box.finder.predicates),
                                          mentionEvidence[evidence].contribution)
                    }
                    for role in index.range(of: mention) {
                        if let role = roles[roleOrder[role]].role { counts[role.index] += 1 }
                    }
                }
                let portrayalEvidence = evidenceTally.strongest(limit: evidenceLimit, names: evidenceKeys.names)
                counts[Role.speaker.index] = spoken.count
                let frameWeights = Array(actorFrameWeights[actor * frameCount..<(actor + 1) * frameCount])
                reports.append(ActorReport(
                    actor: actor, mentions: named.count,
                    portrayal: named.isEmpty ? nil : toneSum / Double(named.count),
                    voice: spoken.isEmpty ? nil : voiceSum / Double(spoken.count), speeches: spoken.count,
                    portrayalEvidence: portrayalEvidence, voiceEvidence: voiceEvidence,
                    frameWeights: frameWeights, roleCounts: counts))
            }
            return reports
        }
        return reports(&self.evidenceKeys, &self.evidenceTally)
    }

    /// Fills `weights` with each actor's frame weights (actor `a`'s frame `f` at
    /// `weights[a * frameCount + f]`): the weights of the hits in the sentences that name it,
    /// each sum from 0 in the order of `hits`.
    ///
    /// One walk over the hits for all actors, with the actors each sentence names as bits
    /// (`sentenceActors`, one word of 64 actors after another per sentence), instead of one walk
    /// per actor; each sum still adds its hits in their order, so every figure is the same.
    static func frameWeights(of mentions: [ActorMention], actorCount: Int, sentenceCount: Int, hits: [FrameScores.Hit], frameCount: Int,
                             sentenceActors: inout [UInt64], into weights: inout [Double]) {
        let words = (actorCount + 63) / 64
        sentenceActors.removeAll(keepingCapacity: true)
        sentenceActors.append(contentsOf: repeatElement(0, count: sentenceCount * words))
        weights.removeAll(keepingCapacity: true)
        weights.append(contentsOf: repeatElement(0, count: actorCount * frameCount))
        guard !hits.isEmpty else { return }
        // Through the lists' buffers: a subscript assignment checked the list's uniqueness each time.
        sentenceActors.withUnsafeMutableBufferPointer { sentenceActors in
            for mention in mentions.indices {
                let actor = mentions[mention].actor
                sentenceActors[mentions[mention].sentence * words + actor / 64] |= 1 << UInt64(actor % 64)
            }
            weights.withUnsafeMutableBufferPointer { weights in
                for hit in hits {
                    for word in 0..<words {
                        var bits = sentenceActors[hit.sentence * words + word]
                        while bits != 0 {
                            let actor = word * 64 + bits.trailingZeroBitCount
                            weights[actor * frameCount + hit.frame] += hit.weight
                            bits &= bits - 1
                        }
                    }
                }
            }
        }
    }

    /// The indices in `terms` of the terms whose first token lies in `range`, found through the
    /// per-sentence index `termStart` (``indexTermsBySentence(_:sentenceCount:)``).
    static func termIndices(in range: Range<Int>, terms: [ScoredTerm], termStart: [Int], tokens: [Token]) -> Range<Int> {
        guard !range.isEmpty else { return 0..<0 }
        let first = tokens[range.lowerBound].sentence
        let last = tokens[range.upperBound - 1].sentence
        var lower = termStart[first]
        var high = termStart[last + 1]
        // Binary searches for the first term starting at or after each bound.
        while lower < high {
            let middle = (lower + high) / 2
            if terms[middle].tokens.lowerBound >= range.lowerBound { high = middle } else { lower = middle + 1 }
        }
        var upper = lower
        high = termStart[last + 1]
        while upper < high {
            let middle = (upper + high) / 2
            if terms[middle].tokens.lowerBound >= range.upperBound { high = middle } else { upper = middle + 1 }
        }
        return lower..<upper
    }

    /// The `limit` strongest contributions, summed per term, strongest first (ties by term).
    public static func strongest(_ evidence: [(String, Double)], limit: Int = evidenceWords) -> [EvidenceWord] {
        var summed: [String: Double] = [:]
        for (term, contribution) in evidence { summed[term, default: 0] += contribution }
        return summed.map { EvidenceWord(term: $0.key, contribution: $0.value) }
            .sorted(by: isStronger)
            .prefix(limit).map { $0 }
    }

    /// The order of evidence words: stronger first (by absolute contribution), ties by term.
    static func isStronger(_ first: EvidenceWord, _ second: EvidenceWord) -> Bool {
        isStronger(first.contribution, first.term, than: second.contribution, second.term)
    }

    /// The order of ``isStronger(_:_:)`` on a contribution and its term: larger magnitude first,
    /// then the term.
    static func isStronger(_ contribution: Double, _ term: String, than other: Double, _ otherTerm: String) -> Bool {
        abs(contribution) != abs(other) ? abs(contribution) > abs(other) : term < otherTerm
    }
}

extension Role {
    /// The role's position in ``Role/allCases``, for count arrays; by a switch, as
    /// `allCases.firstIndex(of:)` builds the array at every call.
    public var index: Int {
        switch self {
        case .aggressor: 0
        case .victim: 1
        case .defender: 2
        case .helper: 3
        case .helped: 4
        case .critic: 5
        case .criticised: 6
        case .praised: 7
        case .partner: 8
        case .speaker: 9
        }
    }
}
