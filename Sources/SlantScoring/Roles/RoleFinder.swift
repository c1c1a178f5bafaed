public import SlantText
import SlantLexicon

/// Finds who does what to whom without a parser: for each predicate of a ``PredicateLexicon``,
/// its agent and patient among given candidate spans (actor mentions, user targets), from the
/// function words around it (``RoleCues``).
///
/// The patterns, tried in this order for each predicate `P`:
/// - **passive**: an auxiliary right before `P` (one adverb may come between: "was brutally
///   attacked") or "under" ("came under attack"): the subject is the patient, a candidate after
///   "by"/"from" the agent;
/// - **modifier**: a candidate right before `P` (or one word before it): "Russia's invasion",
///   "Russian strikes", "Russia attacked", "Russian military aggression" — the agent;
/// - **prepositional phrase**: a marker right after `P` and a candidate within
///   ``phraseReach`` words: "the invasion of Ukraine", "strikes on Kyiv" (patient), "an attack
///   by Russia" (agent);
/// - **object**: after a verbal `P` (no determiner before it), a candidate within
///   ``objectReach`` words: "attacked the Ukrainian capital";
/// - **subject**: the nearest candidate before `P` in its clause, within ``subjectReach`` words,
///   not across a speech verb, another predicate, a quotation mark or (for a noun predicate) a
///   preposition; a noun's subject must reach it through a light verb ("launched an attack") or a verb of undergoing ("faces an invasion", "received aid from the US", whose subject is the patient); "Russia, which invaded ..." skips the relative clause's comma; "X and Y
///   attacked" gives both; "Ukraine faces an invasion" makes the subject the patient.
///
/// For `suffering` predicates the agent is the one who suffers; patient markers are ignored.
/// Predicates inside capitalised names ("European Peace Fund") are skipped.
///
/// - Complexity: O(tokens × reach): every search is bounded.
/// ``RoleAssignment/candidate`` indexes the candidates given to ``roles(in:candidates:)``.
public struct RoleFinder: Sendable {
    public let predicates: PredicateLexicon
    public let cues: RoleCues
    let speech: AttributionRules

    /// How many words may separate a subject from its predicate.
    public static let subjectReach = 8
    /// How many words may separate a noun predicate from its subject ("Russia launched a new
    /// large-scale attack").
    public static let nominalSubjectReach = 6
    /// How many words may follow a marker before its candidate ("on the eastern city of Kharkiv").
    public static let phraseReach = 4
    /// How many words may come before a verb's object ("attacked the Ukrainian capital").
    public static let objectReach = 3
    /// How many further candidates a coordination adds to an argument at most ("Gorbachev,
    /// Gore and Sagan were working together" adds two to Sagan): a bound on the walk, longer
    /// lists keep their nearest names.
    public static let maximumConjuncts = 4
    /// How many words before a predicate a negator reaches ("did not even attack").
    public static let negationReach = 3
    /// The factor of an agent's valence for harm done to armed forces or their means ("strikes
    /// on Russian positions", "shot down the drone"): combat, reported by both sides of a war as
    /// their own success, is not an aggressor's act against the defenceless. The patient of such
    /// harm gets no sympathy (factor 0). Chosen on the development set (EVALUATION.md).
    public static let armedTargetAgentFactor = 0.25
    /// How many words after a candidate its head noun may stand ("Russian military positions").
    static let headReach = 2
    /// The factor of a negated predicate's positive valence: "X is not helping" reproaches X a
    /// little. A negated negative valence becomes 0: "X did not attack" is no praise.
    public static let negatedPositiveFactor = -0.5

    public init(predicates: PredicateLexicon, cues: RoleCues, speech: AttributionRules) {
        self.predicates = predicates
        self.cues = cues
        self.speech = speech
    }

    /// What the finder found in one text.
    public struct Result: Sendable {
        /// Every argument found, grouped by predicate occurrence in text order.
        public var assignments: [RoleAssignment]
        /// Every predicate occurrence, with or without arguments: their words describe an
        /// action, so they count through roles, not as tone near a name.
        public var predicates: [Range<Int>]
    }

    /// Every predicate in `text` and the roles of `candidates` (token ranges, sorted by start) in them.
    public func roles(in text: TokenizedText, candidates: [Range<Int>]) -> Result {
        text.withKeys { keys, tokens in
            roles(in: text, candidates: candidates, titleCase: ProperNames.titleCaseSentences(of: text, tokens: tokens))
        }
    }

    /// ``roles(in:candidates:)`` with each sentence's ``ProperNames/isTitleCase(_:tokens:)``
    /// given (`titleCase[s]` for sentence `s`), as the analyzer computes it once per document
    /// for the role finder and the portrayal marks.
    public func roles(in text: TokenizedText, candidates: [Range<Int>], titleCase: [Bool]) -> Result {
        var scratch = Scratch()
        return roles(in: text, candidates: candidates, titleCase: titleCase, scratch: &scratch)
    }

    /// ``roles(in:candidates:titleCase:)`` with the per-token working arrays taken from and
    /// returned to `scratch`, so that an analyzer allocates them once, not per document.
    ///
    /// - Parameter sentences: when given (one flag per sentence, as
    ///   ``candidateSentences(of:in:into:)`` fills it), only the flagged sentences are scanned:
    ///   the assignments are the same, and ``Result/predicates`` holds the predicates of those
    ///   sentences only. `titleCase` is read for flagged sentences only.
    public func roles(in text: TokenizedText, candidates: [Range<Int>], titleCase: [Bool], scratch: inout Scratch,
                      sentences: [Bool]? = nil) -> Result {
        Self.roles(of: RoleFinderBox(self), in: text, candidates: candidates, titleCase: titleCase, scratch: &scratch, sentences: sentences)
    }

    /// ``roles(in:candidates:titleCase:scratch:sentences:)`` of the finder in `box`, read in
    /// place: the analyzer keeps its finders boxed, so that a document's scan does not copy the
    /// finder (a retain and a release for each of its arrays).
    static func roles(of box: RoleFinderBox, in text: TokenizedText, candidates: [Range<Int>], titleCase: [Bool], scratch: inout Scratch,
                      sentences: [Bool]? = nil) -> Result {
        precondition(titleCase.count == text.sentences.count, "one title-case flag per sentence")
        var unused: [Bool] = []
        var none: [Int32] = []
        var noBreaks: [Int32] = []
        return roles(of: box, in: text, candidates: candidates, givenTitleCase: titleCase, foundTitleCase: &unused, scratch: &scratch, sentences: sentences,
                     clauses: &none, clauseBreaks: &noBreaks, numbersClauses: false)
    }

    /// ``roles(of:in:candidates:titleCase:scratch:sentences:)`` finding each flagged sentence's
    /// ``ProperNames/isTitleCase(_:tokens:)`` in the walk that finds its predicates, into
    /// `titleCase` (contents replaced, capacity kept; `false` for the sentences not flagged), as
    /// the analyzer needs it for the flagged sentences only: no walk of their words of its own.
    static func roles(of box: RoleFinderBox, in text: TokenizedText, candidates: [Range<Int>], scratch: inout Scratch,
                      sentences: [Bool], titleCaseInto titleCase: inout [Bool]) -> Result {
        var none: [Int32] = []
        var noBreaks: [Int32] = []
        return roles(of: box, in: text, candidates: candidates, givenTitleCase: nil, foundTitleCase: &titleCase, scratch: &scratch, sentences: sentences,
                     clauses: &none, clauseBreaks: &noBreaks, numbersClauses: false)
    }

    /// ``roles(of:in:candidates:scratch:sentences:titleCaseInto:)`` numbering, in the same walk,
    /// the clauses of each flagged sentence from 0 (``SentimentAnalyzer/isClauseBreak(_:_:)``
    /// ends one): `clauses` (one per token) gets each token's number within its sentence, for the
    /// flagged sentences only, and `clauseBreaks` (contents replaced) each sentence's clause
    /// breaks, -1 for the sentences not walked. With no predicates nothing is walked: `clauseBreaks`
    /// is left empty.
    static func roles(of box: RoleFinderBox, in text: TokenizedText, candidates: [Range<Int>], scratch: inout Scratch,
                      sentences: [Bool], titleCaseInto titleCase: inout [Bool], clauses: inout [Int32], clauseBreaks: inout [Int32]) -> Result {
        precondition(clauses.count == text.tokens.count, "one clause number per token")
        return roles(of: box, in: text, candidates: candidates, givenTitleCase: nil, foundTitleCase: &titleCase, scratch: &scratch, sentences: sentences,
                     clauses: &clauses, clauseBreaks: &clauseBreaks, numbersClauses: true)
    }

    /// The roles, with each sentence's title case given (`givenTitleCase`) or found in the scan
    /// (when `nil`: into `foundTitleCase`, one flag per sentence).
    private static func roles(of box: RoleFinderBox, in text: TokenizedText, candidates: [Range<Int>], givenTitleCase: [Bool]?,
                              foundTitleCase: inout [Bool], scratch: inout Scratch, sentences: [Bool]?, clauses: inout [Int32],
                              clauseBreaks: inout [Int32], numbersClauses: Bool) -> Result {
        precondition(sentences.map { $0.count == text.sentences.count } ?? true, "one flag per sentence")
        clauseBreaks.removeAll(keepingCapacity: true)
        if givenTitleCase == nil {
            foundTitleCase.removeAll(keepingCapacity: true)
            foundTitleCase.append(contentsOf: repeatElement(false, count: text.sentences.count))
        }
        guard box.finder.predicates.count > 0 else {
            if givenTitleCase == nil {
                text.withKeys { _, tokens in
                    for (index, sentence) in text.sentences.enumerated() where sentences?[index] ?? true {
                        foundTitleCase[index] = ProperNames.isTitleCase(sentence, tokens: tokens)
                    }
                }
            }
            return Result(assignments: [], predicates: [])
        }
        let tokenCount = text.tokens.count
        var perToken = Array.reusing(&scratch.perToken, filledWith: -1, count: Context.perTokenArrays * tokenCount)
        var isPredicate = Array.reusing(&scratch.isPredicate, filledWith: false, count: tokenCount)
        var sentenceOccurrences = Array.reusing(&scratch.sentenceOccurrences, filledWith: (0..<0, 0), count: 0)
        defer {
            scratch.perToken = perToken
            scratch.isPredicate = isPredicate
            scratch.sentenceOccurrences = sentenceOccurrences
        }
        if numbersClauses { clauseBreaks.append(contentsOf: repeatElement(-1, count: text.sentences.count)) }
        return text.withKeys { keys, tokens in
            text.bytes.withUnsafeBufferPointer { bytes in
                text.sentences.withUnsafeBufferPointer { sentenceList in
                    perToken.withUnsafeMutableBufferPointer { perToken in
                        isPredicate.withUnsafeMutableBufferPointer { isPredicate in
                          clauses.withUnsafeMutableBufferPointer { clauses in
                            let context = Context(finder: box, bytes: bytes, sentences: sentenceList, keys: keys, tokens: tokens, candidates: candidates,
                                                  perToken: perToken, isPredicate: isPredicate, clauses: numbersClauses ? clauses : nil)
                            swap(&context.sentenceOccurrences, &sentenceOccurrences)
                            // Room for as many as the last document had: both lists are the result, so they
                            // are not kept, but they need not grow one by one.
                            context.found.reserveCapacity(scratch.lastAssignmentCount)
                            context.occurrences.reserveCapacity(scratch.lastPredicateCount)
                            // Copied out of its box once per document: copying it per sentence (or reading it
                            // through the box per token) costs a retain per array or a memcpy per lookup.
                            let predicates = box.finder.predicates.words.lexicon
                            for (index, sentence) in sentenceList.enumerated() where sentences?[index] ?? true {
                                let titleCase = context.scan(sentence, predicates: predicates, titleCase: givenTitleCase?[index])
                                if givenTitleCase == nil { foundTitleCase[index] = titleCase }
                                if numbersClauses { clauseBreaks[index] = context.clauseBreaks }
                            }
                            swap(&context.sentenceOccurrences, &sentenceOccurrences)
                            scratch.lastAssignmentCount = context.found.count
                            scratch.lastPredicateCount = context.occurrences.count
                            return Result(assignments: context.found, predicates: context.occurrences)
                          }
                        }
                    }
                }
            }
        }
    }

    /// Flags the sentences where a role of `candidates` can be found, replacing the contents
    /// of `flags` (one per sentence of `text`; capacity kept): those holding a candidate's
    /// token, and the one holding the word right before a candidate (a name's case check
    /// reads whether that word is a predicate: ``Context/isOblique(_:before:)``).
    ///
    /// Every rule starts from a candidate of the predicate's own sentence (the agent and
    /// patient searches stop at its bounds), so a sentence without one yields no assignment,
    /// and what a scan marks there (its predicate tokens) is read only through the token
    /// before a candidate.
    public static func candidateSentences(of candidates: [Range<Int>], in text: TokenizedText, into flags: inout [Bool]) {
        flags.removeAll(keepingCapacity: true)
        flags.append(contentsOf: repeatElement(false, count: text.sentences.count))
        let tokens = text.tokens
        for range in candidates where !range.isEmpty {
            let before = range.lowerBound - 1
            let first = before >= 0 && tokens[before].isWordLike ? tokens[before].sentence : tokens[range.lowerBound].sentence
            for sentence in first...tokens[range.upperBound - 1].sentence { flags[sentence] = true }
        }
    }

    /// The per-token working arrays of role finding, kept between documents by their owner
    /// (one per worker: not to be shared between threads).
    public struct Scratch {
        /// ``Context/endingAt``, ``Context/startingAt``, ``Context/covering``, ``Context/cueKinds``
        /// and ``Context/speechCues``, one after another.
        var perToken: [Int32] = []
        var isPredicate: [Bool] = []
        var sentenceOccurrences: [(tokens: Range<Int>, entry: Int)] = []
        /// How many assignments and predicates the last document had (the next one's lists are
        /// made with that room).
        var lastAssignmentCount = 0
        var lastPredicateCount = 0

        public init() {}
    }
}

extension RoleFinder {
    /// The working state of one scan: the document's arrays and the per-token arrays as
    /// buffers, the finder behind its box.
    ///
    /// A class, one per document: its rules pass one reference. As a struct (some 200 bytes,
    /// copyable or not) it was copied to the stack at every non-mutating rule a mutating one
    /// asked (a `memcpy` each, six in `assignActive` alone). Its lists are read and written by
    /// its own methods only, one at a time, so their accesses are not checked at run time.
    final class Context {
        /// How many arrays of one number per token the state reads (``Scratch/perToken``).
        static let perTokenArrays = 5
        /// A cue word not yet looked up (``cueKinds``; no set of kinds has every bit).
        static let unknown: Int32 = -1
        let box: RoleFinderBox
        let bytes: UnsafeBufferPointer<UInt8>
        let sentences: UnsafeBufferPointer<Sentence>
        let keys: UnsafeBufferPointer<UInt8>
        let tokens: UnsafeBufferPointer<Token>
        let candidates: [Range<Int>]
        /// Per token: the first candidate that ends / starts / lies on it (-1 none).
        let endingAt: UnsafeMutableBufferPointer<Int32>
        let startingAt: UnsafeMutableBufferPointer<Int32>
        let covering: UnsafeMutableBufferPointer<Int32>
        /// Per token, looked up when first asked (``unknown`` until then): its cue kinds
        /// (``RoleCues/Kinds/rawValue``) within its sentence, and whether a speech cue starts
        /// there (1, else 0). The rules ask the same words again and again (each predicate's
        /// subject search walks back over the words the one before it walked); a lookup reads
        /// the lexicon through its box, copying it to the stack.
        let cueKinds: UnsafeMutableBufferPointer<Int32>
        let speechCues: UnsafeMutableBufferPointer<Int32>
        /// Per token: whether it belongs to a predicate.
        let isPredicate: UnsafeMutableBufferPointer<Bool>
        /// Per token, when clauses are numbered in the walk: its clause number within its
        /// sentence (from 0); an empty buffer when not (``numbersClauses``).
        let clauses: UnsafeMutableBufferPointer<Int32>
        let numbersClauses: Bool
        /// The clause breaks of the sentence last scanned (when ``numbersClauses``).
        @exclusivity(unchecked) var clauseBreaks: Int32 = 0
        /// The finder's cue words and attribution words with their miss tests, and each cue
        /// entry's kinds, held here once per document: reached through `box` at each lookup, the
        /// finder's structs were copied with a retain per array (ten for the cues).
        let cueWords: LexiconBox
        let cueGate: CompiledLexicon.Gate
        let cueEntryKinds: [RoleCues.Kinds]
        let speechWords: LexiconBox
        let speechGate: CompiledLexicon.Gate
        /// The predicate occurrences of the sentence being scanned (reused across sentences).
        @exclusivity(unchecked) var sentenceOccurrences: [(tokens: Range<Int>, entry: Int)] = []
        @exclusivity(unchecked) var found: [RoleAssignment] = []
        @exclusivity(unchecked) var occurrences: [Range<Int>] = []
        /// The negator of the predicate being assigned, if any.
        @exclusivity(unchecked) var currentNegator: Int?
        /// The armed word of the patient of the harm being assigned, if any.
        @exclusivity(unchecked) var currentArmed: Int?
        /// Whether the harm being assigned is a noun with no patient phrase ("an attack by X").
        @exclusivity(unchecked) var patientlessNoun = false

        /// - Parameters:
        ///   - perToken: ``perTokenArrays`` arrays of one number per token, one after another,
        ///     each filled with -1: ``endingAt``, ``startingAt``, ``covering``, ``cueKinds``,
        ///     ``speechCues``.
        ///   - isPredicate: one `false` per token.
        init(finder: RoleFinderBox, bytes: UnsafeBufferPointer<UInt8>, sentences: UnsafeBufferPointer<Sentence>, keys: UnsafeBufferPointer<UInt8>,
             tokens: UnsafeBufferPointer<Token>, candidates: [Range<Int>], perToken: UnsafeMutableBufferPointer<Int32>,
             isPredicate: UnsafeMutableBufferPointer<Bool>, clauses: UnsafeMutableBufferPointer<Int32>? = nil) {
            precondition(clauses.map { $0.count == tokens.count } ?? true, "one clause number per token")
            box = finder
            cueWords = finder.finder.cues.words
            cueGate = finder.finder.cues.gate
            cueEntryKinds = finder.finder.cues.kinds
            speechWords = finder.finder.speech.words
            speechGate = finder.finder.speech.gate
            self.bytes = bytes
            self.sentences = sentences
            self.keys = keys
            self.tokens = tokens
            self.candidates = candidates
            let count = tokens.count
            endingAt = UnsafeMutableBufferPointer(rebasing: perToken[0..<count])
            startingAt = UnsafeMutableBufferPointer(rebasing: perToken[count..<2 * count])
            covering = UnsafeMutableBufferPointer(rebasing: perToken[2 * count..<3 * count])
            cueKinds = UnsafeMutableBufferPointer(rebasing: perToken[3 * count..<4 * count])
            speechCues = UnsafeMutableBufferPointer(rebasing: perToken[4 * count..<5 * count])
            self.isPredicate = isPredicate
            self.clauses = clauses ?? UnsafeMutableBufferPointer(start: nil, count: 0)
            numbersClauses = clauses != nil
            for (index, range) in candidates.enumerated() where !range.isEmpty {
                if endingAt[range.upperBound - 1] < 0 { endingAt[range.upperBound - 1] = Int32(index) }
                if startingAt[range.lowerBound] < 0 { startingAt[range.lowerBound] = Int32(index) }
                for token in range where covering[token] < 0 { covering[token] = Int32(index) }
            }
        }

        /// The cue kinds of the word at `index` (empty outside the sentence or for other words).
        ///
        /// Looked up once per token (``cueKinds``): within its own sentence a token's cue is
        /// always the same (the sentences do not overlap, so `sentence` is the token's).
        func cue(_ index: Int, in sentence: Sentence) -> RoleCues.Kinds {
            guard index >= sentence.tokens.lowerBound, index < sentence.tokens.upperBound else { return [] }
            let known = cueKinds[index]
            if known != Self.unknown { return RoleCues.Kinds(rawValue: UInt32(bitPattern: known)) }
            // ``RoleCues/kinds(keys:tokens:at:end:)``, from the parts held here.
            var kinds = RoleCues.Kinds()
            if !cueGate.skips(tokens[index]), let match = cueWords.match(keys: keys, tokens: tokens, at: index, end: sentence.tokens.upperBound) {
                for entry in match.entries { kinds.formUnion(cueEntryKinds[entry]) }
            }
            cueKinds[index] = Int32(bitPattern: kinds.rawValue)
            return kinds
        }

        func isClauseBreak(_ index: Int) -> Bool { SentimentAnalyzer.isClauseBreak(keys, tokens[index]) }

        /// Every candidate with the same tokens as `candidate` (a hyphenated "Russia-Ukraine" is
        /// two): it and the ones right after it (a range, not a list per assignment).
        func sameSpan(_ candidate: Int) -> Range<Int> {
            var next = candidate + 1
            while next < candidates.count, candidates[next] == candidates[candidate] { next += 1 }
            return candidate..<next
        }

        /// Finds the predicates of `sentence` and their arguments. `predicates` is the predicate
        /// lexicon, passed in: a lookup through a mutating method's `self` or a class copies the
        /// lexicon at every token.
        ///
        /// - Parameter titleCase: whether the sentence is a title-case headline, or `nil` to
        ///   count its words in the same walk (``ProperNames/isTitleCase(words:capitalised:)``).
        /// - Returns: whether the sentence is in title case (as given or counted).
        @discardableResult
        func scan(_ sentence: Sentence, predicates: CompiledLexicon, titleCase given: Bool?) -> Bool {
            var occurrences = sentenceOccurrences
            sentenceOccurrences = []
            occurrences.removeAll(keepingCapacity: true)
            defer { sentenceOccurrences = occurrences }
            let counts = given == nil
            let numbers = numbersClauses
            var words = 0
            var capitalised = 0
            var breaks: Int32 = 0
            var index = sentence.tokens.lowerBound
            while index < sentence.tokens.upperBound {
                let token = tokens[index]
                // Each token's clause within the sentence: the breaks before it.
                if numbers { clauses[index] = breaks }
                if token.kind == .word {
                    if counts {
                        words += 1
                        if token.isCapitalized || token.isAllCaps { capitalised += 1 }
                    }
                } else if numbers && SentimentAnalyzer.isClauseBreak(keys, token) {
                    breaks += 1
                }
                if covering[index] >= 0 {
                    headNoun(of: Int(covering[index]), predicates: predicates)
                    index += 1
                    continue
                }
                guard let match = predicates.match(keys: keys, tokens: tokens, at: index, end: sentence.tokens.upperBound) else {
                    index += 1
                    continue
                }
                let range = index..<index + match.length
                index += match.length
                for later in range.dropFirst() {
                    if numbers { clauses[later] = breaks }
                    if tokens[later].kind == .word {
                        if counts {
                            words += 1
                            if tokens[later].isCapitalized || tokens[later].isAllCaps { capitalised += 1 }
                        }
                    } else if numbers && SentimentAnalyzer.isClauseBreak(keys, tokens[later]) {
                        breaks += 1
                    }
                }
                if range.contains(where: { covering[$0] >= 0 }) { continue }
                occurrences.append((range, match.entries.lowerBound))
            }
            clauseBreaks = breaks
            // Predicates inside names are dropped once the sentence's title case is known (it is
            // read after the walk: nothing in the walk reads which tokens are predicates).
            let titleCase = given ?? ProperNames.isTitleCase(words: words, capitalised: capitalised)
            if !titleCase {
                occurrences.removeAll { ProperNames.isInsideName($0.tokens.lowerBound, sentence: sentence, tokens: tokens) }
            }
            for occurrence in occurrences {
                for token in occurrence.tokens { isPredicate[token] = true }
            }
            let firstFound = found.count
            var sentenceHasArmedTarget = false
            var patientless: [Range<Int>] = []
            for occurrence in occurrences {
                self.occurrences.append(occurrence.tokens)
                patientlessNoun = false
                assign(occurrence.tokens, entry: occurrence.entry, sentence: sentence)
                if currentArmed != nil { sentenceHasArmedTarget = true }
                if patientlessNoun { patientless.append(occurrence.tokens) }
            }
            // "Moskva was sunk after a missile attack by the Ukrainians": a harm noun with no
            // patient of its own is the sentence's combat when another harm in it has an armed
            // target.
            guard sentenceHasArmedTarget, !patientless.isEmpty else { return titleCase }
            for index in firstFound..<found.count where found[index].position == .agent && found[index].valence < 0
                && patientless.contains(found[index].predicate) {
                found[index].valence *= RoleFinder.armedTargetAgentFactor
                found[index].rule += ", armed target in the sentence"
            }
            return titleCase
        }

        /// A candidate whose last word is a predicate noun names what it does: "Russian
        /// invaders", "the occupiers", "Ukrainian refugees" (asked at each of its tokens; a
        /// second assignment of the same candidate and predicate is not added). `predicates` is
        /// the finder's predicate lexicon, passed in: through the box each lookup copied it.
        func headNoun(of candidate: Int, predicates: CompiledLexicon) {
            let range = candidates[candidate]
            guard range.count > 1, let last = range.last, endingAt[last] == Int32(candidate),
                  let match = predicates.match(keys: keys, tokens: tokens, at: last, end: last + 1) else { return }
            add(candidate, .agent, predicate: last..<last + 1, entry: match.entries.lowerBound, rule: "head noun")
        }

        func add(_ candidate: Int, _ position: ArgumentPosition, predicate: Range<Int>, entry: Int, rule: String) {
            guard box.finder.predicates.takes(entry, position) else { return }
            let predicateClass = box.finder.predicates.classes[entry]
            var valence = box.finder.predicates.valence(entry, position)
            var role = predicateClass.role(of: position)
            var rule = rule
            if (predicateClass == .harm) || predicateClass == .suffering {
                // Harm to armed forces is combat: "strikes on Russian positions", "Russian troops
                // suffered heavy losses".
                let armed = position == .patient || predicateClass == .suffering ? armedHead(of: candidate) ?? currentArmed : currentArmed
                if let armed, predicateClass != .suffering || position == .agent {
                    let sufferer = position == .patient || predicateClass == .suffering
                    valence = sufferer ? 0 : valence * RoleFinder.armedTargetAgentFactor
                    rule += ", armed target '\(word(armed))'"
                }
            }
            if let negator = currentNegator {
                valence = valence > 0 && predicateClass.reproachesWhenNegated ? valence * RoleFinder.negatedPositiveFactor : 0
                role = nil
                rule += ", negated by '\(word(negator))'"
            }
            for same in sameSpan(candidate) {
                // One role per candidate and predicate occurrence (the assignments of one
                // occurrence are the last ones appended).
                guard !found.reversed().prefix(while: { $0.predicate == predicate }).contains(where: { $0.candidate == same }) else { continue }
                found.append(RoleAssignment(candidate: same, predicate: predicate, entry: entry, term: box.finder.predicates.term(entry), predicateClass: predicateClass,
                                            position: position, role: role, valence: valence, rule: rule))
            }
        }

        /// The token's text as written (as ``SlantText/TokenizedText/text(of:)-swift.method`` reads it), or "" past the end.
        func word(_ index: Int) -> String {
            index < tokens.count ? String(decoding: UnsafeBufferPointer(rebasing: bytes[tokens[index].byteRange]), as: UTF8.self) : ""
        }

        /// What one predicate occurrence is, as the assignment rules ask: its class, its last
        /// word's participle endings and the cue before it.
        struct Occurrence {
            let tokens: Range<Int>
            let entry: Int
            let predicateClass: PredicateClass
            let sentence: Sentence
            /// The token right before the predicate and its cue kinds.
            let before: Int
            let beforeCue: RoleCues.Kinds
            let isActiveParticiple: Bool
            let isPassiveParticiple: Bool
        }

        /// What the rules of an active predicate have found so far.
        struct Found {
            var hasAgent = false
            var hasPatient = false
            /// The agent read from its case (``caseMarkedAgent(after:predicateClass:sentence:)``).
            var caseAgent: Int?
            /// A dative before the predicate ("Україні нову допомогу").
            var dativeModifier: Int?
            /// A singular name before a plural verb ("Київ обстріляли").
            var frontedObject: Int?
            var pluralVerb = false
        }

        /// Finds the arguments of one predicate occurrence: a participle describing the name
        /// after it, else a passive, else the active patterns.
        func assign(_ predicate: Range<Int>, entry: Int, sentence: Sentence) {
            currentNegator = negator(before: predicate.lowerBound, sentence: sentence)
            currentArmed = nil
            let last = tokens[predicate.upperBound - 1]
            let occurrence = Occurrence(tokens: predicate, entry: entry, predicateClass: box.finder.predicates.classes[entry], sentence: sentence,
                                        before: predicate.lowerBound - 1, beforeCue: cue(predicate.lowerBound - 1, in: sentence),
                                        isActiveParticiple: box.finder.cues.hasSuffix(box.finder.cues.activeSuffixes, keys: keys, token: last),
                                        isPassiveParticiple: box.finder.cues.hasSuffix(box.finder.cues.passiveSuffixes, keys: keys, token: last))
            if assignDescribed(occurrence) || assignPassive(occurrence) { return }
            assignActive(occurrence)
        }

        /// "the invading Russian military" / "in occupied Kherson": a participle before a
        /// candidate describes it.
        func assignDescribed(_ occurrence: Occurrence) -> Bool {
            let predicate = occurrence.tokens
            let beforeCue = occurrence.beforeCue
            guard predicate.upperBound < occurrence.sentence.tokens.upperBound, startingAt[predicate.upperBound] >= 0,
                  occurrence.before < occurrence.sentence.tokens.lowerBound || isClauseBreak(occurrence.before)
                      || !beforeCue.intersection([.determiner, .preposition, .patientMarker, .agentMarker]).isEmpty && !beforeCue.has(.infinitive),
                  occurrence.isActiveParticiple || occurrence.isPassiveParticiple, occurrence.predicateClass != .suffering else { return false }
            // "Оккупированные Россией территории": in the instrumental, the participle's agent.
            let described = Int(startingAt[predicate.upperBound])
            let isAgent = occurrence.isActiveParticiple || (box.finder.cues.marksCase && isInstrumental(described))
            add(described, isAgent ? .agent : .patient, predicate: predicate, entry: occurrence.entry,
                rule: "participle '\(word(predicate.upperBound - 1))'")
            return true
        }

        /// Passive: "was shelled", "were brutally attacked", "came under attack", "children
        /// abducted by Russia" (a participle after its patient, with "by"); not the progressive
        /// "is threatening".
        func assignPassive(_ occurrence: Occurrence) -> Bool {
            let (predicate, entry, sentence) = (occurrence.tokens, occurrence.entry, occurrence.sentence)
            let (before, beforeCue) = (occurrence.before, occurrence.beforeCue)
            let start = sentence.tokens.lowerBound
            var auxiliary: Int?
            if cue(predicate.lowerBound, in: sentence).has(.passivePreposition) {
                auxiliary = predicate.lowerBound // "under fire", "under attack"
            } else if occurrence.isPassiveParticiple, before >= start, endingAt[before] >= 0, word(predicate.upperBound).lowercased() == "by" {
                add(Int(endingAt[before]), .patient, predicate: predicate, entry: entry, rule: "participle '\(word(predicate.upperBound - 1))' after it")
                if let (candidate, marker) = phrase(after: predicate, sentence: sentence, kinds: .agentMarker) {
                    add(candidate, .agent, predicate: predicate, entry: entry, rule: "passive '\(marker.word)'")
                }
                return true
            } else if beforeCue.has(.passivePreposition) || (beforeCue.has(.passiveAuxiliary) && !occurrence.isActiveParticiple) {
                auxiliary = before
            } else if before - 1 >= start, tokens[before].isWordLike, beforeCue.isEmpty, covering[before] < 0, !isPredicate[before],
                      cue(before - 1, in: sentence).has(.passiveAuxiliary), !occurrence.isActiveParticiple {
                auxiliary = before - 1
            } else if box.finder.cues.marksCase, occurrence.isPassiveParticiple {
                // "Украина разрушена": a short passive participle needs no auxiliary.
                auxiliary = predicate.lowerBound
            }
            guard let auxiliary, occurrence.predicateClass != .suffering else { return false }
            if occurrence.predicateClass == .harm { currentArmed = armedWord(before: auxiliary, sentence: sentence) }
            for subject in subjects(before: predicate.lowerBound, sentence: sentence, nominal: false).candidates {
                add(subject, .patient, predicate: predicate, entry: entry, rule: "subject of passive '\(word(auxiliary))'")
            }
            if let (candidate, marker) = phrase(after: predicate, sentence: sentence, kinds: .agentMarker) {
                add(candidate, .agent, predicate: predicate, entry: entry, rule: "passive '\(marker.word)'")
            } else if box.finder.cues.marksCase, let (candidate, rule) = caseMarkedAgent(after: predicate, predicateClass: occurrence.predicateClass, sentence: sentence),
                      rule == RoleFinder.instrumentalRule {
                add(candidate, .agent, predicate: predicate, entry: entry, rule: "passive, " + rule)
            }
            return true
        }

        /// The active patterns, in order: arguments by case (languages that mark it), a
        /// modifier before the predicate, a phrase after it, its object, its subject.
        func assignActive(_ occurrence: Occurrence) {
            let (predicate, entry, predicateClass, sentence) = (occurrence.tokens, occurrence.entry, occurrence.predicateClass, occurrence.sentence)
            let beforeCue = occurrence.beforeCue
            let start = sentence.tokens.lowerBound
            var found = Found()
            if box.finder.cues.marksCase { assignCaseAfter(occurrence, found: &found) }
            // "to help": an infinitive is a verb, whatever else "to" is.
            let nominal = !beforeCue.has(.infinitive) && !beforeCue.intersection([.determiner, .patientMarker, .agentMarker, .preposition]).isEmpty
            if predicateClass == .harm {
                currentArmed = armedWord(after: predicate, nominal: nominal, sentence: sentence)
                // "an attack", "a missile attack", "an extraordinary missile attack"
                let noun = nominal || (1...2).contains { gap in
                    (predicate.lowerBound - gap..<predicate.lowerBound).allSatisfy { $0 >= start && tokens[$0].isWordLike && covering[$0] < 0 && !isPredicate[$0]
                                                                                      && !cue($0, in: sentence).has(.infinitive) }
                        && cue(predicate.lowerBound - gap - 1, in: sentence).has(.determiner)
                }
                patientlessNoun = noun && currentArmed == nil && !cue(predicate.upperBound, in: sentence).has(.patientMarker)
            }
            if box.finder.cues.marksCase { assignCaseBefore(occurrence, found: &found) }
            assignModifier(occurrence, found: &found)
            assignPhrase(occurrence, found: &found)
            if !nominal && !found.hasPatient && predicateClass != .suffering,
               let candidate = object(after: predicate.upperBound, sentence: sentence), candidate != found.caseAgent {
                add(candidate, .patient, predicate: predicate, entry: entry, rule: "object")
            } else if found.frontedObject != nil, !found.hasAgent, let candidate = object(after: predicate.upperBound, sentence: sentence),
                      looksPlural(candidate, sentence: sentence) {
                // "Харків атакували російські дрони": the subject after the verb.
                add(candidate, .agent, predicate: predicate, entry: entry, rule: "subject after a plural verb")
                found.hasAgent = true
            }
            // With the agent known ("from the US", "by Russia", "атаки Росії"), the subject can
            // still be the one who undergoes it ("Ukraine received aid from the US").
            guard !found.hasAgent || !found.hasPatient else { return }
            let subjects = subjects(before: predicate.lowerBound, sentence: sentence, nominal: nominal)
            for subject in subjects.candidates where subject != found.frontedObject && !(found.pluralVerb && !looksPlural(subject, sentence: sentence)) {
                // "Ukraine faces an invasion", "received aid"; not "needed to resist": the
                // subject of an infinitive is its agent.
                if let undergo = subjects.undergo, predicateClass != .suffering, !beforeCue.has(.infinitive) {
                    add(subject, .patient, predicate: predicate, entry: entry, rule: "subject of '\(word(undergo))'")
                } else if !found.hasAgent {
                    add(subject, .agent, predicate: predicate, entry: entry, rule: subjects.relative ? "subject (relative clause)" : "subject")
                }
            }
        }

        /// A candidate right before the predicate, or one word before it, is its agent
        /// ("Russia's invasion", "Russian strikes", "Russia attacked"), with the names
        /// coordinated with it — unless case or a topic noun says otherwise.
        func assignModifier(_ occurrence: Occurrence, found: inout Found) {
            let (predicate, entry, sentence) = (occurrence.tokens, occurrence.entry, occurrence.sentence)
            // The agent is known from its case, or a dative or fronted object stands there.
            guard found.caseAgent == nil, found.dativeModifier == nil, found.frontedObject == nil else { return }
            let before = occurrence.before
            if before >= sentence.tokens.lowerBound, endingAt[before] >= 0 {
                let adjacent = Int(endingAt[before])
                // The word before a verb in an oblique case is no subject ("Росії").
                if isOblique(adjacent, before: predicate) { return }
                // "the Ukraine war", "the Russia-Ukraine war": a name before a topic noun says
                // where, not who; no agent (a possessive still is one: "Russia's war").
                if isTopicNoun(after: candidates[adjacent], sentence: sentence) {
                    found.hasAgent = true
                    return
                }
            }
            guard let (candidate, gap) = modifier(before: predicate, sentence: sentence) else { return }
            if gap && isHeadlinePassive(occurrence) {
                // "Ukrainian children abducted during the occupation": the people the name
                // qualifies underwent it.
                add(candidate, .patient, predicate: predicate, entry: entry, rule: "passive without auxiliary")
                found.hasPatient = true
                return
            }
            add(candidate, .agent, predicate: predicate, entry: entry, rule: "modifier")
            // "Biden and Johnson condemned", "Biden and Harris blatantly lied": both.
            for other in conjuncts(before: candidate, sentence: sentence) {
                add(other, .agent, predicate: predicate, entry: entry, rule: "modifier (coordinated)")
            }
            found.hasAgent = true
        }

        /// Whether a harm predicate right after a noun for people (role cue kind `person-noun`:
        /// children, residents, journalists …) is a passive without its auxiliary, as headlines
        /// write it: a passive participle followed by no object ("Ukrainian children abducted
        /// during the occupation", "Palestinian journalists killed in Gaza"). Other nouns are
        /// left to the modifier rule: after "hackers", "critics", "troops" or an adverb the
        /// participle is as often an active verb ("that Russian government hackers targeted",
        /// "Trump's critics seized on", "which Russia just annexed").
        func isHeadlinePassive(_ occurrence: Occurrence) -> Bool {
            let (predicate, sentence) = (occurrence.tokens, occurrence.sentence)
            guard occurrence.isPassiveParticiple, [.harm, .threat].contains(occurrence.predicateClass),
                  occurrence.beforeCue.has(.personNoun) else { return false }
            let next = predicate.upperBound
            guard next < sentence.tokens.upperBound, tokens[next].isWordLike else { return true }
            let kinds = cue(next, in: sentence)
            return startingAt[next] < 0 && !kinds.has(.determiner) && !kinds.intersection([.preposition, .patientMarker, .agentMarker]).isEmpty
        }

        /// The candidate that modifies `predicate`: right before it ("Russian strikes", "Russia
        /// attacked"), or with one plain word between (`gap`: "Russia's brutal invasion",
        /// "Russian troops attacked", "Київ вночі атакували"), not inside a prepositional
        /// phrase, and not across a speech cue or a function word (a `person-noun` is a plain word).
        func modifier(before predicate: Range<Int>, sentence: Sentence) -> (candidate: Int, gap: Bool)? {
            let before = predicate.lowerBound - 1
            let start = sentence.tokens.lowerBound
            guard before >= start else { return nil }
            if endingAt[before] >= 0 {
                let candidate = Int(endingAt[before])
                return isPrepositionalObject(candidate, sentence: sentence) ? nil : (candidate, false)
            }
            guard before - 1 >= start, tokens[before].isWordLike, cue(before, in: sentence).subtracting(RoleCues.Kind.personNoun.bit).isEmpty,
                  covering[before] < 0, !isPredicate[before], endingAt[before - 1] >= 0, !isSpeechCue(before, sentence: sentence),
                  !isPrepositionalObject(Int(endingAt[before - 1]), sentence: sentence) else { return nil }
            return (Int(endingAt[before - 1]), true)
        }

        /// A candidate in a phrase after the predicate: "the invasion of Ukraine" (patient), "an
        /// attack by Russia" (agent), with the names coordinated with it, and an agent phrase
        /// after the patient's ("the invasion of Ukraine by Russia").
        func assignPhrase(_ occurrence: Occurrence, found: inout Found) {
            let (predicate, entry, sentence) = (occurrence.tokens, occurrence.entry, occurrence.sentence)
            let markerKinds: RoleCues.Kinds = occurrence.predicateClass == .suffering ? .agentMarker : [.agentMarker, .patientMarker]
            guard let (candidate, marker) = phrase(after: predicate, sentence: sentence, kinds: markerKinds) else { return }
            let position: ArgumentPosition = marker.isAgentMarker ? .agent : .patient
            if position == .patient || !found.hasAgent {
                add(candidate, position, predicate: predicate, entry: entry, rule: "'\(marker.word)' phrase")
                // "against the Washington and Brussels elite": both.
                for other in conjuncts(after: candidate, sentence: sentence) {
                    add(other, position, predicate: predicate, entry: entry, rule: "'\(marker.word)' phrase (coordinated)")
                }
                if position == .agent { found.hasAgent = true } else { found.hasPatient = true }
            }
            let end = candidates[candidate].upperBound
            if position == .patient, !found.hasAgent, end < sentence.tokens.upperBound, cue(end, in: sentence).has(.agentMarker),
               let (agent, second) = phrase(after: end - 1..<end, sentence: sentence, kinds: .agentMarker) {
                add(agent, .agent, predicate: predicate, entry: entry, rule: "'\(second.word)' phrase")
                found.hasAgent = true
            }
        }

        /// An armed word among the (at most 3) words before `end` in its clause: the head of a
        /// passive's subject ("Russian troops were shelled").
        func armedWord(before end: Int, sentence: Sentence) -> Int? {
            var index = end - 1
            var words = 0
            while index >= sentence.tokens.lowerBound, words < 3 {
                if isClauseBreak(index) || tokens[index].quote != nil || isPredicate[index] { return nil }
                if cue(index, in: sentence).has(.armed) { return index }
                if tokens[index].isWordLike { words += 1 }
                index -= 1
            }
            return nil
        }

        /// An armed word in the patient after a harm predicate: its object ("shot down the
        /// 200th Russian aircraft") or, for a noun, its patient phrase ("strikes on Russian
        /// positions"), within ``RoleFinder/phraseReach`` words.
        func armedWord(after predicate: Range<Int>, nominal: Bool, sentence: Sentence) -> Int? {
            var index = predicate.upperBound
            if cue(index, in: sentence).has(.patientMarker) && !cue(index, in: sentence).has(.determiner) {
                index += 1
            } else if nominal {
                return nil
            }
            var words = 0
            while index < sentence.tokens.upperBound, words <= RoleFinder.phraseReach {
                if isClauseBreak(index) || tokens[index].quote != nil || isPredicate[index] { return nil }
                let kinds = cue(index, in: sentence)
                if isArmed(index, kinds: kinds) { return index }
                if kinds.has(.agentMarker) || (kinds.has(.patientMarker) && !kinds.has(.determiner) && word(index).lowercased() != "of") { return nil }
                if tokens[index].isWordLike { words += 1 }
                index += 1
            }
            return nil
        }

        /// Whether the word at `index` (with cue `kinds`) names armed forces or their means as a
        /// target: not in the instrumental, which names the means of the act ("обстріляла Київ
        /// ракетами").
        func isArmed(_ index: Int, kinds: RoleCues.Kinds) -> Bool {
            kinds.has(.armed) && !(box.finder.cues.marksCase && box.finder.cues.hasSuffix(box.finder.cues.instrumentalEndings, keys: keys, token: tokens[index]))
        }

        /// The armed word a candidate names as its head ("Russian troops", "Ukraine's armed
        /// forces"), within ``RoleFinder/headReach`` words after it, or its own last word.
        func armedHead(of candidate: Int) -> Int? {
            let range = candidates[candidate]
            guard let last = range.last else { return nil }
            let sentence = sentences[tokens[last].sentence]
            if isArmed(last, kinds: cue(last, in: sentence)) { return last }
            var index = range.upperBound
            var words = 0
            while index < sentence.tokens.upperBound, words < RoleFinder.headReach, tokens[index].isWordLike, !isPredicate[index], covering[index] < 0 {
                if isArmed(index, kinds: cue(index, in: sentence)) { return index }
                words += 1
                index += 1
            }
            return nil
        }

        /// A negator within ``RoleFinder/negationReach`` words before `start`, in its clause.
        func negator(before start: Int, sentence: Sentence) -> Int? {
            var index = start - 1
            var words = 0
            while index >= sentence.tokens.lowerBound, words < RoleFinder.negationReach {
                if isClauseBreak(index) || covering[index] >= 0 { return nil }
                if cue(index, in: sentence).has(.negation) { return index }
                if tokens[index].isWordLike { words += 1 }
                index -= 1
            }
            return nil
        }

        struct Marker {
            var word: String
            var isAgentMarker: Bool
        }

        /// A candidate in a phrase right after the predicate, introduced by a marker of `kinds`
        /// (or by the predicate's own last word: "war against", "talks with").
        func phrase(after predicate: Range<Int>, sentence: Sentence, kinds: RoleCues.Kinds) -> (Int, Marker)? {
            let own = cue(predicate.upperBound - 1, in: sentence)
            let next = cue(predicate.upperBound, in: sentence)
            let markerIndex: Int
            let found: RoleCues.Kinds
            if predicate.count > 1, !own.intersection(kinds).isEmpty {
                markerIndex = predicate.upperBound - 1
                found = own
            } else if !next.intersection(kinds).isEmpty {
                markerIndex = predicate.upperBound
                found = next
            } else {
                return nil
            }
            let marker = Marker(word: word(markerIndex), isAgentMarker: found.has(.agentMarker) && kinds.has(.agentMarker))
            var index = markerIndex + 1
            var words = 0
            while index < sentence.tokens.upperBound, words <= RoleFinder.phraseReach {
                if startingAt[index] >= 0 {
                    // "killed in a Russian strike": a name that modifies another predicate noun
                    // is that predicate's argument, not this phrase's ("of Ukraine killed": a
                    // participle after it is a verb, and the name stays in the phrase).
                    let candidate = Int(startingAt[index])
                    let end = candidates[candidate].upperBound
                    let modifiesNoun = end < sentence.tokens.upperBound && isPredicate[end]
                        && !box.finder.cues.hasSuffix(box.finder.cues.activeSuffixes, keys: keys, token: tokens[end])
                        && !box.finder.cues.hasSuffix(box.finder.cues.passiveSuffixes, keys: keys, token: tokens[end])
                    return modifiesNoun ? nil : (candidate, marker)
                }
                if isClauseBreak(index) || tokens[index].quote != nil { return nil }
                let kinds = cue(index, in: sentence)
                // "the eastern city of Kharkiv" goes on through "of"; any other marker ends the phrase.
                if kinds.has(.agentMarker) || (kinds.has(.patientMarker) && !kinds.has(.determiner) && word(index).lowercased() != "of") { return nil }
                if tokens[index].isWordLike { words += 1 }
                index += 1
            }
            return nil
        }

        /// The first candidate within reach after a verb, before any marker or break.
        func object(after end: Int, sentence: Sentence) -> Int? {
            var index = end
            var words = 0
            while index < sentence.tokens.upperBound, words <= RoleFinder.objectReach {
                if startingAt[index] >= 0 { return Int(startingAt[index]) }
                if isClauseBreak(index) || tokens[index].quote != nil || isPredicate[index] || !tokens[index].isWordLike { return nil }
                let kinds = cue(index, in: sentence)
                if !kinds.isEmpty && !kinds.has(.determiner) { return nil }
                words += 1
                index += 1
            }
            return nil
        }

        /// The subject before `start`: the nearest candidate in the clause, with coordinated ones.
        func subjects(before start: Int, sentence: Sentence, nominal: Bool) -> (candidates: [Int], undergo: Int?, relative: Bool) {
            var index = start - 1
            var words = 0
            var undergo: Int?
            var relative = false
            var afterRelative = false
            let reach = nominal ? RoleFinder.nominalSubjectReach : RoleFinder.subjectReach
            var sawLightVerb = false
            var sawInfinitive = false
            while index >= sentence.tokens.lowerBound, words <= reach {
                if endingAt[index] >= 0 {
                    // "Russia launched an attack", not "Bogdan opposed the war": the subject of
                    // a noun is its agent only through a light verb. "The invasion of Ukraine
                    // killed": a candidate after a preposition is not the subject.
                    if nominal && !sawLightVerb && undergo == nil { return ([], nil, false) }
                    if isPrepositionalObject(Int(endingAt[index]), sentence: sentence) { return ([], nil, false) }
                    // "удару Росії по Харкову загинули": a name in an oblique case is no subject.
                    if isOblique(Int(endingAt[index])) {
                        index = candidates[Int(endingAt[index])].lowerBound - 1
                        words += 1
                        continue
                    }
                    var found = [Int(endingAt[index])]
                    found += conjuncts(before: found[0], sentence: sentence)
                    return (found, undergo, relative)
                }
                let token = tokens[index]
                if token.quote != nil || isPredicate[index] { break }
                if isClauseBreak(index) {
                    if afterRelative {
                        afterRelative = false
                        index -= 1
                        continue
                    }
                    // "Gardner, in a series of tweets, also threatened": the subject before a
                    // parenthesis set off by commas.
                    if let subject = subjectBeforeParenthesis(endingAt: index, sentence: sentence), !isOblique(subject) {
                        return ([subject], undergo, false)
                    }
                    break
                }
                afterRelative = false
                if isSpeechCue(index, sentence: sentence) { break }
                let kinds = cue(index, in: sentence)
                if kinds.has(.lightVerb) { sawLightVerb = true }
                if kinds.has(.infinitive) { sawInfinitive = true }
                // "Bogdan has courageously opposed the war": the noun is the object of another
                // verb (a past participle that is no adjective after a determiner), not the
                // light verb's.
                if nominal && !sawLightVerb && !kinds.has(.undergo) && token.isWordLike
                    && box.finder.cues.hasSuffix(box.finder.cues.passiveSuffixes, keys: keys, token: token),
                   index - 1 >= sentence.tokens.lowerBound, !cue(index - 1, in: sentence).has(.determiner) {
                    return ([], nil, false)
                }
                if kinds.has(.relative) {
                    // "South Koreans who would be killed": the subject is the word before
                    // "who" (or before its comma); when that is no candidate, there is none.
                    var antecedent = index - 1
                    if antecedent >= sentence.tokens.lowerBound, isComma(antecedent) { antecedent -= 1 }
                    guard antecedent >= sentence.tokens.lowerBound, endingAt[antecedent] >= 0 else { return ([], nil, false) }
                    relative = true
                    afterRelative = true
                } else if kinds.has(.undergo) && !sawLightVerb && !sawInfinitive {
                    // Not "sought to launch attacks", "needed to resist": with a verb of its
                    // own in between, the subject is that verb's agent.
                    undergo = undergo ?? index
                } else if nominal && !kinds.intersection([.agentMarker, .patientMarker, .preposition]).isEmpty && !kinds.has(.infinitive) {
                    return ([], nil, false)
                }
                if token.isWordLike { words += 1 }
                index -= 1
            }
            return ([], nil, false)
        }

        /// The candidates coordinated before `candidate`, nearest first: "Gorbachev, Gore and
        /// Sagan" gives Gore and Gorbachev for Sagan.
        func conjuncts(before candidate: Int, sentence: Sentence) -> [Int] {
            conjuncts(of: candidate) { coordinated(with: $0, sentence: sentence) }
        }

        /// The candidates coordinated after `candidate` by "and"/"or", nearest first ("against
        /// Washington and Brussels"; a comma after a name ends its phrase: "on Kyiv, Zelensky said").
        func conjuncts(after candidate: Int, sentence: Sentence) -> [Int] {
            conjuncts(of: candidate) { coordinated(after: $0, sentence: sentence) }
        }

        /// The chain of candidates `next` finds one from another, starting at `candidate` (at
        /// most ``RoleFinder/maximumConjuncts``).
        func conjuncts(of candidate: Int, next: (Int) -> Int?) -> [Int] {
            var found: [Int] = []
            var last = candidate
            while found.count < RoleFinder.maximumConjuncts, let other = next(last) {
                found.append(other)
                last = other
            }
            return found
        }

        /// The candidate coordinated before `candidate` ("Biden and Johnson", "Biden, Johnson").
        func coordinated(with candidate: Int, sentence: Sentence) -> Int? {
            let first = candidates[candidate].lowerBound
            guard first - 2 >= sentence.tokens.lowerBound, cue(first - 1, in: sentence).has(.coordination) || isComma(first - 1),
                  endingAt[first - 2] >= 0 else { return nil }
            return Int(endingAt[first - 2])
        }

        /// The candidate coordinated after `candidate` ("Ukraine and Georgia").
        func coordinated(after candidate: Int, sentence: Sentence) -> Int? {
            let end = candidates[candidate].upperBound
            guard end + 1 < sentence.tokens.upperBound, cue(end, in: sentence).has(.coordination), startingAt[end + 1] >= 0 else { return nil }
            return Int(startingAt[end + 1])
        }

        /// For a comma at `close`: the candidate right before an earlier comma within
        /// ``RoleFinder/subjectReach`` words, when nothing but words lies between.
        func subjectBeforeParenthesis(endingAt close: Int, sentence: Sentence) -> Int? {
            guard isComma(close) else { return nil }
            var index = close - 1
            var words = 0
            while index > sentence.tokens.lowerBound, words <= RoleFinder.subjectReach {
                if isComma(index) { return endingAt[index - 1] >= 0 ? Int(endingAt[index - 1]) : nil }
                if isClauseBreak(index) || tokens[index].quote != nil || covering[index] >= 0 { return nil }
                if tokens[index].isWordLike { words += 1 }
                index -= 1
            }
            return nil
        }

        /// Whether a preposition or patient marker stands right before the candidate ("of
        /// Ukraine"). An agent marker does not count: "a plot by Moscow to assassinate",
        /// "strikes by Russia killed" — the agent of the noun is the doer of what follows; nor
        /// does "of" after a quantity: "hundreds of Ukrainians die".
        func isPrepositionalObject(_ candidate: Int, sentence: Sentence) -> Bool {
            let before = candidates[candidate].lowerBound - 1
            let kinds = cue(before, in: sentence)
            if before - 1 >= sentence.tokens.lowerBound, word(before).lowercased() == "of",
               cue(before - 1, in: sentence).has(.quantifier) || tokens[before - 1].kind == .number {
                return false
            }
            return !kinds.intersection([.patientMarker, .preposition]).isEmpty && !kinds.has(.infinitive) && !kinds.has(.agentMarker)
        }

        /// Whether a speech verb or source phrase starts at `index`, within `sentence` (which
        /// holds it), looked up once per token (``speechCues``).
        func isSpeechCue(_ index: Int, sentence: Sentence) -> Bool {
            let known = speechCues[index]
            if known != Self.unknown { return known == 1 }
            let found = !speechGate.skips(tokens[index]) && speechWords.match(keys: keys, tokens: tokens, at: index, end: sentence.tokens.upperBound) != nil
            speechCues[index] = found ? 1 : 0
            return found
        }

        /// ``RoleCues/isTopicNoun(after:keys:tokens:end:)`` at the end of `sentence`, through
        /// ``cue(_:in:)``: `range` ends in the sentence.
        func isTopicNoun(after range: Range<Int>, sentence: Sentence) -> Bool {
            guard let last = range.last, range.upperBound < sentence.tokens.upperBound,
                  !box.finder.cues.isPossessive(keys: keys, token: tokens[last]) else { return false }
            return cue(range.upperBound, in: sentence).has(.topicNoun)
        }

        func isComma(_ index: Int) -> Bool {
            tokens[index].kind == .punctuation && keys[tokens[index].keyRange.lowerBound] == UInt8(ascii: ",")
        }
    }
}
