import Testing
import SlantText

@Suite("Key hashes: one per token")
struct KeyHashTests {
    /// Every token, merged ones included, carries the low 32 bits of the ``KeyHash`` of its key.
    @Test func everyTokenCarriesTheHashOfItsKey() throws {
        let text = try makeTokenizer().tokenize("The U.S. cease-fire, Mr. Peskov’s “no” — ещё 9-year-old Kyiv-based.")
        #expect(text.keys.contains("cease-fire") && text.keys.contains("u.s.") && text.keys.contains("mr."))
        for token in text.tokens {
            let expected = text.withKeyBytes(of: token) { UInt32(truncatingIfNeeded: KeyHash.hash($0)) }
            #expect(token.keyHash == expected, "\(text.key(of: token))")
        }
    }

    /// A lookup by the token's hash finds the key; a wrong hash finds nothing.
    @Test func tablesLookUpByTheTokensHash() throws {
        let table = ByteStringTable(["kremlin", "kyiv", "nato"])
        let text = try makeTokenizer().tokenize("Kyiv")
        let token = text.tokens[0]
        text.withKeyBytes(of: token) { key in
            #expect(table.id(of: key, keyHash: token.keyHash) == 1)
            #expect(table.id(of: key, keyHash: token.keyHash &+ 1) == nil)
            #expect(table.id(of: key) == 1)
        }
    }
}

@Suite("KeyHash: blocks of eight bytes")
struct KeyHashDefinitionTests {
    /// The definition, a byte at a time: each block of eight bytes (the last zero-padded) as a
    /// little-endian number, xor-ed into the state and multiplied; then the length xor-ed in
    /// and MurmurHash3's `fmix64` steps with one multiply.
    static func reference(_ bytes: [UInt8]) -> UInt64 {
        var state: UInt64 = 0xcbf2_9ce4_8422_2325
        var start = 0
        while start < bytes.count {
            var block: UInt64 = 0
            for offset in 0..<8 where start + offset < bytes.count { block += UInt64(bytes[start + offset]) << UInt64(8 * offset) }
            state = (state ^ block) &* 0x9E37_79B9_7F4A_7C15
            start += 8
        }
        var hash = state ^ UInt64(bytes.count)
        hash ^= hash >> 33
        hash &*= 0xFF51_AFD7_ED55_8CCD
        return hash ^ (hash >> 33)
    }

    /// The whole-key hash, the byte-at-a-time accumulator and the definition agree on keys of
    /// every length from 0 to 40 (across five blocks), and keys that differ only in length
    /// (a zero byte added) hash apart.
    @Test func hashAccumulatorAndDefinitionAgree() {
        var random = SplitMix64(state: 5)
        for length in 0...40 {
            let bytes = (0..<length).map { _ in UInt8(truncatingIfNeeded: random.next()) }
            var accumulator = KeyHash.Accumulator()
            for byte in bytes { accumulator.append(byte) }
            let whole = bytes.withUnsafeBufferPointer { KeyHash.hash($0) }
            #expect(whole == Self.reference(bytes), "\(length)")
            #expect(accumulator.hash == whole, "\(length)")
        }
        #expect(KeyHash.hash("") == Self.reference([]))
        #expect(KeyHash.hash("kyiv") == Self.reference(Array("kyiv".utf8)))
        #expect(Self.reference([0x61]) != Self.reference([0x61, 0]))
    }
}
