// Word boundaries at memory speed: ICU's own boundaries, with plain ASCII done without ICU.

/// Finds ICU's word boundaries and rule statuses in UTF-8 text, computing them directly on
/// runs of ASCII and typographic punctuation and asking ICU for every span that holds another
/// non-ASCII character.
///
/// On ASCII, ICU's root word-break rules (Unicode 15 UAX #29 with CLDR's tailoring: `@` is a
/// letter, `:` is not a mid-letter) reduce to nine character classes (``ASCIIWordClass``); the
/// typographic marks of news text (``isTypographic(_:at:)``: ‘ ’ “ ” – — …) fall in two of
/// them, ‘ and ’ joining words as `.` and `'` do (MidNumLet), the others joining nothing, and
/// Cyrillic letters (``isCyrillicLetter(_:)``) are letters. The
/// text is cut at *safe points*: between two such characters where the left one is a space,
/// line break or other punctuation that joins nothing (``isSafeCut(_:at:)``), so ICU breaks
/// there in any context and no rule looks across it. A span between two safe points that
/// holds another non-ASCII character goes to ICU as a text of its own; the rest ("fast
/// spans") is walked here. The result is
/// ICU's, boundary for boundary and status for status:
/// - the tests compare it with ICU on every ASCII line of Unicode's `WordBreakTest.txt`, on
///   all short strings over the nine classes and on generated mixed-script strings;
/// - each segmenter checks, when made, that its locale's compiled rules equal ICU's root rules
///   (`ubrk_getBinaryRules`) and that both agree on a probe text holding every ASCII byte in
///   every class context; otherwise (a tailored locale such as `fi`, `sv`, `en_US_POSIX`, or an
///   ICU whose rules changed) it hands the whole text to ICU.
///
/// Not thread-safe: each tokenizer owns one.
final class WordSegmenter {
    /// ICU's iterator, used for spans with non-ASCII bytes and for everything when the fast
    /// path is off.
    let icu: BreakIterator
    /// Whether fast spans are walked without ICU (see the type's discussion).
    let usesFastPath: Bool
    /// The rule status of the segment that ends at the last boundary `next()` returned
    /// (ICU's `ubrk_getRuleStatus` values: 0 none, 100 number, 200 letter, ...).
    private(set) var ruleStatus: Int32 = 0
    /// Whether the segment that ends at the last boundary `next()` returned came from the fast
    /// path and every byte of it is ASCII.
    private(set) var segmentIsASCII = false

    /// The fewest ASCII bytes between two non-ASCII spans worth walking apart: shorter runs
    /// go to ICU with their neighbours, which saves an ICU restart. Any value gives the same
    /// boundaries (the tests check); 32, a few words, is a starting point, not a tuned value.
    static let shortestASCIIRun = 32

    private var bytes = UnsafeBufferPointer<UInt8>(start: nil, count: 0)
    private var position = 0
    /// Where the current span ends; `[position, spanEnd)` is ASCII unless `inICU`.
    private var spanEnd = 0
    /// Where the current ICU span starts in `bytes` (ICU's offsets are relative to it).
    private var icuBase = 0
    private var inICU = false
    /// `bytes[fastFrom..<nextSlow]` holds only characters the fast path reads and `nextSlow` is
    /// another character or the end of the text: the last scan of ``slowCharacter(from:)``,
    /// which the next span reuses.
    private var fastFrom = 0
    private var nextSlow = -1

    /// Opens ICU's word iterator for `locale`; `fastPath: false` leaves everything to ICU.
    init(locale: String, fastPath: Bool = true) throws(ICUError) {
        icu = try BreakIterator(.word, locale: locale)
        if fastPath {
            let root = try BreakIterator(.word, locale: "root")
            let sameRules = try icu.binaryRules() == root.binaryRules()
            let agrees = try Self.fastPathAgrees(with: root)
            usesFastPath = sameRules && agrees
        } else {
            usesFastPath = false
        }
    }

    /// Starts on a new text, which must stay alive and unchanged while `next()` is called.
    func setText(_ text: UnsafeBufferPointer<UInt8>) throws(ICUError) {
        bytes = text
        position = 0
        spanEnd = 0
        ruleStatus = 0
        inICU = false
        nextSlow = -1
        if !usesFastPath {
            try startICU(from: 0, to: text.count)
        }
    }

    /// The next boundary as a byte offset, or `nil` at the end of the text.
    @inline(__always)
    func next() throws(ICUError) -> Int? {
        if inICU {
            if let boundary = icu.next() {
                position = icuBase + boundary
                ruleStatus = icu.ruleStatus
                segmentIsASCII = false
                if position >= spanEnd { inICU = false }
                return position
            }
            inICU = false
        }
        if position >= bytes.count { return nil }
        if position >= spanEnd {
            try planSpan()
            if inICU { return try next() }
        }
        let (end, status) = Self.asciiSegment(bytes, from: position, limit: spanEnd)
        var combined: UInt8 = 0
        for index in position..<end { combined |= bytes[index] }
        position = end
        ruleStatus = status
        segmentIsASCII = combined < 0x80
        return end
    }

    /// The last boundary returned (or skipped to), where the next segment starts.
    var boundary: Int { position }

    /// When the next segment starts in a fast span: the span's end (a safe point or the end
    /// of the text), so that the caller can walk `[boundary, end)` itself (see
    /// ``asciiSegment(_:from:limit:)``) and then ``skip(to:)`` a boundary in it; `nil` when
    /// the next segment comes from ICU or the text is done.
    @inline(__always)
    func fastSpanEnd() throws(ICUError) -> Int? {
        if inICU || position >= bytes.count { return nil }
        if position >= spanEnd {
            try planSpan()
            if inICU { return nil }
        }
        return spanEnd
    }

    /// Moves to `boundary`, a boundary inside the current fast span (see ``fastSpanEnd()``).
    @inline(__always)
    func skip(to boundary: Int) {
        position = boundary
    }

    /// Chooses the span that starts at `position` (a safe point or the start of the text):
    /// ASCII, typographic marks and Cyrillic letters up to the last safe point before the next other character,
    /// or an ICU span from here to the first safe point after it (joined with its neighbours
    /// while the text between them is shorter than ``shortestASCIIRun``).
    private func planSpan() throws(ICUError) {
        let count = bytes.count
        let nonASCII = slowCharacter(from: position)
        if nonASCII == count {
            spanEnd = count
            return
        }
        var cut = nonASCII - 1
        while cut > position && !Self.isSafeCut(bytes, at: cut) { cut -= 1 }
        if cut > position {
            spanEnd = cut
            return
        }
        var end = Self.firstSafeCut(bytes, after: nonASCII)
        while end < count {
            let following = slowCharacter(from: end)
            guard following < count, following - end < Self.shortestASCIIRun else { break }
            end = Self.firstSafeCut(bytes, after: following)
        }
        try startICU(from: position, to: end)
    }

    /// The first byte at or after `start` that does not start a character the fast path reads,
    /// or the end of the text; a span after an ICU span starts where the ICU span's planning
    /// stopped looking, so its scan is reused.
    @inline(__always)
    private func slowCharacter(from start: Int) -> Int {
        if start >= fastFrom && start <= nextSlow { return nextSlow }
        fastFrom = start
        var index = start
        while true {
            index = Self.firstNonASCII(bytes, from: index)
            guard index < bytes.count else { break }
            let length = Self.fastNonASCIILength(bytes, at: index)
            guard length > 0 else { break }
            index += length
        }
        nextSlow = index
        return index
    }

    private func startICU(from start: Int, to end: Int) throws(ICUError) {
        try icu.setText(UnsafeBufferPointer(rebasing: bytes[start..<end]))
        icuBase = start
        spanEnd = end
        inICU = true
    }
}

/// The classes ASCII bytes fall into under ICU's root word-break rules (measured on ICU 72:
/// bytes in one class give the same boundaries and statuses in every context).
enum ASCIIWordClass: UInt8 {
    /// Controls (tab included), `"`, `:` and other punctuation and symbols: a segment each.
    case other = 0
    case lineFeed, carriageReturn
    /// U+0020 (WSegSpace): runs of spaces are one segment.
    case space
    /// `.` and `'` (MidNumLet, Single_Quote): inside a word between letters, or a number between digits.
    case midNumberOrLetter
    /// `,` and `;` (MidNum): inside a number between digits.
    case midNumber
    case digit
    /// A–Z, a–z and `@` (ALetter; CLDR adds `@` for e-mail addresses).
    case letter
    /// `_` (ExtendNumLet): joins letters and digits.
    case connector

    @inline(__always)
    init(_ byte: UInt8) {
        switch byte {
        case 0x0A: self = .lineFeed
        case 0x0D: self = .carriageReturn
        case 0x20: self = .space
        case 0x27, 0x2E: self = .midNumberOrLetter
        case 0x2C, 0x3B: self = .midNumber
        case 0x30...0x39: self = .digit
        case 0x40...0x5A, 0x61...0x7A: self = .letter
        case 0x5F: self = .connector
        default: self = .other
        }
    }
}

extension WordSegmenter {
    /// ICU's rule statuses for word segments (`UBRK_WORD_NONE`, `UBRK_WORD_NUMBER`, `UBRK_WORD_LETTER`).
    static let statusNone: Int32 = 0, statusNumber: Int32 = 100, statusLetter: Int32 = 200

    /// The segment that starts at `start` in a fast span (ASCII and typographic marks) ending
    /// at a safe point `limit`, and its rule status: UAX #29 rules WB3, WB3d, WB5–WB13b
    /// restricted to these characters. A word's status is its last character's: letter 200,
    /// digit 100, `_` as the character before it (a lone `_` 0).
    @inline(__always)
    static func asciiSegment(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, limit: Int) -> (end: Int, status: Int32) {
        let (first, firstLength) = fastClass(bytes, at: start)
        switch first {
        case .carriageReturn:
            return (start + 1 < limit && bytes[start + 1] == 0x0A ? start + 2 : start + 1, statusNone)
        case .space:
            var end = start + 1
            while end < limit && bytes[end] == 0x20 { end += 1 }
            return (end, statusNone)
        case .letter, .digit, .connector:
            var end = start + firstLength
            var last = first
            var status = first == .letter ? statusLetter : first == .digit ? statusNumber : statusNone
            while end < limit {
                var (next, length) = fastClass(bytes, at: end)
                switch next {
                case .letter: status = statusLetter
                case .digit: status = statusNumber
                case .connector: status = last == .digit ? statusNumber : statusLetter
                case .midNumberOrLetter where last == .letter && end + length < limit && fastClass(bytes, at: end + length).class == .letter:
                    end += length   // WB6/WB7: the mark and the letter after it
                    (next, length) = fastClass(bytes, at: end)
                case .midNumberOrLetter, .midNumber:
                    guard last == .digit, end + length < limit, fastClass(bytes, at: end + length).class == .digit else { return (end, status) }
                    end += length   // WB11/WB12: the mark and the digit after it
                    (next, length) = fastClass(bytes, at: end)
                default:
                    return (end, status)
                }
                last = next
                end += length
            }
            return (end, status)
        default:
            return (start + firstLength, statusNone)
        }
    }

    /// The class and length of the character at `index` of a fast span: an ASCII byte, a
    /// typographic mark (‘ and ’ are MidNumLet, like `.`; “ ” – — … join nothing), or a
    /// Cyrillic letter (ALetter, two bytes).
    @inline(__always)
    static func fastClass(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (class: ASCIIWordClass, length: Int) {
        let lead = bytes[index]
        if lead < 0x80 { return (ASCIIWordClass(lead), 1) }
        if lead != 0xE2 { return (.letter, 2) }
        let last = bytes[index + 2]
        return (last == 0x98 || last == 0x99 ? .midNumberOrLetter : .other, 3)
    }

    /// Whether a scalar of the Cyrillic block (U+0400–U+04FF) is a letter: all but U+0482
    /// (a sign) and U+0483–U+0489 (combining marks, which UAX #29 rule WB4 attaches to the
    /// character before them). A test checks this against ICU's general categories.
    @inline(__always)
    static func isCyrillicLetter(_ scalar: UInt32) -> Bool {
        scalar &- 0x400 < 0x100 && scalar &- 0x482 >= 8
    }

    /// The length of the non-ASCII character at `index` when the fast path reads it (a
    /// typographic mark, 3, or a Cyrillic letter, 2), otherwise 0.
    @inline(__always)
    static func fastNonASCIILength(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
        let lead = bytes[index]
        if lead == 0xE2 { return isTypographic(bytes, at: index) ? 3 : 0 }
        guard lead &- 0xD0 < 4, index + 1 < bytes.count else { return 0 }
        let second = bytes[index + 1]
        guard second & 0xC0 == 0x80 else { return 0 }
        return isCyrillicLetter(UInt32(lead & 0x1F) << 6 | UInt32(second & 0x3F)) ? 2 : 0
    }

    /// The typographic marks the fast path reads, E2 80 xx: – (93), — (94), ‘ (98), ’ (99),
    /// “ (9C), ” (9D) and … (A6), as bits `xx - 0x80` of a mask. They are the non-ASCII
    /// characters news text uses most (in the AllSides corpus ’ “ ” — alone are most of them).
    @inline(__always) static var typographicMarks: UInt64 {
        1 << 0x13 | 1 << 0x14 | 1 << 0x18 | 1 << 0x19 | 1 << 0x1C | 1 << 0x1D | 1 << 0x26
    }

    /// Whether `bytes[index...]` starts with one of the typographic marks the fast path reads
    /// (``typographicMarks``).
    @inline(__always)
    static func isTypographic(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        guard index + 2 < bytes.count, bytes[index] == 0xE2, bytes[index + 1] == 0x80 else { return false }
        let last = bytes[index + 2]
        return last & 0xC0 == 0x80 && typographicMarks & (1 << UInt64(last & 0x3F)) != 0
    }

    /// Whether ICU breaks between the characters that end at `index - 1` and start at
    /// `index` whatever surrounds them, and no rule deciding a later boundary looks back across
    /// it: both are ASCII or typographic marks, the left one joins nothing (space, line break,
    /// other punctuation), and they are not two spaces (WB3d) or CR LF (WB3).
    @inline(__always)
    static func isSafeCut(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        let left = bytes[index - 1], right = bytes[index]
        guard right < 0x80 || fastNonASCIILength(bytes, at: index) > 0 else { return false }
        if left >= 0x80 {
            // A typographic mark other than ‘ and ’ joins nothing (a Cyrillic letter joins).
            return index >= 3 && isTypographic(bytes, at: index - 3) && fastClass(bytes, at: index - 3).class == .other
        }
        switch ASCIIWordClass(left) {
        case .other, .lineFeed: return true
        case .space: return right != 0x20
        case .carriageReturn: return right != 0x0A
        default: return false
        }
    }

    /// The first safe point after `index`, or the end of the text.
    static func firstSafeCut(_ bytes: UnsafeBufferPointer<UInt8>, after index: Int) -> Int {
        var cut = index + 1
        while cut < bytes.count && !isSafeCut(bytes, at: cut) { cut += 1 }
        return min(cut, bytes.count)
    }

    /// The index of the first byte ≥ 0x80 at or after `start`, or the end of the text; eight
    /// bytes at a time.
    @inline(__always)
    static func firstNonASCII(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        let count = bytes.count
        var index = start
        guard let base = bytes.baseAddress else { return count }
        while index + 8 <= count {
            let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
            // The first byte ≥ 0x80 of the block, from its high bit (the first byte is the low one).
            let high = UInt64(littleEndian: word) & 0x8080_8080_8080_8080
            if high != 0 { return index + high.trailingZeroBitCount >> 3 }
            index += 8
        }
        while index < count && base[index] < 0x80 { index += 1 }
        return index
    }
}

extension WordSegmenter {
    /// A probe text: every ASCII byte and typographic mark between letters, between digits,
    /// doubled and alone, then every triple of class representatives (``ASCIIWordClass``, with
    /// ’ for the marks that join and “ for those that do not).
    static let probeText: [UInt8] = {
        var text: [UInt8] = []
        let marks: [[UInt8]] = (0x80..<0xC0).compactMap { (last: UInt8) in
            typographicMarks & (1 << UInt64(last & 0x3F)) != 0 ? [0xE2, 0x80, last] : nil
        } + ["Ѐ", "ж", "Ж", "ё", "ҁ", "Ҋ", "ӿ", "Ӏ"].map { Array($0.utf8) }
        for character in (0..<0x80).map({ [UInt8($0)] }) + marks {
            text += [0x61] + character + [0x62, 0x20, 0x31] + character + [0x32, 0x20] + character + character
                + [0x5F] + character + [0x0A]
        }
        let representatives: [[UInt8]] = [[0x21], [0x0A], [0x0D], [0x20], [0x2E], [0x2C], [0x37], [0x6B], [0x5F],
                                          [0xE2, 0x80, 0x99], [0xE2, 0x80, 0x9C], [0xD0, 0xB6]]
        for a in representatives { for b in representatives { for c in representatives { text += a + b + c } } }
        return text
    }()

    /// Whether the fast path gives `icu`'s boundaries and statuses on ``probeText``.
    static func fastPathAgrees(with icu: BreakIterator) throws(ICUError) -> Bool {
        try probeText.withUnsafeBufferPointer { text throws(ICUError) in
            try icu.setText(text)
            var start = 0
            while start < text.count {
                guard let end = icu.next() else { return false }
                let fast = asciiSegment(text, from: start, limit: text.count)
                if fast.end != end || fast.status != icu.ruleStatus { return false }
                start = end
            }
            return icu.next() == nil
        }
    }
}

/// Slant's word boundaries (the ASCII fast path, ICU for the rest) over a text with nothing
/// done per boundary: `slant bench` times it beside ``RawWordBreakLoop`` and checks that the
/// two agree.
public final class WordBreakLoop {
    private let segmenter: WordSegmenter

    /// - Parameter asciiFastPath: `false` gives ICU's loop through the same Swift code.
    public init(locale: String = "en", asciiFastPath: Bool = true) throws(ICUError) {
        segmenter = try WordSegmenter(locale: locale, fastPath: asciiFastPath)
    }

    /// Whether the fast path is in use (see ``Tokenizer/Options/usesASCIIFastPath``).
    public var usesFastPath: Bool { segmenter.usesFastPath }

    /// The number of word boundaries in `bytes`.
    public func countBoundaries(_ bytes: UnsafeBufferPointer<UInt8>) throws(ICUError) -> Int {
        try segmenter.setText(bytes)
        var count = 0
        while try segmenter.next() != nil { count += 1 }
        return count
    }

    /// Every boundary and its rule status, in order, folded into one FNV-1a hash: equal
    /// fingerprints from two loops mean equal boundaries (up to a 2⁻⁶⁴ chance).
    public func fingerprint(_ bytes: UnsafeBufferPointer<UInt8>) throws(ICUError) -> (boundaries: Int, hash: UInt64) {
        try segmenter.setText(bytes)
        var count = 0
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        func combine(_ value: UInt64) {
            hash ^= value
            hash &*= 0x0000_0100_0000_01B3
        }
        while let boundary = try segmenter.next() {
            count += 1
            combine(UInt64(boundary))
            combine(UInt64(UInt32(bitPattern: segmenter.ruleStatus)))
        }
        return (count, hash)
    }
}
