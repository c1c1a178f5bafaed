// The sentence pass: ICU sentence boundaries, filtered by what the word pass learned.

extension Tokenizer {
    /// Sets every token's sentence index and fills `result.sentences`.
    ///
    /// A new sentence starts at a new paragraph, or at an ICU sentence boundary between two
    /// tokens unless ``suppressesBoundary(after:before:_:)`` says otherwise.
    func assignSentences(_ result: inout TokenizedText, _ bytes: UnsafeBufferPointer<UInt8>) throws {
        guard !result.tokens.isEmpty else { return }
        boundaryScratch.removeAll(keepingCapacity: true)
        if options.findsSentences {
            try sentenceBreaks.setText(bytes)
            while let boundary = sentenceBreaks.next(), boundary < bytes.count {
                boundaryScratch.append(boundary)
            }
        }
        var sentence = 0
        var sentenceStart = 0
        var nextBoundary = 0
        for index in result.tokens.indices {
            let token = result.tokens[index]
            if index > 0 {
                let previous = result.tokens[index - 1]
                var crossesBoundary = false
                while nextBoundary < boundaryScratch.count, boundaryScratch[nextBoundary] <= Int(token.byteStart) {
                    if boundaryScratch[nextBoundary] >= Int(previous.byteEnd) { crossesBoundary = true }
                    nextBoundary += 1
                }
                let startsSentence = token.paragraphIndex != previous.paragraphIndex
                    || (crossesBoundary && !suppressesBoundary(after: previous, before: token, bytes))
                if startsSentence {
                    result.appendSentence(tokens: sentenceStart..<index)
                    sentence += 1
                    sentenceStart = index
                }
            }
            result.tokens[index].sentenceIndex = UInt32(sentence)
        }
        result.appendSentence(tokens: sentenceStart..<result.tokens.count)
    }

    /// Whether an ICU sentence boundary between two tokens of one paragraph is not a real
    /// sentence end: after an abbreviation that keeps its period ("Gen. Syrskyi"), or at a
    /// single line break inside a sentence (hard-wrapped text: no final punctuation before,
    /// a lowercase word after).
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

extension TokenizedText {
    mutating func appendSentence(tokens range: Range<Int>) {
        let first = tokens[range.lowerBound]
        let last = tokens[range.upperBound - 1]
        sentences.append(Sentence(tokens: range, byteRange: first.byteRange.lowerBound..<last.byteRange.upperBound,
                                  paragraph: first.paragraph))
    }
}
