import SlantLexicon
public import SlantText

/// Scores documents: sentiment, frames, actor mentions, speech, roles, portrayal and voice,
/// targets.
///
/// Holds scratch buffers; not thread-safe. Give each worker its own over a shared
/// ``ScoringModel``.
public final class DocumentAnalyzer {
    public let model: ScoringModel
    /// The analyzer of the current document's language.
    var sentiment: SentimentAnalyzer
    /// One sentiment analyzer per language of the model, by code.
    let sentimentByLanguage: [String: SentimentAnalyzer]
    /// This worker's memos of the actor, frame and naming walks' run-time lookups.
    let lexicalMemos: LexicalMemos
    /// For each token: the speaker of the speech containing it (-1 unknown speaker, -2 none).
    var speakerOfToken: [Int32] = []
    /// For each token: its clause number within the document.
    var clauseOfToken: [Int32] = []
    /// For each sentence: its clause breaks as the role finder's walk counted them, -1 for a
    /// sentence it did not walk (``findRoles(in:candidates:)``, read and emptied by ``markSpeakersAndClauses(_:speeches:)``).
    var sentenceClauseBreaks: [Int32] = []
    /// For each clause: whether a distancing word disputes it (empty when the document has
    /// none); see ``markDistancing(_:speeches:)``.
    var disputedClause: [Bool] = []
    /// Each distancing word inside attributed speech, with the speaker's tokens.
    var distancedSpeakers: [(speaker: Range<Int>, word: Int)] = []
    /// For each token: what kind of word it is for portrayal (``PortrayalMark``).
    var markOfToken: [PortrayalMark] = []
    /// The storage of the last document's candidates, and of its mentions' tones
    /// (``DocumentAnalysis/mentionTones``), reused for the next document — the tones when
    /// nothing holds them any more (the scoring pipeline drops them with
    /// ``DocumentAnalysis/withoutTokenLists()``; else the next document's get a new array).
    var keptCandidates: [Range<Int>] = []
    var keptMentionTones: [Double] = []
    /// For each sentence: the factor its terms get in portrayal (a rhetorical question: negative).
    var sentenceFactor: [Double] = []
    /// For each sentence `s`: the terms of `s` are `terms[termStart[s]..<termStart[s + 1]]`.
    var termStart: [Int] = []
    /// The first tokens and the ends of the candidates other than speakers, each sorted; see
    /// ``markCandidates(_:speeches:)``.
    var candidateStarts: [Int] = []
    var candidateEnds: [Int] = []
    /// The first tokens of the speakers, sorted (``markCandidates(_:speeches:)``'s scratch).
    var speakerStarts: [Int] = []
    /// The evidence of every mention's tone, mention after mention: mention `m`'s is
    /// `mentionEvidence[mentionEvidenceStart[m]..<mentionEvidenceStart[m + 1]]`.
    var mentionEvidence: [ToneEvidence] = []
    var mentionEvidenceStart: [Int] = []
    /// For each sentence: whether roles of the document's candidates can be found in it
    /// (``RoleFinder/candidateSentences(of:in:into:)``); only those are scanned for roles and
    /// marked for portrayal.
    var candidateSentence: [Bool] = []
    /// For each sentence `candidateSentence` flags: whether it is a title-case headline
    /// (``ProperNames/isTitleCase(_:tokens:)``), computed once per document for the role finder
    /// and the portrayal marks (false for the others).
    var titleCase: [Bool] = []
    /// The speech finder's working arrays, kept across documents; among them the tokens where
    /// an attribution word starts, as it found them (``SpeechFinder/Scratch/attributionWords``),
    /// for the distancing words.
    var speechScratch = SpeechFinder.Scratch()
    /// The role finder's per-token working arrays, kept across documents.
    var roleScratch = RoleFinder.Scratch()
    /// For each sentence: the actors it names, as bits (``frameWeights(of:actorCount:sentenceCount:hits:frameCount:sentenceActors:into:)``).
    var sentenceActors: [UInt64] = []
    /// Each actor's frame weights, actor after actor.
    var actorFrameWeights: [Double] = []
    /// Keys and sums of evidence words, kept across documents.
    var evidenceKeys = EvidenceKeys()
    var evidenceTally = EvidenceTally()
    /// Each candidate's role assignments (``RoleIndex``), kept across documents.
    var roleIndex = RoleIndex()
    /// The mentions and the speeches of each actor (``actorReports(text:mentions:mentionTones:speeches:roles:index:terms:frames:)``),
    /// kept across documents.
    var mentionsOfActor = Buckets()
    var speechesOfActor = Buckets()
    /// The role finder of the current document's language.
    var roleBox: RoleFinderBox
    /// The role finder of each language that has its own, by code, and the default one
    /// (``ScoringModel/roleFinders``, ``ScoringModel/roles``), each boxed once.
    let roleBoxByLanguage: [String: RoleFinderBox]
    let defaultRoleBox: RoleFinderBox
    /// ``PortrayalParameters/distanceWeight(_:)`` of the model's parameters for each distance
    /// below ``distanceWeightCount``, made once (a term farther away is weighed by the formula).
    let distanceWeights: [Double]
    /// How many distances ``distanceWeights`` holds: a sentence's terms are mostly nearer to a
    /// mention than this many tokens.
    static let distanceWeightCount = 128
    /// How many evidence words each actor report keeps (``ActorReport/portrayalEvidence``,
    /// ``ActorReport/voiceEvidence``). `Int.max` keeps every word, so that the reports of a long
    /// document's segments can be summed and cut to the strongest afterwards.
    public var evidenceLimit = DocumentAnalyzer.evidenceWords
    /// The default of ``evidenceLimit``: five words, enough to show why a score moved in a
    /// record line.
    public static let evidenceWords = 5

    public init(model: ScoringModel) {
        self.model = model
        sentiment = SentimentAnalyzer(model: model.sentiment)
        distanceWeights = (0..<Self.distanceWeightCount).map { model.portrayal.distanceWeight($0) }
        defaultRoleBox = RoleFinderBox(model.roles)
        roleBox = defaultRoleBox
        roleBoxByLanguage = model.roleFinders.mapValues { RoleFinderBox($0) }
        var byLanguage: [String: SentimentAnalyzer] = [:]
        for (code, languageModel) in model.languages {
            byLanguage[code] = code == model.defaultLanguage ? sentiment : SentimentAnalyzer(model: languageModel)
        }
        sentimentByLanguage = byLanguage
        lexicalMemos = LexicalMemos(model)
    }

    /// The language a document is scored in: `given` when the model has it (a region subtag is
    /// ignored: `ru-RU` is `ru`); else, when nothing is given, the detected language; else `und`.
    public func language(of text: TokenizedText, given: String? = nil) -> String {
        if let given, !given.isEmpty {
            let code = given.lowercased().split(whereSeparator: { $0 == "-" || $0 == "_" }).first.map(String.init) ?? ""
            return sentimentByLanguage[code] != nil ? code : given
        }
        return model.detector?.detect(text) ?? LanguageDetector.undetermined
    }

    /// The language whose lexicons score a document of `language`: that language, or for an
    /// undetermined one the nearest language of its script (``LanguageDetector/nearest(_:)``:
    /// a short Cyrillic text is read with Russian or Ukrainian lexicons, not English ones; its
    /// record still says `und`).
    func scoringLanguage(of text: TokenizedText, language: String) -> String {
        guard language == LanguageDetector.undetermined, let detector = model.detector else { return language }
        return detector.nearest(text) ?? language
    }

    /// Analyzes a tokenized document, scoring `targets` too.
    ///
    /// - Parameter language: the document's language code (a `lang` field or `--lang`); when
    ///   `nil` it is detected. A language the model lacks is scored with the default language's
    ///   lexicons, `und` with the nearest language of its script (``scoringLanguage(of:language:)``).
    public func analyze(_ text: TokenizedText, targets: [TargetSpan] = [], language given: String? = nil) -> DocumentAnalysis {
        let language = language(of: text, given: given)
        let scoringLanguage = self.scoringLanguage(of: text, language: language)
        let sentimentLanguage = sentimentByLanguage[scoringLanguage] != nil ? scoringLanguage : model.defaultLanguage
        sentiment = sentimentByLanguage[sentimentLanguage] ?? sentiment
        let roleFinder = roleBoxByLanguage[scoringLanguage]
        roleBox = roleFinder ?? defaultRoleBox
        // The default finder under a name no language code has.
        evidenceKeys.use(sentiment: sentimentLanguage, entries: sentiment.model.valences.entries.count,
                         roles: roleFinder != nil ? scoringLanguage : "", predicates: roleBox.finder.predicates.count)
        let documentSentiment = sentiment.score(text)
        let terms = sentiment.terms
        let mentions = model.actors.mentions(in: text, memo: lexicalMemos.actors)
        let speeches = model.speech.speeches(in: text, mentions: mentions, scratch: &speechScratch)
        let frames = model.frames.score(text, memo: lexicalMemos.frames)
        // The candidates' tokens in the analyzer's kept array, put back when the roles are weighed.
        var candidates = Array.reusing(&keptCandidates, filledWith: 0..<0, count: mentions.count)
        candidates.withUnsafeMutableBufferPointer { candidates in
            for mention in mentions.indices { candidates[mention] = mentions[mention].tokens }
        }
        markCandidateSentences(text, candidates: candidates)
        var roles = findRoles(in: text, candidates: candidates)
        markSpeakersAndClauses(text, speeches: speeches)
        markDistancing(text, speeches: speeches)
        markPortrayal(text, speeches: speeches, roles: roles, terms: terms)
        markCandidates(candidates, speeches: speeches)
        indexTermsBySentence(terms, sentenceCount: text.sentences.count)
        weighCounterparts(&roles.assignments, candidates: candidates, groups: mentions.lazy.map { $0.actor }, terms: terms, text: text)
        keptCandidates = candidates
        // The role index, kept across documents, as a local while it is filled and read.
        var rolesOfMention = roleIndex
        roleIndex = RoleIndex()
        rolesOfMention.fill(roles.assignments, candidates: mentions.count)
        let mentionTones = tones(of: mentions, roles: roles.assignments, index: rolesOfMention, terms: terms, text: text)
        let actors = actorReports(text: text, mentions: mentions, mentionTones: mentionTones, speeches: speeches, roles: roles.assignments,
                                  index: rolesOfMention, terms: terms, frames: frames)
        roleIndex = rolesOfMention
        let targetResults = score(targets: targets, text: text, mentions: mentions, terms: terms)
        return DocumentAnalysis(sentiment: documentSentiment, terms: terms, mentions: mentions, mentionTones: mentionTones,
                                speeches: speeches, roles: roles.assignments, actors: actors, frames: frames, targets: targetResults,
                                language: language, naming: model.naming?.count(in: text, memo: lexicalMemos.naming) ?? NamingCounts())
    }
}

/// The role assignments of each candidate, without a dictionary: assignment indices sorted by
/// candidate, with each candidate's range.
struct RoleIndex {
    /// The assignments grouped by candidate.
    private var byCandidate = Buckets()
    /// Assignment indices, candidate after candidate, each candidate's in their order.
    var order: [Int] { byCandidate.order }
    /// Candidate `c`'s assignments are `order[start[c]..<start[c + 1]]`.
    var start: [Int] { byCandidate.start }

    /// An empty index, to be filled (``fill(_:candidates:)``).
    init() {}

    init(_ assignments: [RoleAssignment], candidates: Int) {
        fill(assignments, candidates: candidates)
    }

    /// Indexes `assignments` of `candidates` candidates, reusing the storage of the previous
    /// document's index (the analyzer keeps one).
    mutating func fill(_ assignments: [RoleAssignment], candidates: Int) {
        byCandidate.group(count: candidates, items: assignments.count) { assignments[$0].candidate }
    }

    /// The places in ``order`` of `candidate`'s assignments.
    func range(of candidate: Int) -> Range<Int> { byCandidate.range(of: candidate) }

    /// The assignments of `candidate`.
    subscript(candidate: Int, in assignments: [RoleAssignment]) -> [RoleAssignment] {
        Array(roles(of: candidate, in: assignments))
    }

    /// The assignments of `candidate`, as a view (no array).
    func roles(of candidate: Int, in assignments: [RoleAssignment]) -> LazyMapCollection<ArraySlice<Int>, RoleAssignment> {
        byCandidate[candidate].lazy.map { assignments[$0] }
    }
}

/// Indices grouped by a small integer key, without a dictionary or an array per group: a
/// counting sort, each group in the order given.
struct Buckets {
    /// The indices, group after group.
    private(set) var order: [Int] = []
    /// Group `k`'s indices are `order[start[k]..<start[k + 1]]`.
    private(set) var start: [Int] = []
    /// The next free place of each group while filling.
    private var next: [Int] = []

    /// No groups, to be filled (``group(count:items:key:)``).
    init() {}

    /// Groups `0..<keys.count` by `keys[i]`, a number in `0..<count` (or -1 for none).
    init(count: Int, keys: [Int]) {
        group(count: count, items: keys.count) { keys[$0] }
    }

    /// Groups `0..<items` by `key(i)`, a number in `0..<count` (or -1 for none), reusing the
    /// storage of the previous grouping (the analyzer keeps its buckets across documents).
    /// `key` is read twice per item. The lists are sized first and then filled through their
    /// buffers (a subscript assignment per item checked each list's uniqueness, session 10).
    mutating func group(count: Int, items: Int, key: (Int) -> Int) {
        // Cut or grown only when the sizes change (the groups are mostly the catalog's actors),
        // not emptied and refilled per grouping.
        var start = Array.reusing(&self.start, filledWith: 0, count: count + 1)
        defer { self.start = start }
        start.withUnsafeMutableBufferPointer { start in
            for item in 0..<items {
                let key = key(item)
                if key >= 0 { start[key + 1] += 1 }
            }
            for index in 0..<count { start[index + 1] += start[index] }
        }
        // Every place of `next` and `order` is written before it is read.
        next = Array.resizing(&next, count: count, growingWith: 0)
        order = Array.resizing(&order, count: start[count], growingWith: 0)
        order.withUnsafeMutableBufferPointer { order in
            next.withUnsafeMutableBufferPointer { next in
                start.withUnsafeBufferPointer { start in
                    for index in 0..<count { next[index] = start[index] }
                }
                for item in 0..<items {
                    let key = key(item)
                    guard key >= 0 else { continue }
                    order[next[key]] = item
                    next[key] += 1
                }
            }
        }
    }

    /// The indices whose key is `key`, in order.
    subscript(key: Int) -> ArraySlice<Int> { order[start[key]..<start[key + 1]] }

    /// The places in ``order`` of group `key`.
    func range(of key: Int) -> Range<Int> { start[key]..<start[key + 1] }
}
