// The word pass: ICU word boundaries → gaps and tokens, with keys, flags and merges.

extension Tokenizer {
    /// What one ICU word segment is.
    enum SegmentClass {
        /// Whitespace, control or format characters; `lineBreaks` counts line ends and
        /// counts a paragraph separator (U+2029) as two.
        case gap(lineBreaks: Int)
        case token(TokenKind, QuoteMark?)
    }

    /// - Parameter checked: the bytes are known to be well-formed UTF-8 (not checked again).
    func segment(_ bytes: UnsafeBufferPointer<UInt8>, into result: inout TokenizedText, wellFormed checked: Bool = false) throws {
        result.invalidSequences = checked ? [] : UTF8Decoding.invalidSequences(in: bytes)
        let wellFormed = result.invalidSequences.isEmpty
        try wordBreaks.setText(bytes)

        var start = 0
        var state = WordPassState()
        while true {
            // A fast span is walked in one loop (which leaves web addresses to this one).
            if start == wordBreaks.boundary, let spanEnd = try wordBreaks.fastSpanEnd() {
                start = tokenizeFastSpan(bytes, from: start, to: spanEnd, into: &result, state: &state)
                wordBreaks.skip(to: start)
                if start == spanEnd { continue }
            }
            guard var end = try wordBreaks.next() else { break }
            // Boundaries inside a web address already taken whole.
            if end <= start { continue }
            // An ASCII segment has one scalar per byte (unless a web address stretches it).
            var isASCII = wordBreaks.segmentIsASCII
            var segmentClass = Self.classify(bytes, start..<end, ruleStatus: wordBreaks.ruleStatus)
            if case .token(.word, _) = segmentClass, let addressEnd = Self.webAddressEnd(bytes, from: start), addressEnd >= end {
                end = addressEnd
                segmentClass = .token(.url, nil)
                isASCII = false
            }
            // ICU attaches marks to the space before them (UAX #29 rule WB4), so "a \u{AAEB} b"
            // gives the segment " \u{AAEB}": the space stays a gap, the marks become a token.
            if case .gap(let lineBreaks) = segmentClass, end - start > 1, let marks = Self.firstNonGapScalar(bytes, start..<end) {
                state.lineBreaksSinceToken += lineBreaks
                if Self.hasLineBreak(bytes, from: start, to: marks) { state.sentenceBreakSinceToken = .lineBreakBefore }
                state.scalarOffset += UTF8Decoding.scalarCount(bytes, start..<marks, wellFormed: wellFormed)
                start = marks
                segmentClass = .token(.other, nil)
            }
            let scalars = isASCII ? end - start : UTF8Decoding.scalarCount(bytes, start..<end, wellFormed: wellFormed)
            switch segmentClass {
            case .gap(let lineBreaks):
                state.lineBreaksSinceToken += lineBreaks
                if Self.hasLineBreak(bytes, from: start, to: end) { state.sentenceBreakSinceToken = .lineBreakBefore }
            case .token(let kind, let quote):
                if state.lineBreaksSinceToken >= 2 && !result.tokens.isEmpty { state.paragraph += 1 }
                state.lineBreaksSinceToken = 0
                var token = Token(
                    byteStart: UInt32(start), byteEnd: UInt32(end),
                    scalarStart: UInt32(state.scalarOffset), scalarEnd: UInt32(state.scalarOffset + scalars),
                    keyStart: UInt32(result.keyBytes.count), keyEnd: 0,
                    sentenceIndex: 0, paragraphIndex: UInt32(state.paragraph),
                    kind: kind, quoteRaw: quote?.rawValue ?? 0, flags: state.sentenceBreakSinceToken)
                state.sentenceBreakSinceToken = []
                if kind == .punctuation && Self.isSentenceTerminal(Self.sentenceClass(ofFirstScalarOf: token, bytes)) {
                    token.flags.insert(.sentenceTerminal)
                }
                try appendKey(of: &token, bytes, to: &result.keyBytes)
                if token.keyEnd > token.keyStart {
                    state.wordScripts.count(kind, firstKeyByte: result.keyBytes[Int(token.keyStart)])
                }
                result.tokens.append(token)
                mergeTrailingTokens(&result, bytes, scripts: &state.wordScripts)
            }
            state.scalarOffset += scalars
            start = end
        }
        result.scalarCount = state.scalarOffset
        result.wordScripts = state.wordScripts
        result.paragraphCount = result.tokens.isEmpty ? 0 : state.paragraph + 1
        assignSentences(&result, bytes)
    }

    /// The offset of the first scalar in a gap segment that is not a gap character (a mark that
    /// ICU attached to a space), or `nil` when the whole segment is a gap.
    static func firstNonGapScalar(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int? {
        var index = range.lowerBound
        while index < range.upperBound {
            let decoded = UTF8Decoding.decode(bytes, at: index)
            let scalar = decoded.scalar
            let isGap = decoded.valid && (scalar < 0x80
                ? scalar <= 0x20 || scalar == 0x7F
                : CharacterProperties.category(of: scalar) == .separator || CharacterProperties.isGapCharacter(scalar))
            if !isGap { return index }
            index += decoded.length
        }
        return nil
    }

    /// Classifies one segment from its ICU rule status and first scalar.
    @inline(__always)
    static func classify(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, ruleStatus: Int32) -> SegmentClass {
        if ruleStatus >= 200 { return .token(.word, nil) }
        if ruleStatus >= 100 { return .token(.number, nil) }
        let lead = bytes[range.lowerBound]
        if lead < 0x80 {
            switch lead {
            case 0x0A, 0x0B, 0x0C: return .gap(lineBreaks: 1)
            case 0x0D: return .gap(lineBreaks: 1)   // "\r" or "\r\n": ICU keeps CR LF together
            case 0x00...0x20, 0x7F: return .gap(lineBreaks: 0)
            case 0x22, 0x27: return .token(.punctuation, .ambiguous)
            case 0x24, 0x2B, 0x3C...0x3E, 0x5E, 0x60, 0x7C, 0x7E: return .token(.symbol, nil)
            case 0x30...0x39: return .token(.number, nil)
            case 0x41...0x5A, 0x61...0x7A: return .token(.word, nil)
            default: return .token(.punctuation, nil)
            }
        }
        let scalar = UTF8Decoding.decode(bytes, at: range.lowerBound).scalar
        switch scalar {
        case 0x85, 0x2028: return .gap(lineBreaks: 1)
        case 0x2029: return .gap(lineBreaks: 2)
        default: break
        }
        if let quote = Self.quoteMark(scalar) { return .token(.punctuation, quote) }
        if CharacterProperties.isEmojiStart(scalar) { return .token(.emoji, nil) }
        switch CharacterProperties.category(of: scalar) {
        case .letter: return .token(.word, nil)
        case .number: return .token(.number, nil)
        case .punctuation: return .token(.punctuation, nil)
        case .symbol: return .token(.symbol, nil)
        case .mark: return .token(.other, nil)
        case .separator: return .gap(lineBreaks: 0)
        case .other:
            // Control and format characters (BOM, ZWSP) are gaps; private use and unassigned are not.
            return CharacterProperties.isGapCharacter(scalar) ? .gap(lineBreaks: 0) : .token(.other, nil)
        }
    }

    /// Where a web address that starts at `start` ends: `http://`, `https://` or `www.`
    /// followed by a letter or digit, up to the next space, control character, quote or angle
    /// bracket, less trailing punctuation (and a final ")" that closes no "(" of the address).
    @inline(__always)
    static func webAddressEnd(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        // Every prefix starts with "http" or "www." and is followed by a byte: one test of four
        // bytes (compared as the prefix test below does, with 0x20 set), inlined, turns away
        // almost every word.
        guard start + 4 < bytes.count else { return nil }
        let head = UInt32(littleEndian: UnsafeRawPointer(bytes.baseAddress! + start).loadUnaligned(as: UInt32.self)) | 0x2020_2020
        guard head == webPrefixHTTP || head == webPrefixWWW else { return nil }
        return webAddressEnd(startingWithHTTPOrWWW: bytes, from: start)
    }

    /// "http" and "www." as little-endian 32-bit words, each byte with 0x20 set.
    @inline(__always) static var webPrefixHTTP: UInt32 { 0x7074_7468 }
    @inline(__always) static var webPrefixWWW: UInt32 { 0x2E77_7777 }

    /// ``webAddressEnd(_:from:)`` for a segment that starts with "http" or "www." (either case).
    static func webAddressEnd(startingWithHTTPOrWWW bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        func hasPrefix(_ prefix: StaticString) -> Bool {
            let count = prefix.utf8CodeUnitCount
            guard start + count < bytes.count else { return false }
            for offset in 0..<count where bytes[start + offset] | 0x20 != prefix.utf8Start[offset] | 0x20 { return false }
            return true
        }
        let schemeLength: Int
        if hasPrefix("https://") { schemeLength = 8 }
        else if hasPrefix("http://") { schemeLength = 7 }
        else if hasPrefix("www.") { schemeLength = 4 }
        else { return nil }
        var end = start + schemeLength
        var openParentheses = 0
        while end < bytes.count {
            let byte = bytes[end]
            if byte <= 0x20 || byte == 0x7F || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "<") || byte == UInt8(ascii: ">") { break }
            if byte == UInt8(ascii: "(") { openParentheses += 1 }
            if byte == UInt8(ascii: ")") { openParentheses -= 1 }
            end += 1
        }
        while end > start + schemeLength {
            let last = bytes[end - 1]
            let trailing = last == UInt8(ascii: ".") || last == UInt8(ascii: ",") || last == UInt8(ascii: ";")
                || last == UInt8(ascii: ":") || last == UInt8(ascii: "!") || last == UInt8(ascii: "?")
                || last == UInt8(ascii: "'") || (last == UInt8(ascii: ")") && openParentheses < 0)
            guard trailing else { break }
            if last == UInt8(ascii: ")") { openParentheses += 1 }
            end -= 1
        }
        return end > start + schemeLength ? end : nil
    }

    /// Quote marks by code point: typographic marks know their direction; ASCII marks do not.
    static func quoteMark(_ scalar: UInt32) -> QuoteMark? {
        switch scalar {
        case 0x201C, 0x2018, 0x201E, 0x201A, 0x201F, 0x201B, 0x00AB, 0x2039, 0x300C, 0x300E, 0x301D:
            return .opening
        case 0x201D, 0x2019, 0x00BB, 0x203A, 0x300D, 0x300F, 0x301E:
            return .closing
        case 0xFF02, 0xFF07:
            return .ambiguous
        default:
            return nil
        }
    }
}
