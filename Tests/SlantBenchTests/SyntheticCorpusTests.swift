import Testing
import SlantBench
import SlantCorpus
import SlantText

@Suite("Synthetic corpus")
struct SyntheticCorpusTests {
    @Test func theSameSeedGivesTheSameBytesAndAnotherSeedDoesNot() {
        let first = SyntheticCorpus.documents(seed: 1, targetBytes: 50_000)
        let again = SyntheticCorpus.documents(seed: 1, targetBytes: 50_000)
        let other = SyntheticCorpus.documents(seed: 2, targetBytes: 50_000)
        #expect(first.map(\.text) == again.map(\.text))
        #expect(first.map(\.id) == again.map(\.id))
        #expect(first.map(\.text) != other.map(\.text))
    }

    @Test func itReachesTheSizeAskedForAndNoMore() {
        let documents = SyntheticCorpus.documents(seed: 5, targetBytes: 200_000)
        let bytes = documents.reduce(0) { $0 + $1.text.count }
        #expect(bytes >= 200_000)
        #expect(bytes - documents.last!.text.count < 200_000)
        #expect(Set(documents.map(\.id)).count == documents.count)
    }

    /// The features that make news text hard to tokenize are all there.
    @Test func itHasTheFeaturesOfNewsText() {
        let text = SyntheticCorpus.documents(seed: 1, targetBytes: 300_000).map { String(decoding: $0.text, as: UTF8.self) }.joined()
        for feature in ["“", "”", "’", "U.S.", "Dr.", "%", "$", "https://", "—", "-backed"] {
            #expect(text.contains(feature), "missing \(feature)")
        }
        #expect(text.unicodeScalars.contains { (0x0400...0x04FF).contains($0.value) }, "no Cyrillic paragraph")
        #expect(text.contains("Україна") || text.contains("Україн"))
        #expect(text.contains("Кремле"))
    }

    @Test func itsJSONLinesAreReadBackAsTheSameDocuments() throws {
        let documents = SyntheticCorpus.documents(seed: 3, targetBytes: 20_000)
        for document in documents {
            let line = SyntheticCorpus.jsonLine(document)
            #expect(line.hasSuffix("}\n"))
            #expect(!line.dropLast().contains("\n"))
        }
    }

    @Test func theRawICULoopCountsBoundaries() throws {
        let loop = try RawWordBreakLoop()
        let bytes = Array("Kyiv’s “peace” plan.".utf8)
        // Kyiv’s | space | “ | peace | ” | space | plan | . → 8 boundaries after the start.
        #expect(try bytes.withUnsafeBufferPointer { try loop.countBoundaries($0) } == 8)
    }
}
