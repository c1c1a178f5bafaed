extension CompiledLexicon {
    /// One worker's memo of what single words match that no vocabulary record decides: words no
    /// lexicon has, found at run time by their wildcard prefix, Snowball stem or possessive
    /// (``singleWordFallback(_:keyHash:stemMemo:)``), such as "Russia's" for the alias "Russia"
    /// or "attacking" for the frame stem "attack*".
    ///
    /// Such words recur (names, their possessives, inflections), and each occurrence hashed the
    /// key's prefixes and probed the tables again: on the synthetic corpus the actor and frame
    /// walks spent 0.6% of `slant score`'s samples there. The memo is direct-mapped by the key's
    /// hash (``slotCount`` slots), keeps keys up to ``maximumKeyLength`` bytes and compares them
    /// byte for byte, so that a hit is exactly the lookup's answer. Not thread-safe: one per
    /// worker and lexicon (``CompiledLexicon/makeFallbackMemo()``).
    public final class FallbackMemo {
        /// One remembered key and what it matches.
        struct Slot {
            /// The key's length in bytes; 0 for an empty slot.
            var length: UInt32
            var hash: UInt32
            /// The two numbers remembered (a lexicon's lookup: the matched entries' start and
            /// count, count -1 when the key matches nothing).
            var start: Int32
            var count: Int32
            /// The key's bytes, zero-padded.
            var key: (UInt64, UInt64, UInt64)
        }

        /// Slots in the memo (a power of two): more than the distinct unknown words with a
        /// lexicon's class bit that a worker meets in the synthetic corpus (a few hundred).
        static let slotCount = 1024
        /// The longest key remembered: three words of 8 bytes (longer keys are looked up).
        static let maximumKeyLength = 24

        /// The generation of the lexicon the memo belongs to (one per compiled lexicon).
        let generation: UInt32
        let slots: UnsafeMutablePointer<Slot>

        init(generation: UInt32) {
            self.generation = generation
            slots = .allocate(capacity: Self.slotCount)
            slots.initialize(repeating: Slot(length: 0, hash: 0, start: 0, count: 0, key: (0, 0, 0)), count: Self.slotCount)
        }

        deinit { slots.deallocate() }

        /// The key's bytes zero-padded into three words (`key.count` ≤ ``maximumKeyLength``).
        @inline(__always)
        static func packed(_ key: UnsafeBufferPointer<UInt8>) -> (UInt64, UInt64, UInt64) {
            var words: (UInt64, UInt64, UInt64) = (0, 0, 0)
            withUnsafeMutableBytes(of: &words) { $0.copyMemory(from: UnsafeRawBufferPointer(key)) }
            return words
        }

        /// A memo for another use than a lexicon's lookups (``remembered(_:hash:_:)``): no
        /// lexicon takes it for its own.
        public convenience init() { self.init(generation: .max) }

        /// The two numbers remembered for `key` (whose hash is `hash`), else `compute`'s,
        /// remembered (a key longer than ``maximumKeyLength`` is computed each time).
        @inline(__always)
        public func remembered(_ key: UnsafeBufferPointer<UInt8>, hash: UInt32, _ compute: () -> (Int32, Int32)) -> (Int32, Int32) {
            guard key.count <= Self.maximumKeyLength, !key.isEmpty else { return compute() }
            let slot = slots + Int(hash & UInt32(Self.slotCount - 1))
            let words = Self.packed(key)
            if slot.pointee.length == UInt32(key.count), slot.pointee.hash == hash,
               slot.pointee.key.0 == words.0, slot.pointee.key.1 == words.1, slot.pointee.key.2 == words.2 {
                return (slot.pointee.start, slot.pointee.count)
            }
            let found = compute()
            slot.pointee = Slot(length: UInt32(key.count), hash: hash, start: found.0, count: found.1, key: words)
            return found
        }

        /// What `key` (hash `hash`) matches: the remembered answer, else `lookUp`'s, remembered.
        @inline(__always)
        func entries(_ key: UnsafeBufferPointer<UInt8>, hash: UInt32, _ lookUp: () -> Range<Int>?) -> Range<Int>? {
            let (start, count) = remembered(key, hash: hash) {
                lookUp().map { (Int32($0.lowerBound), Int32($0.count)) } ?? (0, -1)
            }
            return count < 0 ? nil : Int(start)..<Int(start) + Int(count)
        }
    }

    /// A memo of this lexicon's run-time single-word lookups for one worker thread, to pass to
    /// ``match(keys:tokens:at:end:stemMemo:fallbackMemo:)`` and ``forEachMatch(keys:tokens:fallbackMemo:_:)``.
    public func makeFallbackMemo() -> FallbackMemo { FallbackMemo(generation: generation) }

    /// ``singleWordFallback(_:keyHash:stemMemo:)`` through `memo` when it is this lexicon's.
    func singleWordFallback(_ key: UnsafeBufferPointer<UInt8>, keyHash: UInt32, stemMemo: StemIndex.Memo?,
                            memo: FallbackMemo?) -> Range<Int>? {
        guard let memo, memo.generation == generation else { return singleWordFallback(key, keyHash: keyHash, stemMemo: stemMemo) }
        return memo.entries(key, hash: keyHash) { singleWordFallback(key, keyHash: keyHash, stemMemo: stemMemo) }
    }
}
