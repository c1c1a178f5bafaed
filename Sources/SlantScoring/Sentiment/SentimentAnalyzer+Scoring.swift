import SlantText

extension SentimentAnalyzer {
    /// Scores sentence `sentence` from its stored units (``buildUnits(_:valences:rules:ruleLexicon:pair:gate:stemMemo:keys:tokens:into:)``),
    /// appends its terms to `terms` and its sums to `totals`.
    static func scoreSentence(_ sentence: Int, _ facts: SentenceUnits, units: UnsafeMutablePointer<Unit>,
                              terms: inout [ScoredTerm], totals: inout Totals) -> SentimentScore {
        let count = facts.count
        let capsStandOut = facts.anyAllCaps && facts.anyOtherCase
        // The first contrast word.
        var contrast = -1
        for index in 0..<count where units[index].kind == .contrast {
            contrast = index
            break
        }

        var sentenceTotals = Totals()
        // Every unit but a clause break counts one neutral, but for the sentiment terms with a
        // valence that ends other than 0. Counted as an integer: a sum of ones is exact, so the
        // total equals adding 1 at each unit in turn.
        var neutral = facts.wordUnits
        for index in 0..<count {
            let unit = units[index]
            guard unit.kind == .sentiment && unit.valence != 0 else { continue }
            neutral -= 1
            var term = ScoredTerm(tokens: Int(unit.start)..<Int(unit.end), sentence: sentence, lexiconValence: unit.valence,
                                  valence: unit.valence, entry: Int(unit.entry), rules: [])
            if capsStandOut && unit.isAllCaps {
                term.valence += term.valence > 0 ? SentimentConstants.allCapsIncrement : -SentimentConstants.allCapsIncrement
                term.rules.append(.init(rule: .allCaps, trigger: nil, valenceAfter: term.valence))
            }
            applyModifiers(before: index, units: units, to: &term, capsStandOut: capsStandOut, canBeNegated: unit.hasWord)
            if contrast >= 0, contrast != index {
                let before = index < contrast
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
        addPunctuationEmphasis(facts, to: &sentenceTotals)
        totals.add(sentenceTotals)
        return sentenceTotals.score()
    }

    /// Boosters, negation, "least" and "never so" from the units before stored unit `index`,
    /// nearest first, as VADER applies them, within ``SentimentConstants/modifierWindow`` units
    /// (plain words count in the distance, but do nothing). Emoticons and emoji (`canBeNegated`
    /// false) keep their sign: "no :(" is still sad.
    static func applyModifiers(before index: Int, units: UnsafeMutablePointer<Unit>, to term: inout ScoredTerm,
                               capsStandOut: Bool, canBeNegated: Bool) {
        let position = units[index].position
        var modifierIndex = index - 1
        var negated = false
        while modifierIndex >= 0 {
            let modifier = units[modifierIndex]
            modifierIndex -= 1
            let distance = Int(position - modifier.position)
            if distance > SentimentConstants.modifierWindow || modifier.kind == .clauseBreak { break }
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
        }
    }

    /// VADER's punctuation emphasis: up to four "!" add 0.292 each; two or three "?" add 0.18
    /// each, more add 0.96; added in the direction of the sentence's sentiment. The marks were
    /// counted while the units were built.
    static func addPunctuationEmphasis(_ facts: SentenceUnits, to totals: inout Totals) {
        guard totals.sum != 0 else { return }
        let exclamations = facts.exclamations
        let questions = facts.questions
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
