import Testing
@testable import SlantText

@Suite("Sentences and paragraphs")
struct SentenceTests {
    @Test func abbreviationInsideASentence() throws {
        let input = "Rubio held talks with U.S. officials at the annual Munich Security Conference. Then he left."
        let text = try makeTokenizer().tokenize(input)
        #expect(text.sentenceTexts == [
            "Rubio held talks with U.S. officials at the annual Munich Security Conference.",
            "Then he left.",
        ])
    }

    @Test func titlesDoNotEndSentences() throws {
        let text = try makeTokenizer().tokenize("Mr. Peskov met Gen. Syrskyi. U.S. President Trump spoke. Dr. Who? Yes!")
        #expect(text.sentenceTexts == ["Mr. Peskov met Gen. Syrskyi.", "U.S. President Trump spoke.", "Dr. Who?", "Yes!"])
    }

    /// Slant's list decides, not ICU's built-in exceptions: without a list only initialisms
    /// (by shape) keep their period.
    @Test func withoutAnAbbreviationListOnlyInitialismsKeepTheirPeriod() throws {
        let text = try Tokenizer().tokenize("Mr. Peskov spoke. U.S. officials left.")
        #expect(text.sentenceTexts == ["Mr.", "Peskov spoke.", "U.S. officials left."])
    }

    /// ICU's `@ss=standard` exceptions hold "NATO.", "CEO.", "ET." and "OK.": with them a text of
    /// "… praised NATO." sentences was one sentence. Slant's list does not hold them.
    @Test func natoAndCeoEndSentencesDrAndUSDoNot() throws {
        let text = try makeTokenizer().tokenize(
            "Kyiv praised NATO. The CEO. Then Dr. Smith met U.S. officials. It was OK. It ended at 5 p.m. ET. Done.")
        #expect(text.sentenceTexts == [
            "Kyiv praised NATO.", "The CEO.", "Then Dr. Smith met U.S. officials.", "It was OK.", "It ended at 5 p.m. ET.", "Done.",
        ])
    }

    @Test func stopsQuotesAndContinuations() throws {
        let text = try makeTokenizer().tokenize(
            "He asked: “Why?” She said no. (It was late.) Wait... then go! Really?! e.g. this. The U.S.” He left. Version v.2 is out.")
        #expect(text.sentenceTexts == [
            "He asked: “Why?”", "She said no.", "(It was late.)", "Wait... then go!", "Really?!", "e.g. this.", "The U.S.”",
            "He left.", "Version v.2 is out.",
        ])
    }

    /// A sentence of more tokens than the cap is cut, so a text without sentence ends is
    /// analysed in bounded pieces.
    @Test func longSentencesAreCutAtTheCap() throws {
        let tokenizer = try Tokenizer(options: .init(maximumSentenceTokens: 4))
        let text = try tokenizer.tokenize("a b c d e f g h i j. K l.")
        #expect(text.sentenceTexts == ["a b c d", "e f g h", "i j.", "K l."])
        #expect(Tokenizer.defaultMaximumSentenceTokens == 400)
    }

    /// Slant's table of sentence classes for ASCII is ICU's Sentence_Break property.
    @Test func asciiSentenceClassesAreICUs() {
        for byte in UInt8(0)..<0x80 where byte != 0x0B && byte != 0x0C {
            #expect(Tokenizer.asciiSentenceClass(byte) == CharacterProperties.sentenceClass(of: UInt32(byte)), "byte \(byte)")
        }
    }

    @Test func quotesStayInTheirSentence() throws {
        let text = try makeTokenizer().tokenize("“It’s appeasement,” said Kallas. “We will not capitulate.” The talks ended.")
        #expect(text.sentenceTexts == ["“It’s appeasement,” said Kallas.", "“We will not capitulate.”", "The talks ended."])
    }

    @Test func blankLinesSeparateParagraphs() throws {
        let input = "Headline here\n\nFirst paragraph. Second sentence.\r\n   \r\nSecond paragraph\u{2029}Third"
        let text = try makeTokenizer().tokenize(input)
        #expect(text.paragraphCount == 4)
        #expect(text.sentenceTexts == ["Headline here", "First paragraph.", "Second sentence.", "Second paragraph", "Third"])
        #expect(text.sentences.map(\.paragraph) == [0, 1, 1, 2, 3])
    }

    @Test func hardWrappedLinesJoinWhenTheSentenceGoesOn() throws {
        let text = try makeTokenizer().tokenize("The envoy said the talks\nwould resume in Geneva.\nNo date was set.")
        #expect(text.sentenceTexts == ["The envoy said the talks\nwould resume in Geneva.", "No date was set."])
    }

    @Test func everyTokenCarriesItsSentenceAndParagraph() throws {
        let text = try makeTokenizer().tokenize("A b. C d.\n\nE f.")
        #expect(text.tokens.map(\.sentence) == [0, 0, 0, 1, 1, 1, 2, 2, 2])
        #expect(text.tokens.map(\.paragraph) == [0, 0, 0, 0, 0, 0, 1, 1, 1])
        #expect(text.sentences.map(\.tokens) == [0..<3, 3..<6, 6..<9])
    }

    @Test func withoutSentenceFindingEachParagraphIsOneSentence() throws {
        let tokenizer = try Tokenizer(options: .init(findsSentences: false))
        let text = try tokenizer.tokenize("A b. C d.\n\nE f.")
        #expect(text.sentenceTexts == ["A b. C d.", "E f."])
    }

    @Test func cyrillicSentences() throws {
        let text = try makeTokenizer().tokenize("Кремль заявив, що переговори тривають. Київ відповів «ні».")
        #expect(text.sentenceTexts == ["Кремль заявив, що переговори тривають.", "Київ відповів «ні»."])
    }
}

@Suite("Sentences: initials, hyphenated titles, invisible characters")
struct SentenceEdgeTests {
    @Test func initialsAndHyphenatedTitlesKeepTheSentence() throws {
        let text = try makeTokenizer().tokenize("President John F. Kennedy met then-Sen. Smith and ex-Gov. Jones. He calls him “P.” Then left.")
        #expect(text.sentenceTexts == ["President John F. Kennedy met then-Sen. Smith and ex-Gov. Jones.", "He calls him “P.”", "Then left."])
    }

    @Test func formatCharactersDoNotSeparateAStopFromItsQuote() throws {
        let text = try makeTokenizer().tokenize("He said it.\u{200B}” Then he left. It cost $.1B today.")
        #expect(text.sentenceTexts == ["He said it.\u{200B}”", "Then he left.", "It cost $.1B today."])
    }

    /// A text without a single sentence end stays in pieces of the cap's size.
    @Test func aTextWithoutSentenceEndsIsCut() throws {
        let words = Array(repeating: "word", count: 1000).joined(separator: " ")
        let text = try makeTokenizer().tokenize(words)
        #expect(text.sentences.map(\.tokens.count) == [400, 400, 200])
    }
}
