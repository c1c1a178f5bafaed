import CStemmer

/// One Snowball stemmer (the system's libstemmer, Debian `libstemmer-dev`, BSD licence): the
/// stem of a word's UTF-8 bytes, such as `украин` for `украине`, `украину`, `украиной`.
///
/// A stemmer owns libstemmer state and a result buffer that each call reuses, so stemming
/// allocates nothing; it is not safe to share between threads (give each thread its own, or
/// guard it, as ``StemCache`` does). This is the only file that talks to libstemmer.
public struct SnowballStemmer: ~Copyable {
    private let handle: OpaquePointer
    /// The Snowball algorithm name (`russian`, `english`, ...).
    public let algorithm: String

    /// A stemmer for `algorithm` over UTF-8. The corresponding libstemmer call is `sb_stemmer_new`.
    ///
    /// - Throws: ``StemmerError`` when libstemmer has no such algorithm (it names the ones it has).
    public init(algorithm: String) throws(StemmerError) {
        guard let handle = sb_stemmer_new(algorithm, "UTF_8") else {
            throw StemmerError(algorithm: algorithm, available: Self.algorithms)
        }
        self.handle = handle
        self.algorithm = algorithm
    }

    deinit { sb_stemmer_delete(handle) }

    /// Calls `body` with the stem of the UTF-8 word `word`; the stem's bytes are valid only
    /// inside `body`. A word libstemmer cannot take (empty, too long for `Int32`, out of
    /// memory) is its own stem. The corresponding libstemmer calls are `sb_stemmer_stem` and
    /// `sb_stemmer_length`.
    ///
    /// - Complexity: O(length of the word); no allocation once the stemmer's buffer has grown
    ///   to the longest word seen.
    public func withStem<Result>(of word: UnsafeBufferPointer<UInt8>, _ body: (UnsafeBufferPointer<UInt8>) throws -> Result) rethrows -> Result {
        guard let base = word.baseAddress, !word.isEmpty, word.count < Int(Int32.max),
              let stemmed = sb_stemmer_stem(handle, base, Int32(word.count)) else { return try body(word) }
        return try body(UnsafeBufferPointer(start: stemmed, count: Int(sb_stemmer_length(handle))))
    }

    /// The stem of `word` as a string (for tests and tools; the hot path uses ``withStem(of:_:)``).
    public func stem(_ word: String) -> String {
        var word = word
        return word.withUTF8 { bytes in withStem(of: bytes) { String(decoding: $0, as: UTF8.self) } }
    }

    /// The algorithms this libstemmer offers (`sb_stemmer_list`).
    public static var algorithms: [String] {
        var names: [String] = []
        guard let list = sb_stemmer_list() else { return names }
        var index = 0
        while let name = list[index] {
            names.append(String(cString: name))
            index += 1
        }
        return names
    }
}

/// A Snowball algorithm libstemmer does not have.
public struct StemmerError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The algorithm asked for.
    public let algorithm: String
    /// The algorithms libstemmer has.
    public let available: [String]

    public var description: String {
        "unknown Snowball stemmer \"\(algorithm)\"; libstemmer has: \(available.joined(separator: ", "))"
    }
}
