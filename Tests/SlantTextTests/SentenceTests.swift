import Testing
import SlantText

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

    @Test func icuSuppressionsWorkWithoutAnAbbreviationList() throws {
        let text = try Tokenizer().tokenize("Mr. Peskov spoke. He left.")
        #expect(text.sentenceTexts == ["Mr. Peskov spoke.", "He left."])
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
