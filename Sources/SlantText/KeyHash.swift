/// The hash of a token's normalized key (``Token/keyHash``) and of every key a
/// ``ByteStringTable`` holds: the key read eight bytes at a time, little-endian (the last block
/// zero-padded), each block xor-ed into the state and multiplied, then the length mixed in and
/// the state finished with MurmurHash3's `fmix64` steps (one multiply).
///
/// Slant hashed keys with FNV-1a before (session 8): one multiply per byte, each waiting for the
/// last, was half of the tokenizer's key writer (`perf annotate`); this takes one multiply per
/// eight bytes and one to finish. Any hash gives the same ids and lookups (the bytes are always
/// compared); only speed depends on it. ``FNV1a`` stays for seeds and fingerprints, whose values
/// are part of the output.
public enum KeyHash {
    /// The state before any block: FNV's 64-bit offset basis (any constant would do).
    @inlinable static var seed: UInt64 { 0xcbf2_9ce4_8422_2325 }
    /// The multiplier per block: 2⁶⁴ divided by the golden ratio, odd (Knuth's multiplicative
    /// hashing), so that every byte of a block reaches the state's high bits.
    @inlinable static var blockMultiplier: UInt64 { 0x9E37_79B9_7F4A_7C15 }
    /// The multiplier of MurmurHash3's 64-bit finalizer `fmix64`, whose shifts by 33 bring the
    /// high bits down to the low ones that pick a table slot.
    @inlinable static var finishMultiplier: UInt64 { 0xFF51_AFD7_ED55_8CCD }

    /// The state after one more block (a key's next eight bytes, the first in the low byte).
    @inlinable @inline(__always)
    public static func mix(_ state: UInt64, _ block: UInt64) -> UInt64 {
        (state ^ block) &* blockMultiplier
    }

    /// The hash of a key of `length` bytes whose blocks left `state`.
    @inlinable @inline(__always)
    public static func finish(_ state: UInt64, length: Int) -> UInt64 {
        var hash = state ^ UInt64(truncatingIfNeeded: length)
        hash ^= hash >> 33
        hash &*= finishMultiplier
        return hash ^ (hash >> 33)
    }

    /// The hash of `bytes`.
    @inlinable
    public static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var state = seed
        var index = 0
        let count = bytes.count
        while index + 8 <= count {
            state = mix(state, UnsafeRawPointer(bytes.baseAddress! + index).loadUnaligned(as: UInt64.self).littleEndian)
            index += 8
        }
        if index < count {
            var block: UInt64 = 0
            for offset in 0..<(count - index) { block |= UInt64(bytes[index + offset]) << UInt64(8 * offset) }
            state = mix(state, block)
        }
        return finish(state, length: count)
    }

    /// The hash of `text`'s UTF-8 bytes.
    public static func hash(_ text: String) -> UInt64 {
        var copy = text
        return copy.withUTF8 { hash($0) }
    }

    /// A key's hash built one byte at a time (keys written byte by byte).
    public struct Accumulator {
        @usableFromInline var state = KeyHash.seed
        @usableFromInline var block: UInt64 = 0
        @usableFromInline var length = 0

        /// No bytes yet.
        @inlinable public init() {}

        /// Adds the key's next byte.
        @inlinable @inline(__always)
        public mutating func append(_ byte: UInt8) {
            block |= UInt64(byte) << UInt64(8 * (length & 7))
            length += 1
            if length & 7 == 0 {
                state = KeyHash.mix(state, block)
                block = 0
            }
        }

        /// The hash of the bytes added so far.
        @inlinable
        public var hash: UInt64 {
            KeyHash.finish(length & 7 == 0 ? state : KeyHash.mix(state, block), length: length)
        }
    }

    /// Calls `body` with the length and hash of each prefix of `key` whose length (1…63) is set
    /// in `lengths` (bit `n` for length `n`): the blocks are mixed once along the key, so each
    /// prefix costs one mix and a finish, and the walk stops at the longest length set.
    /// Prefixes of 64 bytes or more are the caller's.
    @inlinable @inline(__always)
    public static func forEachPrefix(of key: UnsafeBufferPointer<UInt8>, lengths: UInt64, _ body: (_ length: Int, _ hash: UInt64) -> Void) {
        // Up to the longest length asked for: nothing past it is reported.
        let reach = min(key.count, 63 - lengths.leadingZeroBitCount)
        var state = seed
        var block: UInt64 = 0
        var length = 0
        while length < reach {
            block |= UInt64(key[length]) << UInt64(8 * (length & 7))
            length += 1
            if lengths & (1 << UInt64(length)) != 0 { body(length, finish(mix(state, block), length: length)) }
            if length & 7 == 0 {
                state = mix(state, block)
                block = 0
            }
        }
    }
}
