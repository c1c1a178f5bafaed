/// What a token is. Whitespace, control and format characters are gaps between tokens, never
/// tokens themselves.
public enum TokenKind: UInt8, Sendable, Hashable, CaseIterable, CustomStringConvertible {
    /// Letters, possibly with inner apostrophes, periods ("U.S.") or hyphens ("cease-fire").
    case word
    /// Digits, possibly with inner separators ("2,000", "3.5").
    case number
    /// Punctuation, including quote marks and dashes.
    case punctuation
    /// Currency, math and other symbols.
    case symbol
    /// An emoji or emoji sequence (including ZWJ sequences and flags).
    case emoji
    /// A web address starting with `http://`, `https://` or `www.`, kept whole.
    case url
    /// Anything else that is not a gap: a lone combining mark, a private-use character.
    case other

    public var description: String {
        switch self {
        case .word: "word"
        case .number: "number"
        case .punctuation: "punctuation"
        case .symbol: "symbol"
        case .emoji: "emoji"
        case .url: "url"
        case .other: "other"
        }
    }
}

/// The role of a quote mark: typographic marks say whether they open or close; ASCII marks
/// and guillemets that are used both ways say `ambiguous` or their usual role.
public enum QuoteMark: UInt8, Sendable, Hashable, CustomStringConvertible {
    case opening = 1
    case closing = 2
    case ambiguous = 3

    public var description: String {
        switch self {
        case .opening: "opening"
        case .closing: "closing"
        case .ambiguous: "ambiguous"
        }
    }
}

/// One token of a ``TokenizedText``: ranges into the document's bytes, scalars and
/// normalized keys, plus its sentence and paragraph.
///
/// Tokens are small values (56 bytes) with no references; the text they point into lives in
/// the ``TokenizedText`` that produced them.
public struct Token: Sendable, Hashable {
    @usableFromInline var byteStart: UInt32
    @usableFromInline var byteEnd: UInt32
    @usableFromInline var scalarStart: UInt32
    @usableFromInline var scalarEnd: UInt32
    @usableFromInline var keyStart: UInt32
    @usableFromInline var keyEnd: UInt32
    @usableFromInline var sentenceIndex: UInt32
    @usableFromInline var paragraphIndex: UInt32
    /// What the token is.
    public internal(set) var kind: TokenKind
    @usableFromInline var quoteRaw: UInt8
    @usableFromInline var flags: Flags
    /// The low 32 bits of the ``KeyHash`` of the token's normalized key, computed once by the
    /// tokenizer so that every lexicon looks the token up without hashing its key again
    /// (``ByteStringTable/id(of:keyHash:)``).
    public internal(set) var keyHash: UInt32 = 0
    /// The token's key's id in the ``Vocabulary`` it was resolved against
    /// (``Vocabulary/resolve(_:)``), or -1 when no lexicon has the key as a word.
    public internal(set) var wordID: Int32 = -1
    /// The registration generation of the ``Vocabulary`` the token was resolved against; 0
    /// when it was not. A lexicon trusts ``wordID`` and ``lexiconClasses`` only when this
    /// generation includes its own registration.
    public internal(set) var vocabularyGeneration: UInt32 = 0
    /// The class bits (``Vocabulary/Registration/classBit``) of the lexicons that have a term
    /// starting with the key (a single-word term or a phrase's first word) or a prefix of it as
    /// a wildcard stem, or, for a key ending in a possessive `'s`, such a term for the key
    /// without it: a lexicon whose bit is clear has none of these, and skips the token without
    /// a lookup (a word that only follows inside phrases sets no bit).
    public internal(set) var lexiconClasses: UInt64 = 0

    /// The flags are computed constants, not `static let`s: a stored static is reached through
    /// an addressor with a lazy-initialization check, which showed in profiles of the hot path.
    @usableFromInline
    struct Flags: OptionSet, Sendable, Hashable {
        @usableFromInline var rawValue: UInt8
        @inlinable init(rawValue: UInt8) { self.rawValue = rawValue }
        /// The token ends with a period that belongs to it ("U.S.", "Mr.").
        @inlinable static var abbreviation: Flags { Flags(rawValue: 1) }
        /// Every byte is ASCII.
        @inlinable static var ascii: Flags { Flags(rawValue: 2) }
        /// The token has at least one cased letter and no lowercase letter ("NATO", "NEVER").
        @inlinable static var allCaps: Flags { Flags(rawValue: 4) }
        /// The first letter is uppercase or titlecase.
        @inlinable static var capitalized: Flags { Flags(rawValue: 8) }
        /// Joined from hyphen-separated parts ("cease-fire", "9-year-old").
        @inlinable static var hyphenated: Flags { Flags(rawValue: 16) }
        /// The gap before the token (from the previous token's end) holds a line break that
        /// sentence rule SB4 breaks at: CR, LF, NEL, LS or PS (``Tokenizer/hasLineBreak(_:from:to:)``).
        /// The word pass sets it as it skips the gap, so that the sentence pass reads no gap bytes.
        @inlinable static var lineBreakBefore: Flags { Flags(rawValue: 32) }
        /// A punctuation token whose first scalar is a sentence terminator or a closing mark
        /// (UAX #29 ATerm, STerm, Close): the only tokens a terminator run holds
        /// (``Tokenizer/terminatorRun(_:endingAt:previousRun:_:)``). The word pass sets it, so
        /// that the sentence pass passes over every other token without reading its bytes.
        @inlinable static var sentenceTerminal: Flags { Flags(rawValue: 64) }
    }

    /// The token's bytes in the document's UTF-8, end exclusive.
    @inlinable public var byteRange: Range<Int> { Int(byteStart)..<Int(byteEnd) }
    /// The token's position in Unicode scalars (like Python string indices), end exclusive.
    @inlinable public var scalarRange: Range<Int> { Int(scalarStart)..<Int(scalarEnd) }
    /// The index of the sentence the token belongs to, from 0.
    @inlinable public var sentence: Int { Int(sentenceIndex) }
    /// The index of the paragraph the token belongs to, from 0.
    @inlinable public var paragraph: Int { Int(paragraphIndex) }
    /// The token's role as a quote mark, or `nil` when it is not one.
    @inlinable public var quote: QuoteMark? { QuoteMark(rawValue: quoteRaw) }
    /// Whether the token carries its own final period ("U.S.", "Gen.").
    @inlinable public var isAbbreviation: Bool { flags.contains(.abbreviation) }
    /// Whether the token has cased letters and none of them is lowercase ("NATO", "NEVER").
    @inlinable public var isAllCaps: Bool { flags.contains(.allCaps) }
    /// Whether the first letter is uppercase or titlecase ("Kyiv", "NATO").
    @inlinable public var isCapitalized: Bool { flags.contains(.capitalized) }
    /// Whether the token joins hyphen-separated parts ("cease-fire").
    @inlinable public var isHyphenated: Bool { flags.contains(.hyphenated) }
    /// Whether the token is a word or a number.
    @inlinable public var isWordLike: Bool {
        @inline(__always) get { kind == .word || kind == .number }
    }
}
