import SlantText
import Testing

@Suite("English possessive endings")
struct PossessiveTests {
    @Test(arguments: [("russia's", 2), ("ukrainians'", 1), ("'s", 0), ("s'", 0), ("boss", 0), ("it's", 2), ("us", 0)])
    func suffixLength(_ key: String, expected: Int) {
        #expect(Possessive.suffixLength(Array(key.utf8)) == expected)
    }
}
