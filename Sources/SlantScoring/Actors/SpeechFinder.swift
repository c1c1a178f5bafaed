public import SlantText
import SlantLexicon

/// Finds quotations and reported speech and who says them.
///
/// Quotations: an opening quote mark to its closing mark in the same paragraph (an unclosed
/// quotation runs to the paragraph's end, as wire copy continues quotes across paragraphs).
/// The speaker is the actor named next to a speech verb right after the quotation
/// (“…,” said Kallas / “…,” Kallas said) or right before it (Kallas said: “…”); a pronoun
/// next to the verb (“…,” he said) refers to the last speaker of the paragraph.
/// Reported speech: an actor right before a speech verb ("Peskov said Moscow was ready") says
/// the rest of the sentence; an actor next to a verb at the end of a sentence ("..., Peskov
/// said.") says what comes before; "according to X" gives X the rest of the sentence.
/// A quotation without attribution inside reported speech belongs to that speaker, and one
/// that follows an attributed quotation in the same paragraph continues it.
public struct SpeechFinder: Sendable {
    /// The attribution words.
    public let rules: AttributionRules
    /// How many tokens may separate a quotation from its speech verb, and a speech verb from
    /// its speaker. Wire copy puts them side by side ("…,” said Sybiha), titles in between
    /// ("…,” Kremlin spokesman Dmitry Peskov said) make up the rest.
    public static let attributionReach = 6

    public init(rules: AttributionRules) {
        self.rules = rules
    }

    /// Every speech in `text`, with speakers resolved against `mentions`.
    public func speeches(in text: TokenizedText, mentions: [ActorMention]) -> [Speech] {
        var words: [Int32] = []
        return speeches(in: text, mentions: mentions, attributionWords: &words)
    }

    /// ``speeches(in:mentions:)``, leaving in `attributionWords` (contents replaced, capacity
    /// kept) every token where an attribution word starts (``AttributionRules/match(keys:tokens:at:end:)``
    /// to the end of the text), in order: found in the walk that finds the quotations, and
    /// read by reported speech and by the analyzer's distancing words instead of walking the
    /// tokens again.
    func speeches(in text: TokenizedText, mentions: [ActorMention], attributionWords: inout [Int32]) -> [Speech] {
        text.withKeys { keys, tokens in
            var context = Context(text: text, keys: keys, tokens: tokens, mentions: mentions, rules: rules)
            swap(&context.attributionWords, &attributionWords)
            context.findQuotations()
            context.findDashQuotations()
            context.attributeQuotations()
            context.findReportedSpeech()
            context.inheritSpeakers()
            swap(&context.attributionWords, &attributionWords)
            return context.speeches.sorted { $0.content.lowerBound < $1.content.lowerBound }
        }
    }
}

extension SpeechFinder {
    /// The working state of one pass over a text.
    struct Context {
        let text: TokenizedText
        let keys: UnsafeBufferPointer<UInt8>
        let tokens: UnsafeBufferPointer<Token>
        let mentions: [ActorMention]
        let rules: AttributionRules
        /// The tokens where an attribution word starts, in order (``findQuotations()``).
        var attributionWords: [Int32] = []
        var speeches: [Speech] = []
        /// Quote marks of each quotation: (opening index, closing index or nil).
        var quoteMarks: [(open: Int, close: Int?)] = []
        /// For each token: whether it lies inside a quotation, marks included.
        var quoted: [Bool]
        /// For each token: whether it was used as a cue already (an array, not a `Set`: no
        /// hashing per token).
        var usedCues: [Bool]

        init(text: TokenizedText, keys: UnsafeBufferPointer<UInt8>, tokens: UnsafeBufferPointer<Token>,
             mentions: [ActorMention], rules: AttributionRules) {
            self.text = text
            self.keys = keys
            self.tokens = tokens
            self.mentions = mentions
            self.rules = rules
            quoted = Array(repeating: false, count: tokens.count)
            usedCues = Array(repeating: false, count: tokens.count)
        }

        /// Double quote marks (“ ” „ " « ») versus single ones (‘ ’ ‚ ‹ ›).
        func isDouble(_ index: Int) -> Bool {
            let lead = text.bytes[tokens[index].byteRange.lowerBound]
            if lead == UInt8(ascii: "\"") { return true }
            if lead == UInt8(ascii: "'") { return false }
            let scalar = text.text(of: tokens[index]).unicodeScalars.first!.value
            return [0x201C, 0x201D, 0x201E, 0x201F, 0x00AB, 0x00BB, 0xFF02, 0x300C, 0x300D, 0x300E, 0x300F].contains(scalar)
        }

        func isLowNine(_ index: Int) -> Bool {
            let scalar = text.text(of: tokens[index]).unicodeScalars.first!.value
            return scalar == 0x201E || scalar == 0x201A
        }

        /// Finds the quotations and, in the same walk, the attribution words (``attributionWords``).
        mutating func findQuotations() {
            var open: Int?
            var paragraph = -1
            // Read once into a local: a lookup through the box copies the lexicon each time.
            let words = rules.words.lexicon
            attributionWords.removeAll(keepingCapacity: true)
            for index in 0..<tokens.count {
                let token = tokens[index]
                if words.match(keys: keys, tokens: tokens, at: index, end: tokens.count) != nil {
                    attributionWords.append(Int32(truncatingIfNeeded: index))
                }
                if token.paragraph != paragraph {
                    if let start = open { closeQuotation(open: start, close: nil, end: index) }
                    open = nil
                    paragraph = token.paragraph
                }
                guard let role = token.quote else { continue }
                if let start = open {
                    guard isDouble(start) == isDouble(index) else { continue }
                    // „…“ closes with a mark that is an opening mark elsewhere.
                    if role == .closing || role == .ambiguous || (role == .opening && isLowNine(start) && !isLowNine(index)) {
                        closeQuotation(open: start, close: index, end: index)
                        open = nil
                    }
                } else if role == .opening || (role == .ambiguous && isDouble(index)) {
                    open = index
                }
            }
            if let start = open { closeQuotation(open: start, close: nil, end: tokens.count) }
        }

        /// Dash-introduced speech, as Russian and Ukrainian print dialogue: a paragraph that opens
        /// with a dash (— or –), outside quote marks, is a quotation up to the next dash that a
        /// speech verb follows within ``dashCueReach`` tokens ("— Это ошибка, — сказал он.").
        /// A dash paragraph without such a dash is left alone (it may be a list item).
        mutating func findDashQuotations() {
            var start = 0
            var found = false
            while start < tokens.count {
                let paragraph = tokens[start].paragraph
                var end = start + 1
                while end < tokens.count && tokens[end].paragraph == paragraph { end += 1 }
                if isDash(start) && !quoted[start], let close = (start + 1..<end).first(where: { isDash($0) && dashIntroducesCue($0, end: end) }) {
                    closeQuotation(open: start, close: close, end: close)
                    found = true
                }
                start = end
            }
            if found { quoteMarks.sort { $0.open < $1.open } }
        }

        /// How many tokens after a closing dash its speech verb may come ("— сказал", "— заявил
        /// министр" have it first; "— как сказал" second).
        static let dashCueReach = 2

        func dashIntroducesCue(_ dash: Int, end: Int) -> Bool {
            (dash + 1..<min(end, dash + 1 + Self.dashCueReach)).contains { cue(at: $0)?.kind.isSpeechVerb == true }
        }

        /// Whether the token is an em dash (U+2014) or an en dash (U+2013).
        func isDash(_ index: Int) -> Bool {
            let range = tokens[index].byteRange
            guard range.count == 3 else { return false }
            return text.bytes[range.lowerBound] == 0xE2 && text.bytes[range.lowerBound + 1] == 0x80
                && (text.bytes[range.lowerBound + 2] == 0x94 || text.bytes[range.lowerBound + 2] == 0x93)
        }

        mutating func closeQuotation(open: Int, close: Int?, end: Int) {
            guard open + 1 < end else { return }
            quoteMarks.append((open, close))
            for index in open...(close ?? end - 1) { quoted[index] = true }
            speeches.append(Speech(content: open + 1..<end, cue: nil, speaker: nil, speakerTokens: nil, isQuotation: true,
                                   paragraph: tokens[open].paragraph))
        }

        /// The index of the first mention that starts at or after token `index` (mentions are
        /// in text order; binary search).
        func firstMention(atOrAfter index: Int) -> Int {
            var low = 0
            var high = mentions.count
            while low < high {
                let middle = (low + high) / 2
                if mentions[middle].tokens.lowerBound >= index { high = middle } else { low = middle + 1 }
            }
            return low
        }

        /// The mentions of one sentence, without scanning the others.
        func mentions(inSentence sentence: Int) -> ArraySlice<ActorMention> {
            let range = text.sentences[sentence].tokens
            return mentions[firstMention(atOrAfter: range.lowerBound)..<firstMention(atOrAfter: range.upperBound)]
        }

        /// Whether `index` lies inside any quotation, marks included.
        func isQuoted(_ index: Int) -> Bool { quoted[index] }

        /// Whether the token is ".", "!" or "?".
        func endsSentence(_ token: Token) -> Bool {
            guard token.kind == .punctuation else { return false }
            let byte = text.bytes[token.byteRange.lowerBound]
            return byte == UInt8(ascii: ".") || byte == UInt8(ascii: "!") || byte == UInt8(ascii: "?")
        }

        /// The speech verb or source phrase at `index`, if any.
        func cue(at index: Int) -> (kind: AttributionRules.Kind, length: Int)? {
            guard index >= 0, index < tokens.count else { return nil }
            return rules.match(keys: keys, tokens: tokens, at: index, end: tokens.count)
        }
    }
}
