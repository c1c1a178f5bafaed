/// The writing system of a word, told from the first byte of its normalized key: the one rule the
/// word pass counts by (``TokenizedText/wordScripts``) and a language detector reads words by.
public enum WordScript: String, Sendable, Hashable, CaseIterable {
    case latin, cyrillic

    /// The script of a key from its first byte: ASCII letters (keys are lowercase) and the
    /// Latin-1/Latin Extended lead bytes C3–C9 (U+00C0–U+024F) are Latin; D0–D3 (U+0400–U+04FF)
    /// are Cyrillic; anything else (a digit, a symbol, another script) is neither.
    @inlinable
    public static func ofFirstKeyByte(_ byte: UInt8) -> WordScript? {
        if byte &- 0x61 < 26 { return .latin }
        if byte &- 0xD0 < 4 { return .cyrillic }
        if byte &- 0xC3 < 7 { return .latin }
        return nil
    }
}

/// How many word tokens of a text (``TokenKind/word``, with a non-empty key) are written in each
/// ``WordScript``, counted by the word pass as it writes their keys (merges included), so that
/// no later pass walks the tokens for it.
public struct WordScriptCounts: Sendable, Hashable {
    /// Words whose key starts with a Latin letter.
    public internal(set) var latin = 0
    /// Words whose key starts with a Cyrillic letter.
    public internal(set) var cyrillic = 0

    public init() {}

    /// The script of most words, Latin on a tie; `nil` when there is no word in either.
    public var majority: WordScript? {
        guard latin + cyrillic > 0 else { return nil }
        return cyrillic > latin ? .cyrillic : .latin
    }

    /// Counts a token with a non-empty key whose first byte is `firstKeyByte` (`step` 1), or
    /// takes it back (`step` -1), when it is a word.
    @inline(__always)
    mutating func count(_ kind: TokenKind, firstKeyByte: UInt8, step: Int = 1) {
        guard kind == .word else { return }
        switch WordScript.ofFirstKeyByte(firstKeyByte) {
        case .latin: latin += step
        case .cyrillic: cyrillic += step
        case nil: break
        }
    }
}
