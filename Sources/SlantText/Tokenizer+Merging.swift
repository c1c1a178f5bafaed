// Merges applied as each token arrives: ICU splits these, readers of news do not.

extension Tokenizer {
    /// Joins the newest token with the ones before it when together they form a hyphenated
    /// compound ("cease-fire", "9-year-old", "Kyiv-based") or an abbreviation with its
    /// period ("U.S.", "Gen.").
    ///
    /// Keys are appended in token order, so a merged token's key is the contiguous run of
    /// its parts' keys.
    @inline(__always)
    func mergeTrailingTokens(_ result: inout TokenizedText, _ bytes: UnsafeBufferPointer<UInt8>) {
        let count = result.tokens.count
        let last = result.tokens[count - 1]
        if last.isWordLike, count >= 3 {
            let hyphen = result.tokens[count - 2]
            let first = result.tokens[count - 3]
            guard first.isWordLike, first.byteEnd == hyphen.byteStart, hyphen.byteEnd == last.byteStart,
                  Self.isHyphen(bytes, hyphen.byteRange) else { return }
            var merged = first
            merged.byteEnd = last.byteEnd
            merged.scalarEnd = last.scalarEnd
            merged.keyEnd = last.keyEnd
            merged.kind = first.kind == .word || last.kind == .word ? .word : .number
            merged.flags = first.flags.intersection([.ascii, .allCaps, .capitalized])
            if !last.flags.contains(.ascii) { merged.flags.remove(.ascii) }
            if !last.flags.contains(.allCaps) { merged.flags.remove(.allCaps) }
            merged.flags.insert(.hyphenated)
            merged.keyHash = Self.keyHash(result.keyBytes, merged.keyRange)
            result.tokens.removeLast(2)
            result.tokens[count - 3] = merged
        } else if last.byteEnd - last.byteStart == 1, bytes[Int(last.byteStart)] == UInt8(ascii: "."), count >= 2 {
            var word = result.tokens[count - 2]
            guard word.kind == .word, word.byteEnd == last.byteStart, !word.isAbbreviation else { return }
            let isAbbreviation = Self.isInitialism(bytes, word.byteRange)
                || result.keyBytes.withUnsafeBufferPointer { keys in
                    abbreviationKeys.id(of: UnsafeBufferPointer(rebasing: keys[Int(word.keyStart)..<Int(last.keyEnd)])) != nil
                }
            guard isAbbreviation else { return }
            word.byteEnd = last.byteEnd
            word.scalarEnd = last.scalarEnd
            word.keyEnd = last.keyEnd
            word.flags.insert(.abbreviation)
            word.keyHash = Self.keyHash(result.keyBytes, word.keyRange)
            result.tokens.removeLast()
            result.tokens[count - 2] = word
        }
    }

    /// A word of short letter groups joined by inner periods: "U.S", "e.g", "Ph.D", "т.е".
    /// Each group has one to three scalars.
    static func isInitialism(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        var groupLength = 0
        var periods = 0
        for index in range {
            let byte = bytes[index]
            if byte == UInt8(ascii: ".") {
                guard groupLength > 0 else { return false }
                periods += 1
                groupLength = 0
            } else if byte & 0xC0 != 0x80 {
                groupLength += 1
                if groupLength > 3 { return false }
            }
        }
        return periods > 0 && groupLength > 0
    }
}
