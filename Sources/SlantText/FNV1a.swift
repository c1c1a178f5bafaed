/// The 64-bit FNV-1a hash (Fowler, Noll & Vo): fast on short keys and the same on every
/// platform. Slant uses it to look up byte keys (``ByteStringTable``) and to seed reproducible
/// draws from a document's identity (the bootstrap weights).
public enum FNV1a {
    /// The 64-bit offset basis, the hash of no bytes (FNV's published parameters).
    public static let offsetBasis: UInt64 = 0xcbf2_9ce4_8422_2325
    /// The 64-bit FNV prime, 2⁴⁰ + 2⁸ + 0xB3.
    public static let prime: UInt64 = 0x0000_0100_0000_01B3

    /// The hash of `bytes`.
    @inlinable
    public static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash ^= UInt64(byte)
            hash &*= 0x0000_0100_0000_01B3
        }
        return hash
    }

    /// `hash` extended by one byte: `hash(bytes + [byte]) == step(hash(bytes), byte)`.
    @inlinable @inline(__always)
    public static func step(_ hash: UInt64, _ byte: UInt8) -> UInt64 {
        (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
    }

    /// Calls `body` with the length and hash of each prefix of `key` whose length (1…63) is set
    /// in `lengths` (bit `n` for length `n`): FNV-1a runs once along the key, so no prefix is
    /// hashed twice, and stops at the longest length set. Prefixes of 64 bytes or more are the caller's.
    @inlinable @inline(__always)
    public static func forEachPrefix(of key: UnsafeBufferPointer<UInt8>, lengths: UInt64, _ body: (_ length: Int, _ hash: UInt64) -> Void) {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        // Up to the longest length asked for: nothing past it is reported.
        let reach = min(key.count, 63 - lengths.leadingZeroBitCount)
        var length = 0
        while length < reach {
            hash ^= UInt64(key[length])
            hash &*= 0x0000_0100_0000_01B3
            length += 1
            if lengths & (1 << UInt64(length)) != 0 { body(length, hash) }
        }
    }

    /// The hash of `text`'s UTF-8 bytes.
    public static func hash(_ text: String) -> UInt64 {
        var copy = text
        return copy.withUTF8 { hash($0) }
    }
}
