public import SlantText

/// Where a long document is cut so that it is analysed in pieces of bounded size
/// (``SlantScoring/SegmentedAnalysis`` sums the pieces).
///
/// A segment ends, in order of preference:
/// 1. after a blank line (a paragraph end) in the second half of the segment — the last one
///    before ``segmentBytes``. Quotations, pronoun speakers and inherited speakers never cross a
///    paragraph (``SlantScoring/SpeechFinder``), so the pieces analyse as the whole does, except
///    that a paragraph opening with a contrast word ("But …") no longer discounts the sentence
///    before it;
/// 2. else at a sentence start: the last ``probeBytes`` before the segment's end are tokenized
///    and a sentence start found by punctuation or a line break (not by the sentence-length cap)
///    with ``probeContext`` tokens around it inside the probe is taken. Sentence decisions look
///    at most eight tokens ahead and only at touching tokens behind, so the whole text has a
///    sentence start there too, and every sentence of both pieces is a sentence of the whole.
///    Of those, the last with an even number of double quote marks before it in its paragraph
///    is taken, so a quotation is not cut. A pronoun's speaker, or a quotation with unpaired
///    marks (a stray `"`), can still be split across such a cut;
/// 3. else (no sentence end in the probe: a text without punctuation) at the last ASCII space
///    or line break, or failing that at a character boundary. Here sentence-cap cuts may fall
///    elsewhere than in the whole text.
public struct DocumentSegmenter {
    /// Documents longer than this are analysed in segments of at most this size: 1 MiB. At
    /// about 35 bytes of memory per byte of analysed text (BENCHMARKS.md, issue 11) a segment
    /// costs about 40 MB, and the 1 MB documents of the split benchmark run at the same speed.
    /// News articles are far shorter (the longest of the 1,648 AllSides articles is under
    /// 100 KB), so they are analysed whole.
    public static let defaultSegmentBytes = 1 << 20
    /// How much text before a segment's end is tokenized to find a sentence start there
    /// (64 KiB: hundreds of sentences of news text; 6% of a default segment).
    public static let probeBytes = 1 << 16
    /// Tokens a sentence start must have on each side inside the probe: more than the eight
    /// tokens sentence rule SB8 looks ahead (``Tokenizer``), so the probe decides it as the
    /// whole text does.
    static let probeContext = 16

    /// The largest segment.
    public let segmentBytes: Int
    let tokenizer: Tokenizer
    var probe = TokenizedText()

    /// - Parameters:
    ///   - segmentBytes: the largest segment (at least 64 bytes; tests use small ones).
    ///   - tokenizer: the tokenizer the document is analysed with.
    public init(segmentBytes: Int = DocumentSegmenter.defaultSegmentBytes, tokenizer: Tokenizer) {
        self.segmentBytes = max(64, segmentBytes)
        self.tokenizer = tokenizer
    }

    /// The byte ranges of the segments of `bytes`, in order, covering it exactly (one range
    /// for a document of at most ``segmentBytes``).
    ///
    /// - Complexity: O(n) in the document's size: each segment scans back at most half of
    ///   itself and tokenizes at most ``probeBytes``.
    public mutating func segments(of bytes: [UInt8]) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var start = 0
        while start < bytes.count {
            let end = segmentEnd(bytes, from: start)
            ranges.append(start..<end)
            start = end
        }
        return ranges
    }

    /// The end of the segment that starts at `start`.
    mutating func segmentEnd(_ bytes: [UInt8], from start: Int) -> Int {
        guard bytes.count - start > segmentBytes else { return bytes.count }
        let limit = start + segmentBytes
        let floor = start + segmentBytes / 2
        if let paragraph = Self.lastParagraphStart(bytes, in: floor..<limit) { return paragraph }
        if let sentence = lastSentenceStart(bytes, in: max(floor, limit - Self.probeBytes)..<limit, segmentStart: start) { return sentence }
        if let space = (floor..<limit).last(where: { Self.isASCIISpace(bytes[$0]) }) { return space + 1 }
        var cut = limit
        while cut > floor && bytes[cut] & 0xC0 == 0x80 { cut -= 1 }
        return cut
    }

    /// The position after the last blank line in `range`: a line feed with only spaces, tabs
    /// and carriage returns back to the line feed before it.
    static func lastParagraphStart(_ bytes: [UInt8], in range: Range<Int>) -> Int? {
        var index = range.upperBound - 1
        while index > range.lowerBound {
            if bytes[index] == UInt8(ascii: "\n") {
                var before = index - 1
                while before >= range.lowerBound && (bytes[before] == 0x20 || bytes[before] == 0x09 || bytes[before] == 0x0D) { before -= 1 }
                if before >= range.lowerBound && bytes[before] == UInt8(ascii: "\n") { return index + 1 }
            }
            index -= 1
        }
        return nil
    }

    /// The start of the last sentence in `range` that the whole text has too (see the type's
    /// documentation) and that lies outside double quotes, or `nil`.
    mutating func lastSentenceStart(_ bytes: [UInt8], in range: Range<Int>, segmentStart: Int) -> Int? {
        // The probe runs from after a space to a space, so it neither starts nor ends in a token.
        guard let first = range.firstIndex(where: { Self.isASCIISpace(bytes[$0]) }),
              let last = range.last(where: { Self.isASCIISpace(bytes[$0]) }), first < last else { return nil }
        let probeStart = first + 1
        guard (try? tokenizer.tokenize(utf8: bytes[probeStart..<last], into: &probe)) != nil else { return nil }
        let sentences = probe.sentences
        let cap = tokenizer.options.maximumSentenceTokens
        var candidates: [Int] = []
        for index in sentences.indices.dropFirst() {
            let token = sentences[index].tokens.lowerBound
            guard token >= Self.probeContext, probe.tokens.count - token >= Self.probeContext else { continue }
            guard sentences[index - 1].tokens.count < cap else { continue }
            let byte = probe.tokens[token].byteRange.lowerBound
            guard byte > 0, Self.isASCIISpace(probe.bytes[byte - 1]) else { continue }
            candidates.append(probeStart + byte)
        }
        return Self.lastOutsideQuotes(candidates, bytes, from: segmentStart)
    }

    /// The last of `candidates` (ascending byte offsets) before which the paragraph holds an even
    /// number of double quote marks (" “ ” „ « »), counted from `start` (a segment start, itself
    /// outside quotes) and from each blank line: a cut there splits no quotation. Quotations
    /// are taken to pair within a paragraph, as ``SlantScoring/SpeechFinder`` pairs them.
    static func lastOutsideQuotes(_ candidates: [Int], _ bytes: [UInt8], from start: Int) -> Int? {
        var best: Int?
        var open = false
        var lineFeeds = 0
        var position = start
        for candidate in candidates {
            while position < candidate {
                let byte = bytes[position]
                switch byte {
                case UInt8(ascii: "\n"):
                    lineFeeds += 1
                    if lineFeeds >= 2 { open = false }
                case 0x20, 0x09, 0x0D:
                    break
                default:
                    lineFeeds = 0
                    if Self.isDoubleQuote(bytes, at: position) { open.toggle() }
                }
                position += 1
            }
            if !open { best = candidate }
        }
        return best
    }

    /// Whether a double quote mark starts at `index`: `"`, “ ” „ (U+201C–U+201E), « » (U+00AB, U+00BB).
    @inline(__always)
    static func isDoubleQuote(_ bytes: [UInt8], at index: Int) -> Bool {
        switch bytes[index] {
        case 0x22: return true
        case 0xE2: return index + 2 < bytes.count && bytes[index + 1] == 0x80 && (0x9C...0x9E).contains(bytes[index + 2])
        case 0xC2: return index + 1 < bytes.count && (bytes[index + 1] == 0xAB || bytes[index + 1] == 0xBB)
        default: return false
        }
    }

    @inline(__always)
    static func isASCIISpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09
    }
}
