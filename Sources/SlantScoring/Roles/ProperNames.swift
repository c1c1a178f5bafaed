public import SlantText

/// Words that are part of a capitalised name ("European Peace Fund", "Sunshine State") say
/// nothing about anyone: neither their sentiment nor, for predicates, their action counts.
public enum ProperNames {
    /// A sentence whose word tokens are at least this share capitalised is a headline in title
    /// case, where capitals do not mark names.
    public static let titleCaseShare = 0.6

    /// Whether most words of `sentence` are capitalised (a title-case headline).
    public static func isTitleCase(_ sentence: Sentence, tokens: UnsafeBufferPointer<Token>) -> Bool {
        var words = 0
        var capitalised = 0
        for index in sentence.tokens where tokens[index].kind == .word {
            words += 1
            if tokens[index].isCapitalized || tokens[index].isAllCaps { capitalised += 1 }
        }
        return isTitleCase(words: words, capitalised: capitalised)
    }

    /// Whether a sentence of `words` word tokens, `capitalised` of them capitalised or in
    /// capitals, is a title-case headline (the test of ``isTitleCase(_:tokens:)`` on its counts).
    static func isTitleCase(words: Int, capitalised: Int) -> Bool {
        words >= 4 && Double(capitalised) >= titleCaseShare * Double(words)
    }

    /// ``isTitleCase(_:tokens:)`` of each sentence of `text`, in order.
    public static func titleCaseSentences(of text: TokenizedText, tokens: UnsafeBufferPointer<Token>) -> [Bool] {
        var flags: [Bool] = []
        titleCaseSentences(of: text, tokens: tokens, into: &flags)
        return flags
    }

    /// ``isTitleCase(_:tokens:)`` of each sentence of `text`, replacing the contents of `flags`
    /// (its capacity is kept: the analyzer reuses one array across documents).
    public static func titleCaseSentences(of text: TokenizedText, tokens: UnsafeBufferPointer<Token>, into flags: inout [Bool]) {
        flags.removeAll(keepingCapacity: true)
        for sentence in text.sentences { flags.append(isTitleCase(sentence, tokens: tokens)) }
    }

    /// Whether the word at `index` is capitalised, not the sentence's first word, and next to
    /// another capitalised word: part of a name.
    public static func isInsideName(_ index: Int, sentence: Sentence, tokens: UnsafeBufferPointer<Token>) -> Bool {
        isInsideName(index, sentence: sentence, firstWord: firstWord(sentence, tokens: tokens), tokens: tokens)
    }

    /// ``isInsideName(_:sentence:tokens:)`` with the sentence's ``firstWord(_:tokens:)`` given,
    /// for a loop over the words of one sentence.
    static func isInsideName(_ index: Int, sentence: Sentence, firstWord first: Int, tokens: UnsafeBufferPointer<Token>) -> Bool {
        let token = tokens[index]
        guard token.kind == .word, token.isCapitalized, !token.isAllCaps, index > first else { return false }
        let previous = index - 1
        let next = index + 1
        // The sentence's first word is capitalised anyway: it does not make a name.
        let capitalisedBefore = previous > first && tokens[previous].kind == .word && tokens[previous].isCapitalized
        let capitalisedAfter = next < sentence.tokens.upperBound && tokens[next].kind == .word && tokens[next].isCapitalized
        return capitalisedBefore || capitalisedAfter
    }

    static func firstWord(_ sentence: Sentence, tokens: UnsafeBufferPointer<Token>) -> Int {
        var index = sentence.tokens.lowerBound
        while index < sentence.tokens.upperBound, !tokens[index].isWordLike { index += 1 }
        return index
    }
}
