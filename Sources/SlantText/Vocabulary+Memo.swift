// What `Vocabulary.resolve` found for recent short keys, kept with the text it resolves.

extension Vocabulary {
    /// A direct-mapped memo of what ``Vocabulary/resolve(_:)`` found for keys of up to
    /// ``longestKey`` bytes: the key itself (two little-endian words, zero-padded, and its length),
    /// its word id and its classes (the word's, its stems', and its possessive stem's). A token
    /// whose key is in its slot is resolved by one load and two compares, without the vocabulary's
    /// tag, slot, stem gate and possessive lookups, whose data-dependent branches bound `resolve`
    /// (session 8, "measured and dropped"); a key that is not in its slot is resolved as before and
    /// takes the slot. The key's bytes are always compared, so the memo gives exactly what the
    /// vocabulary gives.
    ///
    /// It lives in the ``TokenizedText`` a worker refills document after document, and holds the
    /// vocabulary it was filled from: another vocabulary empties it first.
    struct Memo: Sendable {
        struct Entry: Sendable {
            /// The key's bytes 0–7 and 8–15, little-endian, zero-padded.
            var low: UInt64
            var high: UInt64
            var classes: UInt64
            var wordID: Int32
            /// The key's length; ``emptyLength`` for an empty entry.
            var length: UInt32
        }

        /// The longest key the memo holds: two 64-bit words. Most words of news text are shorter
        /// ("government" is 10 bytes); longer keys are resolved without the memo.
        @inline(__always) static var longestKey: Int { 16 }
        /// The number of entries: 2¹² entries of 32 bytes (128 KiB a worker), more than the
        /// distinct short words of most documents, so that a word met again in the next documents
        /// is still there. Measured on the synthetic corpus ×4 (`resolve`'s samples, two runs
        /// each against 2¹¹): 2¹⁰ 552, 410 against 498, 348; 2¹² 446, 405 against 511, 451.
        static let entryCountBits = 12
        /// The length of an empty entry: no key has it.
        @inline(__always) static var emptyLength: UInt32 { UInt32.max }

        var entries: [Entry] = []
        /// The vocabulary the entries came from (held, so that its identity cannot be reused).
        var owner: Frozen?

        /// Empties the memo unless it was filled from `frozen`.
        mutating func prepare(for frozen: Frozen) {
            guard owner !== frozen else { return }
            owner = frozen
            entries = Array(repeating: Entry(low: 0, high: 0, classes: 0, wordID: -1, length: Self.emptyLength),
                             count: 1 << Self.entryCountBits)
        }

        /// The first sixteen bytes of `keys[range]` (of at most ``longestKey`` bytes) as two
        /// little-endian words, zero-padded: two unaligned loads where the buffer has sixteen
        /// bytes from the key's start, byte by byte otherwise.
        @inline(__always)
        static func words(_ keys: UnsafeBufferPointer<UInt8>, _ start: Int, _ length: Int) -> (low: UInt64, high: UInt64) {
            if start + 16 <= keys.count {
                let base = UnsafeRawPointer(keys.baseAddress! + start)
                let low = base.loadUnaligned(as: UInt64.self).littleEndian
                let high = base.loadUnaligned(fromByteOffset: 8, as: UInt64.self).littleEndian
                let lowMask: UInt64 = length >= 8 ? ~0 : (1 << UInt64(8 * length)) &- 1
                let highMask: UInt64 = length >= 16 ? ~0 : length <= 8 ? 0 : (1 << UInt64(8 * (length - 8))) &- 1
                return (low & lowMask, high & highMask)
            }
            var low: UInt64 = 0, high: UInt64 = 0
            for offset in 0..<length {
                let byte = UInt64(keys[start + offset])
                if offset < 8 { low |= byte << UInt64(8 * offset) } else { high |= byte << UInt64(8 * (offset - 8)) }
            }
            return (low, high)
        }
    }
}
