import Dispatch

/// Nearest neighbours by cosine, found through an inverted index of the documents' terms:
/// only documents that share a term are ever compared, never all pairs.
enum Similarity {
    /// Pairs below this cosine are not kept as neighbours (they would add next to nothing to a
    /// group's mean similarity).
    static let floor: Float = 0.05

    /// For each document, up to `options.neighbours` others with the highest cosine (at least
    /// ``floor``), most similar first, ties to the lower index; dated documents further apart
    /// than the date window are never neighbours.
    ///
    /// - Complexity: per document O(termsPerDocument × maxPostings); documents are spread over
    ///   `options.jobs` threads, the result is the same for any number.
    static func neighbours(_ vectors: [DocumentVector], days: [Int?], options: EventOptions) -> [[(index: Int32, similarity: Float)]] {
        let postings = Postings(vectors, maxPostings: options.maxPostings)
        let results = Slots<[(index: Int32, similarity: Float)]>(count: vectors.count)
        let jobs = max(1, min(options.jobs, vectors.count))
        DispatchQueue.concurrentPerform(iterations: jobs) { worker in
            var scores = [Float](repeating: 0, count: vectors.count)
            var touched: [Int32] = []
            var document = worker
            while document < vectors.count {
                touched.removeAll(keepingCapacity: true)
                let vector = vectors[document]
                for (term, weight) in zip(vector.terms, vector.weights) {
                    guard let list = postings.list(term) else { continue }
                    for (other, otherWeight) in list where Int(other) != document {
                        if scores[Int(other)] == 0 { touched.append(other) }
                        scores[Int(other)] += weight * otherWeight
                    }
                }
                var found: [(index: Int32, similarity: Float)] = []
                for other in touched {
                    let score = scores[Int(other)]
                    scores[Int(other)] = 0
                    guard score >= floor else { continue }
                    if let window = options.dateWindow, let day = days[document], let otherDay = days[Int(other)], abs(day - otherDay) > window {
                        continue
                    }
                    found.append((other, score))
                }
                found.sort { $0.similarity != $1.similarity ? $0.similarity > $1.similarity : $0.index < $1.index }
                if found.count > options.neighbours { found.removeLast(found.count - options.neighbours) }
                results.set(document, found)
                document += jobs
            }
        }
        return results.collect()
    }
}

/// The inverted index: for each term, the documents whose vectors hold it, in document order,
/// with the term's weight there. Terms held by more than `maxPostings` documents have no list.
struct Postings {
    private var offsets: [Int] = []
    private var documents: [Int32] = []
    private var weights: [Float] = []

    init(_ vectors: [DocumentVector], maxPostings: Int) {
        var termCount = 0
        for vector in vectors { if let last = vector.terms.last { termCount = max(termCount, Int(last) + 1) } }
        var counts = [Int](repeating: 0, count: termCount + 1)
        for vector in vectors { for term in vector.terms { counts[Int(term) + 1] += 1 } }
        for term in 0..<termCount where counts[term + 1] > maxPostings { counts[term + 1] = 0 }
        offsets = counts
        for term in 0..<termCount { offsets[term + 1] += offsets[term] }
        var next = offsets
        documents = [Int32](repeating: 0, count: offsets[termCount])
        weights = [Float](repeating: 0, count: offsets[termCount])
        for (document, vector) in vectors.enumerated() {
            for (term, weight) in zip(vector.terms, vector.weights) where offsets[Int(term) + 1] > offsets[Int(term)] {
                documents[next[Int(term)]] = Int32(document)
                weights[next[Int(term)]] = weight
                next[Int(term)] += 1
            }
        }
    }

    /// The documents holding `term` with its weight in each, or `nil` for a term with no list.
    func list(_ term: Int32) -> Zip2Sequence<ArraySlice<Int32>, ArraySlice<Float>>? {
        let index = Int(term)
        guard index + 1 < offsets.count, offsets[index + 1] > offsets[index] else { return nil }
        let range = offsets[index]..<offsets[index + 1]
        return zip(documents[range], weights[range])
    }
}

/// Result slots written by different threads at distinct indices.
final class Slots<Value>: @unchecked Sendable {
    private var values: [Value?]

    init(count: Int) { values = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ value: Value) {
        values.withUnsafeMutableBufferPointer { $0[index] = value }
    }

    func collect() -> [Value] { values.map { $0! } }
}
