import Foundation
import SlantLexicon
@testable import SlantScoring
import SlantText
import Testing

/// Each bundled actor's name in Russian and Ukrainian, in the six cases (nominative, genitive,
/// dative, accusative, instrumental, prepositional/locative).
let inflectedActorNames: [(actor: String, forms: [String])] = [
    ("ukraine", ["Украина", "Украины", "Украине", "Украину", "Украиной", "Украине"]),
    ("ukraine", ["Киев", "Киева", "Киеву", "Киев", "Киевом", "Киеве"]),
    ("ukraine", ["Зеленский", "Зеленского", "Зеленскому", "Зеленского", "Зеленским", "Зеленском"]),
    ("ukraine", ["Україна", "України", "Україні", "Україну", "Україною", "Україні"]),
    ("ukraine", ["Київ", "Києва", "Києву", "Київ", "Києвом", "Києві"]),
    ("ukraine", ["Зеленський", "Зеленського", "Зеленському", "Зеленського", "Зеленським", "Зеленському"]),
    ("russia", ["Россия", "России", "России", "Россию", "Россией", "России"]),
    ("russia", ["Росія", "Росії", "Росії", "Росію", "Росією", "Росії"]),
    ("russia", ["Кремль", "Кремля", "Кремлю", "Кремль", "Кремлем", "Кремле"]),
    ("russia", ["Кремль", "Кремля", "Кремлю", "Кремль", "Кремлем", "Кремлі"]),
    ("russia", ["Москва", "Москвы", "Москве", "Москву", "Москвой", "Москве"]),
    ("russia", ["Путин", "Путина", "Путину", "Путина", "Путиным", "Путине"]),
    ("russia", ["Путін", "Путіна", "Путіну", "Путіна", "Путіним", "Путіні"]),
    ("eu", ["Евросоюз", "Евросоюза", "Евросоюзу", "Евросоюз", "Евросоюзом", "Евросоюзе"]),
    ("eu", ["Євросоюз", "Євросоюзу", "Євросоюзу", "Євросоюз", "Євросоюзом", "Євросоюзі"]),
    ("eu", ["Европа", "Европы", "Европе", "Европу", "Европой", "Европе"]),
    ("eu", ["Європа", "Європи", "Європі", "Європу", "Європою", "Європі"]),
    ("eu", ["ЕС", "ЄС"]),
    ("usa", ["Белый дом", "Белого дома", "Белому дому", "Белый дом", "Белым домом", "Белом доме"]),
    ("usa", ["Білий дім", "Білого дому", "Білому дому", "Білий дім", "Білим домом", "Білому домі"]),
    ("usa", ["Вашингтон", "Вашингтона", "Вашингтону", "Вашингтон", "Вашингтоном", "Вашингтоне", "Вашингтоні"]),
    ("usa", ["Трамп", "Трампа", "Трампу", "Трампа", "Трампом", "Трампе", "Трампі"]),
    ("usa", ["США"]),
    ("nato", ["НАТО"]),
]

@Suite("Russian and Ukrainian: actors, rules, speech")
struct RussianUkrainianTests {
    let tokenizer: Tokenizer
    let model: ScoringModel

    init() throws {
        (tokenizer, model) = try bundledTokenizerAndModel()
    }

    @Test(arguments: inflectedActorNames)
    func inflectedNamesAreMentions(_ name: (actor: String, forms: [String])) throws {
        for form in name.forms {
            let text = try tokenizer.tokenize("\(form).")
            let mentions = model.actors.mentions(in: text)
            #expect(mentions.count == 1, "\(form)")
            #expect(mentions.first.map { model.actors.catalog.actors[$0.actor].id } == name.actor, "\(form)")
            #expect(mentions.first?.tokens.count == form.split(separator: " ").count, "\(form)")
        }
    }

    /// A Russian or Ukrainian rules file over a one-word hand lexicon (хорош* 1.9).
    func score(_ text: String, language: String) throws -> Double {
        let rules = try bundledLexicon("\(language)/rules-\(language).tsv")
        let lexicon = Lexicon(source: "hand.tsv", entries: [.init(term: "хорош*", weight: 1.9), .init(term: "добр*", weight: 1.9)])
        let analyzer = SentimentAnalyzer(model: try SentimentModel(valences: [lexicon], rules: rules, tokenizer: tokenizer))
        return analyzer.score(try tokenizer.tokenize(text)).document.compound
    }

    /// VADER's normalization x / √(x² + 15), rounded to four places as Slant reports it.
    func compound(_ sum: Double) -> Double { (sum / (sum * sum + 15).squareRoot() * 10_000).rounded() / 10_000 }

    @Test(arguments: [
        // 1.9 alone; negated 1.9 × −0.74 = −1.406; boosted 1.9 + 0.293 = 2.193; dampened 1.9 − 0.293 = 1.607.
        ("Это хорошо.", "ru", 1.9), ("Это не хорошо.", "ru", -1.406), ("Это очень хорошо.", "ru", 2.193),
        ("Это слегка хорошо.", "ru", 1.607), ("Никогда не было так хорошо.", "ru", -1.406),
        ("Це добре.", "uk", 1.9), ("Це не добре.", "uk", -1.406), ("Це дуже добре.", "uk", 2.193),
        ("Це трохи добре.", "uk", 1.607), ("Ні, це добре.", "uk", 1.9),
    ])
    func negationAndBoosters(_ text: String, language: String, sum: Double) throws {
        #expect(abs(try score(text, language: language) - compound(sum)) < 1e-4)
    }

    /// Contrast: "добре, але добре" — the word before the contrast ×0.5, after ×1.5: 0.95 + 2.85 = 3.8.
    @Test(arguments: [("Хорошо, но хорошо.", "ru"), ("Добре, але добре.", "uk"), ("Хорошо, однако хорошо.", "ru"), ("Добре, проте добре.", "uk")])
    func contrastWeighsTheClauseAfter(_ text: String, language: String) throws {
        #expect(abs(try score(text, language: language) - compound(3.8)) < 1e-4)
    }

    @Test(arguments: [
        ("«Это ошибка», — заявил Путин.", "russia"),
        ("„Це помилка“, — заявив Зеленський.", "ukraine"),
        ("По словам Пескова, это ошибка.", "russia"),
        ("За словами Зеленського, це помилка.", "ukraine"),
    ])
    func quotationsAndSourcesHaveTheirSpeaker(_ text: String, speaker: String) throws {
        let analysis = DocumentAnalyzer(model: model).analyze(try tokenizer.tokenize(text))
        let speakers = analysis.speeches.compactMap { $0.speaker.map { model.actors.catalog.actors[$0].id } }
        #expect(speakers == [speaker])
    }

    /// A paragraph that opens with a dash is speech up to the dash before the speech verb.
    @Test func dashIntroducedSpeech() throws {
        let text = try tokenizer.tokenize("Переговоры прошли в Минске.\n\n— Это большая ошибка, — сказал Путин журналистам.")
        let analysis = DocumentAnalyzer(model: model).analyze(text)
        let speech = try #require(analysis.speeches.first { $0.isQuotation })
        #expect(speech.content.map { text.text(of: text.tokens[$0]) } == ["Это", "большая", "ошибка", ","])
        #expect(speech.speaker.map { model.actors.catalog.actors[$0].id } == "russia")
        #expect(speech.cue.map { text.text(of: text.tokens[$0.lowerBound]) } == "сказал")
    }

    /// A list item that opens with a dash and has no speech verb is not speech.
    @Test func dashListItemIsNotSpeech() throws {
        let text = try tokenizer.tokenize("Итоги:\n\n— рост цен — 5%.")
        #expect(DocumentAnalyzer(model: model).analyze(text).speeches.isEmpty)
    }
}

@Suite("Russian and Ukrainian roles")
struct RussianUkrainianRoleTests {
    let tokenizer: Tokenizer
    let model: ScoringModel

    init() throws {
        tokenizer = try Tokenizer()
        model = try Self.modelWithRussianPredicates(tokenizer: tokenizer)
    }

    /// The bundled lexicons with the Russian predicates and role cues switched on (they ship
    /// commented out in `Lexicons/ru/manifest.tsv`; see EVALUATION.md).
    static func modelWithRussianPredicates(tokenizer: Tokenizer) throws -> ScoringModel {
        let copy = FileManager.default.temporaryDirectory.appendingPathComponent("slant-lexicons-\(UUID())")
        try FileManager.default.copyItem(at: bundledLexicons, to: copy)
        defer { try? FileManager.default.removeItem(at: copy) }
        let manifest = copy.appendingPathComponent("ru/manifest.tsv")
        let text = try String(contentsOf: manifest, encoding: .utf8)
            .replacingOccurrences(of: "#predicates\t", with: "predicates\t")
            .replacingOccurrences(of: "#role-cues\t", with: "role-cues\t")
        try Data(text.utf8).write(to: manifest)
        return try ScoringModel(directory: copy, tokenizer: tokenizer)
    }

    /// By default Russian documents get no roles; Ukrainian ones do.
    @Test func russianPredicatesAreOffByDefault() throws {
        let bundled = try sharedBundledModel()
        let russian = DocumentAnalyzer(model: bundled).analyze(try tokenizer.tokenize("Россия напала на Украину."), language: "ru")
        #expect(russian.roles.isEmpty)
        let ukrainian = DocumentAnalyzer(model: bundled).analyze(try tokenizer.tokenize("Росія напала на Україну."), language: "uk")
        #expect(ukrainian.roles.count == 2)
    }

    /// Each actor's roles in a one-sentence document of the given language.
    func roles(_ text: String, language: String) throws -> [String: [String]] {
        let analysis = DocumentAnalyzer(model: model).analyze(try tokenizer.tokenize(text), language: language)
        var found: [String: [String]] = [:]
        for report in analysis.actors {
            let id = model.actors.catalog.actors[report.actor].id
            found[id] = Role.allCases.filter { report.roleCounts[$0.index] > 0 }.map(\.rawValue)
        }
        return found
    }

    @Test(arguments: [
        // active: subject = agent, "на X" = patient
        ("Россия напала на Украину.", "ru", ["russia": ["aggressor"], "ukraine": ["victim"]]),
        ("Росія напала на Україну.", "uk", ["russia": ["aggressor"], "ukraine": ["victim"]]),
        // light verb + noun, "по X" = patient
        ("Армия России нанесла удар по Киеву.", "ru", ["russia": ["aggressor"], "ukraine": ["victim"]]),
        ("Росія завдала удару по Києву.", "uk", ["russia": ["aggressor"], "ukraine": ["victim"]]),
        // aid: helper and helped
        ("США оказали помощь Украине.", "ru", ["usa": ["helper"], "ukraine": ["helped"]]),
        ("США надали допомогу Україні.", "uk", ["usa": ["helper"], "ukraine": ["helped"]]),
        // threat
        ("Кремль угрожает Европе.", "ru", ["russia": ["aggressor"], "eu": ["victim"]]),
        ("Кремль погрожує Європі.", "uk", ["russia": ["aggressor"], "eu": ["victim"]]),
        // criticism: the critic is not blamed, the criticised is
        ("Евросоюз осудил Россию.", "ru", ["eu": ["critic"], "russia": ["criticised"]]),
        ("Євросоюз засудив Росію.", "uk", ["eu": ["critic"], "russia": ["criticised"]]),
    ])
    func rolePatterns(_ text: String, language: String, expected: [String: [String]]) throws {
        #expect(try roles(text, language: language) == expected)
    }

    /// Arguments read from their case (`RoleFinder+Case.swift`): the genitive after a harm or
    /// aid noun is its agent, the instrumental is the agent of a noun or a passive, the dative
    /// after an aid noun its beneficiary, a short passive participle's subject its patient, and
    /// a name in an oblique case is no subject ("Росії … загинули": Russia did not die).
    @Test(arguments: [
        ("Унаслідок удару Росії по Харкову загинули троє людей.", "uk", ["russia": ["aggressor"]]),
        ("В результате удара России по Харькову погибли три человека.", "ru", ["russia": ["aggressor"]]),
        ("Атака російських військ на Київ тривала всю ніч.", "uk", ["russia": ["aggressor"], "ukraine": ["victim"]]),
        ("Атака российских войск на Киев продолжалась всю ночь.", "ru", ["russia": ["aggressor"], "ukraine": ["victim"]]),
        ("Україна зазнала масованої атаки Росії.", "uk", ["russia": ["aggressor"], "ukraine": ["victim"]]),
        ("Обстріл Херсона російськими військами забрав життя двох людей.", "uk", ["russia": ["aggressor"]]),
        ("Киев был атакован Россией.", "ru", ["russia": ["aggressor"], "ukraine": ["victim"]]),
        ("Оккупированные Россией территории.", "ru", ["russia": ["aggressor"]]),
        ("Украина разрушена.", "ru", ["ukraine": ["victim"]]),
        ("Допомога США Україні триватиме.", "uk", ["usa": ["helper"], "ukraine": ["helped"]]),
        ("Помощь Украине продолжится.", "ru", ["ukraine": ["helped"]]),
        ("США надали Україні нову допомогу.", "uk", ["usa": ["helper"], "ukraine": ["helped"]]),
        // The instrumental of a thing after a name is no agent: a threat with weapons.
        ("Путін погрожує Європі ядерною зброєю.", "uk", ["russia": ["aggressor"], "eu": ["victim"]]),
        // A singular name before a plural verb is its fronted object ("Київ обстріляли"); a
        // coordinated pair is a plural subject.
        ("Київ обстріляли балістичними ракетами.", "uk", ["ukraine": ["victim"]]),
        ("Київ вночі атакували дрони.", "uk", ["ukraine": ["victim"]]),
        ("Росія і Білорусь атакували Україну.", "uk", ["russia": ["aggressor"], "ukraine": ["victim"]]),
        ("Росіяни атакують Київ.", "uk", ["russia": ["aggressor"], "ukraine": ["victim"]]),
        // Receiving: the subject is the beneficiary; "от"/"від" ends the noun's complement.
        ("Україна отримала допомогу від США.", "uk", ["ukraine": ["helped"], "usa": []]),
        ("Украина получила помощь от США.", "ru", ["ukraine": ["helped"], "usa": []]),
        // "з"/"с" + instrumental is company, not agency; a bare genitive of a transitive noun
        // is its patient.
        ("Обстріл Києва з Росії.", "uk", ["ukraine": ["victim"], "russia": []]),
        ("Обстрел Киева продолжался.", "ru", ["ukraine": ["victim"]]),
    ])
    func caseMarkedArguments(_ text: String, language: String, expected: [String: [String]]) throws {
        #expect(try roles(text, language: language) == expected)
    }

    /// Weapons in the instrumental are the means, not an armed target: "обстріляла Харків
    /// ракетами" is an attack on a city (agent -2.5, victim +1), not combat (-2.5 × 0.25).
    @Test func weaponsInTheInstrumentalAreNoTarget() throws {
        let analysis = DocumentAnalyzer(model: model).analyze(try tokenizer.tokenize("Росія обстріляла Київ ракетами."), language: "uk")
        #expect(analysis.roles.map(\.valence) == [-2.5, 1])
        let fronted = DocumentAnalyzer(model: model).analyze(try tokenizer.tokenize("Київ атакували дрони."), language: "uk")
        #expect(fronted.roles.map(\.valence) == [1])
    }

    /// A label phrase of the narrator's ("путінському режиму": the name's adjective and a
    /// `label` noun, −2.4 in the sentiment lexicon) condemns its party: helping it is abetting
    /// (aid agent +1.5 × −0.5), harming it a fight (harm agent −2.5 × 0.25, patient 0); the bare
    /// name is helped as before.
    @Test func helpingAPartyTheTextCondemnsIsAbetting() throws {
        let analyzer = DocumentAnalyzer(model: model)
        let abetting = analyzer.analyze(try tokenizer.tokenize("США допомагають путінському режиму."), language: "uk")
        #expect(abetting.roles.map(\.position) == [.agent, .patient])
        #expect(abetting.roles.map(\.valence) == [1.5 * DocumentAnalyzer.abettingFactor, 0])
        let helping = analyzer.analyze(try tokenizer.tokenize("США допомагають Росії."), language: "uk")
        #expect(helping.roles.map(\.valence) == [1.5, 0.5])
        let fight = analyzer.analyze(try tokenizer.tokenize("ЗСУ завдали удару по путінському режиму."), language: "uk")
        #expect(fight.roles.map(\.valence).sorted() == [-2.5 * DocumentAnalyzer.condemnedTargetAgentFactor, 0])
    }

    /// No nominative name of a bundled actor ends in an oblique ending of its language, so case
    /// never takes a subject away from a name in the nominative.
    @Test func nominativeNamesHaveNoObliqueEnding() throws {
        let tokenizer = try Tokenizer()
        for language in ["ru", "uk"] {
            let finder = try #require(model.roleFinders[language])
            for (_, forms) in inflectedActorNames {
                let nominative = forms[0]
                let isUkrainian = nominative.contains { "іїєґІЇЄҐ".contains($0) }
                let isRussian = nominative.contains { "ыэёъЫЭЁЪ".contains($0) }
                guard language == "uk" ? !isRussian : !isUkrainian else { continue }
                let text = try tokenizer.tokenize(nominative)
                let last = try #require(text.tokens.last { $0.isWordLike })
                let oblique = text.withKeys { keys, _ in finder.cues.hasSuffix(finder.cues.obliqueEndings, keys: keys, token: last) }
                #expect(!oblique, "\(language): \(nominative)")
            }
        }
    }

    /// "со стороны X" / "з боку X" introduces the agent of a noun predicate.
    @Test func agentPhrase() throws {
        #expect(try roles("Украина подверглась нападению со стороны России.", language: "ru")["russia"] == ["aggressor"])
    }

    /// A verb that also names other acts ("добавил": adds) reports speech after its subject
    /// only when an opener follows ("что", a colon, a dash, a quote mark): "Путину добавили
    /// обвинение" is an act done to Putin, not his words.
    @Test(arguments: [
        ("Путин добавил, что это ошибка.", ["что", "это", "ошибка"]),
        ("Зеленський додав, що це помилка.", ["що", "це", "помилка"]),
        ("Путину добавили обвинение в подлоге.", nil),
        ("Зеленському додали обвинувачення.", nil),
    ] as [(String, [String]?)])
    func speechVerbsThatNeedAnOpener(_ source: String, content: [String]?) throws {
        let text = try tokenizer.tokenize(source)
        let speeches = DocumentAnalyzer(model: model).analyze(text).speeches
        #expect(speeches.first.map { speech in speech.content.map { text.text(of: text.tokens[$0]) } } == content)
        #expect(speeches.count == (content == nil ? 0 : 1))
    }

    /// A distancing word ("якобы", "нібито") disputes its clause: the claim portrays nobody it
    /// names, and the speaker who made it gets the word's weight (−0.4 in both lexicons), as
    /// normalize(−0.4) = −0.4 / √(0.16 + 15).
    @Test(arguments: [
        ("Киев заявил, что Россия якобы ударила по больнице.", "ukraine", "russia"),
        ("Київ заявив, що Росія нібито обстріляла лікарню.", "ukraine", "russia"),
    ])
    func distancingDisputesTheClaim(_ source: String, speaker: String, named: String) throws {
        let analysis = DocumentAnalyzer(model: model).analyze(try tokenizer.tokenize(source))
        let portrayal = { (id: String) in analysis.actors.first { self.model.actors.catalog.actors[$0.actor].id == id }?.portrayal }
        #expect(portrayal(speaker) == -0.4 / (0.16 + 15).squareRoot())
        #expect(portrayal(named) == 0)
        let plain = DocumentAnalyzer(model: model).analyze(try tokenizer.tokenize(source.replacingOccurrences(of: " якобы", with: "")
            .replacingOccurrences(of: " нібито", with: "")))
        #expect(plain.actors.first { self.model.actors.catalog.actors[$0.actor].id == named }?.portrayal ?? 0 < 0)
    }
}
