import Foundation
import SlantCorpus
import SlantText

/// One document's distinct terms and their position-weighted counts, keyed by normalized bytes.
struct TermCounts {
    var table = ByteStringTable()
    var weights: [Float] = []

    mutating func add(_ key: UnsafeBufferPointer<UInt8>, _ weight: Float) {
        let (id, inserted) = table.insert(key)
        if inserted { weights.append(0) }
        weights[Int(id)] += weight
    }
}

/// Turns a document into the terms that identify its event: content words (stop words and
/// one-letter words left out, the possessive `'s` removed) and names of two capitalised words,
/// each occurrence weighted by where it stands (title, lead, body).
///
/// One extractor per worker thread: it keeps its tokenizer and buffers between documents.
/// Extractor `i` is only ever used by iteration `i` of a `concurrentPerform`, so no two threads
/// touch one at once.
final class TermExtractor: @unchecked Sendable {
    let tokenizer: Tokenizer
    let stopwords: ByteStringTable
    let options: EventOptions
    private var text = TokenizedText()
    private var joined: [UInt8] = []
    private var name: [UInt8] = []

    init(tokenizerOptions: Tokenizer.Options, stopwords: ByteStringTable, options: EventOptions) throws {
        tokenizer = try Tokenizer(options: tokenizerOptions)
        self.stopwords = stopwords
        self.options = options
    }

    /// The document's terms; a document the tokenizer cannot read has none.
    func terms(of document: InputDocument) -> TermCounts {
        joined.removeAll(keepingCapacity: true)
        if let title = document.title, !title.isEmpty {
            joined.append(contentsOf: title.utf8)
            joined.append(contentsOf: [0x0A, 0x0A])
        }
        let titleEnd = joined.count
        joined.append(contentsOf: document.text)
        var counts = TermCounts()
        guard (try? tokenizer.tokenize(utf8: joined, into: &text)) != nil else { return counts }
        let firstBodySentence = text.tokens.first { $0.byteRange.lowerBound >= titleEnd }?.sentence ?? 0
        let leadEnd = firstBodySentence + options.leadSentences
        let options = self.options
        let stopwords = self.stopwords
        var name = self.name
        text.withKeys { keys, tokens in
            var previousCapitalised = -2
            for index in tokens.indices {
                let token = tokens[index]
                guard token.kind == .word else { continue }
                var key = UnsafeBufferPointer(rebasing: keys[token.keyRange])
                if key.count > 2, key[key.count - 2] == UInt8(ascii: "'"), key[key.count - 1] == UInt8(ascii: "s") {
                    key = UnsafeBufferPointer(rebasing: key[0..<(key.count - 2)])
                }
                guard key.count >= 2, stopwords.id(of: key) == nil else { continue }
                let weight: Float = token.byteRange.lowerBound < titleEnd ? options.titleWeight
                    : token.sentence < leadEnd ? options.leadWeight : 1
                counts.add(key, weight)
                guard token.isCapitalized else { continue }
                if previousCapitalised == index - 1, tokens[index - 1].sentence == token.sentence {
                    let previous = tokens[index - 1]
                    name.removeAll(keepingCapacity: true)
                    name.append(contentsOf: UnsafeBufferPointer(rebasing: keys[previous.keyRange]))
                    name.append(0x20)
                    name.append(contentsOf: key)
                    name.withUnsafeBufferPointer { counts.add($0, weight * options.nameWeight) }
                }
                previousCapitalised = index
            }
        }
        self.name = name
        return counts
    }
}
