import SlantText

extension SentimentAnalyzer {
    /// Scores one sentence, appends its terms to ``terms`` and its sums to `totals`. `model` is
    /// ``model``, read once per document by the caller.
    func scoreSentence(_ sentence: Int, _ range: Range<Int>, model: SentimentModel, keys: UnsafeBufferPointer<UInt8>,
                       tokens: UnsafeBufferPointer<Token>, totals: inout Totals) -> SentimentScore {
        buildUnits(range, model: model, keys: keys, tokens: tokens)
        let facts = sentenceUnits
        let capsStandOut = facts.anyAllCaps && facts.anyOtherCase
        // The first contrast word: only notable units can be one.
        var contrast: Int?
        for notable in facts.notable where units[Int(notable)].kind == .contrast {
            contrast = Int(notable)
            break
        }

        var sentenceTotals = Totals()
        // Every unit but a clause break counts one neutral, but for the sentiment terms with a
        // valence that ends other than 0. Counted as an integer: a sum of ones is exact, so the
        // total equals adding 1 at each unit in turn.
        var neutral = facts.wordUnits
        for notable in facts.notable {
            let position = Int(notable)
            let unit = units[position]
            guard unit.kind == .sentiment && unit.valence != 0 else { continue }
            neutral -= 1
            var term = ScoredTerm(tokens: Int(unit.start)..<Int(unit.end), sentence: sentence, lexiconValence: unit.valence,
                                  valence: unit.valence, entry: Int(unit.entry), rules: [])
            if capsStandOut && unit.isAllCaps {
                term.valence += term.valence > 0 ? SentimentConstants.allCapsIncrement : -SentimentConstants.allCapsIncrement
                term.rules.append(.init(rule: .allCaps, trigger: nil, valenceAfter: term.valence))
            }
            applyModifiers(before: position, to: &term, capsStandOut: capsStandOut, canBeNegated: unit.hasWord)
            if let contrast, contrast != position {
                let before = position < contrast
                term.valence *= before ? SentimentConstants.contrastBeforeFactor : SentimentConstants.contrastAfterFactor
                let trigger = Int(units[contrast].start)..<Int(units[contrast].end)
                term.rules.append(.init(rule: before ? .beforeContrast : .afterContrast, trigger: trigger, valenceAfter: term.valence))
            }
            sentenceTotals.sum += term.valence
            if term.valence > 0 { sentenceTotals.positive += term.valence + 1 }
            else if term.valence < 0 { sentenceTotals.negative += term.valence - 1 }
            else { neutral += 1 }
            terms.append(term)
        }
        sentenceTotals.neutral = Double(neutral)
        addPunctuationEmphasis(range, keys: keys, tokens: tokens, to: &sentenceTotals)
        totals.add(sentenceTotals)
        return sentenceTotals.score()
    }

    /// Boosters, negation, "least" and "never so" from the units before `position`, nearest
    /// first, as VADER applies them. Emoticons and emoji (`canBeNegated` false) keep their
    /// sign: "no :(" is still sad.
    func applyModifiers(before position: Int, to term: inout ScoredTerm, capsStandOut: Bool, canBeNegated: Bool) {
        var distance = 1
        var index = position - 1
        var negated = false
        while distance <= SentimentConstants.modifierWindow, index >= 0 {
            let modifier = units[index]
            index -= 1
            if modifier.kind == .clauseBreak { break }
            let trigger = Int(modifier.start)..<Int(modifier.end)
            switch modifier.kind {
            case .booster:
                var increment = modifier.ruleWeight * SentimentConstants.boosterDistanceScale[distance - 1]
                if capsStandOut && modifier.isAllCaps {
                    increment += increment > 0 ? SentimentConstants.allCapsIncrement : -SentimentConstants.allCapsIncrement
                }
                term.valence += term.valence > 0 ? increment : -increment
                term.rules.append(.init(rule: modifier.ruleWeight > 0 ? .booster : .dampener, trigger: trigger, valenceAfter: term.valence))
            case .negation where canBeNegated && !negated:
                // Only the nearest negator counts: "DON'T CARE DON'T CARE" is not a double negation.
                negated = true
                term.valence *= modifier.ruleWeight
                term.rules.append(.init(rule: .negation, trigger: trigger, valenceAfter: term.valence))
            case .least where distance == 1 && canBeNegated:
                term.valence *= modifier.ruleWeight
                term.rules.append(.init(rule: .least, trigger: trigger, valenceAfter: term.valence))
            case .emphatic:
                term.valence *= modifier.ruleWeight
                term.rules.append(.init(rule: .emphatic, trigger: trigger, valenceAfter: term.valence))
            default:
                break
            }
            distance += 1
        }
    }

    /// VADER's punctuation emphasis: up to four "!" add 0.292 each; two or three "?" add 0.18
    /// each, more add 0.96; added in the direction of the sentence's sentiment.
    func addPunctuationEmphasis(_ range: Range<Int>, keys: UnsafeBufferPointer<UInt8>, tokens: UnsafeBufferPointer<Token>,
                                to totals: inout Totals) {
        guard totals.sum != 0 else { return }
        var exclamations = 0
        var questions = 0
        for index in range where tokens[index].kind == .punctuation && tokens[index].keyRange.count == 1 {
            switch keys[tokens[index].keyRange.lowerBound] {
            case UInt8(ascii: "!"): exclamations += 1
            case UInt8(ascii: "?"): questions += 1
            default: break
            }
        }
        var emphasis = Double(min(exclamations, SentimentConstants.maximumExclamations)) * SentimentConstants.exclamationIncrement
        if questions > 1 {
            emphasis += questions <= 3 ? Double(questions) * SentimentConstants.questionIncrement : SentimentConstants.manyQuestionsIncrement
        }
        guard emphasis > 0 else { return }
        if totals.sum > 0 { totals.sum += emphasis } else { totals.sum -= emphasis }
        if totals.positive > abs(totals.negative) { totals.positive += emphasis }
        else if totals.positive < abs(totals.negative) { totals.negative -= emphasis }
    }
}
