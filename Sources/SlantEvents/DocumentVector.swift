import Foundation
import SlantText

/// A document's event terms as a sparse unit vector: global term ids, ascending, with their
/// tf-idf weights scaled to length 1, so that the dot product of two vectors is their cosine.
struct DocumentVector: Sendable {
    var terms: [Int32] = []
    var weights: [Float] = []
}

/// The corpus vocabulary of event terms and how many documents hold each.
struct EventVocabulary: Sendable {
    var table = ByteStringTable()
    var documentFrequency: [Int32] = []
    var documents = 0
    /// Outlet names → dense outlet numbers, in order of first appearance.
    var outletNumbers: [String: Int32] = [:]
    var outletDocuments: [Int32] = []
    /// (outlet number << 32 | term id) → documents of that outlet holding the term.
    var outletFrequency: [Int64: Int32] = [:]

    /// An outlet's own boilerplate ("Media playback is unsupported on your device", "hide
    /// caption") would link its documents whatever they report. A term counts as boilerplate in
    /// an outlet of at least ``boilerplateMinimumDocuments`` documents when it is in at least
    /// ``boilerplateOutletShare`` of them and at least ``boilerplateConcentration`` of all the
    /// documents holding it are that outlet's. Chosen on the AllSides corpus (BBC, CNN and ABC
    /// captions); they leave event names alone because events are reported by several outlets.
    static let boilerplateMinimumDocuments: Int32 = 10
    static let boilerplateOutletShare = 0.2
    static let boilerplateConcentration = 0.8

    /// In a small corpus the share `maxDocumentShare` would leave out the very words that a
    /// three-outlet event shares; no term held by this many documents or fewer is background.
    static let minimumCeiling: Int32 = 3

    /// Counts one document's distinct terms.
    mutating func add(_ counts: TermCounts, outlet: String) {
        documents += 1
        let outletNumber: Int32
        if let known = outletNumbers[outlet] {
            outletNumber = known
        } else {
            outletNumber = Int32(outletDocuments.count)
            outletNumbers[outlet] = outletNumber
            outletDocuments.append(0)
        }
        outletDocuments[Int(outletNumber)] += 1
        for local in 0..<counts.table.count {
            let id = counts.table.key(Int32(local)).withUnsafeBufferPointer { table.insert($0).id }
            if Int(id) == documentFrequency.count { documentFrequency.append(0) }
            documentFrequency[Int(id)] += 1
            outletFrequency[Int64(outletNumber) << 32 | Int64(id), default: 0] += 1
        }
    }

    /// Whether `term` is boilerplate of the outlet (see ``boilerplateMinimumDocuments``).
    func isBoilerplate(_ term: Int32, outlet: Int32) -> Bool {
        let outletTotal = outletDocuments[Int(outlet)]
        guard outletTotal >= Self.boilerplateMinimumDocuments,
              let inOutlet = outletFrequency[Int64(outlet) << 32 | Int64(term)] else { return false }
        return Double(inOutlet) >= Self.boilerplateOutletShare * Double(outletTotal)
            && Double(inOutlet) >= Self.boilerplateConcentration * Double(documentFrequency[Int(term)])
    }

    /// The document's vector: weight (1 + ln tf) · ln(N / df) for each term held by at least two
    /// documents and at most `maxDocumentShare` of them and not boilerplate of its outlet, the
    /// `termsPerDocument` heaviest kept (ties to the lower term id), scaled to length 1.
    func vector(_ counts: TermCounts, outlet: String, options: EventOptions) -> DocumentVector {
        let outletNumber = outletNumbers[outlet] ?? -1
        let total = Double(documents)
        let ceiling = max(Self.minimumCeiling, Int32(options.maxDocumentShare * total))
        var weighted: [(term: Int32, weight: Float)] = []
        weighted.reserveCapacity(counts.table.count)
        for local in 0..<counts.table.count {
            guard let id = counts.table.key(Int32(local)).withUnsafeBufferPointer({ table.id(of: $0) }) else { continue }
            let frequency = documentFrequency[Int(id)]
            guard frequency >= 2, frequency <= ceiling, outletNumber < 0 || !isBoilerplate(id, outlet: outletNumber) else { continue }
            let tf = Double(counts.weights[local])
            weighted.append((id, Float((1 + log(tf)) * log(total / Double(frequency)))))
        }
        weighted.sort { $0.weight != $1.weight ? $0.weight > $1.weight : $0.term < $1.term }
        if weighted.count > options.termsPerDocument { weighted.removeLast(weighted.count - options.termsPerDocument) }
        weighted.sort { $0.term < $1.term }
        let norm = weighted.reduce(Float(0)) { $0 + $1.weight * $1.weight }.squareRoot()
        guard norm > 0 else { return DocumentVector() }
        return DocumentVector(terms: weighted.map(\.term), weights: weighted.map { $0.weight / norm })
    }
}
