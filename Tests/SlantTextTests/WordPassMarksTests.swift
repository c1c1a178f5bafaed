import Testing
@testable import SlantText

/// What the word pass marks for the passes after it: the tokens after a line break
/// (``Token/Flags/lineBreakBefore``, read by the sentence pass instead of the gap bytes),
/// terminators and closing marks (``Token/Flags/sentenceTerminal``), the words that may be
/// abbreviations (``Tokenizer/abbreviationFilter``, read before the table) and the words of each
/// script (``TokenizedText/wordScripts``).
@Suite("Word pass marks: line breaks, terminators, abbreviations, scripts")
struct WordPassMarksTests {
    /// The marked tokens, for the fast path and for ICU alone.
    static func marked(_ input: String) throws -> (fast: [String], icu: [String]) {
        let (fast, icu) = try ASCIIWordPassTests.both(Array(input.utf8))
        func names(_ text: TokenizedText) -> [String] {
            text.tokens.filter { $0.flags.contains(.lineBreakBefore) }.map(text.text(of:))
        }
        return (names(fast), names(icu))
    }

    /// LF, CR, CR LF, NEL, LS and PS mark the next token; VT, FF, tabs and spaces do not, nor do
    /// the line ends inside a merged token's parts (there are none: merged parts touch).
    @Test func lineBreaksOfRuleSB4MarkTheNextToken() throws {
        let input = "a\nb\rc\r\nd\u{85}e\u{2028}f\u{2029}g\u{0B}h\u{0C}i\tj k \n l\n\ncease-fire\nU.S.\n\u{AAEB}m"
        let (fast, icu) = try Self.marked(input)
        #expect(fast == ["b", "c", "d", "e", "f", "g", "l", "cease-fire", "U.S.", "\u{AAEB}"])
        #expect(icu == fast)
        // A text that starts with a line end marks its first token, which no sentence rule reads.
        #expect(try Self.marked("\nStart.").fast == ["Start"])
    }

    /// On generated texts, with the fast path and without, a token is marked after a line break
    /// exactly when the bytes between it and the token before hold CR, LF, NEL, LS or PS, and as
    /// a terminal exactly when it is punctuation whose first scalar is ATerm, STerm or Close; the
    /// words counted by script are those of the final tokens (merges included).
    @Test func theMarkIsTheGapsLineBreak() throws {
        let fragments = ["a", "Word", "7", ".", "\"", ",", "!", "?", ")", "(", "[", "'", "$", "_", ";", "”", "’", "«", "»", "…", "—", "‹", "›", "。", " ", "  ", "\n", "\r", "\r\n", "\n\n", "\t", "\u{0B}", "\u{0C}", "\u{85}",
                         "\u{2028}", "\u{2029}", "\u{A0}", "\u{200B}", "’", "“", "Кремль", "é", "U.S.", "e-mail", "-", "\u{301}", "http://x.org/a",
                         "Éa", "λόγος", "ёж", "9", "_", "x’y"]
        var random = SplitMix64(state: 11)
        var checked = 0
        for _ in 0..<2000 {
            var input = ""
            for _ in 0..<(Int(random.next() % 30) + 1) { input += fragments[Int(random.next() % UInt64(fragments.count))] }
            let bytes = Array(input.utf8)
            let (fast, icu) = try ASCIIWordPassTests.both(bytes)
            for text in [fast, icu] {
                var scripts = WordScriptCounts()
                for token in text.tokens where token.kind == .word && !token.keyRange.isEmpty {
                    switch WordScript.ofFirstKeyByte(text.withKeyBytes(of: token) { $0[0] }) {
                    case .latin: scripts.latin += 1
                    case .cyrillic: scripts.cyrillic += 1
                    case nil: break
                    }
                }
                #expect(text.wordScripts == scripts, "\(input.debugDescription)")
                bytes.withUnsafeBufferPointer { buffer in
                    var previousEnd = 0
                    for token in text.tokens {
                        let expected = Tokenizer.hasLineBreak(buffer, from: previousEnd, to: token.byteRange.lowerBound)
                        #expect(token.flags.contains(.lineBreakBefore) == expected, "\(input.debugDescription) at \(token.byteRange)")
                        let terminal = token.kind == .punctuation
                            && Tokenizer.isSentenceTerminal(Tokenizer.sentenceClass(ofFirstScalarOf: token, buffer))
                        #expect(token.flags.contains(.sentenceTerminal) == terminal, "\(input.debugDescription) at \(token.byteRange)")
                        previousEnd = token.byteRange.upperBound
                        checked += 1
                    }
                }
            }
        }
        #expect(checked > 10_000)
    }

    /// Terminators and quote marks and brackets are marked; commas, dashes, colons, ellipses and
    /// symbols are not.
    @Test func terminatorsAndClosingMarksAreMarked() throws {
        let input = "A. B! C? D) E] F} G\" H' I” J’ K» L… M, N - O; P: Q $ R “ S ( T « U — V_ W。 U.S. X"
        let (fast, icu) = try ASCIIWordPassTests.both(Array(input.utf8))
        for text in [fast, icu] {
            let marked = text.tokens.filter { $0.flags.contains(.sentenceTerminal) }.map(text.text(of:))
            // Opening marks are Close too in UAX #29's sentence classes ("(", "“", "«").
            #expect(marked == [".", "!", "?", ")", "]", "}", "\"", "'", "”", "’", "»", "“", "(", "«", "。"])
        }
    }

    /// Words by the first byte of their keys, compounds counted once by their first part.
    @Test func wordsAreCountedByScript() throws {
        let input = "Kyiv і Київ, 9-year-old Кремль-based ёж café 12 U.S. x-ray 7-Кремль Éclair λόγος _"
        let (fast, icu) = try ASCIIWordPassTests.both(Array(input.utf8))
        for text in [fast, icu] {
            // Latin: kyiv, café, u.s., x-ray, éclair; Cyrillic: і, київ, кремль-based, еж; neither:
            // 9-year-old, 7-кремль (a digit first), λόγος (Greek).
            #expect(text.wordScripts.latin == 5)
            #expect(text.wordScripts.cyrillic == 4)
            #expect(text.wordScripts.majority == .latin)
        }
        #expect(try makeTokenizer().tokenize("Київ і Кремль, NATO").wordScripts.majority == .cyrillic)
        #expect(try makeTokenizer().tokenize("Київ NATO").wordScripts.majority == .latin)
        #expect(try makeTokenizer().tokenize("12 — 7").wordScripts.majority == nil)
    }

    /// The document's bytes are copied at once from contiguous storage and element by element
    /// from any other sequence, with the same result.
    @Test func contiguousAndOtherSequencesGiveTheSameText() throws {
        let input = "“Nobody wants this war,” Kallas said.\n\nКремль — U.S. officials."
        let bytes = Array(input.utf8)
        let tokenizer = try makeTokenizer()
        let fromArray = try tokenizer.tokenize(utf8: bytes)
        for text in [try tokenizer.tokenize(utf8: input.utf8), try tokenizer.tokenize(utf8: bytes[...]),
                     try tokenizer.tokenize(utf8: AnySequence(bytes)), try tokenizer.tokenize(utf8: bytes.lazy.map { $0 })] {
            #expect(text.bytes == bytes)
            #expect(ASCIIWordPassTests.same(text, fromArray))
        }
        #expect(fromArray.texts == ["“", "Nobody", "wants", "this", "war", ",", "”", "Kallas", "said", ".", "Кремль", "—", "U.S.", "officials", "."])
    }

    /// Every bundled abbreviation's word finds its bit, so a word before a period that is an
    /// abbreviation is always looked up; the filter only spares the lookup of other words.
    @Test func everyAbbreviationPassesTheFilter() throws {
        let tokenizer = try makeTokenizer()
        let abbreviations = try bundledAbbreviations().entries
        #expect(abbreviations.count == 61)
        for entry in abbreviations {
            let text = try tokenizer.tokenize("x " + entry + " y")
            #expect(text.texts == ["x", entry, "y"], "\(entry)")
            #expect(text.tokens[1].isAbbreviation, "\(entry)")
            let word = try tokenizer.tokenize(String(entry.dropLast())).tokens[0]
            let hash = word.keyHash
            #expect(tokenizer.abbreviationFilter[Tokenizer.abbreviationFilterSlot(hash)] & Tokenizer.abbreviationFilterBit(hash) != 0, "\(entry)")
        }
        // The filter is 2¹² bits; its slot and bit worked by hand for one hash.
        #expect(tokenizer.abbreviationFilter.count == 64)
        #expect(Tokenizer.abbreviationFilterSlot(0x1234_5FC7) == 0xFC7 >> 6)
        #expect(Tokenizer.abbreviationFilterBit(0x1234_5FC7) == 1 << 7)
        #expect(try tokenizer.tokenize("He said. Then").texts == ["He", "said", ".", "Then"])
    }

    /// Words before a period are merged with it exactly when the abbreviation table (or the
    /// initialism rule) says so, with or without the filter in front of the table.
    @Test func theFilterChangesNoMerge() throws {
        let tokenizer = try makeTokenizer()
        let abbreviations = Set(try bundledAbbreviations().entries.map { $0.lowercased() })
        var random = SplitMix64(state: 5)
        let letters = Array("abcdefghijklmnoprstuvyz")
        var merged = 0
        for _ in 0..<3000 {
            let length = Int(random.next() % 5) + 1
            let word = String((0..<length).map { _ in letters[Int(random.next() % UInt64(letters.count))] })
            let text = try tokenizer.tokenize("x " + word + ". y")
            // Plain letters are never an initialism (that needs an inner period).
            let expected = abbreviations.contains(word + ".")
            #expect(text.texts.contains(word + ".") == expected, "\(word)")
            if expected { merged += 1 }
        }
        #expect(merged > 0)
    }
}
