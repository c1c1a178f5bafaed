/// English possessive endings on normalized keys (the tokenizer folds ’ to ').
public enum Possessive {
    /// The length of the possessive ending of `key`: 2 for `'s` ("Russia's"), 1 for `'` after
    /// an `s` ("Ukrainians'"), 0 when there is none or nothing would be left before it.
    @inlinable
    public static func suffixLength<Key: BidirectionalCollection<UInt8>>(_ key: Key) -> Int {
        guard key.count > 2 else { return 0 }
        let last = key[key.index(before: key.endIndex)]
        let before = key[key.index(key.endIndex, offsetBy: -2)]
        if before == UInt8(ascii: "'") && last == UInt8(ascii: "s") { return 2 }
        if before == UInt8(ascii: "s") && last == UInt8(ascii: "'") { return 1 }
        return 0
    }
}
