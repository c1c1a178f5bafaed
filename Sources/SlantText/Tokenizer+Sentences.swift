// The sentence pass: sentence ends found in the token stream, with no second ICU pass.

extension Tokenizer {
    /// The default for ``Options/maximumSentenceTokens``: a run of this many tokens without a
    /// sentence end is cut there. In the AllSides development corpus (1,648 news articles,
    /// 94,000 sentences) the longest sentences have 472 tokens (a table of country scores with
    /// no punctuation) and then 355, 349 and 321; 400 cuts only the first. A text with no
    /// sentence ends at all (a list, a scrape without punctuation) is so analysed in pieces of
    /// bounded size, and per-sentence work stays linear in the document.
    public static let defaultMaximumSentenceTokens = 400

    /// How many tokens past a full stop rule SB8 looks for the next letter (UAX #29 sets no
    /// limit; a bound keeps a text of "1. 2. 3. …" linear). Eight covers quotes, brackets and
    /// numbers between a stop and the word after it.
    static let lowercaseLookahead = 8

    /// Sets every token's sentence index and fills `result.sentences`.
    ///
    /// A sentence starts at a new paragraph, after ``Options/maximumSentenceTokens`` tokens, and
    /// where Unicode's sentence rules (UAX #29) break between two tokens — after `.`, `!`, `?`
    /// (and other terminators) with any closing quotes or brackets, or at a line break — unless
    /// ``suppressesBoundary(after:before:_:)`` says otherwise. Rules used: SB4 (line breaks),
    /// SB6 (`.` before a digit), SB7 (`U.S`), SB8 (a lowercase word after `.` continues),
    /// SB8a (`,` `-` `:` or another terminator after one continues), SB11. Slant's abbreviation
    /// list decides which words keep their period ("Dr.", "Gen.", and the last part of
    /// "then-Rep."), with middle initials ("John F. Kennedy"); ICU's own list of exceptions
    /// (which holds "NATO.", "CEO.", "OK.") is not used.
    ///
    /// - Complexity: O(n) in the number of tokens and gap bytes.
    func assignSentences(_ result: inout TokenizedText, _ bytes: UnsafeBufferPointer<UInt8>) {
        let count = result.tokens.count
        guard count > 0 else { return }
        var sentences = result.sentences
        result.sentences = []
        defer { result.sentences = sentences }
        let limit = max(1, options.maximumSentenceTokens)
        let keyBytes = result.keyBytes
        let findsSentences = options.findsSentences
        let firstSentence = sentences.count
        keyBytes.withUnsafeBufferPointer { keys in
        result.tokens.withUnsafeBufferPointer { tokens in
            var sentenceStart = 0
            // The terminator whose run (terminator, then closing marks with no gap) ends at the
            // previous token, or -1.
            var terminator = Self.terminatorRun(tokens, endingAt: 0, previousRun: -1, bytes)
            // The previous token's paragraph, kept from the last step rather than read again.
            var previousParagraph = tokens[0].paragraphIndex
            for index in 1..<count {
                let paragraph = tokens[index].paragraphIndex
                let flags = tokens[index].flags
                // Most tokens: no terminator run before them, no line break, no terminator or
                // closing mark, the same paragraph, room left: nothing to decide or remember.
                if terminator < 0 && flags.isDisjoint(with: [.lineBreakBefore, .sentenceTerminal]) && paragraph == previousParagraph
                    && index - sentenceStart < limit {
                    continue
                }
                var startsSentence = paragraph != previousParagraph || index - sentenceStart >= limit
                if !startsSentence && findsSentences {
                    // The word pass marked the tokens after a line break: no gap bytes are read.
                    let lineBreak = flags.contains(.lineBreakBefore)
                    if terminator >= 0 || lineBreak {
                        let breaks = terminator >= 0
                            ? breaksAfterTerminator(tokens, keys, terminator, before: index, lineBreak: lineBreak, bytes)
                            : lineBreak
                        startsSentence = breaks && !suppressesBoundary(after: tokens[index - 1], before: tokens[index], bytes)
                    }
                }
                if startsSentence {
                    sentences.append(Sentence(sentenceStart..<index, of: tokens))
                    sentenceStart = index
                }
                // Only a terminator or a closing mark can end a terminator run: no call for the rest.
                terminator = flags.contains(.sentenceTerminal)
                    ? Self.terminatorRun(tokens, endingAt: index, previousRun: terminator, bytes) : -1
                previousParagraph = paragraph
            }
            sentences.append(Sentence(sentenceStart..<count, of: tokens))
        }
        }
        // Sentence indices are written after the boundaries are found: storing them while the
        // loop reads its tokens made the next step's read of the same token wait for the store.
        result.tokens.withUnsafeMutableBufferPointer { tokens in
            for sentence in firstSentence..<sentences.count {
                let index = UInt32(sentence - firstSentence)
                for token in sentences[sentence].tokens { tokens[token].sentenceIndex = index }
            }
        }
    }

    /// The start of the terminator run that ends at `index` after it joins the run so far, or
    /// -1: a terminator starts a run; a closing mark with no gap before it extends one (or
    /// makes an abbreviation's own period a terminator: "… the U.S.” He").
    @inline(__always)
    static func terminatorRun(_ tokens: UnsafeBufferPointer<Token>, endingAt index: Int, previousRun: Int,
                              _ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        let token = tokens[index]
        guard token.kind == .punctuation else { return -1 }
        switch sentenceClass(ofFirstScalarOf: token, bytes) {
        case .aTerm, .sTerm: return index
        case .close:
            guard index > 0, isInvisible(bytes, from: Int(tokens[index - 1].byteEnd), to: Int(token.byteStart)) else { return -1 }
            if previousRun >= 0 { return previousRun }
            return tokens[index - 1].isAbbreviation ? index - 1 : -1
        default: return -1
        }
    }

    /// Whether the sentence ends between the terminator run that starts at `terminator` and
    /// the token at `next`.
    func breaksAfterTerminator(_ tokens: UnsafeBufferPointer<Token>, _ keys: UnsafeBufferPointer<UInt8>, _ terminator: Int,
                               before next: Int, lineBreak: Bool, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let token = tokens[next]
        let joined = Self.isInvisible(bytes, from: Int(tokens[next - 1].byteEnd), to: Int(token.byteStart))
        if token.kind == .punctuation {
            switch Self.sentenceClass(ofFirstScalarOf: token, bytes) {
            case .aTerm, .sTerm, .sContinue: return false   // SB8a
            case .close where joined: return false   // the run goes on: ".”"
            default: break
            }
        }
        let stop = tokens[terminator]
        guard stop.isAbbreviation || Self.sentenceClass(ofFirstScalarOf: stop, bytes) == .aTerm else { return true }   // SB11
        if terminator == next - 1 && !stop.isAbbreviation && terminator > 0 && tokens[terminator - 1].byteEnd == stop.byteStart
            && isAbbreviationBeforePeriod(tokens[terminator - 1], stop, keys) {
            return false
        }
        if terminator == next - 1 && joined {
            if Self.sentenceClass(ofFirstScalarOf: token, bytes) == .numeric { return false }   // SB6: "v.2"
            if terminator > 0, tokens[terminator - 1].byteEnd == stop.byteStart,
               Self.isASCIIUpper(bytes[Int(stop.byteStart) - 1]), Self.isASCIIUpper(bytes[Int(token.byteStart)]) {
                return false   // SB7: "U.S"
            }
        }
        if lineBreak { return true }
        // SB8: a lowercase letter before any other letter, terminator or line break continues.
        var index = next
        while index < tokens.count && index < next + Self.lowercaseLookahead {
            if index > next && tokens[index].flags.contains(.lineBreakBefore) {
                return true
            }
            switch Self.firstLetterClass(of: tokens[index], bytes) {
            case .lower: return false
            case .other: index += 1
            default: return true
            }
        }
        return true
    }

    @inline(__always)
    static func isASCIIUpper(_ byte: UInt8) -> Bool { byte &- 0x41 < 26 }

    /// Whether a punctuation token of this sentence class (its first scalar's) can be part of a
    /// terminator run: ATerm, STerm and Close (``Token/Flags/sentenceTerminal``).
    static func isSentenceTerminal(_ sentenceClass: CharacterProperties.SentenceClass) -> Bool {
        switch sentenceClass {
        case .aTerm, .sTerm, .close: true
        default: false
        }
    }

    /// The sentence class of the token's first scalar (ASCII without a call into ICU).
    @inline(__always)
    static func sentenceClass(ofFirstScalarOf token: Token, _ bytes: UnsafeBufferPointer<UInt8>) -> CharacterProperties.SentenceClass {
        let lead = bytes[Int(token.byteStart)]
        if lead < 0x80 { return asciiSentenceClass(lead) }
        return CharacterProperties.sentenceClass(of: UTF8Decoding.decode(bytes, at: Int(token.byteStart)).scalar)
    }

    /// Whether the word before a period keeps it although the tokenizer did not join them: a
    /// middle initial ("John F. Kennedy": one capital letter), or a hyphenated word whose last
    /// part is an abbreviation ("then-Rep.", "D-Md.").
    func isAbbreviationBeforePeriod(_ word: Token, _ period: Token, _ keys: UnsafeBufferPointer<UInt8>) -> Bool {
        guard word.kind == .word, period.byteEnd - period.byteStart == 1 else { return false }
        if word.scalarEnd - word.scalarStart == 1 && word.isCapitalized { return true }
        guard word.isHyphenated else { return false }
        // Keys are stored in token order, so the word's key and the period's are contiguous.
        var partStart = Int(word.keyEnd)
        while partStart > Int(word.keyStart) && keys[partStart - 1] != UInt8(ascii: "-") { partStart -= 1 }
        guard partStart > Int(word.keyStart) else { return false }
        return abbreviationKeys.id(of: UnsafeBufferPointer(rebasing: keys[partStart..<Int(period.keyEnd)])) != nil
    }

    /// Whether `bytes[start..<end]` is empty or only format characters that sentence rules
    /// skip (rule SB5): ZERO WIDTH SPACE, (NON-)JOINER, WORD JOINER, SOFT HYPHEN, BOM.
    @inline(__always)
    static func isInvisible(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Bool {
        var index = start
        while index < end {
            if bytes[index] == 0xC2, index + 1 < end, bytes[index + 1] == 0xAD { index += 2; continue }
            if bytes[index] == 0xE2, index + 2 < end, bytes[index + 1] == 0x80, (0x8B...0x8D).contains(bytes[index + 2]) { index += 3; continue }
            if bytes[index] == 0xE2, index + 2 < end, bytes[index + 1] == 0x81, bytes[index + 2] == 0xA0 { index += 3; continue }
            if bytes[index] == 0xEF, index + 2 < end, bytes[index + 1] == 0xBB, bytes[index + 2] == 0xBF { index += 3; continue }
            return false
        }
        return true
    }

    /// The first scalar of the token that is a letter, a terminator or a line separator, as
    /// its sentence class; `.other` when there is none (digits, punctuation, symbols).
    static func firstLetterClass(of token: Token, _ bytes: UnsafeBufferPointer<UInt8>) -> CharacterProperties.SentenceClass {
        var index = Int(token.byteStart)
        while index < Int(token.byteEnd) {
            let lead = bytes[index]
            let sentenceClass: CharacterProperties.SentenceClass
            if lead < 0x80 {
                sentenceClass = asciiSentenceClass(lead)
                index += 1
            } else {
                let step = UTF8Decoding.decode(bytes, at: index)
                sentenceClass = CharacterProperties.sentenceClass(of: step.scalar)
                index += step.length
            }
            switch sentenceClass {
            case .lower, .upper, .oLetter, .aTerm, .sTerm, .separator: return sentenceClass
            default: continue
            }
        }
        return .other
    }

    /// Unicode's Sentence_Break class of an ASCII byte (the tests check it against ICU's).
    @inline(__always)
    static func asciiSentenceClass(_ byte: UInt8) -> CharacterProperties.SentenceClass {
        switch byte {
        case 0x2E: .aTerm
        case 0x21, 0x3F: .sTerm
        case 0x22, 0x27, 0x28, 0x29, 0x5B, 0x5D, 0x7B, 0x7D: .close
        case 0x2C, 0x2D, 0x3A: .sContinue
        case 0x41...0x5A: .upper
        case 0x61...0x7A: .lower
        case 0x30...0x39: .numeric
        case 0x0A, 0x0D: .separator
        default: .other
        }
    }

    /// Whether `bytes[start..<end]` holds a line break: CR, LF, NEL, LS or PS (rule SB4). The word
    /// pass asks it of the gaps it leaves to ICU and marks the token after such a gap
    /// (``Token/Flags/lineBreakBefore``).
    @inline(__always)
    static func hasLineBreak(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Bool {
        var index = start
        while index < end {
            switch bytes[index] {
            case 0x0A, 0x0D: return true
            case 0xC2 where index + 1 < end && bytes[index + 1] == 0x85: return true
            case 0xE2 where index + 2 < end && bytes[index + 1] == 0x80 && (bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9): return true
            default: index += 1
            }
        }
        return false
    }

    /// Whether a sentence break between two tokens of one paragraph is not a real sentence
    /// end: after an abbreviation that keeps its period ("Gen. Syrskyi"), or at a single line
    /// break inside a sentence (hard-wrapped text: no final punctuation before, a lowercase
    /// word after).
    func suppressesBoundary(after previous: Token, before next: Token, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        if previous.isAbbreviation { return true }
        guard next.kind == .word, !next.isCapitalized, !Self.endsSentence(previous, bytes) else { return false }
        var index = Int(previous.byteEnd)
        while index < Int(next.byteStart) {
            switch bytes[index] {
            case 0x0A, 0x0B, 0x0C, 0x0D: return true
            case 0xC2 where index + 1 < bytes.count && bytes[index + 1] == 0x85: return true
            case 0xE2 where index + 2 < bytes.count && bytes[index + 1] == 0x80 && bytes[index + 2] == 0xA8: return true
            default: index += 1
            }
        }
        return false
    }

    /// A full stop, question or exclamation mark, or ellipsis.
    static func endsSentence(_ token: Token, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard token.kind == .punctuation else { return false }
        let lead = bytes[Int(token.byteStart)]
        switch lead {
        case UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "?"): return true
        case 0xE2: return token.byteEnd - token.byteStart == 3 && bytes[Int(token.byteStart) + 1] == 0x80
            && bytes[Int(token.byteStart) + 2] == 0xA6  // …
        default: return false
        }
    }
}

extension Sentence {
    /// The sentence made of `tokens[range]`.
    init(_ range: Range<Int>, of tokens: UnsafeBufferPointer<Token>) {
        let first = tokens[range.lowerBound]
        let last = tokens[range.upperBound - 1]
        self.init(tokens: range, byteRange: first.byteRange.lowerBound..<last.byteRange.upperBound, paragraph: first.paragraph)
    }
}
