import SlantCorpus
import SlantText

/// Renders a ``TokenizedText`` for `slant tokenize`.
enum TokenPrinter {
    /// One aligned line per token: byte range, scalar range, kind, key, text as written.
    static func printText(_ text: TokenizedText, sentences: Bool, to output: inout OutputFile) {
        var currentSentence = -1
        for token in text.tokens {
            if sentences, token.sentence != currentSentence {
                currentSentence = token.sentence
                let sentence = text.sentences[currentSentence]
                output.write("# sentence \(currentSentence) paragraph \(sentence.paragraph)\n")
            }
            let bytes = "\(token.byteRange.lowerBound)..<\(token.byteRange.upperBound)"
            let scalars = "\(token.scalarRange.lowerBound)..<\(token.scalarRange.upperBound)"
            var kind = token.kind.description
            if let quote = token.quote { kind += "/\(quote)-quote" }
            output.write(bytes.padded(to: 14) + scalars.padded(to: 14) + kind.padded(to: 26)
                         + text.key(of: token).padded(to: 20) + " " + text.text(of: token) + "\n")
        }
    }

    /// One JSON object per token.
    static func printJSONLines(_ text: TokenizedText, to output: inout OutputFile) {
        for token in text.tokens {
            var line = "{\"text\":" + JSONWriter.quoted(text.text(of: token))
            line += ",\"key\":" + JSONWriter.quoted(text.key(of: token))
            line += ",\"kind\":\"\(token.kind)\""
            line += ",\"bytes\":[\(token.byteRange.lowerBound),\(token.byteRange.upperBound)]"
            line += ",\"scalars\":[\(token.scalarRange.lowerBound),\(token.scalarRange.upperBound)]"
            line += ",\"sentence\":\(token.sentence),\"paragraph\":\(token.paragraph)"
            if let quote = token.quote { line += ",\"quote\":\"\(quote)\"" }
            line += "}\n"
            output.write(line)
        }
    }
}

extension String {
    func padded(to width: Int) -> String {
        let length = count
        return length >= width ? self + " " : self + String(repeating: " ", count: width - length)
    }
}
