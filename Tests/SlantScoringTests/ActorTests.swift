import Foundation
import Testing
import SlantLexicon
import SlantScoring
import SlantText

/// A story modelled on wire copy about US–Russia talks.
let seedStory = """
    U.S. and Russian officials meet in Riyadh without Ukraine

    The White House said the talks with Moscow were “very productive.” Kremlin aide Yuri Ushakov said the meeting was “not bad.”

    “It’s a betrayal,” said Ukrainian President Volodymyr Zelenskiy. “Nothing about Ukraine without Ukraine,” he added.

    EU foreign policy chief Kaja Kallas warned that a deal that rewards Russian aggression would fail. According to NATO, the alliance remains united.

    Russian forces shelled Kharkiv overnight, killing civilians. Ukraine’s resilient defenders held the line.
    """

@Suite("Actors: mentions, speakers, portrayal and voice")
struct ActorTests {
    let tokenizer: Tokenizer
    let model: ScoringModel
    let text: TokenizedText
    let analysis: DocumentAnalysis

    init() throws {
        (tokenizer, model) = try bundledTokenizerAndModel()
        text = try tokenizer.tokenize(seedStory)
        analysis = DocumentAnalyzer(model: model).analyze(text)
    }

    func id(_ actor: Int) -> String { model.actors.catalog.actors[actor].id }
    func words(_ range: Range<Int>) -> String { range.map { text.text(of: text.tokens[$0]) }.joined(separator: " ") }

    @Test func mentionsPerActor() {
        var byActor: [String: [String]] = [:]
        for mention in analysis.mentions { byActor[id(mention.actor), default: []].append(words(mention.tokens)) }
        let expected: [String: [String]] = [
            "usa": ["U.S.", "White House"],
            "russia": ["Russian officials", "Moscow", "Kremlin", "Yuri Ushakov", "Russian", "Russian forces"],
            "ukraine": ["Ukraine", "Ukrainian", "Volodymyr Zelenskiy", "Ukraine", "Ukraine", "Ukraine’s"],
            "eu": ["EU", "Kaja Kallas"],
            "nato": ["NATO", "the alliance"],
        ]
        #expect(byActor == expected)
    }

    @Test func speakerOfEachQuoteAndReport() {
        let speeches: [String] = analysis.speeches.map { speech in
            let kind = speech.isQuotation ? "quote" : "reported"
            let speaker = speech.speaker.map(id) ?? "-"
            let named = speech.speakerTokens.map(words) ?? ""
            return "\(kind) \(speaker) [\(named)]: \(words(speech.content))"
        }
        let expected: [String] = [
            "quote usa [White House]: very productive .",
            "quote russia [Yuri Ushakov]: not bad .",
            "quote ukraine [Ukrainian]: It’s a betrayal ,",
            "quote ukraine [he]: Nothing about Ukraine without Ukraine ,",
            "reported eu [Kaja Kallas]: that a deal that rewards Russian aggression would fail",
            "reported nato [NATO]: the alliance remains united",
        ]
        #expect(speeches == expected)
    }

    @Test func portrayalSignsAndEvidence() throws {
        func report(_ actor: String) throws -> ActorReport {
            try #require(analysis.actors.first { id($0.actor) == actor })
        }
        // "rewards Russian aggression", "Russian forces shelled Kharkiv": aggressor twice, at
        // -2.5 each (ties listed by term); "talks with Moscow": a partner.
        let russia = try report("russia")
        #expect(try #require(russia.portrayal) < 0)
        #expect(russia.portrayalEvidence.prefix(2).map(\.term) == ["aggression (aggressor)", "shelled (aggressor)"])
        #expect(russia.roleCounts[Role.aggressor.index] == 2)
        #expect(russia.roleCounts[Role.partner.index] == 1)
        // "Ukraine’s resilient defenders held the line": helper (+1.5).
        let ukraine = try report("ukraine")
        #expect(try #require(ukraine.portrayal) > 0)
        #expect(ukraine.portrayalEvidence.first?.term == "defenders (helper)")
        #expect(ukraine.roleCounts[Role.helper.index] == 1)
        // Kallas "warned": the verb and what she says are the EU's voice, not its portrayal.
        let eu = try report("eu")
        #expect(eu.portrayal == 0)
        #expect(eu.portrayalEvidence.isEmpty)
        #expect(try #require(eu.voice) < 0)
        #expect(eu.voiceEvidence.map(\.term) == ["fail", "rewards", "aggression"])
    }

    @Test func voiceTonesPerActor() throws {
        let voices = Dictionary(uniqueKeysWithValues: analysis.actors.map { (id($0.actor), $0.voice) })
        #expect(try #require(voices["ukraine"] ?? nil) < 0)   // "It’s a betrayal"
        #expect(try #require(voices["russia"] ?? nil) > 0)    // "not bad"
        #expect(try #require(voices["usa"] ?? nil) > 0)       // "very productive"
        #expect(voices["nato"] == .some(0))
    }

    @Test func actorsInTheSameSentenceGetDifferentTones() {
        // "... a deal that rewards Russian aggression would fail": the words are Kallas's voice,
        // so they portray Russia, not the EU.
        let tones = zip(analysis.mentions, analysis.mentionTones).filter { $0.0.sentence == 5 }.map { (id($0.0.actor), $0.1) }
        #expect(tones.map(\.0) == ["eu", "eu", "russia"])
        #expect(tones[0].1 == 0 && tones[1].1 == 0)
        #expect(tones[2].1 < 0)
    }
}

@Suite("Actor files")
struct ActorFileTests {
    @Test func userAddedActorWorksEndToEnd() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("slant-actors-\(UUID()).tsv")
        try Data("actor\tname\talias\tmatch\nchina\tChina / Beijing\tBeijing\nchina\t\tXi Jinping\nrussia\t\tRosneft\n".utf8).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let tokenizer = try Tokenizer()
        let model = try bundledModel(tokenizer: tokenizer, extraActors: [file])
        let text = try tokenizer.tokenize("Beijing praised the plan, and Xi Jinping called it wise. Rosneft shares fell.")
        let analysis = DocumentAnalyzer(model: model).analyze(text)
        let ids = analysis.mentions.map { model.actors.catalog.actors[$0.actor].id }
        #expect(ids == ["china", "china", "russia"])
        let china = try #require(analysis.actors.first { model.actors.catalog.actors[$0.actor].id == "china" })
        #expect(china.mentions == 2)
        #expect(try #require(china.voice) > 0)
    }

    @Test func casedAliasesNeedTheirCapitals() throws {
        let (tokenizer, model) = try bundledTokenizerAndModel()
        let text = try tokenizer.tokenize("The US told us that the U.S.-brokered deal and Russia-Ukraine talks go on.")
        let mentions = model.actors.mentions(in: text).map { model.actors.catalog.actors[$0.actor].id }
        #expect(mentions == ["usa", "usa", "russia", "ukraine"])
    }

    @Test("a malformed actor file names its line", arguments: [
        ("actor\talias\n", 1, "expected the header \"actor<TAB>name<TAB>alias<TAB>match\", found \"actor\talias\""),
        ("actor\tname\talias\tmatch\nchina\t\tBeijing\n", 2, "the first line of actor \"china\" needs a display name in column 2"),
        ("actor\tname\talias\tmatch\nchina\tChina\tBeijing\tCASED\n", 2, "expected \"cased\" or nothing in column 4, found \"CASED\""),
        ("actor\tname\talias\tmatch\nchina\tChina\n", 2, "expected 3 or 4 tab-separated columns (actor, name, alias, match), found 2"),
    ])
    func malformed(text: String, line: Int, message: String) {
        #expect(throws: DataFileError(source: "actors.tsv", line: line, message: message)) {
            try ActorCatalog(parsing: text, source: "actors.tsv")
        }
    }
}

@Suite("Frames")
struct FrameTests {
    @Test func sharesOfAShortTextAreExact() throws {
        let tokenizer = try Tokenizer()
        let frames = try FrameScorer(Lexicon(source: "frames.tsv", entries: [
            .init(term: "ceasefire", weight: 2, category: "negotiation"), .init(term: "talks", weight: 1, category: "negotiation"),
            .init(term: "sanction*", weight: 2, category: "economy"), .init(term: "civilians", weight: 2, category: "humanitarian"),
        ]), tokenizer: tokenizer)
        let scores = frames.score(try tokenizer.tokenize("Ceasefire talks stalled as new sanctions hit; civilians fled."))
        // negotiation 2 + 1 = 3, economy 2, humanitarian 2: total 7.
        #expect(frames.frames == ["negotiation", "economy", "humanitarian"])
        #expect(scores.weights == [3, 2, 2])
        let expected: [Double] = [3.0 / 7, 2.0 / 7, 2.0 / 7]
        #expect(scores.shares == expected)
    }

    @Test func bundledFramesCoOccurWithActors() throws {
        let (tokenizer, model) = try bundledTokenizerAndModel()
        let analysis = DocumentAnalyzer(model: model).analyze(try tokenizer.tokenize("Russia launched missiles at Kyiv. The EU discussed sanctions."))
        let frames = model.frames.frames
        let russia = try #require(analysis.actors.first { model.actors.catalog.actors[$0.actor].id == "russia" })
        let eu = try #require(analysis.actors.first { model.actors.catalog.actors[$0.actor].id == "eu" })
        #expect(russia.frameWeights[frames.firstIndex(of: "aggression")!] == 1)
        #expect(russia.frameWeights[frames.firstIndex(of: "economy")!] == 0)
        #expect(eu.frameWeights[frames.firstIndex(of: "economy")!] == 2)
    }
}
