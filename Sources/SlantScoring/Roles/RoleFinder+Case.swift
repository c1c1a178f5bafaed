import SlantText

/// Arguments read from their case, in languages whose role cues list case endings (Russian,
/// Ukrainian: `oblique-ending`, `instrumental-ending`, `dative-ending`, `verb-ending`,
/// `subjective-genitive`, `plural-verb-ending` and `plural-ending` in
/// `Lexicons/<lang>/roles-<lang>.tsv`). English word order does not carry over: a name after a
/// harm noun is mostly its agent ("удару Росії по Харкову", "атака російських військ на
/// Київ"), a name in the instrumental is the agent ("обстріл Херсона російськими військами"),
/// a dative is the beneficiary of help ("допомога США Україні"), a name in an oblique case is
/// no subject ("удару Росії … загинули троє людей" does not make Russia the one who died), and
/// a singular name before a plural verb is its fronted object ("Київ обстріляли ракетами").
///
/// The endings are a heuristic over word forms, not a morphological analysis: they are chosen
/// so that nominative names and adjectives ("Росія", "російські", "Зеленський") never end in
/// one, and forms that are ambiguous between cases ("Путина", "Києва" genitive or nominative of
/// another word in -а) are left to the word-order rules.
extension RoleFinder {
    /// The rule name of an agent found by the instrumental.
    static let instrumentalRule = "instrumental"
}

extension RoleFinder.Context {
    /// Languages that mark case: the agent after the predicate by its case, with the patient
    /// after that agent ("удару Росії по Харкову", "атака російських військ на Київ",
    /// "допомога США Україні"), or a dative right after an aid noun ("помощь Украине").
    func assignCaseAfter(_ occurrence: Occurrence, found: inout Found) {
        let (predicate, entry, predicateClass, sentence) = (occurrence.tokens, occurrence.entry, occurrence.predicateClass, occurrence.sentence)
        if let (agent, rule) = caseMarkedAgent(after: predicate, predicateClass: predicateClass, sentence: sentence) {
            add(agent, .agent, predicate: predicate, entry: entry, rule: rule)
            found.caseAgent = agent
            found.hasAgent = true
            if let (patient, rule) = patient(afterCaseAgent: agent, predicateClass: predicateClass, sentence: sentence) {
                add(patient, .patient, predicate: predicate, entry: entry, rule: rule)
                found.hasPatient = true
            }
        } else if [.aid, .protection].contains(predicateClass), isNoun(predicate), let patient = dative(at: predicate.upperBound, sentence: sentence) {
            add(patient, .patient, predicate: predicate, entry: entry, rule: "dative")
            found.hasPatient = true
        }
    }

    /// Languages that mark case: what stands before the predicate. A dative before an aid noun
    /// is its beneficiary and before any other predicate no agent ("США надали Україні нову
    /// допомогу"); a singular name before a plural verb is its fronted object, the subject
    /// being left out or after the verb ("Київ обстріляли ракетами").
    func assignCaseBefore(_ occurrence: Occurrence, found: inout Found) {
        let (predicate, entry, predicateClass, sentence) = (occurrence.tokens, occurrence.entry, occurrence.predicateClass, occurrence.sentence)
        found.dativeModifier = dative(before: predicate, sentence: sentence)
        if let dative = found.dativeModifier, [.aid, .protection].contains(predicateClass), !found.hasPatient {
            add(dative, .patient, predicate: predicate, entry: entry, rule: "dative")
            found.hasPatient = true
        }
        found.pluralVerb = isPluralVerb(predicate)
        guard found.pluralVerb, found.caseAgent == nil, let (candidate, _) = modifier(before: predicate, sentence: sentence),
              !looksPlural(candidate, sentence: sentence) else { return }
        found.frontedObject = candidate
        // The words after the verb are its subject and means ("дрони"), not the target.
        if predicateClass == .harm { currentArmed = armedHead(of: candidate) }
        if predicateClass != .suffering {
            add(candidate, .patient, predicate: predicate, entry: entry, rule: "object before a plural verb")
            found.hasPatient = true
        }
    }

    /// The agent right after `predicate` by its case, with the rule that found it: a candidate
    /// in the instrumental within ``RoleFinder/phraseReach`` words (not after a preposition,
    /// role cue kind `preposition`: "переговори з Росією" is company, not agency); or, after a noun predicate, the candidate
    /// that follows it directly (its genitive) when the noun's complement is its subject
    /// (`subjective-genitive`: удар, атака, напад, агресія, допомога …), when that candidate
    /// names armed forces ("обстріли ЗСУ"), or when a patient phrase follows it ("удар Росії по
    /// Харкову").
    func caseMarkedAgent(after predicate: Range<Int>, predicateClass: PredicateClass, sentence: Sentence) -> (Int, String)? {
        guard predicateClass != .suffering else { return nil }
        let end = sentence.tokens.upperBound
        var index = predicate.upperBound
        var words = 0
        while index < end, words <= RoleFinder.phraseReach {
            if isClauseBreak(index) || tokens[index].quote != nil || isPredicate[index] { break }
            if startingAt[index] >= 0 {
                let candidate = Int(startingAt[index])
                if isInstrumental(candidate), !isPrepositionalObject(candidate, sentence: sentence) {
                    return (candidate, RoleFinder.instrumentalRule)
                }
            }
            if tokens[index].isWordLike { words += 1 }
            index += 1
        }
        let next = predicate.upperBound
        guard next < end, startingAt[next] >= 0, isNoun(predicate) else { return nil }
        let candidate = Int(startingAt[next])
        // "помощь Украине" is help to Ukraine, not from it.
        if isDative(candidate) { return nil }
        let last = predicate.upperBound - 1
        if cue(last, in: sentence).has(.subjectiveGenitive) { return (candidate, "genitive") }
        if armedHead(of: candidate) != nil { return (candidate, "genitive (armed forces)") }
        if phrase(after: candidates[candidate], sentence: sentence, kinds: .patientMarker) != nil {
            return (candidate, "genitive before a patient phrase")
        }
        return nil
    }

    /// The patient after a case-marked agent: a patient phrase after the agent and its head
    /// noun ("атака російських військ на Київ"), or for help a dative right after the agent
    /// ("допомога США Україні").
    func patient(afterCaseAgent agent: Int, predicateClass: PredicateClass, sentence: Sentence) -> (Int, String)? {
        var end = candidates[agent].upperBound
        if let head = armedHead(of: agent), head >= end { end = head + 1 }
        if let (patient, marker) = phrase(after: end - 1..<end, sentence: sentence, kinds: .patientMarker) {
            return (patient, "'\(marker.word)' phrase")
        }
        if [.aid, .protection].contains(predicateClass), let patient = dative(at: end, sentence: sentence) {
            return (patient, "dative")
        }
        return nil
    }

    /// The candidate starting at `index` when its last word ends in the dative (role cue kind
    /// `dative-ending`: "Україні", "Киеву").
    func dative(at index: Int, sentence: Sentence) -> Int? {
        guard index < sentence.tokens.upperBound, startingAt[index] >= 0 else { return nil }
        let candidate = Int(startingAt[index])
        return isDative(candidate) ? candidate : nil
    }

    /// Whether `candidate`'s last word ends in the dative.
    func isDative(_ candidate: Int) -> Bool {
        guard let last = candidates[candidate].last else { return false }
        return box.finder.cues.hasSuffix(box.finder.cues.dativeEndings, keys: keys, token: tokens[last])
    }

    /// Whether the predicate is a verb in the plural ("обстріляли", "атакують").
    func isPluralVerb(_ predicate: Range<Int>) -> Bool {
        !isNoun(predicate) && box.finder.cues.hasSuffix(box.finder.cues.pluralVerbEndings, keys: keys, token: tokens[predicate.upperBound - 1])
    }

    /// Whether `candidate` can be a plural subject: its last word has a plural ending
    /// ("росіяни", "російські"), is an abbreviation ("ЗСУ", "США"), or it is coordinated with
    /// another word ("Росія і Білорусь").
    func looksPlural(_ candidate: Int, sentence: Sentence) -> Bool {
        guard let last = candidates[candidate].last else { return false }
        return tokens[last].isAllCaps || box.finder.cues.hasSuffix(box.finder.cues.pluralEndings, keys: keys, token: tokens[last])
            || !conjuncts(before: candidate, sentence: sentence).isEmpty || cue(candidates[candidate].upperBound, in: sentence).has(.coordination)
    }

    /// Whether the predicate is a noun: its last word has no verb ending of the language.
    func isNoun(_ predicate: Range<Int>) -> Bool {
        !box.finder.cues.hasSuffix(box.finder.cues.verbEndings, keys: keys, token: tokens[predicate.upperBound - 1])
    }

    /// Whether `candidate`'s last word ends in the instrumental ("Росією", "російськими"; the
    /// noun after a name is not asked: "погрожує Європі ядерною зброєю" is a threat with
    /// weapons, not by Europe).
    func isInstrumental(_ candidate: Int) -> Bool {
        guard let last = candidates[candidate].last else { return false }
        return box.finder.cues.hasSuffix(box.finder.cues.instrumentalEndings, keys: keys, token: tokens[last])
    }

    /// The candidate in the dative right before `predicate`, or with one plain word between
    /// ("Україні нову допомогу").
    func dative(before predicate: Range<Int>, sentence: Sentence) -> Int? {
        var end = predicate.lowerBound - 1
        if end >= sentence.tokens.lowerBound, endingAt[end] < 0, tokens[end].isWordLike, covering[end] < 0, !isPredicate[end],
           cue(end, in: sentence).isEmpty {
            end -= 1
        }
        guard end >= sentence.tokens.lowerBound, endingAt[end] >= 0 else { return nil }
        let candidate = Int(endingAt[end])
        return isDative(candidate) ? candidate : nil
    }

    /// Whether `candidate` cannot be a subject: its last word ends in an oblique case, and it is
    /// not the possessor of a plain noun right before it ("Армия России нанесла удар": the
    /// army is the subject and Russia stands for it, as "the Russian army" does in English).
    /// Before a noun predicate (`before`) a name in any case may modify it ("російських
    /// ударів"), so only a verb's candidates are checked there.
    func isOblique(_ candidate: Int, before predicate: Range<Int>? = nil) -> Bool {
        guard box.finder.cues.marksCase, let last = candidates[candidate].last else { return false }
        if let predicate, isNoun(predicate) { return false }
        guard box.finder.cues.hasSuffix(box.finder.cues.obliqueEndings, keys: keys, token: tokens[last]) else { return false }
        let head = candidates[candidate].lowerBound - 1
        guard head >= 0, tokens[head].isWordLike, covering[head] < 0, !isPredicate[head] else { return true }
        let sentence = sentences[tokens[head].sentence]
        // A function word before it ("со стороны", "по") makes it no possessor; a noun for
        // armed forces or a label is a head ("Армия России").
        let nouns: RoleCues.Kinds = [RoleCues.Kind.armed.bit, RoleCues.Kind.label.bit, RoleCues.Kind.topicNoun.bit]
        return !cue(head, in: sentence).subtracting(nouns).isEmpty
            || isSpeechCue(head, sentence: sentence)
    }
}
