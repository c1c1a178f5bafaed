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
        var scratch = Scratch()
        swap(&scratch.attributionWords, &attributionWords)
        defer { swap(&scratch.attributionWords, &attributionWords) }
        return speeches(in: text, mentions: mentions, scratch: &scratch)
    }

    /// ``speeches(in:mentions:attributionWords:)`` with every per-document working array taken
    /// from `scratch` and given back to it (the attribution words among them), so that an
    /// analyzer allocates them once, not per document.
    func speeches(in text: TokenizedText, mentions: [ActorMention], scratch: inout Scratch) -> [Speech] {
        let tokenCount = text.tokens.count
        var quoted = Array.reusing(&scratch.quoted, filledWith: false, count: tokenCount)
        var usedCues = Array.reusing(&scratch.usedCues, filledWith: false, count: tokenCount)
        var cueSlots = Array.reusing(&scratch.cueSlots, filledWith: -1, count: tokenCount)
        var bounds = Array.reusing(&scratch.sentenceMentions, filledWith: 0, count: 0)
        var attributionWords = Array.take(&scratch.attributionWords)
        var attributionMatches = Array.take(&scratch.attributionMatches)
        var paragraphStarts = Array.take(&scratch.paragraphStarts)
        defer {
            scratch.quoted = quoted
            scratch.usedCues = usedCues
            scratch.cueSlots = cueSlots
            scratch.sentenceMentions = bounds
            scratch.attributionWords = attributionWords
            scratch.attributionMatches = attributionMatches
            scratch.paragraphStarts = paragraphStarts
        }
        Self.sentenceMentions(of: text.sentences, mentions: mentions, into: &bounds)
        return text.withKeys { keys, tokens in
            text.bytes.withUnsafeBufferPointer { bytes in
                text.sentences.withUnsafeBufferPointer { sentences in
                    mentions.withUnsafeBufferPointer { mentions in
                        bounds.withUnsafeBufferPointer { bounds in
                            quoted.withUnsafeMutableBufferPointer { quoted in
                                usedCues.withUnsafeMutableBufferPointer { usedCues in
                                  cueSlots.withUnsafeMutableBufferPointer { cueSlots in
                                    let context = Context(bytes: bytes, keys: keys, tokens: tokens, sentences: sentences, mentions: mentions,
                                                          sentenceMentions: bounds, rules: rules, quoted: quoted, usedCues: usedCues,
                                                          cueSlots: cueSlots)
                                    swap(&context.attributionWords, &attributionWords)
                                    swap(&context.attributionMatches, &attributionMatches)
                                    swap(&context.paragraphStarts, &paragraphStarts)
                                    // Room for as many speeches as the last document had: the list is
                                    // the result, so it is not kept, but it need not grow speech by speech.
                                    context.speeches.reserveCapacity(scratch.lastSpeechCount)
                                    context.findQuotations()
                                    context.findDashQuotations()
                                    context.attributeQuotations()
                                    context.findReportedSpeech()
                                    context.inheritSpeakers()
                                    swap(&context.attributionWords, &attributionWords)
                                    swap(&context.attributionMatches, &attributionMatches)
                                    swap(&context.paragraphStarts, &paragraphStarts)
                                    var speeches = context.speeches
                                    context.speeches = []
                                    scratch.lastSpeechCount = speeches.count
                                    speeches.sort { $0.content.lowerBound < $1.content.lowerBound }
                                    return speeches
                                  }
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    /// The working arrays of ``speeches(in:mentions:scratch:)``, kept between documents by
    /// their owner (one per worker: not to be shared between threads).
    struct Scratch {
        /// The tokens where an attribution word starts, in order (the last document's).
        var attributionWords: [Int32] = []
        /// For each of ``attributionWords``: the kind of its match's first entry and its length
        /// in tokens (``AttributionRules/match(keys:tokens:at:end:)`` to the end of the text).
        var attributionMatches: [AttributionMatch] = []
        /// ``Context/paragraphStarts``.
        var paragraphStarts: [Int32] = []
        var quoted: [Bool] = []
        var usedCues: [Bool] = []
        /// ``Context/cueSlots``.
        var cueSlots: [Int32] = []
        /// Two per sentence: the first mention starting at or after its first token, and at or
        /// after its end (``Context/mentions(inSentence:)``).
        var sentenceMentions: [Int32] = []
        /// How many speeches the last document had: the next one's list is made with that room.
        var lastSpeechCount = 0
    }

    /// Fills `bounds` with two numbers per sentence: the index of the first of `mentions` (in
    /// text order) that starts at or after the sentence's first token, and at or after its end,
    /// as a binary search for each would find them, in one walk along both lists.
    static func sentenceMentions(of sentences: [Sentence], mentions: [ActorMention], into bounds: inout [Int32]) {
        bounds.removeAll(keepingCapacity: true)
        bounds.reserveCapacity(2 * sentences.count)
        var position = 0
        func append(_ bound: Int) {
            // Forward while a mention starts before the bound, back while the one before
            // starts at or after it: the first index whose mention starts at or after it.
            while position < mentions.count, mentions[position].tokens.lowerBound < bound { position += 1 }
            while position > 0, mentions[position - 1].tokens.lowerBound >= bound { position -= 1 }
            bounds.append(Int32(truncatingIfNeeded: position))
        }
        for sentence in sentences {
            append(sentence.tokens.lowerBound)
            append(sentence.tokens.upperBound)
        }
    }
}

/// What an attribution word matches, as the quotation walk found it: the kind of the match's
/// first entry and its length in tokens.
struct AttributionMatch {
    var kind: AttributionRules.Kind
    var length: Int32
}

extension SpeechFinder {
    /// The working state of one pass over a text: the document's arrays as buffers.
    ///
    /// A class, one per document: its steps pass one reference. As a struct it was copied to
    /// the stack (and its lists retained) when a mutating step asked a non-mutating one. Its
    /// lists are read and written by its own methods only, one at a time, so their accesses
    /// are not checked at run time.
    final class Context {
        let bytes: UnsafeBufferPointer<UInt8>
        let keys: UnsafeBufferPointer<UInt8>
        let tokens: UnsafeBufferPointer<Token>
        let sentences: UnsafeBufferPointer<Sentence>
        let mentions: UnsafeBufferPointer<ActorMention>
        /// ``Scratch/sentenceMentions``.
        let sentenceMentions: UnsafeBufferPointer<Int32>
        let rules: AttributionRules
        /// The tokens where an attribution word starts, in order (``findQuotations()``).
        @exclusivity(unchecked) var attributionWords: [Int32] = []
        /// What each of ``attributionWords`` matches (``Scratch/attributionMatches``).
        @exclusivity(unchecked) var attributionMatches: [AttributionMatch] = []
        /// The first token of each paragraph, in order (``findQuotations()``).
        @exclusivity(unchecked) var paragraphStarts: [Int32] = []
        @exclusivity(unchecked) var speeches: [Speech] = []
        /// Quote marks of each quotation: (opening index, closing index or nil).
        @exclusivity(unchecked) var quoteMarks: [(open: Int, close: Int?)] = []
        /// For each token: whether it lies inside a quotation, marks included.
        let quoted: UnsafeMutableBufferPointer<Bool>
        /// For each token: whether it was used as a cue already (an array, not a `Set`: no
        /// hashing per token).
        let usedCues: UnsafeMutableBufferPointer<Bool>
        /// For each token: the index in ``attributionMatches`` of the attribution word that
        /// starts there, or -1 (``findQuotations()`` looks every token up once; ``cue(at:)``
        /// reads it here).
        let cueSlots: UnsafeMutableBufferPointer<Int32>

        init(bytes: UnsafeBufferPointer<UInt8>, keys: UnsafeBufferPointer<UInt8>, tokens: UnsafeBufferPointer<Token>,
             sentences: UnsafeBufferPointer<Sentence>, mentions: UnsafeBufferPointer<ActorMention>, sentenceMentions: UnsafeBufferPointer<Int32>,
             rules: AttributionRules, quoted: UnsafeMutableBufferPointer<Bool>, usedCues: UnsafeMutableBufferPointer<Bool>,
             cueSlots: UnsafeMutableBufferPointer<Int32>) {
            self.bytes = bytes
            self.keys = keys
            self.tokens = tokens
            self.sentences = sentences
            self.mentions = mentions
            self.sentenceMentions = sentenceMentions
            self.rules = rules
            self.quoted = quoted
            self.usedCues = usedCues
            self.cueSlots = cueSlots
        }

        /// The first Unicode scalar of the token at `index` (U+FFFD for ill-formed UTF-8, as
        /// the token's text reads it), decoded from the bytes without building a `String`.
        func firstScalar(_ index: Int) -> UInt32 {
            var iterator = UnsafeBufferPointer(rebasing: bytes[tokens[index].byteRange]).makeIterator()
            var decoder = UTF8()
            if case .scalarValue(let scalar) = decoder.decode(&iterator) { return scalar.value }
            return 0xFFFD
        }

        /// Double quote marks (“ ” „ " « ») versus single ones (‘ ’ ‚ ‹ ›).
        func isDouble(_ index: Int) -> Bool {
            let lead = bytes[tokens[index].byteRange.lowerBound]
            if lead == UInt8(ascii: "\"") { return true }
            if lead == UInt8(ascii: "'") { return false }
            let scalar = firstScalar(index)
            return [0x201C, 0x201D, 0x201E, 0x201F, 0x00AB, 0x00BB, 0xFF02, 0x300C, 0x300D, 0x300E, 0x300F].contains(scalar)
        }

        func isLowNine(_ index: Int) -> Bool {
            let scalar = firstScalar(index)
            return scalar == 0x201E || scalar == 0x201A
        }

        /// Finds the quotations and, in the same walk, the attribution words (``attributionWords``,
        /// ``cueSlots``) and the paragraphs (``paragraphStarts``).
        func findQuotations() {
            var open: Int?
            var paragraph = -1
            // Read once into a local: a lookup through the box copies the lexicon each time.
            let words = rules.words.lexicon
            let kinds = rules.kinds
            attributionWords.removeAll(keepingCapacity: true)
            attributionMatches.removeAll(keepingCapacity: true)
            paragraphStarts.removeAll(keepingCapacity: true)
            for index in 0..<tokens.count {
                let token = tokens[index]
                if let match = words.match(keys: keys, tokens: tokens, at: index, end: tokens.count) {
                    cueSlots[index] = Int32(truncatingIfNeeded: attributionWords.count)
                    attributionWords.append(Int32(truncatingIfNeeded: index))
                    attributionMatches.append(AttributionMatch(kind: kinds[match.entries.lowerBound], length: Int32(truncatingIfNeeded: match.length)))
                }
                if token.paragraph != paragraph {
                    if let start = open { closeQuotation(open: start, close: nil, end: index) }
                    open = nil
                    paragraph = token.paragraph
                    paragraphStarts.append(Int32(truncatingIfNeeded: index))
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
        ///
        /// Only the paragraphs' first tokens are read (``paragraphStarts``, from the quotation
        /// walk), and the tokens of a paragraph that opens with a dash.
        func findDashQuotations() {
            var found = false
            for (position, first) in paragraphStarts.enumerated() {
                let start = Int(first)
                guard isDash(start) && !quoted[start] else { continue }
                let end = position + 1 < paragraphStarts.count ? Int(paragraphStarts[position + 1]) : tokens.count
                if let close = (start + 1..<end).first(where: { isDash($0) && dashIntroducesCue($0, end: end) }) {
                    closeQuotation(open: start, close: close, end: close)
                    found = true
                }
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
            return bytes[range.lowerBound] == 0xE2 && bytes[range.lowerBound + 1] == 0x80
                && (bytes[range.lowerBound + 2] == 0x94 || bytes[range.lowerBound + 2] == 0x93)
        }

        func closeQuotation(open: Int, close: Int?, end: Int) {
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

        /// The mentions of one sentence, without scanning the others (the indices of
        /// ``mentions``, from ``Scratch/sentenceMentions``).
        func mentions(inSentence sentence: Int) -> Range<Int> {
            Int(sentenceMentions[2 * sentence])..<Int(sentenceMentions[2 * sentence + 1])
        }

        /// Whether `index` lies inside any quotation, marks included.
        func isQuoted(_ index: Int) -> Bool { quoted[index] }

        /// Whether the token is ".", "!" or "?".
        func endsSentence(_ token: Token) -> Bool {
            guard token.kind == .punctuation else { return false }
            let byte = bytes[token.byteRange.lowerBound]
            return byte == UInt8(ascii: ".") || byte == UInt8(ascii: "!") || byte == UInt8(ascii: "?")
        }

        /// The attribution word at `index`, if any: the kind of its match's first entry and its
        /// length (``AttributionRules/match(keys:tokens:at:end:)`` to the end of the text), as
        /// ``findQuotations()`` found it.
        func cue(at index: Int) -> (kind: AttributionRules.Kind, length: Int)? {
            guard index >= 0, index < tokens.count else { return nil }
            let slot = Int(cueSlots[index])
            guard slot >= 0 else { return nil }
            let match = attributionMatches[slot]
            return (match.kind, Int(match.length))
        }
    }
}
