// Merges applied as each token arrives: ICU splits these, readers of news do not.

extension Tokenizer {
    /// Joins the newest token with the ones before it when together they form a hyphenated
    /// compound ("cease-fire", "9-year-old", "Kyiv-based") or an abbreviation with its
    /// period ("U.S.", "Gen.").
    ///
    /// Keys are appended in token order, so a merged token's key is the contiguous run of
    /// its parts' keys.
    @inline(__always)
    func mergeTrailingTokens(_ result: inout TokenizedText, _ bytes: UnsafeBufferPointer<UInt8>, scripts: inout WordScriptCounts) {
        let count = result.tokens.count
        let last = result.tokens[count - 1]
        // Only a word or number after another token, or a lone period, can merge.
        guard last.isWordLike ? count >= 3 : count >= 2 && last.byteEnd - last.byteStart == 1 else { return }
        let merged = result.keyBytes.withUnsafeBufferPointer { keys in
            result.tokens.withUnsafeMutableBufferPointer { tokens in
                mergeTrailingTokens(tokens, count: count, keys: keys, keyBase: 0, bytes, scripts: &scripts)
            }
        }
        if merged < count { result.tokens.removeLast(count - merged) }
    }

    /// ``mergeTrailingTokens(_:_:)`` over `tokens[0..<count]`, whose newest token is the last;
    /// `keys[k - keyBase]` is the key byte at offset `k` of the text's key bytes. A compound's
    /// parts are taken back from `scripts` and the compound counted instead.
    ///
    /// - Returns: The number of tokens after merging (`count`, `count - 1` or `count - 2`).
    @inline(__always)
    func mergeTrailingTokens(_ tokens: UnsafeMutableBufferPointer<Token>, count: Int, keys: UnsafeBufferPointer<UInt8>, keyBase: Int,
                             _ bytes: UnsafeBufferPointer<UInt8>, scripts: inout WordScriptCounts) -> Int {
        let last = tokens[count - 1]
        if last.isWordLike {
            guard count >= 3 else { return count }
            let hyphen = tokens[count - 2]
            let first = tokens[count - 3]
            guard hyphen.byteEnd == last.byteStart, first.byteEnd == hyphen.byteStart, first.isWordLike,
                  Self.isHyphen(bytes, hyphen.byteRange) else { return count }
            var merged = first
            merged.byteEnd = last.byteEnd
            merged.scalarEnd = last.scalarEnd
            merged.keyEnd = last.keyEnd
            merged.kind = first.kind == .word || last.kind == .word ? .word : .number
            merged.flags = first.flags.intersection([.ascii, .allCaps, .capitalized, .lineBreakBefore])
            if !last.flags.contains(.ascii) { merged.flags.remove(.ascii) }
            if !last.flags.contains(.allCaps) { merged.flags.remove(.allCaps) }
            merged.flags.insert(.hyphenated)
            merged.keyHash = Self.keyHash(keys, keyBase, merged.keyRange)
            @inline(__always) func recount(_ part: Token, _ step: Int) {
                if part.keyEnd > part.keyStart { scripts.count(part.kind, firstKeyByte: keys[Int(part.keyStart) - keyBase], step: step) }
            }
            recount(first, -1)
            recount(last, -1)
            recount(merged, 1)
            tokens[count - 3] = merged
            return count - 2
        } else if last.byteEnd - last.byteStart == 1, bytes[Int(last.byteStart)] == UInt8(ascii: "."), count >= 2 {
            var word = tokens[count - 2]
            guard word.kind == .word, word.byteEnd == last.byteStart, !word.isAbbreviation else { return count }
            let isAbbreviation = Self.isInitialism(bytes, word.byteRange)
                || abbreviationFilter[Self.abbreviationFilterSlot(word.keyHash)] & Self.abbreviationFilterBit(word.keyHash) != 0
                && abbreviationKeys.id(of: UnsafeBufferPointer(rebasing: keys[(Int(word.keyStart) - keyBase)..<(Int(last.keyEnd) - keyBase)])) != nil
            guard isAbbreviation else { return count }
            word.byteEnd = last.byteEnd
            word.scalarEnd = last.scalarEnd
            word.keyEnd = last.keyEnd
            word.flags.insert(.abbreviation)
            word.keyHash = Self.keyHash(keys, keyBase, word.keyRange)
            tokens[count - 2] = word
            return count - 1
        }
        return count
    }

    /// The bits of a key hash ``abbreviationFilter`` reads: 2¹² bits (512 bytes), so that the
    /// 61 abbreviations of the English, Russian and Ukrainian lists leave about 1.5% of other
    /// words to the table lookup.
    @inline(__always) static var abbreviationFilterBits: Int { 12 }

    /// The word of ``abbreviationFilter`` that holds the bit of `hash`.
    @inline(__always)
    static func abbreviationFilterSlot(_ hash: UInt32) -> Int { Int(hash & ((1 << abbreviationFilterBits) - 1)) >> 6 }

    /// The bit of `hash` in its word of ``abbreviationFilter``.
    @inline(__always)
    static func abbreviationFilterBit(_ hash: UInt32) -> UInt64 { 1 << UInt64(hash & 63) }

    /// The low 32 bits of the ``KeyHash`` of the key bytes `range` (offsets into the text's key
    /// bytes), read at `keys[offset - keyBase]`.
    @inline(__always)
    static func keyHash(_ keys: UnsafeBufferPointer<UInt8>, _ keyBase: Int, _ range: Range<Int>) -> UInt32 {
        UInt32(truncatingIfNeeded: KeyHash.hash(UnsafeBufferPointer(rebasing: keys[(range.lowerBound - keyBase)..<(range.upperBound - keyBase)])))
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
