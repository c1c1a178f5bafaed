import Testing
@testable import SlantText

/// The one-loop word pass over fast spans (``Tokenizer/tokenizeFastSpan(_:from:to:into:state:)``)
/// gives what the segment-by-segment loop gives over ICU's own boundaries: the same tokens
/// (kinds, keys, hashes, flags, merges, scalar offsets, paragraphs) and sentences.
@Suite("ASCII word pass equals the segment loop")
struct ASCIIWordPassTests {
    /// The text tokenized with the ASCII fast path and with ICU alone for word breaks.
    static func both(_ bytes: [UInt8]) throws -> (fast: TokenizedText, icu: TokenizedText) {
        let abbreviations = try bundledAbbreviations()
        let fast = try Tokenizer(options: .init(abbreviations: abbreviations))
        let icu = try Tokenizer(options: .init(abbreviations: abbreviations, usesASCIIFastPath: false))
        return (try fast.tokenize(utf8: bytes), try icu.tokenize(utf8: bytes))
    }

    static func same(_ a: TokenizedText, _ b: TokenizedText) -> Bool {
        a.tokens == b.tokens && a.keys == b.keys && a.sentences == b.sentences && a.paragraphCount == b.paragraphCount
            && a.scalarCount == b.scalarCount && a.invalidSequences == b.invalidSequences
    }

    /// This ICU folds every typographic mark and Cyrillic letter so that the loop can write the
    /// key in place, so the fast path is on (another ICU that did not would turn it off, not stop).
    @Test func foldingTablesAreBuiltAndTheFastPathIsOn() throws {
        let folder = try CaseFolder()
        #expect(try Tokenizer.typographicTokens(folder: folder)?.count == 64)
        #expect(try Tokenizer.cyrillicLetters(folder: folder)?.count == 0x100)
        #expect(try Tokenizer().wordBreaks.usesFastPath)
        #expect(try !Tokenizer(options: .init(usesASCIIFastPath: false)).wordBreaks.usesFastPath)
    }

    @Test func everyKindOfASCIISegment() throws {
        let input = "NATO's cease-fire: U.S. troops_2 a1 1a __ 3.5,2 x@y.z\r\n\r\n\"Gen. Smith\" said 'no' $5 www.x.org/a?"
        let (text, icu) = try Self.both(Array(input.utf8))
        #expect(text.texts == ["NATO's", "cease-fire", ":", "U.S.", "troops_2", "a1", "1a", "__", "3.5,2", "x@y.z",
                               "\"", "Gen.", "Smith", "\"", "said", "'", "no", "'", "$", "5", "www.x.org/a", "?"])
        #expect(text.keys == ["nato's", "cease-fire", ":", "u.s.", "troops_2", "a1", "1a", "__", "3.5,2", "x@y.z",
                              "\"", "gen.", "smith", "\"", "said", "'", "no", "'", "$", "5", "www.x.org/a", "?"])
        // "__" has ICU's letter status (an ExtendNumLet after one is a word); a lone "_" has none.
        #expect(text.tokens.map(\.kind) == [.word, .word, .punctuation, .word, .number, .number, .word, .word, .number, .word,
                                            .punctuation, .word, .word, .punctuation, .word, .punctuation, .word, .punctuation,
                                            .symbol, .number, .url, .punctuation])
        #expect(text.tokens.map(\.quote) == [nil, nil, nil, nil, nil, nil, nil, nil, nil, nil,
                                             .ambiguous, nil, nil, .ambiguous, nil, .ambiguous, nil, .ambiguous, nil, nil, nil, nil])
        #expect(text.tokens.indices.filter { text.tokens[$0].isCapitalized } == [0, 3, 11, 12])
        #expect(text.tokens.indices.filter { text.tokens[$0].isAllCaps } == [3])
        #expect(text.tokens.indices.filter { text.tokens[$0].isAbbreviation } == [3, 11])
        #expect(text.tokens.indices.filter { text.tokens[$0].isHyphenated } == [1])
        #expect(text.tokens.map(\.paragraph) == Array(repeating: 0, count: 10) + Array(repeating: 1, count: 12))
        #expect(text.tokens[21].byteRange == 94..<95 && text.tokens[21].scalarRange == 94..<95)
        #expect(text.paragraphCount == 2 && text.scalarCount == 95)
        for token in text.tokens {
            #expect(token.keyHash == text.withKeyBytes(of: token) { UInt32(truncatingIfNeeded: KeyHash.hash($0)) })
        }
        #expect(Self.same(text, icu))
        let (lone, loneICU) = try Self.both(Array("_ 7_ _x".utf8))
        #expect(lone.tokens.map(\.kind) == [.punctuation, .number, .word])
        #expect(Self.same(lone, loneICU))
    }

    /// Typographic marks, read by the fast loop too: alone (keyed as ICU folds them, "…" as
    /// "..."), and ‘ ’ inside words (keyed `'`) and numbers (kept), with one scalar each.
    @Test func typographicMarks() throws {
        let input = "Russia’s “war” — 2’000 A1’000 RUSSIA’S ‘x’ a…b"
        let (text, icu) = try Self.both(Array(input.utf8))
        #expect(text.texts == ["Russia’s", "“", "war", "”", "—", "2’000", "A1’000", "RUSSIA’S", "‘", "x", "’", "a", "…", "b"])
        #expect(text.keys == ["russia's", "“", "war", "”", "—", "2’000", "a1’000", "russia's", "‘", "x", "’", "a", "...", "b"])
        #expect(text.tokens.map(\.kind) == [.word, .punctuation, .word, .punctuation, .punctuation, .number, .number, .word,
                                            .punctuation, .word, .punctuation, .word, .punctuation, .word])
        #expect(text.tokens.map(\.quote) == [nil, .opening, nil, .closing, nil, nil, nil, nil, .opening, nil, .closing, nil, nil, nil])
        #expect(text.tokens.map(\.byteRange) == [0..<10, 11..<14, 14..<17, 17..<20, 21..<24, 25..<32, 33..<41, 42..<52,
                                                 53..<56, 56..<57, 57..<60, 61..<62, 62..<65, 65..<66])
        #expect(text.tokens.map(\.scalarRange) == [0..<8, 9..<10, 10..<13, 13..<14, 15..<16, 17..<22, 23..<29, 30..<38,
                                                   39..<40, 40..<41, 41..<42, 43..<44, 44..<45, 45..<46])
        // Only ASCII tokens carry the ASCII flag; a number with a mark has no case flags.
        #expect(text.tokens.indices.filter { text.tokens[$0].flags.contains(.ascii) } == [2, 9, 11, 13])
        #expect(text.tokens.indices.filter { text.tokens[$0].isCapitalized } == [0, 7])
        #expect(text.tokens.indices.filter { text.tokens[$0].isAllCaps } == [7])
        #expect(text.scalarCount == 46)
        for token in text.tokens {
            #expect(token.keyHash == text.withKeyBytes(of: token) { UInt32(truncatingIfNeeded: KeyHash.hash($0)) })
        }
        #expect(Self.same(text, icu))
    }

    /// Cyrillic words, read by the fast loop too: keys folded as ICU folds them (ё as е in a
    /// word, kept in a number), case flags for words only, one scalar per letter.
    @Test func cyrillicWords() throws {
        let input = "Київ і КРЕМЛЬ: п’ять Ёлка ё1 т.е. Ӏ Ѐ Кремль-based"
        let (text, icu) = try Self.both(Array(input.utf8))
        #expect(text.keys == ["київ", "і", "кремль", ":", "п'ять", "елка", "ё1", "т.е.", "ӏ", "ѐ", "кремль-based"])
        #expect(text.tokens.map(\.kind) == [.word, .word, .word, .punctuation, .word, .word, .number, .word, .word, .word, .word])
        #expect(text.tokens.map(\.scalarRange) == [0..<4, 5..<6, 7..<13, 13..<14, 15..<20, 21..<25, 26..<28, 29..<33,
                                                   34..<35, 36..<37, 38..<50])
        #expect(text.tokens.indices.filter { text.tokens[$0].isCapitalized } == [0, 2, 5, 8, 9, 10])
        #expect(text.tokens.indices.filter { text.tokens[$0].isAllCaps } == [2, 8, 9])
        #expect(text.tokens.indices.filter { text.tokens[$0].isAbbreviation } == [7])
        #expect(text.tokens.indices.filter { text.tokens[$0].flags.contains(.ascii) } == [3])
        for token in text.tokens {
            #expect(token.keyHash == text.withKeyBytes(of: token) { UInt32(truncatingIfNeeded: KeyHash.hash($0)) })
        }
        #expect(Self.same(text, icu))
    }

    /// The eight-bytes-at-a-time helpers against byte-by-byte definitions: every byte at
    /// every place of a word of letters, and keys of generated ASCII strings.
    @Test func wordHelpersMatchBytewiseDefinitions() throws {
        func isLetter(_ byte: UInt8) -> Bool { byte &- 0x41 < 26 || byte &- 0x61 < 26 }
        for byte in UInt8(0)...0xFF {
            for place in 0..<8 {
                var word = [UInt8](repeating: UInt8(ascii: "k"), count: 8)
                word[place] = byte
                let value = word.withUnsafeBytes { $0.loadUnaligned(as: UInt64.self) }
                #expect(Tokenizer.leadingLetters(value) == (isLetter(byte) ? 8 : place))
            }
        }
        var random = SplitMix64(state: 11)
        for _ in 0..<2000 {
            let length = Int(random.next() % 21)
            let text = (0..<length).map { _ in UInt8(random.next() % 0x80) }
            let padded = text + [0xE2, 0x80, 0x9C]   // bytes past the word are read, never keyed
            var keys = [UInt8](repeating: 0, count: length + 8)
            let key = padded.withUnsafeBufferPointer { bytes in
                keys.withUnsafeMutableBufferPointer { keys in
                    Tokenizer.writeASCIIKey(bytes.baseAddress!, 0..<length, bufferEnd: bytes.count, to: keys.baseAddress!, at: 0)
                }
            }
            let lowered = text.map { $0 &- 0x41 < 26 ? $0 | 0x20 : $0 }
            let cased = text.filter(isLetter)
            #expect(key.end == length)
            #expect(Array(keys[..<length]) == lowered)
            #expect(key.hash == lowered.withUnsafeBufferPointer { KeyHash.hash($0) })
            #expect(key.allCaps == (cased.contains { $0 &- 0x41 < 26 } && !cased.contains { $0 &- 0x61 < 26 }))
            #expect(key.capitalized == (cased.first.map { $0 &- 0x41 < 26 } ?? false))
        }
    }

    /// The one-walk letter word (``Tokenizer/letterWord(_:from:spanEnd:bufferEnd:info:to:at:)``)
    /// against byte-by-byte definitions: words of 1–20 letters followed by every ASCII byte and
    /// by a letter after it, ended by the span, and near the buffer's end. It takes the word
    /// exactly when UAX #29 ends it there, with `writeASCIIKey`'s key, hash and flags.
    @Test func letterWordsMatchBytewiseDefinitions() throws {
        func isLetter(_ byte: UInt8) -> Bool { byte &- 0x41 < 26 || byte &- 0x61 < 26 }
        // After a letter, a word goes on at a letter, `@`, a digit, `_`, a byte ≥ 0x80, and at `.`
        // or `'` before a letter.
        func goesOn(_ next: UInt8, _ after: UInt8) -> Bool {
            isLetter(next) || next == UInt8(ascii: "@") || next &- 0x30 < 10 || next == UInt8(ascii: "_") || next >= 0x80
                || (next == UInt8(ascii: ".") || next == UInt8(ascii: "'")) && (isLetter(after) || after == UInt8(ascii: "@"))
        }
        var random = SplitMix64(state: 13)
        var taken = 0
        for length in 1...20 {
            // (A letter next only makes a longer word, which other lengths cover.)
            for next in UInt8(0)...0x80 where !isLetter(next) {
                let word = (0..<length).map { _ in UInt8(random.next() % 26) + (random.next() % 3 == 0 ? 0x41 : 0x61) }
                let after = random.next() % 2 == 0 ? UInt8(ascii: "b") : UInt8(ascii: " ")
                let bytes = word + [next, after] + Array(repeating: UInt8(ascii: " "), count: 8)
                for spanEnd in [length, length + 2] {
                    var keys = [UInt8](repeating: 0, count: length + 16)
                    let found = bytes.withUnsafeBufferPointer { bytes in
                        Tokenizer.asciiBytes.withUnsafeBufferPointer { info in
                            keys.withUnsafeMutableBufferPointer { keys in
                                Tokenizer.letterWord(bytes.baseAddress!, from: 0, spanEnd: spanEnd, bufferEnd: bytes.count, info: info,
                                                     to: keys.baseAddress!, at: 3)
                            }
                        }
                    }
                    let ends = spanEnd == length || !goesOn(next, after)
                    #expect((found.end >= 0) == ends, "\(word) \(next) \(spanEnd)")
                    guard found.end >= 0 else { continue }
                    taken += 1
                    let lowered = word.map { $0 | 0x20 }
                    #expect(found.end == length && found.keyEnd == 3 + length && Array(keys[3..<3 + length]) == lowered)
                    #expect(found.hash == lowered.withUnsafeBufferPointer { KeyHash.hash($0) })
                    #expect(found.allCaps == word.allSatisfy { $0 &- 0x41 < 26 })
                    #expect(found.capitalized == (word[0] &- 0x41 < 26))
                }
            }
        }
        #expect(taken > 1000)
        // Not a letter first, or within eight bytes of the buffer's end: left to the byte-by-byte walk.
        for text in ["1abc         ", "@abc         ", "_abc         ", "abc"] {
            var keys = [UInt8](repeating: 0, count: 32)
            let bytes = Array(text.utf8)
            let found = bytes.withUnsafeBufferPointer { bytes in
                Tokenizer.asciiBytes.withUnsafeBufferPointer { info in
                    keys.withUnsafeMutableBufferPointer { keys in
                        Tokenizer.letterWord(bytes.baseAddress!, from: 0, spanEnd: bytes.count, bufferEnd: bytes.count, info: info,
                                             to: keys.baseAddress!, at: 0)
                    }
                }
            }
            #expect(found.end == -1, "\(text)")
        }
    }

    /// Merges across the places where the pass reserves more storage (every 4,096 tokens),
    /// and across the edges between fast spans and the spans ICU reads.
    @Test func mergesAcrossChunksAndSpans() throws {
        let compounds = String(repeating: "cease-fire U.S. ", count: 3000)
        let (text, icu) = try Self.both(Array(compounds.utf8))
        #expect(text.tokens.count == 6000)
        #expect(text.keys.prefix(4) == ["cease-fire", "u.s.", "cease-fire", "u.s."])
        #expect(Self.same(text, icu))

        let chain = Array(repeating: "a", count: 5000).joined(separator: "-")
        let (long, longICU) = try Self.both(Array(chain.utf8))
        #expect(long.tokens.count == 1 && long.keys == [chain])
        #expect(Self.same(long, longICU))

        let mixed = "Kyiv’s well-\u{2011}known “post-war” Кремль-based U.S.’s"
        let (spans, spansICU) = try Self.both(Array(mixed.utf8))
        #expect(spans.keys == ["kyiv's", "well", "-", "-", "known", "“", "post-war", "”", "кремль-based", "u.s.", "’", "s"])
        #expect(Self.same(spans, spansICU))
    }

    /// Generated texts of ASCII words, numbers, punctuation, abbreviations, web addresses and
    /// line ends, with some non-ASCII between them, and one long text of the same.
    @Test func generatedTextsMatchTheSegmentLoop() throws {
        let fragments: [[UInt8]] = ([
            "a", "Z", "7", "_", ".", "'", ",", ";", ":", "@", "\"", " ", " ", " ", "   ", "\n", "\n\n", "\r\n", "\r", "\t", "\u{0B}",
            "\u{0C}", "\u{01}", "\u{7F}", "-", "!", "?", "(", ")", "$", "+", "word", "Word", "WORD", "wOrd", "U.S.", "Dr.", "Gen.",
            "e.g.", "3.5", "2,000", "1st", "a1", "x_y", "http://x.org/a", "https://e.com/(b).", "www.", "www.ab.c", "hi", "WWW",
            "Http://q", "e-mail", "9-year-old", "-", "--", "A.", "J. F.", "it's", "'s", "x.y.z.", "...",
            "’", "“", "”", "‘", "–", "é", "Кремль", "—", "…", "\u{A0}", "\u{2028}", "Russia’s", "RUSSIA’S", "2’000", "A1’0",
            "don’t", "‘quoted’", "—“", "’’", "a’", "’s", "x’-y", "U.S.’", "…\u{301}", "’\u{200D}",
            "Administration", "INTERNATIONALLY", "nationalistic", "Київ", "КРЕМЛЬ", "ёж", "Ё", "п’ять", "т.е.", "ж1", "1ж", "ж_", "Ӏ", "ѐ", "ж\u{483}", "жé", "«", "»", "ʼ",
        ] as [String]).map { Array($0.utf8) } + [[0xFF]]
        var random = SplitMix64(state: 7)
        func text(_ count: Int) -> [UInt8] {
            var bytes: [UInt8] = []
            for _ in 0..<count { bytes += fragments[Int(random.next() % UInt64(fragments.count))] }
            return bytes
        }
        var mismatches = 0
        for _ in 0..<3000 {
            let bytes = text(Int(random.next() % 40) + 1)
            let (fast, icu) = try Self.both(bytes)
            if !Self.same(fast, icu) {
                mismatches += 1
                if mismatches <= 5 { Issue.record("differs: \(String(decoding: bytes, as: UTF8.self).debugDescription)") }
            }
        }
        #expect(mismatches == 0)
        let (fast, icu) = try Self.both(text(40_000))
        #expect(fast.tokens.count > 3 * Tokenizer.asciiChunkTokens)
        #expect(Self.same(fast, icu))
    }
}
