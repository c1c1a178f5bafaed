import SlantLexicon
import SlantText

extension SentimentAnalyzer {
    /// One word-level unit of a sentence that is no plain word: a sentiment term, a rule word,
    /// or a clause break. Plain words are units too (they count in the distance between a
    /// modifier and its term) but are not stored: each stored unit has its ``position`` among
    /// all the sentence's units, so distances are differences of positions. Punctuation other
    /// than clause breaks is not a unit (as in VADER, which strips it), so "not, good" and
    /// "not good" see the same distance.
    struct Unit {
        enum Kind: UInt8 { case sentiment, negation, booster, contrast, least, emphatic, neutral, clauseBreak }
        var kind: Kind
        var start: Int32
        var end: Int32
        /// The unit's place among all units of its sentence, plain words and clause breaks
        /// included, from 0.
        var position: Int32
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

    /// What scoring needs to know of one sentence besides its stored units, gathered while
    /// they are built, so that scoring reads only the stored units and no token again.
    struct SentenceUnits {
        /// How many units were stored (``Unit``: all but plain words).
        var count = 0
        /// The units, stored or not, that are not clause breaks.
        var wordUnits = 0
        /// Whether a unit other than a clause break is in ALL CAPS, and whether one is not.
        var anyAllCaps = false
        var anyOtherCase = false
        /// The sentence's one-character "!" and "?" tokens, for ``addPunctuationEmphasis(_:to:)``.
        var exclamations = 0
        var questions = 0
    }

    /// Reusable storage for one sentence's units, owned by an analyzer: written through a
    /// pointer, with no array growth or uniqueness check per unit.
    final class UnitStorage {
        private(set) var units: UnsafeMutablePointer<Unit>
        private(set) var capacity: Int

        init() {
            capacity = 64
            units = .allocate(capacity: capacity)
        }

        /// Makes room for `count` units (the tokens of the longest sentence bound it).
        func reserve(_ count: Int) {
            guard count > capacity else { return }
            units.deallocate()
            capacity = max(count, capacity * 2)
            units = .allocate(capacity: capacity)
        }

        deinit { units.deallocate() }
    }

    /// Splits the sentence `range` into units with the longest rule or valence match at each
    /// token, stores all but the plain words in `units` from 0, and resolves the rule words
    /// that have nothing to modify (``resolveModifiersWithNothingToModify(_:count:)``).
    ///
    /// `ruleLexicon` is `rules.lexicon`, read once per document by the caller: a lexicon read
    /// out of a struct at each call of its `match` was copied (224 bytes) at every call.
    /// A token that `gate` says neither lexicon can match at (most tokens) is not looked up; at
    /// the others `pair` (the model's ``LexiconPair`` of the rules and valence lexicons) decides
    /// both in one read, and each lexicon's `match` runs only where the pair leaves it.
    /// `units` must have room for `range.count` units.
    static func buildUnits(_ range: Range<Int>, valences: borrowing CompiledLexicon, rules: borrowing SentimentRules,
                           ruleLexicon: borrowing CompiledLexicon, pair: borrowing LexiconPair, gate: CompiledLexicon.Gate, stemMemo: StemIndex.Memo?,
                           keys: UnsafeBufferPointer<UInt8>, tokens: UnsafeBufferPointer<Token>,
                           into units: UnsafeMutablePointer<Unit>) -> SentenceUnits {
        var facts = SentenceUnits()
        var count = 0
        var position: Int32 = 0
        var clauseBreaks: Int32 = 0
        var anyAllCaps = false, anyOtherCase = false
        var index = range.lowerBound
        let end = range.upperBound
        while index < end {
            let token = tokens[index]
            if token.kind == .punctuation { countEmphasis(keys, token, into: &facts) }
            if !gate.skips(token) {
                // Both lexicons' records in one read (``LexiconPair``); `match` only where they
                // leave it (a phrase may start here, a word looked up at run time).
                var found = Found(pair.decide(tokens: tokens, at: index, end: end))
                if found.ruleEntry == LexiconPair.lookUp || found.valenceEntry == LexiconPair.lookUp {
                    found = lookUpUndecided(found, at: index, end: end, valences: valences, ruleLexicon: ruleLexicon,
                                            stemMemo: stemMemo, keys: keys, tokens: tokens)
                }
                let ruleEntry = found.ruleEntry, ruleLength = found.ruleLength, ruleWeight = found.ruleWeight
                let valenceEntry = found.valenceEntry, valence = found.valence
                var valenceLength = found.valenceLength
                if valenceEntry < 0 { valenceLength = 0 }
                var length = 0
                if ruleEntry >= 0, ruleLength >= valenceLength {
                    // A rule word that is also a sentiment word of the same length keeps its valence
                    // for when nothing follows it to modify ("no", "incredible").
                    let own = valenceLength == ruleLength
                    length = ruleLength
                    units[count] = Unit(kind: unitKind(rules.kinds[Int(ruleEntry)]), start: Int32(index), end: Int32(index + length),
                                        position: position, ruleWeight: ruleWeight, valence: own ? valence : 0,
                                        entry: own ? valenceEntry : -1, isAllCaps: token.isAllCaps)
                } else if valenceEntry >= 0 {
                    length = valenceLength
                    var hasWord = false
                    for covered in index..<index + length where tokens[covered].isWordLike { hasWord = true }
                    units[count] = Unit(kind: .sentiment, start: Int32(index), end: Int32(index + length), position: position,
                                        ruleWeight: 0, valence: valence, entry: valenceEntry,
                                        isAllCaps: token.isAllCaps, hasWord: hasWord)
                }
                if length > 0 {
                    if token.isAllCaps { anyAllCaps = true } else { anyOtherCase = true }
                    count += 1
                    position += 1
                    // Marks inside a term still count for the sentence's emphasis.
                    for covered in index + 1..<index + length where tokens[covered].kind == .punctuation {
                        countEmphasis(keys, tokens[covered], into: &facts)
                    }
                    index += length
                    continue
                }
            }
            if token.isWordLike {
                if token.isAllCaps { anyAllCaps = true } else { anyOtherCase = true }
                let keyStart = token.keyRange.lowerBound, keyEnd = token.keyRange.upperBound
                if keyEnd > keyStart, rules.mayEndNegationSuffix(last: keys[keyEnd - 1], beforeLast: keys[max(keyEnd - 2, keyStart)]),
                   let weight = rules.negationSuffixWeight(UnsafeBufferPointer(rebasing: keys[token.keyRange])) {
                    units[count] = Unit(kind: .negation, start: Int32(index), end: Int32(index + 1), position: position,
                                        ruleWeight: weight, valence: 0, entry: -1, isAllCaps: token.isAllCaps)
                    count += 1
                }
                position += 1
            } else if isClauseBreak(keys, token) {
                units[count] = Unit(kind: .clauseBreak, start: Int32(index), end: Int32(index + 1), position: position,
                                    ruleWeight: 0, valence: 0, entry: -1, isAllCaps: false)
                count += 1
                position += 1
                clauseBreaks += 1
            }
            index += 1
        }
        facts.count = count
        facts.wordUnits = Int(position - clauseBreaks)
        facts.anyAllCaps = anyAllCaps
        facts.anyOtherCase = anyOtherCase
        resolveModifiersWithNothingToModify(units, count: count)
        return facts
    }

    /// What the rules and valence lexicons match at a token: each one's entry (or
    /// ``SlantLexicon/LexiconPair/none``, or ``SlantLexicon/LexiconPair/lookUp`` until looked up),
    /// the match's length in tokens and the entry's weight.
    struct Found {
        var ruleEntry: Int32
        var ruleLength: Int
        var ruleWeight: Double
        var valenceEntry: Int32
        var valenceLength: Int
        var valence: Double

        /// What the pair's records decide (single words, length 1).
        @inline(__always)
        init(_ decision: LexiconPair.Decision) {
            ruleEntry = decision.first
            ruleLength = 1
            ruleWeight = decision.firstWeight
            valenceEntry = decision.second
            valenceLength = 1
            valence = decision.secondWeight
        }
    }

    /// `found` with each lexicon the pair's records left undecided looked up by its `match`
    /// (phrases, words looked up at run time). Out of line: inlined in ``buildUnits(_:valences:rules:ruleLexicon:pair:gate:stemMemo:keys:tokens:into:)``,
    /// the two inlined `match`es made its loop over every token hold more than its registers.
    @inline(never)
    static func lookUpUndecided(_ found: Found, at index: Int, end: Int, valences: borrowing CompiledLexicon,
                                ruleLexicon: borrowing CompiledLexicon, stemMemo: StemIndex.Memo?,
                                keys: UnsafeBufferPointer<UInt8>, tokens: UnsafeBufferPointer<Token>) -> Found {
        var found = found
        if found.ruleEntry == LexiconPair.lookUp {
            if let match = ruleLexicon.match(keys: keys, tokens: tokens, at: index, end: end) {
                found.ruleEntry = Int32(match.entries.lowerBound)
                found.ruleLength = match.length
                found.ruleWeight = ruleLexicon.weights[match.entries.lowerBound]
            } else {
                found.ruleEntry = LexiconPair.none
            }
        }
        if found.valenceEntry == LexiconPair.lookUp {
            if let match = valences.match(keys: keys, tokens: tokens, at: index, end: end, stemMemo: stemMemo) {
                found.valenceEntry = Int32(match.entries.lowerBound)
                found.valenceLength = match.length
                found.valence = valences.weights[match.entries.lowerBound]
            } else {
                found.valenceEntry = LexiconPair.none
            }
        }
        return found
    }

    /// Counts a one-character "!" or "?" token (`token` is punctuation).
    @inline(__always)
    static func countEmphasis(_ keys: UnsafeBufferPointer<UInt8>, _ token: Token, into facts: inout SentenceUnits) {
        guard token.keyRange.count == 1 else { return }
        switch keys[token.keyRange.lowerBound] {
        case UInt8(ascii: "!"): facts.exclamations += 1
        case UInt8(ascii: "?"): facts.questions += 1
        default: break
        }
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
    /// sentiment word within reach after it counts as a sentiment word. Within reach: the
    /// ``SentimentConstants/modifierWindow`` units after it, plain words included, up to a
    /// clause break; only stored units can be sentiment words or clause breaks.
    static func resolveModifiersWithNothingToModify(_ units: UnsafeMutablePointer<Unit>, count: Int) {
        let window = Int32(SentimentConstants.modifierWindow)
        for index in 0..<count where units[index].entry >= 0 && units[index].kind != .sentiment {
            var modifiesSomething = false
            var next = index + 1
            while next < count, units[next].position - units[index].position <= window {
                if units[next].kind == .clauseBreak { break }
                if units[next].kind == .sentiment { modifiesSomething = true; break }
                next += 1
            }
            if !modifiesSomething { units[index].kind = .sentiment }
        }
    }
}
