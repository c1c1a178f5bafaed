import SlantLexicon

/// Integer keys for evidence words, so that a document's evidence is summed without hashing a
/// string or building one: each distinct word gets a key the first time the analyzer meets it,
/// and each lexicon entry (each predicate entry with each role label) remembers its key.
///
/// One per ``DocumentAnalyzer``, kept across documents. The entries' keys belong to one
/// language's lexicons; ``use(sentiment:entries:roles:predicates:)`` swaps them when the
/// document's language changes.
struct EvidenceKeys {
    /// The evidence word of each key, as ``DocumentAnalyzer/strongest(_:limit:)`` prints it.
    private(set) var names: [String] = []
    private var keyOfName: [String: Int32] = [:]
    /// The key of each sentiment entry of the current language (-1: not met yet).
    private var sentimentKeys: [Int32] = []
    /// The key of each predicate entry × role label of the current language (-1: not met yet).
    private var roleKeys: [Int32] = []
    private var sentimentLanguage: String?
    private var roleLanguage: String?
    private var storedSentimentKeys: [String: [Int32]] = [:]
    private var storedRoleKeys: [String: [Int32]] = [:]

    /// How many role labels there are: each ``Role``, then the positions ``ArgumentPosition/agent``
    /// and ``ArgumentPosition/patient`` for a predicate argument without a role.
    static let roleLabelCount = Role.allCases.count + 2

    /// The label of an assignment's evidence: its role, else its position.
    static func roleLabel(_ assignment: RoleAssignment) -> Int32 {
        roleLabel(role: assignment.role, position: assignment.position)
    }

    /// ``roleLabel(_:)`` of an assignment's role and position, read in place.
    static func roleLabel(role: Role?, position: ArgumentPosition) -> Int32 {
        if let role { return Int32(role.index) }
        return Int32(Role.allCases.count + (position == .agent ? 0 : 1))
    }

    /// The text of a role label ("aggressor", "agent").
    static func roleLabelName(_ label: Int) -> String {
        if label < Role.allCases.count { return Role.allCases[label].rawValue }
        return (label == Role.allCases.count ? ArgumentPosition.agent : ArgumentPosition.patient).rawValue
    }

    /// Makes the entry keys those of the given sentiment and role lexicons, named by any code
    /// that tells them apart, with `entries` sentiment entries and `predicates` predicate entries.
    mutating func use(sentiment code: String, entries: Int, roles roleCode: String, predicates: Int) {
        if code != sentimentLanguage {
            if let old = sentimentLanguage { storedSentimentKeys[old] = sentimentKeys }
            sentimentKeys = storedSentimentKeys.removeValue(forKey: code) ?? Array(repeating: -1, count: entries)
            sentimentLanguage = code
        }
        if roleCode != roleLanguage {
            if let old = roleLanguage { storedRoleKeys[old] = roleKeys }
            roleKeys = storedRoleKeys.removeValue(forKey: roleCode) ?? Array(repeating: -1, count: predicates * Self.roleLabelCount)
            roleLanguage = roleCode
        }
    }

    /// The key of an evidence word: a sentiment term as the lexicon writes it (`valences`: the
    /// sentiment lexicon's entries), a role as "predicate (label)".
    mutating func key(of evidence: ToneEvidence, valences: [Lexicon.Entry], predicates: PredicateLexicon) -> Int32 {
        let entry = Int(evidence.entry)
        if evidence.label == ToneEvidence.sentimentTerm {
            if sentimentKeys[entry] < 0 { sentimentKeys[entry] = key(for: valences[entry].term) }
            return sentimentKeys[entry]
        }
        let slot = entry * Self.roleLabelCount + Int(evidence.label)
        if roleKeys[slot] < 0 {
            roleKeys[slot] = key(for: predicates.term(entry) + " (" + Self.roleLabelName(Int(evidence.label)) + ")")
        }
        return roleKeys[slot]
    }

    /// The key of `name`, made when it is new.
    private mutating func key(for name: String) -> Int32 {
        if let key = keyOfName[name] { return key }
        let key = Int32(names.count)
        names.append(name)
        keyOfName[name] = key
        return key
    }
}

/// Sums evidence by key for one actor at a time and keeps the strongest; scratch arrays reused
/// across actors and documents (one per ``DocumentAnalyzer``).
///
/// The keys met since the tally was last emptied are `keys[0..<count]`: the lists only grow,
/// so emptying the tally resets `count` and the places of those keys, without removing
/// elements (`removeAll(keepingCapacity:)` of two lists per actor was ~15% of picking the
/// strongest, session 10).
struct EvidenceTally {
    /// For each key: its place in `keys` and `sums`, or -1.
    private var place: [Int32] = []
    private var keys: [Int32] = []
    private var sums: [Double] = []
    /// How many places of `keys` and `sums` are in use.
    private var count = 0

    /// Adds `value` to the sum of `key`.
    mutating func add(_ key: Int32, _ value: Double) {
        let index = Int(key)
        if index >= place.count { place.append(contentsOf: repeatElement(-1, count: index + 1 - place.count)) }
        var slot = Int(place[index])
        if slot < 0 {
            slot = count
            place[index] = Int32(slot)
            if slot == keys.count {
                keys.append(key)
                sums.append(0)
            } else {
                keys[slot] = key
                sums[slot] = 0
            }
            count += 1
        }
        sums[slot] += value
    }

    /// The `limit` strongest sums as ``DocumentAnalyzer/strongest(_:limit:)`` gives them (which
    /// sums its input once more from 0), and empties the tally.
    ///
    /// Keys name distinct words, so ``DocumentAnalyzer/isStronger(_:_:)`` orders them totally
    /// and the strongest `limit` are one set in one order, however they are found: they are
    /// picked in one pass into a sorted list of at most `limit`, building an ``EvidenceWord``
    /// (and retaining its term) only for those kept. The kept sums' magnitudes are held beside
    /// their places, so a comparison reads one sum (the names only on a tie of magnitudes).
    ///
    /// - Complexity: O(keys × limit), no allocation beyond the result's.
    mutating func strongest(limit: Int, names: [String]) -> [EvidenceWord] {
        let count = self.count
        guard count > 0, limit > 0 else {
            clear()
            return []
        }
        // Room for all that can be kept: `limit` may be `Int.max` ("all of them").
        let limit = min(limit, count)
        let words = sums.withUnsafeBufferPointer { sums in
            keys.withUnsafeBufferPointer { keys in
                // `chosen[0..<kept]`: places in `keys`, strongest first (an insertion into at
                // most `limit`), with the magnitude of each one's sum in `magnitudes`.
                withUnsafeTemporaryAllocation(of: Int.self, capacity: limit) { chosen in
                    withUnsafeTemporaryAllocation(of: Double.self, capacity: limit) { magnitudes in
                        /// ``DocumentAnalyzer/isStronger(_:_:)`` of a sum's magnitude and place against another's.
                        func isStronger(_ magnitude: Double, _ place: Int, than other: Double, _ otherPlace: Int) -> Bool {
                            if magnitude != other { return magnitude > other }
                            return names[Int(keys[place])] < names[Int(keys[otherPlace])]
                        }
                        var kept = 0
                        for place in 0..<count {
                            let magnitude = abs(0.0 + sums[place])
                            if kept == limit && !isStronger(magnitude, place, than: magnitudes[kept - 1], chosen[kept - 1]) { continue }
                            var slot = min(kept, limit - 1)
                            while slot > 0, isStronger(magnitude, place, than: magnitudes[slot - 1], chosen[slot - 1]) {
                                chosen[slot] = chosen[slot - 1]
                                magnitudes[slot] = magnitudes[slot - 1]
                                slot -= 1
                            }
                            chosen[slot] = place
                            magnitudes[slot] = magnitude
                            kept = min(kept + 1, limit)
                        }
                        // Reserved and appended: `Array(unsafeUninitializedCapacity:)` allocates
                        // through an unspecialized path that looks up the storage's generic
                        // metadata at each call (~2× the allocation, session 10).
                        var words: [EvidenceWord] = []
                        words.reserveCapacity(kept)
                        for index in 0..<kept {
                            let place = chosen[index]
                            words.append(EvidenceWord(term: names[Int(keys[place])], contribution: 0.0 + sums[place]))
                        }
                        return words
                    }
                }
            }
        }
        clear()
        return words
    }

    /// Empties the tally, keeping its lists: the places of the keys in use are reset.
    private mutating func clear() {
        let count = self.count
        keys.withUnsafeBufferPointer { keys in
            place.withUnsafeMutableBufferPointer { place in
                for slot in 0..<count { place[Int(keys[slot])] = -1 }
            }
        }
        self.count = 0
    }
}
