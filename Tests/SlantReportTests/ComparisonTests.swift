import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
import SlantReport

/// A hand-made report: two outlets, one actor, two frames, six documents.
func tinyReport() -> CorpusReport {
    var report = CorpusReport(frames: ["negotiation", "aggression"], actors: [.init(id: "kremlin", name: "Kremlin & Co <Moscow>")],
                              bootstrap: PoissonBootstrap(seed: 3, replicates: 200))
    let documents: [(String, String, Double, [Double], String)] = [
        ("left", "l1", -0.5, [1, 0], "talks stall as strikes go on"),
        ("left", "l2", -0.3, [0.5, 0.5], "strikes strikes again"),
        ("left", "l3", -0.4, [0, 1], "strikes and more strikes"),
        ("right", "r1", 0.2, [1, 0], "talks talks progress"),
        ("right", "r2", 0.4, [1, 0], "talks bring hope"),
        ("right", "r3", 0.3, [0.5, 0.5], "talks despite strikes"),
    ]
    for (outlet, id, tone, frames, text) in documents {
        var terms: [String: Int] = [:]
        for word in text.split(separator: " ") { terms[String(word), default: 0] += 1 }
        report.add(DocumentSummary(id: id, outlet: outlet, tokens: terms.values.reduce(0, +), sentences: 1, compound: tone, sentenceCompound: tone,
                                   frameShares: frames,
                                   actors: [.init(index: 0, mentions: 1, speeches: 0, portrayal: tone, voice: nil, nearTerms: terms)],
                                   terms: terms))
    }
    return report
}

@Suite("Outlet comparison")
struct ComparisonTests {
    @Test func differencesAreFirstMinusSecondWithIntervals() throws {
        let comparison = try OutletComparison(report: tinyReport(), outlets: ["right", "left"])
        let actor = try #require(comparison.actors.first)
        #expect(actor.outlets.map(\.outlet) == ["right", "left"])
        #expect(abs(try #require(actor.outlets[0].portrayal).estimate - 0.3) < 1e-12)
        let difference = try #require(actor.portrayalDifferences.first)
        #expect(difference.first == "right" && difference.second == "left")
        #expect(abs(difference.difference.estimate - 0.7) < 1e-12)
        // Every replicate difference lies between the extremes: 0.2 − (−0.3) and 0.4 − (−0.5).
        #expect(try #require(difference.difference.lower) >= 0.5 - 1e-12)
        #expect(try #require(difference.difference.upper) <= 0.9 + 1e-12)
        #expect(difference.difference.excludesZero)
        // One mention each in every document: each outlet's share is 1, the difference 0.
        #expect(actor.outlets[0].mentionShare?.estimate == 1)
        #expect(actor.mentionShareDifferences.first?.difference.estimate == 0)
    }

    @Test func framesAndDivergence() throws {
        let comparison = try OutletComparison(report: tinyReport())
        #expect(comparison.frames.map(\.id) == ["negotiation", "aggression"])
        // Mean shares: left (0.5, 0.5), right (5/6, 1/6).
        let divergence = try #require(comparison.frameDivergences.first?.jensenShannon)
        #expect(abs(divergence - jensenShannonDivergence([0.5, 0.5], [5.0 / 6, 1.0 / 6])!) < 1e-12)
        #expect(abs(comparison.frames[0].differences[0].difference.estimate - (0.5 - 5.0 / 6)) < 1e-9)
    }

    @Test func distinctiveWordsOverAllWordsAndNearAnActor() throws {
        var options = OutletComparison.Options()
        options.vocabularyActors = ["kremlin"]
        options.minimumWordCount = 2
        let comparison = try OutletComparison(report: tinyReport(), options: options)
        #expect(comparison.vocabulary.map(\.outlet) == ["left", "right", "left", "right"])
        #expect(comparison.vocabulary.map(\.actor) == [nil, nil, "kremlin", "kremlin"])
        #expect(comparison.vocabulary[0].words.first?.word == "strikes")
        #expect(comparison.vocabulary[1].words.first?.word == "talks")
        #expect(throws: ReportError.unknownName(kind: "actor", name: "nato", known: ["kremlin"])) {
            var bad = OutletComparison.Options()
            bad.vocabularyActors = ["nato"]
            _ = try OutletComparison(report: tinyReport(), options: bad)
        }
    }

    @Test func theSameReportAndSeedGiveTheSameBytes() throws {
        let first = try ComparisonRenderer.json(OutletComparison(report: tinyReport()))
        let second = try ComparisonRenderer.json(OutletComparison(report: tinyReport()))
        #expect(first == second)
    }

    /// Every chart is well-formed SVG (XML), and names are escaped.
    @Test func htmlChartsAreWellFormedXML() throws {
        let html = ComparisonPage(try OutletComparison(report: tinyReport())).html
        #expect(html.contains("Kremlin &amp; Co &lt;Moscow&gt;"))
        var rest = Substring(html)
        var charts = 0
        while let start = rest.range(of: "<svg "), let end = rest.range(of: "</svg>", range: start.upperBound..<rest.endIndex) {
            let svg = String(rest[start.lowerBound..<end.upperBound])
            let parser = XMLParser(data: Data(svg.utf8))
            #expect(parser.parse(), "chart \(charts + 1) is not well-formed: \(String(describing: parser.parserError))")
            charts += 1
            rest = rest[end.upperBound...]
        }
        #expect(charts == 1 + 1 + 2) // one actor chart, the frame heat map, two word charts
    }
}
