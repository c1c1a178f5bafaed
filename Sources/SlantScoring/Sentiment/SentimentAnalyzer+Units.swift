import SlantLexicon
import SlantText

extension SentimentAnalyzer {
    /// One word-level unit of a sentence: a sentiment term, a rule word, a plain word, or a
    /// clause break. Punctuation other than clause breaks is not a unit (as in VADER, which
    /// strips it), so "not, good" and "not good" see the same distance.
    struct Unit {
        enum Kind: UInt8 { case sentiment, plain, negation, booster, contrast, least, emphatic, neutral, clauseBreak }
        var kind: Kind
        var start: Int32
        var end: Int32
        /// The rule weight for rule units.
        var ruleWeight: Double
        /// The term's own valence (sentiment units; also rule words that are sentiment words,
        /// like "no" or "incredible", used when nothing follows them to modify).
        var valence: Double
        /// The valence lexicon entry, or -1.
        var entry: Int32
        var isAllCaps: Bool
        /// Whether any of its tokens is a word or number (not so for emoticons and emoji).
        var hasWord: Bool = true
    }

    /// Facts about one sentence's units gathered while they are built, so that scoring reads
    /// the units that can carry or shift sentiment instead of walking all of them three times
    /// (for capitals, for the first contrast word, for the terms) and once more for modifiers
    /// that modify nothing.
    struct SentenceUnits {
        /// Whether a unit other than a clause break is in ALL CAPS, and whether one is not.
        var anyAllCaps = false
        var anyOtherCase = false
        /// The units that are not clause breaks.
        var wordUnits = 0
        /// In order, the units built as sentiment terms, contrast words, or rule words with a
        /// valence of their own (which may turn into sentiment terms): every unit whose kind is,
        /// or may become, `sentiment` or `contrast`.
        var notable: [Int32] = []
    }

    /// Splits a sentence into units with the longest rule or valence match at each token
    /// (`model` is ``SentimentAnalyzer/model``, passed in so that it is not copied per sentence),
    /// and fills ``sentenceUnits``.
    func buildUnits(_ range: Range<Int>, model: SentimentModel, keys: UnsafeBufferPointer<UInt8>, tokens: UnsafeBufferPointer<Token>) {
        // Filled as local variables: appending to a property costs an exclusivity check per unit.
        var units = self.units
        self.units = []
        units.removeAll(keepingCapacity: true)
        var facts = sentenceUnits
        sentenceUnits = SentenceUnits()
        facts.notable.removeAll(keepingCapacity: true)
        facts.wordUnits = 0
        var anyAllCaps = false, anyOtherCase = false
        let valences = model.valences
        let rules = model.rules
        let stemMemo = self.stemMemo
        var index = range.lowerBound
        while index < range.upperBound {
            let token = tokens[index]
            let ruleMatch = rules.lexicon.match(keys: keys, tokens: tokens, at: index, end: range.upperBound)
            let valenceMatch = valences.match(keys: keys, tokens: tokens, at: index, end: range.upperBound, stemMemo: stemMemo)
            if let ruleMatch, ruleMatch.length >= (valenceMatch?.length ?? 0) {
                let entry = ruleMatch.entries.lowerBound
                // A rule word that is also a sentiment word of the same length keeps its valence
                // for when nothing follows it to modify ("no", "incredible").
                let own = valenceMatch.flatMap { $0.length == ruleMatch.length ? $0 : nil }
                let kind = Self.unitKind(rules.kinds[entry])
                if own != nil || kind == .contrast { facts.notable.append(Int32(units.count)) }
                if token.isAllCaps { anyAllCaps = true } else { anyOtherCase = true }
                units.append(Unit(kind: kind, start: Int32(index), end: Int32(index + ruleMatch.length),
                                  ruleWeight: rules.lexicon.weights[entry],
                                  valence: own.map { valences.weights[$0.entries.lowerBound] } ?? 0,
                                  entry: own.map { Int32($0.entries.lowerBound) } ?? -1,
                                  isAllCaps: token.isAllCaps))
                index += ruleMatch.length
                continue
            }
            if let valenceMatch {
                let entry = valenceMatch.entries.lowerBound
                var hasWord = false
                for covered in index..<index + valenceMatch.length where tokens[covered].isWordLike { hasWord = true }
                facts.notable.append(Int32(units.count))
                if token.isAllCaps { anyAllCaps = true } else { anyOtherCase = true }
                units.append(Unit(kind: .sentiment, start: Int32(index), end: Int32(index + valenceMatch.length), ruleWeight: 0,
                                  valence: valences.weights[entry], entry: Int32(entry), isAllCaps: token.isAllCaps,
                                  hasWord: hasWord))
                index += valenceMatch.length
                continue
            }
            if token.isWordLike {
                let key = UnsafeBufferPointer(rebasing: keys[token.keyRange])
                if token.isAllCaps { anyAllCaps = true } else { anyOtherCase = true }
                if let weight = rules.negationSuffixWeight(key) {
                    units.append(Unit(kind: .negation, start: Int32(index), end: Int32(index + 1), ruleWeight: weight,
                                      valence: 0, entry: -1, isAllCaps: token.isAllCaps))
                } else {
                    units.append(Unit(kind: .plain, start: Int32(index), end: Int32(index + 1), ruleWeight: 0,
                                      valence: 0, entry: -1, isAllCaps: token.isAllCaps))
                }
            } else if Self.isClauseBreak(keys, token) {
                facts.wordUnits -= 1
                units.append(Unit(kind: .clauseBreak, start: Int32(index), end: Int32(index + 1), ruleWeight: 0,
                                  valence: 0, entry: -1, isAllCaps: false))
            }
            index += 1
        }
        // Clause breaks were subtracted as they came.
        facts.wordUnits += units.count
        facts.anyAllCaps = anyAllCaps
        facts.anyOtherCase = anyOtherCase
        self.units = units
        sentenceUnits = facts
        resolveModifiersWithNothingToModify()
    }

    static func unitKind(_ kind: SentimentRuleKind) -> Unit.Kind {
        switch kind {
        case .negation, .negationSuffix: .negation
        case .booster: .booster
        case .contrast: .contrast
        case .least: .least
        case .emphatic: .emphatic
        case .neutral: .neutral
        }
    }

    /// Punctuation that ends a clause: , ; : and dashes and brackets.
    @inline(__always)
    static func isClauseBreak(_ keys: UnsafeBufferPointer<UInt8>, _ token: Token) -> Bool {
        guard token.kind == .punctuation else { return false }
        let first = keys[token.keyRange.lowerBound]
        switch first {
        case UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: ":"), UInt8(ascii: "("), UInt8(ascii: ")"): return true
        case 0xE2: return token.keyRange.count == 3 && keys[token.keyRange.lowerBound + 1] == 0x80
            && (keys[token.keyRange.lowerBound + 2] == 0x93 || keys[token.keyRange.lowerBound + 2] == 0x94) // – —
        default: return false
        }
    }

    /// A negator or booster that is itself a sentiment word ("no", "incredible") and has no
    /// sentiment word within reach after it counts as a sentiment word. Only notable units
    /// (``SentenceUnits/notable``) can be such words.
    func resolveModifiersWithNothingToModify() {
        for notable in sentenceUnits.notable {
            let index = Int(notable)
            guard units[index].entry >= 0 && units[index].kind != .sentiment else { continue }
            var modifiesSomething = false
            var offset = 1
            while offset <= SentimentConstants.modifierWindow, index + offset < units.count {
                let next = units[index + offset]
                if next.kind == .clauseBreak { break }
                if next.kind == .sentiment { modifiesSomething = true; break }
                offset += 1
            }
            if !modifiesSomething { units[index].kind = .sentiment }
        }
    }
}
