import Testing
import SlantText

@Suite("Key hashes: one per token")
struct KeyHashTests {
    /// Every token, merged ones included, carries the low 32 bits of FNV-1a over its key.
    @Test func everyTokenCarriesTheHashOfItsKey() throws {
        let text = try makeTokenizer().tokenize("The U.S. cease-fire, Mr. Peskov’s “no” — ещё 9-year-old Kyiv-based.")
        #expect(text.keys.contains("cease-fire") && text.keys.contains("u.s.") && text.keys.contains("mr."))
        for token in text.tokens {
            let expected = text.withKeyBytes(of: token) { UInt32(truncatingIfNeeded: FNV1a.hash($0)) }
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
