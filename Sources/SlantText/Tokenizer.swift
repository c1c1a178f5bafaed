/// Splits UTF-8 text into tokens, sentences and paragraphs with ICU's word-break rules (an
/// ASCII fast path gives the same boundaries) and Unicode's sentence rules applied to the
/// token stream, then applies Slant's merges (hyphenated compounds, abbreviations) and
/// computes a normalized key per token.
///
/// The text is never converted to UTF-16 as a whole: ICU reads the UTF-8 bytes through a
/// UText. A tokenizer holds ICU iterators and scratch buffers, so it is not thread-safe;
/// give each worker its own. Reusing one tokenizer and one ``TokenizedText`` across
/// documents (``tokenize(utf8:into:)``) allocates nothing per token.
///
/// ```swift
/// let tokenizer = try Tokenizer()
/// let text = try tokenizer.tokenize("The Kremlin said it was “impressed”.")
/// text.tokens.map(text.key(of:))  // ["the", "kremlin", "said", "it", "was", "“", "impressed", "”", "."]
/// ```
public final class Tokenizer {
    /// Options that shape tokenization.
    public struct Options: Sendable {
        /// The ICU locale for break rules, such as `"en"`, `"uk"` or `"ru"`.
        public var locale: String
        /// Words whose final period belongs to them (see ``Abbreviations``).
        public var abbreviations: Abbreviations
        /// Whether to find sentence boundaries (otherwise every paragraph is one sentence).
        public var findsSentences: Bool
        /// The most tokens a sentence holds: a longer run without a sentence end is cut into
        /// pieces of this size (see ``Tokenizer/defaultMaximumSentenceTokens``).
        public var maximumSentenceTokens: Int
        /// Whether runs of ASCII are segmented without ICU (the same boundaries as ICU's, see
        /// the tests against `WordBreakTest.txt`); turn off only to compare with ICU alone.
        public var usesASCIIFastPath: Bool

        public init(locale: String = "en", abbreviations: Abbreviations = Abbreviations(), findsSentences: Bool = true,
                    usesASCIIFastPath: Bool = true, maximumSentenceTokens: Int = Tokenizer.defaultMaximumSentenceTokens) {
            self.maximumSentenceTokens = maximumSentenceTokens
            self.locale = locale
            self.abbreviations = abbreviations
            self.findsSentences = findsSentences
            self.usesASCIIFastPath = usesASCIIFastPath
        }
    }

    /// The options this tokenizer was made with.
    public let options: Options

    let wordBreaks: WordSegmenter
    let folder: CaseFolder
    /// Normalized keys of the abbreviations, period included ("mr.").
    let abbreviationKeys: ByteStringTable
    /// A bit per ``abbreviationFilterBits``-bit slice of a key hash: set for the ``KeyHash`` of
    /// each abbreviation's key without its period ("mr"). A word before a period whose
    /// ``Token/keyHash`` finds its bit clear is no abbreviation, and the merge looks nothing up
    /// (most words before a period end a sentence).
    let abbreviationFilter: [UInt64]
    /// The token of each typographic mark the fast loop reads (``typographicTokens(folder:)``).
    let typographicTokens: [TypographicToken]
    /// The key and case of each Cyrillic letter (``cyrillicLetters(folder:)``).
    let cyrillicLetters: [CyrillicLetter]
    /// ``asciiLeads``, ``asciiBytes`` and ``typographicTokens`` in storage the tokenizer owns,
    /// read by the fast loop through plain pointers: reached through three nested
    /// `withUnsafeBufferPointer` closures, the loop kept its counters in memory.
    let leadTable: UnsafeMutableBufferPointer<ASCIILead>
    let byteTable: UnsafeMutableBufferPointer<UInt8>
    let typographicTable: UnsafeMutableBufferPointer<TypographicToken>

    /// Opens the ICU iterators and the normalizer.
    ///
    /// - Throws: ``ICUError`` when ICU cannot open them (for example, missing ICU data).
    public init(options: Options = Options()) throws(ICUError) {
        self.options = options
        let folder = try CaseFolder()
        self.folder = folder
        let typographic = try Self.typographicTokens(folder: folder), cyrillic = try Self.cyrillicLetters(folder: folder)
        // An ICU whose folding the fast path cannot write in place leaves every word to ICU.
        wordBreaks = try WordSegmenter(locale: options.locale, fastPath: options.usesASCIIFastPath && typographic != nil && cyrillic != nil)
        typographicTokens = typographic ?? []
        cyrillicLetters = cyrillic ?? []
        leadTable = .allocate(capacity: Self.asciiLeads.count)
        _ = leadTable.initialize(from: Self.asciiLeads)
        byteTable = .allocate(capacity: Self.asciiBytes.count)
        _ = byteTable.initialize(from: Self.asciiBytes)
        // An empty table (no fast path) is never read; one entry keeps the allocation non-empty.
        typographicTable = .allocate(capacity: max(1, typographicTokens.count))
        _ = typographicTable.initialize(from: typographicTokens.isEmpty ? [TypographicToken()] : typographicTokens)
        var keys = ByteStringTable()
        var filter = [UInt64](repeating: 0, count: (1 << Self.abbreviationFilterBits) / 64)
        var scratch: [UInt8] = []
        for entry in options.abbreviations.entries {
            scratch.removeAll(keepingCapacity: true)
            let entryBytes = Array(entry.utf8)
            try entryBytes.withUnsafeBufferPointer { bytes throws(ICUError) in try folder.fold(bytes, appendingTo: &scratch) }
            scratch.withUnsafeBufferPointer { _ = keys.insert($0) }
            // Every entry ends with a period (``Abbreviations``), which folds to itself.
            if scratch.last == UInt8(ascii: ".") {
                let word = scratch.withUnsafeBufferPointer { UInt32(truncatingIfNeeded: KeyHash.hash(UnsafeBufferPointer(rebasing: $0.dropLast()))) }
                filter[Self.abbreviationFilterSlot(word)] |= Self.abbreviationFilterBit(word)
            }
        }
        abbreviationKeys = keys
        abbreviationFilter = filter
    }

    deinit {
        leadTable.deallocate()
        byteTable.deallocate()
        typographicTable.deallocate()
    }

    /// Tokenizes a string.
    ///
    /// - Throws: ``TokenizerError`` for a document over 2 GiB, ``ICUError`` when ICU fails.
    public func tokenize(_ text: String) throws -> TokenizedText {
        var result = TokenizedText()
        try tokenize(utf8: Array(text.utf8), into: &result)
        return result
    }

    /// Tokenizes UTF-8 bytes, which may be ill-formed (see ``InvalidUTF8Sequence``).
    public func tokenize(utf8 bytes: some Sequence<UInt8>) throws -> TokenizedText {
        var result = TokenizedText()
        try tokenize(utf8: bytes, into: &result)
        return result
    }

    /// Tokenizes UTF-8 bytes into `result`, reusing its storage.
    ///
    /// - Parameter wellFormed: the caller has checked that the bytes are well-formed UTF-8 (a JSON
    ///   Lines reader does for every line), so they are not checked again and
    ///   ``TokenizedText/invalidSequences`` stays empty. Ill-formed bytes passed as well-formed
    ///   give wrong scalar counts.
    /// - Complexity: O(n) in the number of bytes; no allocation per token once `result`
    ///   has grown to the size of the documents it holds.
    public func tokenize(utf8 bytes: some Sequence<UInt8>, into result: inout TokenizedText, wellFormed: Bool = false) throws {
        result.removeAll()
        // A caller in another module reaches this generic function unspecialized, where appending
        // a sequence goes element by element; contiguous bytes (an array, a slice, a buffer) are
        // copied at once.
        if bytes.withContiguousStorageIfAvailable({ result.bytes.append(contentsOf: $0) }) == nil {
            result.bytes.append(contentsOf: bytes)
        }
        guard result.bytes.count < Int(Int32.max) else {
            throw TokenizerError.documentTooLarge(byteCount: result.bytes.count)
        }
        var bytes = result.bytes
        result.bytes = []
        defer { result.bytes = bytes }
        try bytes.withUnsafeMutableBufferPointer { buffer throws in
            try segment(UnsafeBufferPointer(buffer), into: &result, wellFormed: wellFormed)
        }
    }
}

/// Why a document could not be tokenized.
public enum TokenizerError: Error, Sendable, Hashable, CustomStringConvertible {
    /// ICU's break iterators address text with 32-bit offsets.
    case documentTooLarge(byteCount: Int)

    public var description: String {
        switch self {
        case .documentTooLarge(let count):
            "document of \(count) bytes is too large: one document must be under 2 GiB (split it)"
        }
    }
}
