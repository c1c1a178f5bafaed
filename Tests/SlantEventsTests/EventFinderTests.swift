import SlantCorpus
@testable import SlantEvents
import Testing

@Suite struct EventDateTests {
    @Test func days() {
        #expect(EventDate.day("1970-01-01") == 0)
        #expect(EventDate.day("2022-02-24") == 19047)
        #expect(EventDate.day("2022-02-24T05:00:00Z") == 19047)
        #expect(EventDate.day("2000-03-01") == 11017)
        #expect(EventDate.day("24.02.2022") == nil)
        #expect(EventDate.day("2022-13-01") == nil)
    }
}

@Suite struct EventEvaluationTests {
    /// Predicted pairs {0,1} {2,3}; gold pairs {0,1} {0,2} {1,2} {3,4}; only {0,1} is in both.
    @Test func pairwiseMeasures() {
        let evaluation = EventEvaluation(predicted: [0, 0, 1, 1, 2], gold: ["a", "a", "a", "b", "b"])
        #expect(evaluation.predictedPairs == 2)
        #expect(evaluation.goldPairs == 4)
        #expect(evaluation.truePairs == 1)
        #expect(evaluation.precision == 0.5)
        #expect(evaluation.recall == 0.25)
        #expect(abs(evaluation.f1 - 1.0 / 3.0) < 1e-12)
    }

    @Test func nothingPredicted() {
        let evaluation = EventEvaluation(predicted: [0, 1, 2], gold: [0, 0, 1])
        #expect(evaluation.precision == 1)
        #expect(evaluation.recall == 0)
    }
}

@Suite struct EventFinderTests {
    static func document(_ id: String, _ outlet: String, _ date: String?, _ title: String, _ text: String) -> InputDocument {
        InputDocument(source: "test", record: 0, id: id, outlet: outlet, date: date, title: title, text: Array(text.utf8))
    }

    /// Two events told by three outlets each, in their own words, and one story of its own.
    static let corpus = [
        document("a1", "north", "2024-03-01", "Vilnius parliament approves grain corridor",
                 "Lithuania's parliament in Vilnius approved a grain corridor through Klaipeda port on Friday. Speaker Viktorija Cmilyte-Nielsen said the vote was close."),
        document("b1", "north", "2024-03-02", "Earthquake shakes Valparaiso",
                 "A strong earthquake struck near Valparaiso in Chile, damaging the harbour. Rescuers searched collapsed buildings in Vina del Mar."),
        document("a2", "south", "2024-03-01", "Klaipeda to take Ukrainian grain",
                 "Lawmakers in Vilnius voted for a grain corridor to the port of Klaipeda. Viktorija Cmilyte-Nielsen called the corridor a lifeline."),
        document("c1", "south", "2024-03-01", "Orchestra tours Lisbon",
                 "The Bergen Philharmonic opened its spring tour in Lisbon with Sibelius and Grieg before a full hall."),
        document("b2", "east", "2024-03-03", "Chile quake: Valparaiso harbour damaged",
                 "The earthquake off Valparaiso left the harbour damaged and buildings collapsed in Vina del Mar, rescuers in Chile said."),
        document("a3", "east", "2024-03-02", "Grain corridor vote in Vilnius",
                 "Parliament in Vilnius backed the Klaipeda grain corridor. Cmilyte-Nielsen said Lithuania would keep the port open."),
    ]

    func finder(jobs: Int = 1, window: Int? = 3) throws -> EventFinder {
        var options = EventOptions()
        options.jobs = jobs
        options.dateWindow = window
        return try EventFinder(options: options, stopwords: ["the", "a", "in", "of", "to", "on", "and", "was", "with", "its", "for", "said", "would", "off", "before"])
    }

    func events(_ grouping: EventGrouping) -> [[String]] {
        grouping.events.map { $0.members.map { grouping.documents[$0].id } }
    }

    @Test func groupsTheSameEventAcrossOutlets() throws {
        let grouping = try finder().group(Self.corpus)
        #expect(events(grouping) == [["a1", "a2", "a3"], ["b1", "b2"], ["c1"]])
        #expect(grouping.documents.map(\.id) == ["a1", "b1", "a2", "c1", "b2", "a3"])
        #expect(grouping.eventOfDocument == [0, 1, 0, 2, 1, 0])
        // The id comes from the smallest member by outlet then id: east/a3, east/b2, south/c1.
        #expect(grouping.events.map(\.id) == [EventGrouping.eventID(outlet: "east", id: "a3"),
                                              EventGrouping.eventID(outlet: "east", id: "b2"),
                                              EventGrouping.eventID(outlet: "south", id: "c1")])
    }

    @Test func sameForAnyJobsAndOrder() throws {
        let one = try finder(jobs: 1).group(Self.corpus)
        let three = try finder(jobs: 3).group(Self.corpus)
        #expect(one.eventOfDocument == three.eventOfDocument)
        #expect(one.events == three.events)
        let reversed = try finder(jobs: 2).group(Self.corpus.reversed())
        let idOf = Dictionary(uniqueKeysWithValues: zip(one.documents.map(\.id), one.eventOfDocument.map { one.events[$0].id }))
        for (document, event) in zip(reversed.documents, reversed.eventOfDocument) {
            #expect(reversed.events[event].id == idOf[document.id])
        }
    }

    @Test func dateWindowKeepsDistantDaysApart() throws {
        var corpus = Self.corpus
        corpus[5].date = "2024-03-20"
        #expect(events(try finder().group(corpus)) == [["a1", "a2"], ["b1", "b2"], ["c1"], ["a3"]])
        #expect(events(try finder(window: nil).group(corpus)) == [["a1", "a2", "a3"], ["b1", "b2"], ["c1"]])
    }
}
