/// The 64-bit FNV-1a hash (Fowler, Noll & Vo): the same on every platform. Slant uses it to
/// seed reproducible draws from a document's identity (the bootstrap weights) and for
/// fingerprints; keys are hashed with ``KeyHash`` (session 8; FNV-1a before).
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

    /// The hash of `text`'s UTF-8 bytes.
    public static func hash(_ text: String) -> UInt64 {
        var copy = text
        return copy.withUTF8 { hash($0) }
    }
}
