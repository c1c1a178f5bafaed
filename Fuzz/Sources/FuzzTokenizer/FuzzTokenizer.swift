import FuzzSupport
import SlantText

/// Built once; the tokenizer is immutable and reused across inputs.
/// libFuzzer calls the harness from one thread.
nonisolated(unsafe) let tokenizer = FuzzSupport.tokenizer()

/// Tokenizes the input and checks: tokens and gaps rebuild it byte for byte; tokens are
/// non-empty, in order, inside the text; scalar offsets match an independent UTF-8 count
/// (each ill-formed subpart one scalar); gaps hold no letter, mark, number, punctuation or
/// symbol; sentences cover the tokens in order without gaps.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTokenizer(_ data: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let bytes = FuzzSupport.bytes(data, count)
    guard let text = try? tokenizer.tokenize(utf8: bytes) else { return 0 }
    let check = FuzzSupport.check
    check(text.bytes == bytes, "the text keeps the bytes")
    // Scalar index at each scalar boundary, counted independently.
    var scalarAt = [Int](repeating: -1, count: bytes.count + 1)
    var parser = Unicode.UTF8.ForwardParser()
    var iterator = bytes.makeIterator()
    var offset = 0, scalars = 0
    loop: while true {
        scalarAt[offset] = scalars
        switch parser.parseScalar(from: &iterator) {
        case .valid(let encoded): offset += encoded.count
        case .error(let length): offset += length
        case .emptyInput: break loop
        }
        scalars += 1
    }
    check(offset == bytes.count, "the parser consumed everything")
    check(text.scalarCount == scalars, "scalarCount \(text.scalarCount) is \(scalars)")
    var rebuilt: [UInt8] = []
    rebuilt.reserveCapacity(bytes.count)
    let gaps = text.gaps
    check(gaps.count == text.tokens.count + 1, "one gap more than tokens")
    var previousEnd = 0
    for (index, token) in text.tokens.enumerated() {
        let range = token.byteRange
        check(!range.isEmpty, "token \(index) is empty")
        check(range.lowerBound >= previousEnd && range.upperBound <= bytes.count, "token \(index) in order and inside")
        check(scalarAt[range.lowerBound] == token.scalarRange.lowerBound, "token \(index) scalar start")
        check(scalarAt[range.upperBound] == token.scalarRange.upperBound, "token \(index) scalar end")
        rebuilt += bytes[gaps[index]]
        rebuilt += bytes[range]
        previousEnd = range.upperBound
        check(text.sentences.indices.contains(token.sentence), "token \(index) has a sentence")
        check(text.sentences[token.sentence].tokens.contains(index), "token \(index) lies in its sentence")
        _ = text.key(of: token)
    }
    rebuilt += bytes[gaps[text.tokens.count]]
    // Gaps hold only spaces, line ends, controls and format characters (or ill-formed bytes):
    // no letter, mark, number, punctuation or symbol is lost between tokens.
    for gap in gaps where !gap.isEmpty {
        for scalar in String(decoding: bytes[gap], as: UTF8.self).unicodeScalars where scalar != "\u{FFFD}" {
            switch scalar.properties.generalCategory {
            case .spaceSeparator, .lineSeparator, .paragraphSeparator, .control, .format, .surrogate: continue
            default: check(scalar.properties.isWhitespace, "U+\(String(scalar.value, radix: 16)) lies in a gap")
            }
        }
    }
    check(rebuilt == bytes, "tokens and gaps rebuild the input")
    var next = 0
    for sentence in text.sentences {
        check(sentence.tokens.lowerBound == next && !sentence.tokens.isEmpty, "sentences cover the tokens in order")
        next = sentence.tokens.upperBound
    }
    check(next == text.tokens.count, "sentences cover every token")
    return 0
}
