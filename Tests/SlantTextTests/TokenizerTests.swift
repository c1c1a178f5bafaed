import Testing
import SlantText

@Suite("Tokens and keys")
struct TokenizerTests {
    @Test func quotedAppeasementSentence() throws {
        let text = try makeTokenizer().tokenize("“It’s appeasement,” said Kallas.")
        #expect(text.texts == ["“", "It’s", "appeasement", ",", "”", "said", "Kallas", "."])
        #expect(text.keys == ["“", "it's", "appeasement", ",", "”", "said", "kallas", "."])
        #expect(text.tokens.map(\.kind) == [.punctuation, .word, .word, .punctuation, .punctuation, .word, .word, .punctuation])
        #expect(text.tokens.map(\.quote) == [.opening, nil, nil, nil, .closing, nil, nil, nil])
        #expect(text.tokens.map(\.byteRange) == [0..<3, 3..<9, 10..<21, 21..<22, 22..<25, 26..<30, 31..<37, 37..<38])
        #expect(text.tokens.map(\.scalarRange) == [0..<1, 1..<5, 6..<17, 17..<18, 18..<19, 20..<24, 25..<31, 31..<32])
    }

    @Test func curlyQuotedWordIsFound() throws {
        let text = try makeTokenizer().tokenize("The Kremlin said it was “impressed” by Trump’s position.")
        #expect(text.keys == ["the", "kremlin", "said", "it", "was", "“", "impressed", "”", "by", "trump's", "position", "."])
        #expect(text.tokens[6].kind == .word)
        #expect(text.tokens[6].scalarRange == 25..<34)
    }

    @Test("apostrophes inside words share one key", arguments: [
        ("Russia’s", "russia's"), ("Russia's", "russia's"), ("Russiaʼs", "russia's"), ("RUSSIA’S", "russia's"),
        ("п’ять", "п'ять"), ("пʼять", "п'ять"), ("п'ять", "п'ять"),
    ])
    func apostrophes(input: String, key: String) throws {
        let text = try makeTokenizer().tokenize(input)
        #expect(text.keys == [key])
        #expect(text.tokens.map(\.kind) == [.word])
    }

    @Test("normalization is NFKC with full case folding", arguments: [
        ("Straße", "strasse"), ("ﬁnal", "final"), ("ＮＡＴＯ", "nato"), ("Cafe\u{0301}", "café"),
        ("КРЕМЛЬ", "кремль"), ("Україна", "україна"), ("ΣΟΦΊΑ", "σοφία"),
    ])
    func normalization(input: String, key: String) throws {
        let text = try makeTokenizer().tokenize(input)
        #expect(text.keys == [key])
    }

    @Test func cyrillicWords() throws {
        let text = try makeTokenizer().tokenize("Київ і Кремль: п’ять років. Киев, Украина, Москва.")
        #expect(text.keys == ["київ", "і", "кремль", ":", "п'ять", "років", ".", "киев", ",", "украина", ",", "москва", "."])
        #expect(text.sentences.count == 2)
    }

    @Test("hyphenated words stay one token", arguments: [
        ("cease-fire", ["cease-fire"]), ("Kyiv-based", ["kyiv-based"]), ("9-year-old", ["9-year-old"]),
        ("long‑range", ["long-range"]), ("U.S.-led", ["u.s.-led"]), ("Russia-Ukraine war", ["russia-ukraine", "war"]),
        ("well - known", ["well", "-", "known"]), ("-5", ["-", "5"]), ("2014–2022", ["2014", "–", "2022"]),
    ])
    func hyphens(input: String, keys: [String]) throws {
        let text = try makeTokenizer().tokenize(input)
        #expect(text.keys == keys)
    }

    @Test func hyphenatedTokenFlagsAndKinds() throws {
        let text = try makeTokenizer().tokenize("cease-fire 2014-2022 NATO-LED")
        #expect(text.tokens.map(\.kind) == [.word, .number, .word])
        #expect(text.tokens.map(\.isHyphenated) == [true, true, true])
        #expect(text.tokens.map(\.isAllCaps) == [false, false, true])
    }

    @Test("numbers stay one token", arguments: [
        ("2,000", TokenKind.number), ("3.5", .number), ("1,234,567.89", .number), ("2026", .number),
    ])
    func numbers(input: String, kind: TokenKind) throws {
        let text = try makeTokenizer().tokenize(input)
        #expect(text.texts == [input])
        #expect(text.tokens.map(\.kind) == [kind])
    }

    @Test func abbreviationsKeepTheirPeriod() throws {
        let text = try makeTokenizer().tokenize("U.S. and U.K. officials, Gen. Syrskyi, Mr. Peskov, e.g. Ph.D. holders.")
        #expect(text.texts == ["U.S.", "and", "U.K.", "officials", ",", "Gen.", "Syrskyi", ",", "Mr.", "Peskov", ",",
                               "e.g.", "Ph.D.", "holders", "."])
        #expect(text.tokens.filter(\.isAbbreviation).map(text.text(of:)) == ["U.S.", "U.K.", "Gen.", "Mr.", "e.g.", "Ph.D."])
    }

    @Test func wordsEndingASentenceDoNotTakeThePeriod() throws {
        let text = try makeTokenizer().tokenize("He left. Gen. Smith stayed at example.com.")
        #expect(text.texts == ["He", "left", ".", "Gen.", "Smith", "stayed", "at", "example.com", "."])
    }

    @Test func kindsOfNonWords() throws {
        let text = try makeTokenizer().tokenize("$5 + 👍🏽 👨‍👩‍👧 🇺🇦 — § \u{E000}")
        #expect(text.texts == ["$", "5", "+", "👍🏽", "👨‍👩‍👧", "🇺🇦", "—", "§", "\u{E000}"])
        #expect(text.tokens.map(\.kind) == [.symbol, .number, .symbol, .emoji, .emoji, .emoji, .punctuation, .punctuation, .other])
    }

    @Test func quoteMarks() throws {
        let text = try makeTokenizer().tokenize("«Так» „так“ \"yes\" ‘no’")
        #expect(text.tokens.compactMap(\.quote) == [.opening, .closing, .opening, .opening, .ambiguous, .ambiguous, .opening, .closing])
    }

    @Test func caseFlags() throws {
        let text = try makeTokenizer().tokenize("NATO Kyiv never NEVER Київ КРЕМЛЬ")
        #expect(text.tokens.map(\.isAllCaps) == [true, false, false, true, false, true])
        #expect(text.tokens.map(\.isCapitalized) == [true, true, false, true, true, true])
    }

    @Test func reusingATokenizedTextGivesTheSameResult() throws {
        let tokenizer = try makeTokenizer()
        var reused = TokenizedText()
        try tokenizer.tokenize(utf8: Array("A long first document, with many words in it.".utf8), into: &reused)
        try tokenizer.tokenize(utf8: Array("Kyiv said “no”.".utf8), into: &reused)
        let fresh = try tokenizer.tokenize("Kyiv said “no”.")
        #expect(reused.tokens == fresh.tokens)
        #expect(reused.keys == fresh.keys)
        #expect(reused.sentences == fresh.sentences)
    }
}
