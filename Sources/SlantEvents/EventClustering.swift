/// Groups documents from their nearest neighbours: greedy average linkage over the sparse
/// similarity graph.
///
/// Links at or above ``EventOptions/linkThreshold`` are taken strongest first (ties by
/// document order). A link joins its two groups only when the mean similarity over every
/// cross pair of the two groups — pairs that are not neighbours counting 0 — reaches
/// ``EventOptions/groupThreshold``. One strong link therefore cannot chain two stories into one
/// event, and a document with no link stays alone. The outcome depends only on the
/// similarities, never on threads or timing.
enum EventClustering {
    /// The group of each document, as the index of its group's first document.
    static func groups(_ neighbours: [[(index: Int32, similarity: Float)]], options: EventOptions) -> [Int] {
        let count = neighbours.count
        var adjacency = [[(index: Int32, similarity: Float)]](repeating: [], count: count)
        for (document, list) in neighbours.enumerated() {
            for (other, similarity) in list {
                adjacency[document].append((other, similarity))
                adjacency[Int(other)].append((Int32(document), similarity))
            }
        }
        var links: [(first: Int32, second: Int32, similarity: Float)] = []
        for document in 0..<count {
            // A pair found from both sides appears twice; keep one copy.
            adjacency[document].sort { $0.index != $1.index ? $0.index < $1.index : $0.similarity > $1.similarity }
            var unique: [(index: Int32, similarity: Float)] = []
            for entry in adjacency[document] where unique.last?.index != entry.index { unique.append(entry) }
            adjacency[document] = unique
            for (other, similarity) in unique where Int(other) > document && Double(similarity) >= options.linkThreshold {
                links.append((Int32(document), other, similarity))
            }
        }
        links.sort { a, b in
            if a.similarity != b.similarity { return a.similarity > b.similarity }
            return a.first != b.first ? a.first < b.first : a.second < b.second
        }
        var label = Array(0..<count)
        var members = (0..<count).map { [$0] }
        for link in links {
            let a = label[Int(link.first)], b = label[Int(link.second)]
            guard a != b else { continue }
            var sum = 0.0
            for member in members[a] {
                for (other, similarity) in adjacency[member] where label[Int(other)] == b { sum += Double(similarity) }
            }
            guard sum / Double(members[a].count * members[b].count) >= options.groupThreshold else { continue }
            let (kept, absorbed) = members[a].count >= members[b].count ? (a, b) : (b, a)
            for member in members[absorbed] { label[member] = kept }
            members[kept] += members[absorbed]
            members[absorbed] = []
        }
        // Name each group by its first document so that the labels do not depend on merge order.
        var first = [Int](repeating: -1, count: count)
        for document in 0..<count where first[label[document]] < 0 { first[label[document]] = document }
        return (0..<count).map { first[label[$0]] }
    }
}
