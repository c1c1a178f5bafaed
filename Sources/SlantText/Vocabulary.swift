import Synchronization

/// One table of the words of every compiled lexicon in the process, so that a token is hashed
/// and looked up once and each lexicon then finds it by an integer id and a class bit
/// (issue 13, item 1).
///
/// Lexicons add their words and wildcard stems when they are compiled (``register(words:stems:startsTerm:)``)
/// and get a class bit; ids are dense, from 0, and never change or get reused, so an id means
/// the same key for the life of the process. A ``snapshot()`` taken after a model's lexicons are
/// compiled resolves a document's tokens (``resolve(_:)``): each token records its word id, the
/// class bits of the lexicons that have a term starting with its key or one of its prefixes as a stem, and
/// the registration generation it was resolved at. A lexicon trusts these only when that
/// generation includes its own registration; otherwise (a token never resolved, or a lexicon
/// compiled after the snapshot) it looks the key up by its bytes, with the same result.
public struct Vocabulary: Sendable {
    /// What lexicons registered, as of one generation.
    struct Registry: Sendable {
        var words = ByteStringTable()
        /// For each word id: the class bits of the lexicons that have a term starting with the word.
        var wordClasses: [UInt64] = []
        var stems = ByteStringTable()
        /// For each stem id: the class bits of the lexicons that have the stem.
        var stemClasses: [UInt64] = []
        /// Bit `n` is set when some stem is `n` bytes long (`n` < 64).
        var stemLengths: UInt64 = 0
        /// Stems of 64 bytes or more, looked up one length at a time (none ship).
        var longStemLengths: [Int] = []
        /// How many lexicons registered so far.
        var generation: UInt32 = 0
    }

    /// The process-wide registry.
    private static let shared = Mutex(Registry())

    /// One registry, frozen, with its lookup index: held by reference so that copying a model
    /// copies one pointer.
    final class Frozen: Sendable {
        let registry: Registry
        let index: Index
        init(_ registry: Registry) {
            self.registry = registry
            index = Index(registry)
        }
    }

    let frozen: Frozen
    var registry: Registry { frozen.registry }

    /// The number of distinct words: ids run from 0 to `count - 1`.
    public var count: Int { registry.words.count }

    /// The registration generation of this snapshot: the number of lexicons it covers.
    public var generation: UInt32 { registry.generation }

    /// The vocabulary as it stands now: every word and stem of every lexicon compiled so far.
    public static func snapshot() -> Vocabulary {
        let registry = shared.withLock { registry -> Registry in
            let copy = registry
            return copy
        }
        return Vocabulary(frozen: Frozen(registry))
    }

    /// A lexicon's place in the vocabulary: the ids of its words and its class bit.
    public struct Registration: Sendable {
        /// The vocabulary id of each word, in the order given.
        public let wordIDs: [Int32]
        /// The lexicon's class bit: bit `n mod 64` for the `n`-th lexicon registered. Two
        /// lexicons may share a bit; a set bit only says "look", never "found".
        public let classBit: UInt64
        /// The generation a snapshot must have for its tokens to cover this lexicon.
        public let generation: UInt32
    }

    /// Adds one lexicon's word keys and wildcard stems (normalized token keys) to the
    /// process-wide vocabulary; a key already there keeps its id.
    ///
    /// - Parameter startsTerm: for each word, whether a term of the lexicon starts with it (a
    ///   single-word term or a phrase's first word); `nil`: every word does. A word that only
    ///   follows inside phrases ("of" in "prisoners of war") gets an id, by which the phrase's
    ///   later words are compared, but not the lexicon's class bit: a token can start no match
    ///   there, and the lexicon skips it without a lookup.
    public static func register(words: [[UInt8]], stems: [[UInt8]] = [], startsTerm: [Bool]? = nil) -> Registration {
        precondition(startsTerm == nil || startsTerm!.count == words.count, "one startsTerm flag per word")
        return shared.withLock { registry in
            let bit = UInt64(1) << UInt64(registry.generation % 64)
            registry.generation += 1
            let ids = words.indices.map { index in
                let id = words[index].withUnsafeBufferPointer { registry.words.insert($0).id }
                if Int(id) == registry.wordClasses.count { registry.wordClasses.append(0) }
                if startsTerm?[index] ?? true { registry.wordClasses[Int(id)] |= bit }
                return id
            }
            for stem in stems {
                let id = stem.withUnsafeBufferPointer { registry.stems.insert($0).id }
                if Int(id) == registry.stemClasses.count { registry.stemClasses.append(0) }
                registry.stemClasses[Int(id)] |= bit
                if stem.count < 64 {
                    registry.stemLengths |= 1 << UInt64(stem.count)
                } else if !registry.longStemLengths.contains(stem.count) {
                    registry.longStemLengths.append(stem.count)
                }
            }
            return Registration(wordIDs: ids, classBit: bit, generation: registry.generation)
        }
    }

    /// Sets each token's word id (``Token/wordID``), lexicon classes (``Token/lexiconClasses``)
    /// and generation from its key: one word lookup per token with the hash the tokenizer
    /// computed, one walk along the key for the stems of a word no lexicon has (each stem
    /// length probed only when the stem filter lets it through), and for a key ending in a
    /// possessive `'s` one more lookup of the key without it, whose classes are added: a
    /// lexicon that strips possessives then sees from the bits alone whether to look.
    /// A key of up to 16 bytes met in this text or the documents it held before is read from the
    /// text's memo of what these lookups found (``Memo``), with the same result.
    ///
    /// - Complexity: O(total key bytes); allocates nothing.
    public func resolve(_ text: inout TokenizedText) {
        let registry = self.registry
        let generation = registry.generation
        let index = frozen.index
        let keys = text.keyBytes
        var memo = text.vocabularyMemo
        text.vocabularyMemo = Memo()
        defer { text.vocabularyMemo = memo }
        memo.prepare(for: frozen)
        index.tags.withUnsafeBufferPointer { tags in
            index.slots.withUnsafeBufferPointer { slots in
                registry.words.storage.withUnsafeBufferPointer { storage in
                    keys.withUnsafeBufferPointer { keys in
                        text.tokens.withUnsafeMutableBufferPointer { tokens in
                            index.stemFilter.withUnsafeBufferPointer { filter in
                                index.stemGate.withUnsafeBufferPointer { gate in
                                    memo.entries.withUnsafeMutableBufferPointer { entries in
                                        let stems = StemProbe(registry: registry, filter: filter, gate: gate, gateLength: index.stemGateLength)
                                        let memoMask = entries.count - 1
                                        /// The id and classes of `key` read from the vocabulary's tables.
                                        @inline(__always) func lookUp(_ key: UnsafeBufferPointer<UInt8>, hash: UInt32) -> (id: Int32, classes: UInt64) {
                                            var id: Int32 = -1
                                            var classes: UInt64
                                            // An empty home slot says at once that the key is no lexicon's word.
                                            if tags[Int(hash) & (tags.count - 1)] != 0,
                                               let slot = Index.find(key, hash: hash, tags: tags, slots: slots, storage: storage) {
                                                id = slots[slot].id
                                                classes = slots[slot].classes
                                            } else {
                                                classes = stems.classes(key)
                                            }
                                            // "Russia's": the lexicons that strip a possessive look up "russia" too.
                                            if Possessive.suffixLength(key) == 2 {
                                                let stripped = UnsafeBufferPointer(rebasing: key[key.startIndex..<key.endIndex - 2])
                                                let strippedHash = UInt32(truncatingIfNeeded: KeyHash.hash(stripped))
                                                if let slot = Index.find(stripped, hash: strippedHash, tags: tags, slots: slots, storage: storage) {
                                                    classes |= slots[slot].classes
                                                }
                                            }
                                            return (id, classes)
                                        }
                                        for index in tokens.indices {
                                            let start = Int(tokens[index].keyStart), length = Int(tokens[index].keyEnd) - start
                                            let hash = tokens[index].keyHash
                                            let key = UnsafeBufferPointer(rebasing: keys[start..<start + length])
                                            let found: (id: Int32, classes: UInt64)
                                            if length <= Memo.longestKey {
                                                // Most tokens: the key is in its memo slot.
                                                let (low, high) = Memo.words(keys, start, length)
                                                let slot = Int(hash) & memoMask
                                                let entry = entries[slot]
                                                if entry.length == UInt32(length) && entry.low == low && entry.high == high {
                                                    found = (entry.wordID, entry.classes)
                                                } else {
                                                    found = lookUp(key, hash: hash)
                                                    entries[slot] = Memo.Entry(low: low, high: high, classes: found.classes, wordID: found.id,
                                                                               length: UInt32(length))
                                                }
                                            } else {
                                                found = lookUp(key, hash: hash)
                                            }
                                            tokens[index].wordID = found.id
                                            tokens[index].lexiconClasses = found.classes
                                            tokens[index].vocabularyGeneration = generation
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    /// The words of a registry laid out for ``resolve(_:)``: a tag per slot (1 byte: most
    /// probes, and every miss whose probe meets no equal tag, read nothing else), then one
    /// 32-byte slot per word holding its length, first eight bytes and classes (its own and its
    /// stems'), so that a lookup of a key of up to eight bytes reads one slot besides the tags.
    struct Index: Sendable {
        struct Slot: Sendable {
            /// The key's first eight bytes, little-endian, zero-padded.
            var inline: UInt64
            /// The lexicons that have the word, or a stem that is a prefix of it.
            var classes: UInt64
            /// The word id; -1 for an empty slot.
            var id: Int32
            var length: UInt32
            /// Where the key starts in the registry's word storage.
            var start: UInt32
        }

        /// Each slot's ``tag(_:)``, 0 for an empty slot. The slots were probed directly before,
        /// eight to a 256-byte stretch: `perf annotate` of `resolve` put a fifth of its samples
        /// on the loads of the slots after the home slot (misses, half of all tokens, probe on
        /// past occupied slots), and most of the rest on the home slot's. One byte a tag (four
        /// before, session 8): the table is a quarter of the size, so more of it stays in cache.
        let tags: [UInt8]
        let slots: [Slot]
        /// A Bloom filter (one hash) over the stems: bit ``filterBit(_:)`` of each stem's
        /// ``KeyHash`` is set. A prefix whose bit is clear is no stem, and the stem table is not
        /// probed for it; a set bit only says "probe".
        let stemFilter: [UInt64]
        /// The same over each stem's first ``stemGateLength`` bytes: a key whose first bytes'
        /// bit is clear starts no stem, and its walk stops there (a missed word walked its whole
        /// key and tested the filter at every stem length).
        let stemGate: [UInt64]
        /// The length of the shortest stem in bytes (0 when there is none).
        let stemGateLength: Int

        /// The stem filter's size: 2¹⁶ bits (8 KiB, in L1 cache), a few bits per stem for the
        /// thousands of stems the shipped lexicons have, so that most probes of a prefix that is
        /// no stem stop at the filter. The gate has the same size.
        static let stemFilterBits = 16

        /// The filter bit of a stem or prefix hash: its top bits (the tables use the low ones).
        @inline(__always)
        static func filterBit(_ hash: UInt64) -> Int { Int(truncatingIfNeeded: hash >> UInt64(64 - stemFilterBits)) }

        /// A word's tag: the top byte of its hash (the home slot comes from the low bits), 1 for
        /// a top byte of 0, so that no tag is 0 (an empty slot). Equal tags only say "compare";
        /// the key's bytes decide.
        @inline(__always)
        static func tag(_ hash: UInt32) -> UInt8 { max(UInt8(truncatingIfNeeded: hash >> 24), 1) }

        init(_ registry: Registry) {
            var filter = [UInt64](repeating: 0, count: (1 << Self.stemFilterBits) / 64)
            for hash in registry.stems.hashes {
                let bit = Self.filterBit(hash)
                filter[bit >> 6] |= 1 << UInt64(bit & 63)
            }
            stemFilter = filter
            var gate = [UInt64](repeating: 0, count: (1 << Self.stemFilterBits) / 64)
            // Stems are never empty (a wildcard's prefix is one token), and no empty prefix is probed.
            let gateLength = (0..<registry.stems.count).map { registry.stems.key(Int32($0)).count }.filter { $0 > 0 }.min() ?? 0
            registry.stems.storage.withUnsafeBufferPointer { storage in
                for id in 0..<registry.stems.count where registry.stems.key(Int32(id)).count > 0 {
                    let start = Int(registry.stems.starts[id])
                    let bit = Self.filterBit(KeyHash.hash(UnsafeBufferPointer(rebasing: storage[start..<start + gateLength])))
                    gate[bit >> 6] |= 1 << UInt64(bit & 63)
                }
            }
            stemGate = gate
            stemGateLength = gateLength
            var capacity = 16
            // At most half full: linear probing stays short on a miss.
            while capacity < registry.words.count * 2 { capacity *= 2 }
            var tags = [UInt8](repeating: 0, count: capacity)
            var slots = [Slot](repeating: Slot(inline: 0, classes: 0, id: -1, length: 0, start: 0), count: capacity)
            registry.words.storage.withUnsafeBufferPointer { storage in
                filter.withUnsafeBufferPointer { filter in
                    gate.withUnsafeBufferPointer { gate in
                        let stems = StemProbe(registry: registry, filter: filter, gate: gate, gateLength: gateLength)
                        for id in 0..<registry.words.count {
                            let start = Int(registry.words.starts[id]), end = Int(registry.words.starts[id + 1])
                            let key = UnsafeBufferPointer(rebasing: storage[start..<end])
                            let hash = UInt32(truncatingIfNeeded: registry.words.hashes[id])
                            var slot = Int(hash) & (capacity - 1)
                            while tags[slot] != 0 { slot = (slot + 1) & (capacity - 1) }
                            tags[slot] = Self.tag(hash)
                            slots[slot] = Slot(inline: Self.inline(key), classes: registry.wordClasses[id] | stems.classes(key),
                                               id: Int32(id), length: UInt32(key.count), start: UInt32(start))
                        }
                    }
                }
            }
            self.tags = tags
            self.slots = slots
        }

        /// The first eight bytes of `key`, little-endian, zero-padded.
        @inline(__always)
        static func inline(_ key: UnsafeBufferPointer<UInt8>) -> UInt64 {
            var value: UInt64 = 0
            for index in 0..<min(key.count, 8) { value |= UInt64(key[index]) << UInt64(8 * index) }
            return value
        }

        /// The slot of `key`, or `nil` when it is no lexicon's word.
        @inline(__always)
        static func find(_ key: UnsafeBufferPointer<UInt8>, hash: UInt32, tags: UnsafeBufferPointer<UInt8>,
                         slots: UnsafeBufferPointer<Slot>, storage: UnsafeBufferPointer<UInt8>) -> Int? {
            let mask = tags.count - 1
            let tag = tag(hash)
            var slot = Int(hash) & mask
            while true {
                let candidate = tags[slot]
                if candidate == 0 { return nil }
                if candidate == tag {
                    let found = slots[slot]
                    if found.inline == inline(key) && Int(found.length) == key.count {
                        var index = 8
                        let start = Int(found.start)
                        while index < key.count && storage[start + index] == key[index] { index += 1 }
                        if index >= key.count { return slot }
                    }
                }
                slot = (slot + 1) & mask
            }
        }
    }

    /// The stems that are prefixes of a key: the stem table of a registry with its filter and gate.
    struct StemProbe {
        let registry: Registry
        let filter: UnsafeBufferPointer<UInt64>
        let gate: UnsafeBufferPointer<UInt64>
        let gateLength: Int

        /// The class bits of every stem that is a prefix of `key`: nothing when the key is
        /// shorter than every stem or its first ``gateLength`` bytes' bit is clear in the gate
        /// (``Index/stemGate``); otherwise ``KeyHash`` runs once along the key and the stem table is
        /// probed at each length some stem has, when the prefix's bit is set in the filter
        /// (``Index/stemFilter``).
        @inline(__always)
        func classes(_ key: UnsafeBufferPointer<UInt8>) -> UInt64 {
            guard gateLength > 0, key.count >= gateLength else { return 0 }
            let bit = Index.filterBit(KeyHash.hash(UnsafeBufferPointer(rebasing: key[0..<gateLength])))
            guard gate[bit >> 6] & (1 << UInt64(bit & 63)) != 0 else { return 0 }
            return Vocabulary.stemClasses(key, registry, filter: filter)
        }
    }

    /// The class bits of every stem that is a prefix of `key`: ``KeyHash`` runs once along the key
    /// and the stem table is probed at each length some stem has, when the prefix's bit is set
    /// in `filter` (``Index/stemFilter``).
    static func stemClasses(_ key: UnsafeBufferPointer<UInt8>, _ registry: Registry, filter: UnsafeBufferPointer<UInt64>) -> UInt64 {
        let lengths = registry.stemLengths
        guard lengths != 0 || !registry.longStemLengths.isEmpty else { return 0 }
        var classes: UInt64 = 0
        KeyHash.forEachPrefix(of: key, lengths: lengths) { length, hash in
            let bit = Index.filterBit(hash)
            guard filter[bit >> 6] & (1 << UInt64(bit & 63)) != 0 else { return }
            if let id = registry.stems.id(of: UnsafeBufferPointer(rebasing: key[0..<length]), keyHash: UInt32(truncatingIfNeeded: hash)) {
                classes |= registry.stemClasses[Int(id)]
            }
        }
        for long in registry.longStemLengths where long <= key.count {
            if let id = registry.stems.id(of: UnsafeBufferPointer(rebasing: key[0..<long])) { classes |= registry.stemClasses[Int(id)] }
        }
        return classes
    }
}

extension Vocabulary {
    /// Calls `body` with the id and key of every word registered so far, in id order, so that a
    /// lexicon can find the words other lexicons registered before it that its wildcards match
    /// (``SlantLexicon``'s records by id). The registry is copied under its lock (copy on write:
    /// no bytes are copied) and read outside it.
    public static func forEachRegisteredWord(_ body: (_ id: Int32, _ key: UnsafeBufferPointer<UInt8>) -> Void) {
        let registry = shared.withLock { registry -> Registry in
            let copy = registry
            return copy
        }
        registry.words.storage.withUnsafeBufferPointer { storage in
            for id in 0..<registry.words.count {
                let start = Int(registry.words.starts[id]), end = Int(registry.words.starts[id + 1])
                body(Int32(id), UnsafeBufferPointer(rebasing: storage[start..<end]))
            }
        }
    }
}
