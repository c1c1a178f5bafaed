@testable import SlantScoring
import SlantText
import Testing

/// The working arrays of issue 13, session 10: kept arrays refilled in place (``Swift/Array/reusing(_:filledWith:count:)``,
/// ``Swift/Array/resizing(_:count:growingWith:)``), and the result lists of the speech and role
/// finders made with the last document's room, against fresh analyzers.
@Suite("Kept room: arrays refilled in place, result lists sized by the last document")
struct KeptRoomTests {
    @Test func reusingRefillsEveryElementInItsOwnStorage() {
        var kept: [Int32] = [5, 6, 7, 8, 9]
        let storage = kept.withUnsafeBufferPointer { $0.baseAddress }
        // Shorter: cut to three, each -1, in the same storage.
        var taken = Array.reusing(&kept, filledWith: -1, count: 3)
        #expect(kept.isEmpty)
        #expect(taken == [-1, -1, -1])
        #expect(taken.withUnsafeBufferPointer { $0.baseAddress } == storage)
        // Longer: grown to six, each -2 (the three kept ones refilled too).
        taken = Array.reusing(&taken, filledWith: -2, count: 6)
        #expect(taken == [-2, -2, -2, -2, -2, -2])
        // Empty, then none.
        #expect(Array.reusing(&taken, filledWith: 4, count: 0) == [])
        var flags = [true, false, true]
        #expect(Array.reusing(&flags, filledWith: false, count: 4) == [false, false, false, false])
    }

    @Test func resizingKeepsWhatItDoesNotCut() {
        var kept: [Int32] = [1, 2, 3]
        var taken = Array.resizing(&kept, count: 2, growingWith: 0)
        #expect(kept.isEmpty)
        #expect(taken == [1, 2])
        taken = Array.resizing(&taken, count: 4, growingWith: 9)
        #expect(taken == [1, 2, 9, 9])
        #expect(Array.resizing(&taken, count: 4, growingWith: 0) == [1, 2, 9, 9])
    }

    @Test func resultListsSizedByTheLastDocumentAreTheFreshOnes() throws {
        let (tokenizer, model) = try bundledTokenizerAndModel()
        // Many speeches and roles, none, then many again: each list is made with the last
        // document's room (more, none, more than it needs) and holds what a fresh analyzer finds.
        let many = """
            “Nobody wants this war to drag on,” Kaja Kallas told reporters. Russia attacked Kyiv, NATO said. \
            Peskov said Moscow was ready, according to Reuters. “Never,” he added. Russian invaders shelled Kharkiv.
            """
        let texts = [many, "Prices rose in the spring.", "Russia attacked Kyiv, NATO said.", many]
        let kept = DocumentAnalyzer(model: model)
        var counts: [(speeches: Int, roles: Int)] = []
        for source in texts {
            let text = try tokenizer.tokenize(source)
            let again = kept.analyze(text, language: "en")
            let fresh = DocumentAnalyzer(model: model).analyze(text, language: "en")
            #expect(again.speeches == fresh.speeches)
            #expect(again.roles == fresh.roles)
            counts.append((again.speeches.count, again.roles.count))
        }
        // The first text's four speeches: the two quotations ("… told reporters", "he added")
        // and the reported speech of NATO ("…, NATO said.") and of Peskov ("Peskov said …"); the
        // short ones have none and NATO's.
        #expect(counts.map(\.speeches) == [4, 0, 1, 4])
        #expect(counts[1].roles == 0)
        #expect(counts[0].roles == counts[3].roles && counts[0].roles > counts[2].roles && counts[2].roles > 0)
    }
}
