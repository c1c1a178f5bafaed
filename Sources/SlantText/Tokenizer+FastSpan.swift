// The word pass over a fast span (ASCII, typographic marks, Cyrillic letters): boundaries, kinds,
// keys, hashes, flags and merges in one loop.

extension Tokenizer {
    /// What the word pass carries from one segment to the next.
    struct WordPassState {
        /// Scalars before the next segment.
        var scalarOffset = 0
        /// Line ends in the gaps since the last token (see ``SegmentClass/gap(lineBreaks:)``).
        var lineBreaksSinceToken = 0
        /// ``Token/Flags/lineBreakBefore`` when the gaps since the last token hold a line break of
        /// sentence rule SB4 (``hasLineBreak(_:from:to:)``), empty otherwise.
        var sentenceBreakSinceToken = Token.Flags()
        /// The words counted so far by script (``TokenizedText/wordScripts``).
        var wordScripts = WordScriptCounts()
        /// The paragraph of the last token.
        var paragraph = 0
    }

    /// The most tokens ``tokenizeFastSpan(_:from:to:into:state:)`` writes between two
    /// reservations of token storage: 4,096 tokens of 56 bytes (224 KiB), so that the storage
    /// reserved ahead stays small whatever the size of the document. Any value ≥ 1 gives the
    /// same tokens; this one makes the reservation's cost negligible per token.
    static let asciiChunkTokens = 4096

    /// Tokenizes the fast span `bytes[start..<end]` that ``WordSegmenter/fastSpanEnd()``
    /// gave: the same tokens, keys, hashes, flags, merges, scalar offsets and paragraphs as
    /// the segment-by-segment loop of ``segment(_:into:wellFormed:)``, in one pass that finds each
    /// segment's end (``WordSegmenter/asciiSegment(_:from:limit:)``'s rules) while it copies,
    /// lowercases and hashes the key, and writes tokens into reserved storage.
    ///
    /// - Returns: Where it stopped: `end`, or the start of a word that begins a web address
    ///   (``webAddressEnd(_:from:)``), which is left to the segment-by-segment loop.
    func tokenizeFastSpan(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int,
                           into result: inout TokenizedText, state: inout WordPassState) -> Int {
        var tokens = result.tokens
        var keys = result.keyBytes
        result.tokens = []
        result.keyBytes = []
        defer {
            result.tokens = tokens
            result.keyBytes = keys
        }
        var position = start
        while position < end {
            // The last two tokens, which the first new ones may merge with, are taken out with
            // their keys (keys are stored in token order) and written back first.
            let kept = min(2, tokens.count)
            let keptTokens = (kept == 2 ? tokens[tokens.count - 2] : nil, kept >= 1 ? tokens[tokens.count - 1] : nil)
            let keyBase = keptTokens.0.map { Int($0.keyStart) } ?? keptTokens.1.map { Int($0.keyStart) } ?? keys.count
            let keptKeys = keys.count - keyBase
            tokens.removeLast(kept)
            let tokenRoom = kept + min(Self.asciiChunkTokens, end - position)
            // A token's key in a fast span is at most as long as its bytes; the ASCII key
            // writer needs eight bytes of slack.
            let keyRoom = keptKeys + end - position + 8
            var stopped = false
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: keptKeys) { saved in
                _ = saved.initialize(fromContentsOf: keys[keyBase...])
                keys.removeLast(keptKeys)
                tokens.append(addingCapacity: tokenRoom) { tokenSpan in
                    keys.append(addingCapacity: keyRoom) { keySpan in
                        tokenSpan.withUnsafeMutableBufferPointer { tokens, tokenCount in
                            keySpan.withUnsafeMutableBufferPointer { keys, keyCount in
                                if let first = keptTokens.0 { tokens.initializeElement(at: tokenCount, to: first); tokenCount += 1 }
                                if let second = keptTokens.1 { tokens.initializeElement(at: tokenCount, to: second); tokenCount += 1 }
                                for index in 0..<keptKeys { keys.initializeElement(at: index, to: saved[index]) }
                                keyCount = keptKeys
                                (position, stopped) = tokenizeFastRun(bytes, from: position, to: end, tokens: tokens, tokenCount: &tokenCount,
                                                                    keys: keys, keyCount: &keyCount, keyBase: keyBase, state: &state)
                            }
                        }
                    }
                }
            }
            if stopped { break }
        }
        return position
    }

    /// The loop of ``tokenizeFastSpan(_:from:to:into:state:)`` over storage it reserved:
    /// `tokens[..<tokenCount]` and `keys[..<keyCount]` are initialized (`keys[k]` is the key
    /// byte at offset `keyBase + k` of the text's keys); it stops at `end`, when the tokens are
    /// full, or before a web address (`stopped`).
    @inline(__always)
    func tokenizeFastRun(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int,
                       tokens: UnsafeMutableBufferPointer<Token>, tokenCount: inout Int,
                       keys: UnsafeMutableBufferPointer<UInt8>, keyCount: inout Int, keyBase: Int,
                       state: inout WordPassState) -> (position: Int, stopped: Bool) {
        let base = bytes.baseAddress!, keyOut = keys.baseAddress!
        // A token's scalar offsets are its byte offsets plus this (each typographic mark takes
        // three bytes and one scalar).
        var scalarShift = state.scalarOffset - start
        var position = start
        var count = tokenCount
        var keyEnd = keyCount
        var lineBreaks = state.lineBreaksSinceToken
        var sentenceBreak = state.sentenceBreakSinceToken
        var scripts = state.wordScripts
        var paragraph = state.paragraph
        var stopped = false
        // Where the last token ends: a merge needs the new token to touch it.
        var previousEnd = count > 0 ? Int(tokens[count - 1].byteEnd) : -1
        let leads = UnsafeBufferPointer(leadTable), info = UnsafeBufferPointer(byteTable), marks = UnsafeBufferPointer(typographicTable)
        segments: while position < end && count < tokens.count {
            let lead = base[position]
            let keyStart = keyEnd
            var segmentEnd = position + 1
            let kind: TokenKind
            var quote: UInt8 = 0
            var flags = Token.Flags.ascii
            var hash: UInt64 = 0
            // How many fewer scalars than bytes the token has (a typographic mark takes three
            // bytes, a Cyrillic letter two).
            var extraBytes = 0
            switch leads[Int(lead)] {
            case .spaces:
                while segmentEnd < end && base[segmentEnd] == 0x20 { segmentEnd += 1 }
                position = segmentEnd
                continue
            case .gap:
                position = segmentEnd
                continue
            case .lineBreak:
                lineBreaks += 1
                // LF; VT and FF end a line for paragraphs but not for sentence rule SB4.
                if lead == 0x0A { sentenceBreak = .lineBreakBefore }
                position = segmentEnd
                continue
            case .carriageReturn:
                // "\r\n" is one segment (WB3); never cut, as no safe point falls between them.
                if segmentEnd < end && base[segmentEnd] == 0x0A { segmentEnd += 1 }
                lineBreaks += 1
                sentenceBreak = .lineBreakBefore
                position = segmentEnd
                continue
            case .punctuation, .quote, .symbol:
                let action = leads[Int(lead)]
                kind = action == .symbol ? .symbol : .punctuation
                if action == .quote { quote = QuoteMark.ambiguous.rawValue }
                if info[Int(lead)] & ASCIIByte.sentenceTerminal != 0 { flags.insert(.sentenceTerminal) }
                keyOut[keyEnd] = lead
                keyEnd += 1
                hash = KeyHash.finish(KeyHash.mix(KeyHash.seed, UInt64(lead)), length: 1)
            case .typographic:
                // A mark alone (see `WordSegmenter.fastClass`): its token from the table.
                let mark = marks[Int(base[position + 2] & 0x3F)]
                segmentEnd = position + 3
                extraBytes = 2
                kind = mark.kind
                quote = mark.quoteRaw
                flags = mark.flags
                var key = mark.key
                for _ in 0..<mark.keyLength {
                    keyOut[keyEnd] = UInt8(truncatingIfNeeded: key)
                    keyEnd += 1
                    key >>= 8
                }
                hash = mark.keyHash
            case .word:
                // Most words: ASCII letters that a space or punctuation ends. Their end, key,
                // hash and case are found in one walk over eight bytes at a time
                // (``letterWord(_:from:spanEnd:bufferEnd:info:to:at:)``); any other word is
                // walked below, and its key written over what this walk wrote.
                let letters = Self.letterWord(base, from: position, spanEnd: end, bufferEnd: bytes.count, info: info,
                                              to: keyOut, at: keyStart)
                if letters.end >= 0 {
                    segmentEnd = letters.end
                    kind = .word
                    if let addressEnd = Self.webAddressEnd(bytes, from: position), addressEnd >= segmentEnd {
                        stopped = true
                        break segments
                    }
                    keyEnd = letters.keyEnd
                    hash = letters.hash
                    // A word of ASCII letters: its key starts with a lowercase Latin letter.
                    scripts.latin += 1
                    if letters.allCaps { flags.insert(.allCaps) }
                    if letters.capitalized { flags.insert(.capitalized) }
                    break
                }
                // The word's end first (UAX #29 WB5–WB13b over ASCII and typographic marks,
                // see `WordSegmenter.asciiSegment`; letters after a letter eight at a time),
                // then its key.
                let firstClass = info[Int(lead)] & ASCIIByte.classMask
                var last = firstClass
                // The bytes seen one at a time, or-ed: ≥ 0x80 when the word is not ASCII.
                var high = lead
                var status = firstClass == ASCIIByte.letter ? WordSegmenter.statusLetter
                    : firstClass == ASCIIByte.digit ? WordSegmenter.statusNumber : WordSegmenter.statusNone
                while segmentEnd < end {
                    if last == ASCIIByte.letter && segmentEnd + 8 <= bytes.count {
                        let run = Self.leadingLetters(UnsafeRawPointer(base + segmentEnd).loadUnaligned(as: UInt64.self))
                        let taken = min(run, end - segmentEnd)
                        segmentEnd += taken
                        if taken == 8 { continue }
                        if segmentEnd >= end { break }
                    }
                    let byte = base[segmentEnd]
                    let byteClass = info[Int(byte)] & ASCIIByte.classMask
                    if byteClass == ASCIIByte.letter {
                        status = WordSegmenter.statusLetter
                    } else if byteClass == ASCIIByte.digit {
                        status = WordSegmenter.statusNumber
                    } else if byteClass == ASCIIByte.connector {
                        status = last == ASCIIByte.digit ? WordSegmenter.statusNumber : WordSegmenter.statusLetter
                    } else if (last == ASCIIByte.letter && byteClass == ASCIIByte.midNumberOrLetter
                               || last == ASCIIByte.digit && (byteClass == ASCIIByte.midNumberOrLetter || byteClass == ASCIIByte.midNumber))
                                && segmentEnd + 1 < end && info[Int(base[segmentEnd + 1])] & ASCIIByte.classMask == last {
                        // WB6/WB7, WB11/WB12: the mark and the letter or digit after it.
                        high |= byte | base[segmentEnd + 1]
                        segmentEnd += 2
                        continue
                    } else if byteClass == ASCIIByte.typographic && (last == ASCIIByte.letter || last == ASCIIByte.digit)
                                && base[segmentEnd + 2] & 0xFE == 0x98 && segmentEnd + 3 < end
                                && info[Int(base[segmentEnd + 3])] & ASCIIByte.classMask == last {
                        // ‘ or ’ (MidNumLet) between letters or between digits.
                        high |= byte
                        segmentEnd += 4
                        continue
                    } else {
                        break
                    }
                    high |= byte
                    last = byteClass
                    segmentEnd += 1
                }
                if status >= WordSegmenter.statusLetter {
                    kind = .word
                    if let addressEnd = Self.webAddressEnd(bytes, from: position), addressEnd >= segmentEnd {
                        stopped = true
                        break segments
                    }
                } else {
                    // A word of `_` alone: punctuation, as `classify` says.
                    kind = status >= WordSegmenter.statusNumber ? .number : .punctuation
                }
                if high < 0x80 {
                    let key = Self.writeASCIIKey(base, position..<segmentEnd, bufferEnd: bytes.count, to: keyOut, at: keyStart)
                    keyEnd = key.end
                    hash = key.hash
                    if key.allCaps { flags.insert(.allCaps) }
                    if key.capitalized { flags.insert(.capitalized) }
                } else {
                    // Not ASCII: case flags only for a word, as for any token ICU folds.
                    let key = writeFastKey(base, position..<segmentEnd, isWord: kind == .word, to: keyOut, at: keyStart)
                    keyEnd = key.end
                    hash = key.hash
                    extraBytes = segmentEnd - position - key.scalars
                    flags = []
                    if kind == .word && key.allCaps { flags.insert(.allCaps) }
                    if kind == .word && key.capitalized { flags.insert(.capitalized) }
                }
                if kind == .word && keyEnd > keyStart {
                    scripts.count(.word, firstKeyByte: keyOut[keyStart])
                }
            }
            if lineBreaks >= 2 && count > 0 { paragraph += 1 }
            lineBreaks = 0
            flags.formUnion(sentenceBreak)
            sentenceBreak = []
            let scalarStart = position &+ scalarShift
            scalarShift &-= extraBytes
            // Byte and scalar offsets and paragraphs fit: a document is under 2 GiB
            // (`tokenize(utf8:into:)` checks). Keys, which folding can make longer, are checked.
            var token = Token(
                byteStart: UInt32(truncatingIfNeeded: position), byteEnd: UInt32(truncatingIfNeeded: segmentEnd),
                scalarStart: UInt32(truncatingIfNeeded: scalarStart), scalarEnd: UInt32(truncatingIfNeeded: segmentEnd &+ scalarShift),
                keyStart: UInt32(keyBase + keyStart), keyEnd: UInt32(keyBase + keyEnd),
                sentenceIndex: 0, paragraphIndex: UInt32(truncatingIfNeeded: paragraph),
                kind: kind, quoteRaw: quote, flags: flags)
            token.keyHash = UInt32(truncatingIfNeeded: hash)
            tokens.initializeElement(at: count, to: token)
            count += 1
            if previousEnd == position && (kind == .word || kind == .number || lead == UInt8(ascii: ".")) {
                count = mergeTrailingTokens(tokens, count: count, keys: UnsafeBufferPointer(rebasing: keys[..<keyEnd]), keyBase: keyBase, bytes,
                                            scripts: &scripts)
            }
            previousEnd = segmentEnd
            position = segmentEnd
            // The spaces after a token (most often one, between two words) are skipped here, as
            // the `.spaces` case would skip them, without a turn through the lead-byte switch:
            // its indirect jump, unpredictable from one segment to the next, took a sixth of
            // this loop's samples (`perf annotate`), and each word paid it twice.
            while position < end && base[position] == 0x20 { position += 1 }
        }
        tokenCount = count
        keyCount = keyEnd
        state.scalarOffset = position + scalarShift
        state.lineBreaksSinceToken = lineBreaks
        state.sentenceBreakSinceToken = sentenceBreak
        state.wordScripts = scripts
        state.paragraph = paragraph
        return (position, stopped)
    }

    /// The word of ASCII letters A–Z and a–z that starts at `start`, when a byte that ends a word
    /// after a letter follows it (UAX #29: a space, a line end, punctuation but `.` or `'` before
    /// a letter, a symbol) or the span ends: its end, with its key written at `keys[at...]`
    /// lowercased, its ``KeyHash`` and its case flags, as ``writeASCIIKey(_:_:bufferEnd:to:at:)``
    /// gives them. The letters are found, lowercased, stored and hashed eight bytes at a time, in
    /// one walk (the loop below and `writeASCIIKey` each read the word's bytes). `end` is -1 for
    /// any other segment: one that does not start with such a letter, a word that goes on
    /// (digits, `_`, `@`, inner `.` or `'`, a typographic mark, Cyrillic), or one within eight
    /// bytes of `bufferEnd`; the caller then walks it byte by byte.
    @inline(__always)
    static func letterWord(_ bytes: UnsafePointer<UInt8>, from start: Int, spanEnd: Int, bufferEnd: Int,
                           info: UnsafeBufferPointer<UInt8>, to keys: UnsafeMutablePointer<UInt8>, at keyStart: Int)
        -> (end: Int, keyEnd: Int, hash: UInt64, allCaps: Bool, capitalized: Bool) {
        let high: UInt64 = 0x8080_8080_8080_8080
        let none = (end: -1, keyEnd: 0, hash: UInt64(0), allCaps: false, capitalized: false)
        var scan = start
        var write = keyStart
        var state = KeyHash.seed
        var lowers: UInt64 = 0
        var firstUpper: UInt64 = 0
        while true {
            guard scan + 8 <= bufferEnd else { return none }
            let word = UnsafeRawPointer(bytes + scan).loadUnaligned(as: UInt64.self)
            let taken = min(leadingLetters(word), spanEnd - scan)
            if taken == 0 { break }
            // The bytes before the first that is no letter: letters, so the per-byte sums below
            // carry nothing into them.
            let kept: UInt64 = taken == 8 ? ~0 : (1 << UInt64(8 * taken)) &- 1
            let upper = (word &+ 0x3F3F_3F3F_3F3F_3F3F) & ~(word &+ 0x2525_2525_2525_2525) & high & kept
            let lower = (word &+ 0x1F1F_1F1F_1F1F_1F1F) & ~(word &+ 0x0505_0505_0505_0505) & high & kept
            let lowered = (word | (upper >> 2)) & kept
            UnsafeMutableRawPointer(keys + write).storeBytes(of: lowered, as: UInt64.self)
            if scan == start { firstUpper = upper & 0x80 }
            state = KeyHash.mix(state, lowered)
            lowers |= lower
            scan += taken
            write += taken
            if taken < 8 || scan == spanEnd { break }
        }
        guard scan > start else { return none }
        if scan < spanEnd {
            let byteClass = info[Int(bytes[scan])] & ASCIIByte.classMask
            switch byteClass {
            case ASCIIWordClass.other.rawValue, ASCIIWordClass.lineFeed.rawValue, ASCIIWordClass.carriageReturn.rawValue,
                 ASCIIWordClass.space.rawValue, ASCIIByte.midNumber:
                break
            case ASCIIByte.midNumberOrLetter:
                // WB6/WB7: "U.S", "don't" go on.
                if scan + 1 < spanEnd && info[Int(bytes[scan + 1])] & ASCIIByte.classMask == ASCIIByte.letter { return none }
            default:
                return none
            }
        }
        return (scan, write, KeyHash.finish(state, length: write - keyStart), lowers == 0, firstUpper != 0)
    }

    /// How many of the eight bytes of `word` (the first in its low byte) are ASCII letters
    /// A–Z or a–z before the first that is not.
    @inline(__always)
    static func leadingLetters(_ word: UInt64) -> Int {
        let high: UInt64 = 0x8080_8080_8080_8080
        let folded = (word | 0x2020_2020_2020_2020) & 0x7F7F_7F7F_7F7F_7F7F
        // Per byte, no carries: the high bit is set where folded ≥ "a" and where it is > "z".
        let fromA = (folded &+ 0x1F1F_1F1F_1F1F_1F1F) & high
        let pastZ = (folded &+ 0x0505_0505_0505_0505) & high
        let others = ~(fromA & ~pastZ & ~word) & high
        return others.trailingZeroBitCount >> 3
    }

    /// Writes the key of the ASCII bytes `bytes[range]` at `keys[at...]`, lowercased, eight
    /// bytes at a time (reading up to seven bytes past the range when they are inside
    /// `bufferEnd`, and writing as many past the key, into the slack the caller reserved).
    ///
    /// - Returns: Where the key ends, its ``KeyHash`` (one block mixed per eight bytes), whether
    ///   it has a capital letter and no lowercase one (`allCaps`), and whether its first cased
    ///   letter is a capital.
    @inline(__always)
    static func writeASCIIKey(_ bytes: UnsafePointer<UInt8>, _ range: Range<Int>, bufferEnd: Int,
                              to keys: UnsafeMutablePointer<UInt8>, at start: Int)
        -> (end: Int, hash: UInt64, allCaps: Bool, capitalized: Bool) {
        let high: UInt64 = 0x8080_8080_8080_8080
        var state = KeyHash.seed
        var uppers: UInt64 = 0, lowers: UInt64 = 0
        var capitalized: Bool?
        var index = range.lowerBound
        var write = start
        while index < range.upperBound {
            let remaining = range.upperBound - index
            let length = min(remaining, 8)
            let word: UInt64
            if index + 8 <= bufferEnd {
                word = UnsafeRawPointer(bytes + index).loadUnaligned(as: UInt64.self)
            } else {
                var tail: UInt64 = 0
                for offset in 0..<length { tail |= UInt64(bytes[index + offset]) << (8 * UInt64(offset)) }
                word = tail
            }
            let kept: UInt64 = length == 8 ? high : high & ((1 << (8 * UInt64(length))) &- 1)
            // Per byte (all ASCII), no carries: A–Z and a–z.
            let upper = ((word &+ 0x3F3F_3F3F_3F3F_3F3F) & ~(word &+ 0x2525_2525_2525_2525)) & kept
            let lower = ((word &+ 0x1F1F_1F1F_1F1F_1F1F) & ~(word &+ 0x0505_0505_0505_0505)) & kept
            let lowered = word | (upper >> 2)
            UnsafeMutableRawPointer(keys + write).storeBytes(of: lowered, toByteOffset: 0, as: UInt64.self)
            if capitalized == nil, upper | lower != 0 {
                let first = (upper | lower) & (0 &- (upper | lower))
                capitalized = upper & first != 0
            }
            uppers |= upper
            lowers |= lower
            // The key's bytes of the block, zero-padded.
            state = KeyHash.mix(state, length == 8 ? lowered : lowered & ((1 << (8 * UInt64(length))) &- 1))
            index += length
            write += length
        }
        return (write, KeyHash.finish(state, length: write - start), uppers != 0 && lowers == 0, capitalized == true)
    }

    /// Writes the key of a word or number of the fast path that is not ASCII (ASCII, Cyrillic
    /// letters, and ‘ ’ between letters or digits) at `keys[at...]`, as ICU's folding and
    /// ``unifyApostrophes(in:from:)`` key it: ASCII lowercased, Cyrillic letters folded through
    /// ``cyrillicLetters``, and in a word ‘ ’ as `'` and ё as е (in a number both are kept).
    ///
    /// - Returns: Where the key ends, its ``KeyHash``, its scalars, whether it has a capital
    ///   letter and no lowercase one, and whether its first cased letter is a capital.
    func writeFastKey(_ bytes: UnsafePointer<UInt8>, _ range: Range<Int>, isWord: Bool, to keys: UnsafeMutablePointer<UInt8>,
                      at start: Int) -> (end: Int, hash: UInt64, scalars: Int, allCaps: Bool, capitalized: Bool) {
        var hash = KeyHash.Accumulator()
        var write = start
        var scalars = 0
        var hasUpper = false, hasLower = false
        var firstCase: CharacterProperties.LetterCase?
        @inline(__always) func put(_ byte: UInt8) {
            keys[write] = byte
            write += 1
            hash.append(byte)
        }
        var index = range.lowerBound
        while index < range.upperBound {
            let byte = bytes[index]
            var letterCase = CharacterProperties.LetterCase.none
            if byte < 0x80 {
                if byte &- 0x41 < 26 { letterCase = .upper } else if byte &- 0x61 < 26 { letterCase = .lower }
                put(letterCase == .upper ? byte | 0x20 : byte)
                index += 1
            } else if byte == 0xE2 {
                if isWord {
                    put(UInt8(ascii: "'"))
                } else {
                    put(byte)
                    put(bytes[index + 1])
                    put(bytes[index + 2])
                }
                index += 3
            } else {
                let letter = cyrillicLetters[Int(UInt32(byte & 0x1F) << 6 | UInt32(bytes[index + 1] & 0x3F)) - 0x400]
                letterCase = letter.letterCase
                var folded = letter.folded
                if isWord && folded == 0x451 { folded = 0x435 }   // ё keys as е
                put(0xC0 | UInt8(truncatingIfNeeded: folded >> 6))
                put(0x80 | UInt8(truncatingIfNeeded: folded & 0x3F))
                index += 2
            }
            switch letterCase {
            case .upper: hasUpper = true
            case .lower: hasLower = true
            case .none: break
            }
            if firstCase == nil, letterCase != .none { firstCase = letterCase }
            scalars += 1
        }
        return (write, hash.hash, scalars, hasUpper && !hasLower, firstCase == .upper)
    }
}

/// What the word pass does at an ASCII byte that starts a segment (``Tokenizer/asciiLeads``).
enum ASCIILead: UInt8 {
    /// A letter, digit or `_`: a word or number runs on (UAX #29 WB5–WB13b).
    case word
    /// U+0020: a run of spaces, one gap (WB3d).
    case spaces
    /// Another control character: a gap with no line end.
    case gap
    /// LF, VT or FF: a gap with one line end.
    case lineBreak
    /// CR, with the LF after it if there is one: a gap with one line end.
    case carriageReturn
    /// A one-byte punctuation token.
    case punctuation
    /// `"` or `'`: a one-byte punctuation token, a quote mark of either direction.
    case quote
    /// A one-byte symbol token.
    case symbol
    /// The lead byte of a typographic mark (``WordSegmenter/isTypographic(_:at:)``): a token of
    /// its own.
    case typographic
}

/// A Cyrillic letter's key and case (``Tokenizer/cyrillicLetters``).
struct CyrillicLetter {
    /// The scalar ICU's folding gives for the letter alone.
    var folded: UInt16 = 0
    var letterCase = CharacterProperties.LetterCase.none
}

/// The token of a typographic mark alone (``Tokenizer/typographicTokens``).
struct TypographicToken {
    var kind = TokenKind.other
    var quoteRaw: UInt8 = 0
    /// ``Token/Flags/sentenceTerminal`` for a closing quote mark, empty otherwise.
    var flags = Token.Flags()
    /// The normalized key's bytes, the first in the low byte.
    var key: UInt64 = 0
    var keyLength = 0
    var keyHash: UInt64 = 0
}

/// The bits of ``Tokenizer/asciiBytes``.
enum ASCIIByte {
    /// The byte's ``ASCIIWordClass`` raw value, or ``typographic``.
    @inline(__always) static var classMask: UInt8 { 0x0F }
    /// The class of a byte ≥ 0x80, which in a fast span starts or continues a typographic mark.
    @inline(__always) static var typographic: UInt8 { 0x0F }
    /// A–Z; the bit that, set, lowercases the byte.
    @inline(__always) static var upper: UInt8 { 0x20 }
    /// a–z.
    @inline(__always) static var lower: UInt8 { 0x40 }
    @inline(__always) static var cased: UInt8 { 0x60 }
    /// A one-byte punctuation token that is a sentence terminator or a closing mark
    /// (``Token/Flags/sentenceTerminal``).
    @inline(__always) static var sentenceTerminal: UInt8 { 0x80 }
    @inline(__always) static var letter: UInt8 { ASCIIWordClass.letter.rawValue }
    @inline(__always) static var digit: UInt8 { ASCIIWordClass.digit.rawValue }
    @inline(__always) static var connector: UInt8 { ASCIIWordClass.connector.rawValue }
    @inline(__always) static var midNumberOrLetter: UInt8 { ASCIIWordClass.midNumberOrLetter.rawValue }
    @inline(__always) static var midNumber: UInt8 { ASCIIWordClass.midNumber.rawValue }
}

extension Tokenizer {
    /// Per byte: its word-break class and case (``ASCIIByte``). Of the others, the lead byte
    /// of a typographic mark is ``ASCIIByte/typographic``; Cyrillic lead bytes and all
    /// continuation bytes are letters (in a fast span a continuation byte not skipped with its
    /// mark belongs to a Cyrillic letter).
    static let asciiBytes: [UInt8] = (0...0xFF).map { (byte: UInt8) in
        if byte &- 0x80 < 0x40 || byte &- 0xD0 < 4 { return ASCIIWordClass.letter.rawValue }
        guard byte < 0x80 else { return ASCIIByte.typographic }
        var bits = ASCIIWordClass(byte).rawValue
        if byte &- 0x41 < 26 { bits |= ASCIIByte.upper }
        if byte &- 0x61 < 26 { bits |= ASCIIByte.lower }
        if case .token(.punctuation, _) = [byte].withUnsafeBufferPointer({ classify($0, 0..<1, ruleStatus: WordSegmenter.statusNone) }),
           isSentenceTerminal(asciiSentenceClass(byte)) {
            bits |= ASCIIByte.sentenceTerminal
        }
        return bits
    }

    /// Per ASCII byte: what a segment that starts with it is, read from ``ASCIIWordClass`` and
    /// ``classify(_:_:ruleStatus:)`` (one-byte segments have rule status 0), so both loops agree.
    static let asciiLeads: [ASCIILead] = (0...0xFF).map { (byte: UInt8) in
        if byte &- 0xD0 < 4 { return .word }   // a Cyrillic letter
        guard byte < 0x80 else { return .typographic }
        switch ASCIIWordClass(byte) {
        case .letter, .digit, .connector: return .word
        case .space: return .spaces
        case .carriageReturn: return .carriageReturn
        default: break
        }
        let segmentClass = [byte].withUnsafeBufferPointer { classify($0, 0..<1, ruleStatus: WordSegmenter.statusNone) }
        switch segmentClass {
        case .gap(let lineBreaks): return lineBreaks == 0 ? .gap : .lineBreak
        case .token(.symbol, nil): return .symbol
        case .token(.punctuation, .ambiguous): return .quote
        case .token(.punctuation, nil): return .punctuation
        default: preconditionFailure("no one-byte ASCII segment is \(segmentClass)")
        }
    }
}

extension Tokenizer {
    /// The token of each typographic mark alone, at index `xx & 0x3F` of its bytes E2 80 xx:
    /// its kind and quote role from ``classify(_:_:ruleStatus:)``, its key folded by ICU as
    /// any other token's (… keys as "..."), so both loops agree; `nil` when this ICU folds a
    /// mark to a key longer than the mark, which the loop cannot write in place.
    static func typographicTokens(folder: CaseFolder) throws(ICUError) -> [TypographicToken]? {
        var table = [TypographicToken](repeating: TypographicToken(), count: 64)
        for last in UInt8(0x80)..<0xC0 where WordSegmenter.typographicMarks & (1 << UInt64(last & 0x3F)) != 0 {
            let bytes: [UInt8] = [0xE2, 0x80, last]
            var key: [UInt8] = []
            try bytes.withUnsafeBufferPointer { bytes throws(ICUError) in try folder.fold(bytes, appendingTo: &key) }
            // The fast loop reserves as many key bytes as text bytes.
            guard key.count <= bytes.count else { return nil }
            guard case .token(let kind, let quote) = bytes.withUnsafeBufferPointer({ classify($0, 0..<3, ruleStatus: WordSegmenter.statusNone) })
            else { preconditionFailure("a typographic mark is a gap") }
            var entry = TypographicToken(kind: kind, quoteRaw: quote?.rawValue ?? 0, keyLength: key.count)
            if kind == .punctuation && isSentenceTerminal(CharacterProperties.sentenceClass(of: 0x2000 | UInt32(last & 0x3F))) {
                entry.flags = .sentenceTerminal
            }
            for (index, byte) in key.enumerated() { entry.key |= UInt64(byte) << (8 * UInt64(index)) }
            entry.keyHash = key.withUnsafeBufferPointer { KeyHash.hash($0) }
            table[Int(last & 0x3F)] = entry
        }
        return table
    }
}

extension Tokenizer {
    /// Each letter of the Cyrillic block (``WordSegmenter/isCyrillicLetter(_:)``) at index
    /// `scalar - 0x400`: the scalar ICU's folding makes of it alone and its case, so that the
    /// fast loop keys Cyrillic words as ICU does; `nil` when this ICU folds a letter to other
    /// than one two-byte scalar, which the loop cannot write in place.
    static func cyrillicLetters(folder: CaseFolder) throws(ICUError) -> [CyrillicLetter]? {
        var table = [CyrillicLetter](repeating: CyrillicLetter(), count: 0x100)
        for scalar in UInt32(0x400)..<0x500 where WordSegmenter.isCyrillicLetter(scalar) {
            let bytes = Array(String(Unicode.Scalar(scalar)!).utf8)
            var key: [UInt8] = []
            try bytes.withUnsafeBufferPointer { bytes throws(ICUError) in try folder.fold(bytes, appendingTo: &key) }
            // The loop writes a folded letter in two bytes, in place of the letter's two.
            guard key.count == 2 && key[0] &- 0xC2 < 0x1E else { return nil }
            table[Int(scalar - 0x400)] = CyrillicLetter(folded: UInt16(key[0] & 0x1F) << 6 | UInt16(key[1] & 0x3F),
                                                        letterCase: CharacterProperties.letterCase(of: scalar))
        }
        return table
    }
}
