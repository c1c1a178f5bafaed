extension CorpusReport {
    /// One outlet's loaded naming (``LoadedNaming``): how many variants of each side its
    /// documents use, and per document the share of Ukrainian/Western variants.
    public struct NamingAggregate: Sendable, Hashable, Codable {
        /// Documents that use at least one variant.
        public var documents = 0
        /// Variants of the Ukrainian/Western side.
        public var ukrainian = 0
        /// Variants of the Russian side.
        public var russian = 0
        /// Per document with a variant: the share of Ukrainian/Western variants, with replicates.
        public var share = Moments()
        /// `+term` / `-term` (the side, then the lexicon's term) → occurrences.
        public var terms: [String: Int] = [:]

        public init() {}

        /// - Throws: ``ReportError/overflow(_:)`` when a count or sum would pass `Int64.max`.
        public mutating func merge(_ other: NamingAggregate) throws(ReportError) {
            documents = try checkedSum(documents, other.documents, "naming documents")
            ukrainian = try checkedSum(ukrainian, other.ukrainian, "naming counts")
            russian = try checkedSum(russian, other.russian, "naming counts")
            try share.merge(other.share)
            try addCounts(other.terms, to: &terms, "naming counts")
        }

        /// Adds one document's variants.
        mutating func add(ukrainian: Int, russian: Int, terms: [String: Int], weights: [Int32]) {
            guard ukrainian + russian > 0 else { return }
            documents += 1
            self.ukrainian += ukrainian
            self.russian += russian
            share.add(Double(ukrainian) / Double(ukrainian + russian), weights: weights)
            for (term, count) in terms { self.terms[term, default: 0] += count }
        }

        /// The most frequent terms of one side (`+1` or `-1`), most frequent first.
        public func topTerms(side: Int, limit: Int) -> [(term: String, count: Int)] {
            let prefix: Character = side > 0 ? "+" : "-"
            return terms.filter { $0.key.first == prefix }
                .map { (term: String($0.key.dropFirst()), count: $0.value) }
                .sorted { ($0.count, $1.term) > ($1.count, $0.term) }
                .prefix(limit).map { $0 }
        }
    }
}
