public import SlantText
import Foundation

/// Single-word terms of a lexicon by their Snowball stem, so that a form the lexicon does not
/// list matches a listed form of the same word: with the Russian stemmer the term `агрессия`
/// also matches `агрессии`, `агрессию`, `агрессией` (all stem to `агресс`).
///
/// A token's stem is computed once per distinct key and remembered (``cacheLimit``), so the hot
/// path stems each word of the vocabulary once and afterwards costs one table lookup under a
/// lock; nothing is allocated per token.
public final class StemIndex: @unchecked Sendable {
    /// The Snowball algorithm (`russian`).
    public let algorithm: String
    /// The stems of the single-word terms.
    @usableFromInline let stems: ByteStringTable
    /// For each stem id, the entries of the first term with that stem.
    @usableFromInline let entriesOfStem: [Range<Int32>]
    /// Guards ``cache``: the stemmer's buffer and the remembered keys (`@unchecked Sendable`).
    private let lock = NSLock()
    private var cache: Cache

    /// The fewest letters a term's stem needs to be indexed. Snowball's Russian stems are short
    /// and join unrelated words (свой and СВО → `сво`, место and месть → `мест`, мог and могила
    /// → `мог`, изменить and измена → `измен`); terms are often listed form by form precisely to
    /// avoid such words. Counted on the Russian frames development articles (EVALUATION.md):
    /// with 6 letters the stems reached 11 distinct words the lexicon misses, all of the same
    /// word (договора → договор-, протестуют → протест), with 5 they reached 23, among them
    /// `изменит` → измена and `перебил` → перебой.
    public static let minimumStemLetters = 6

    /// The most distinct keys remembered; beyond it keys are stemmed on every lookup (still
    /// without allocation), so hostile input with endless distinct words cannot grow memory.
    public static let cacheLimit = 1 << 20

    fileprivate struct Cache: ~Copyable {
        var stemmer: SnowballStemmer
        /// Keys seen so far, and each one's stem id (-1: no term has its stem).
        var seen = ByteStringTable()
        var stemOfSeen: [Int32] = []

        /// The id in `stems` of the stem of `key` (-1 for none), stemmed once per distinct key
        /// up to ``StemIndex/cacheLimit`` keys; `keyHash` is the key's ``KeyHash`` when known.
        mutating func stemID(of key: UnsafeBufferPointer<UInt8>, keyHash: UInt32?, stems: ByteStringTable) -> Int32 {
            let seenID = if let keyHash { seen.id(of: key, keyHash: keyHash) } else { seen.id(of: key) }
            if let seenID { return stemOfSeen[Int(seenID)] }
            let id = stemmer.withStem(of: key) { stems.id(of: $0) } ?? -1
            if stemOfSeen.count < StemIndex.cacheLimit {
                _ = seen.insert(key)
                stemOfSeen.append(id)
            }
            return id
        }
    }

    /// An index of `words` (term keys with their entry ranges, highest priority first: a stem
    /// shared by several terms keeps the first).
    ///
    /// - Throws: ``StemmerError`` for an algorithm libstemmer does not have.
    public init(algorithm: String, words: [(key: ArraySlice<UInt8>, entries: Range<Int32>)]) throws(StemmerError) {
        let stemmer = try SnowballStemmer(algorithm: algorithm)
        var stems = ByteStringTable()
        var entriesOfStem: [Range<Int32>] = []
        for (key, entries) in words {
            key.withUnsafeBufferPointer { bytes in
                stemmer.withStem(of: bytes) { stem in
                    guard Self.letterCount(stem) >= Self.minimumStemLetters else { return }
                    let (id, inserted) = stems.insert(stem)
                    if inserted && Int(id) == entriesOfStem.count { entriesOfStem.append(entries) }
                }
            }
        }
        self.algorithm = algorithm
        self.stems = stems
        self.entriesOfStem = entriesOfStem
        self.cache = Cache(stemmer: stemmer)
    }

    /// The number of Unicode scalars in UTF-8 `bytes` (bytes that are not continuation bytes).
    static func letterCount(_ bytes: UnsafeBufferPointer<UInt8>) -> Int { bytes.count { $0 & 0xC0 != 0x80 } }

    /// The entries of the term whose stem is the stem of `key`, or `nil`, from the index's
    /// shared memo under its lock.
    public func entries(stemming key: UnsafeBufferPointer<UInt8>) -> Range<Int>? {
        lock.lock()
        let id = cache.stemID(of: key, keyHash: nil, stems: stems)
        lock.unlock()
        return entries(ofStem: id)
    }

    /// The same as ``entries(stemming:)`` from a worker's own memo: no lock, and the key's
    /// hash is the one its token carries (``Token/keyHash``), not computed again.
    public func entries(stemming key: UnsafeBufferPointer<UInt8>, keyHash: UInt32, memo: Memo) -> Range<Int>? {
        entries(ofStem: memo.cache.stemID(of: key, keyHash: keyHash, stems: stems))
    }

    private func entries(ofStem id: Int32) -> Range<Int>? {
        guard id >= 0 else { return nil }
        let found = entriesOfStem[Int(id)]
        return Int(found.lowerBound)..<Int(found.upperBound)
    }

    /// Stems remembered by one thread. Every Russian word a sentiment lexicon lacks asks for
    /// its stem, so with one shared memo each such token took the index's lock (and with two
    /// workers the lock's cache line moved between cores); a worker that owns a memo
    /// (``makeMemo()``) looks stems up without it. Not to be shared between threads.
    public final class Memo {
        fileprivate var cache: Cache
        fileprivate init(_ cache: consuming Cache) { self.cache = cache }
    }

    /// A memo for one worker, with a stemmer of its own; `nil` if libstemmer cannot open the
    /// algorithm again (then the shared, locked memo serves).
    public func makeMemo() -> Memo? {
        guard let stemmer = try? SnowballStemmer(algorithm: algorithm) else { return nil }
        return Memo(Cache(stemmer: stemmer))
    }
}
