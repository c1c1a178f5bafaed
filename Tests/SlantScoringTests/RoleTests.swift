import Foundation
import Testing
import SlantLexicon
import SlantScoring
import SlantText

/// Who does what to whom, worked by hand. Tones are `normalize(x) = x / sqrt(x² + 15)` of the
/// summed role valences (Lexicons/en/predicates.tsv: harm agent -2.5, victim +1, ...) and the
/// words near the mention that still count.
@Suite("Roles: who does what to whom")
struct RoleTests: HandWorkedTones {
    let tokenizer: Tokenizer
    let model: ScoringModel

    init() throws {
        (tokenizer, model) = try bundledTokenizerAndModel()
    }

    /// The analysis of `text` with every occurrence of `targets` scored as a target.
    func analyze(_ text: String, targets: [String] = []) throws -> (TokenizedText, DocumentAnalysis) {
        let tokens = try tokenizer.tokenize(text)
        let scalars = Array(text.unicodeScalars)
        var spans: [TargetSpan] = []
        for target in targets {
            let needle = Array(target.unicodeScalars)
            for start in 0...(scalars.count - needle.count) where Array(scalars[start..<start + needle.count]) == needle {
                spans.append(TargetSpan(start: start, end: start + needle.count))
            }
        }
        return (tokens, DocumentAnalyzer(model: model).analyze(tokens, targets: spans.sorted { $0.start < $1.start }))
    }

    /// "role via rule" for each role of each target, in order.
    func targetRoles(_ analysis: DocumentAnalysis) -> [String] {
        analysis.targets.map { target in target.roles.map { "\($0.role?.rawValue ?? "-") via \($0.rule)" }.joined(separator: "; ") }
    }

    /// (actor id, role, rule) for each role of the catalog actors.
    func actorRoles(_ analysis: DocumentAnalysis) -> [String] {
        analysis.roles.map { "\(model.actors.catalog.actors[analysis.mentions[$0.candidate].actor].id) \($0.role?.rawValue ?? "-") via \($0.rule)" }
    }

    func portrayal(_ analysis: DocumentAnalysis, _ actor: String) throws -> Double {
        try #require(analysis.actors.first { model.actors.catalog.actors[$0.actor].id == actor }?.portrayal)
    }

    @Test func passiveVictimAndAgent() throws {
        let (_, analysis) = try analyze("Israel was brutally attacked by terrorists.", targets: ["Israel", "terrorists"])
        #expect(targetRoles(analysis) == ["victim via subject of passive 'was'", "aggressor via passive 'by'"])
        // "brutally" is no word of Israel's own noun phrase: only the role counts.
        #expect(analysis.targets.map(\.tone) == [Self.normalize(1), Self.normalize(-2.5)])
    }

    @Test func activeAgentAndObject() throws {
        let (_, analysis) = try analyze("Terrorists brutally attacked Israel.", targets: ["Terrorists", "Israel"])
        #expect(targetRoles(analysis) == ["aggressor via modifier", "victim via object"])
        #expect(analysis.targets.map(\.tone) == [Self.normalize(-2.5), Self.normalize(1)])
    }

    @Test func underAttackFrom() throws {
        let (_, analysis) = try analyze("Ukraine has been under attack from Russia.")
        #expect(actorRoles(analysis) == ["ukraine victim via subject of passive 'under'", "russia aggressor via passive 'from'"])
        #expect(try portrayal(analysis, "ukraine") == Self.normalize(1))
        #expect(try portrayal(analysis, "russia") == Self.normalize(-2.5))
    }

    @Test func nominalWithOfAndBy() throws {
        let (_, analysis) = try analyze("The invasion of Ukraine by Russia began in 2022.")
        #expect(actorRoles(analysis) == ["ukraine victim via 'of' phrase", "russia aggressor via 'by' phrase"])
        let (_, possessive) = try analyze("Russia's invasion of Ukraine killed thousands.")
        // "of Ukraine killed": a candidate after a preposition is not the subject of "killed".
        #expect(actorRoles(possessive) == ["russia aggressor via modifier", "ukraine victim via 'of' phrase"])
    }

    @Test func demonymAndPrepositionalPatient() throws {
        let (_, analysis) = try analyze("Russian strikes on Kyiv continued.")
        #expect(actorRoles(analysis) == ["russia aggressor via modifier", "ukraine victim via 'on' phrase"])
        #expect(try portrayal(analysis, "russia") == Self.normalize(-2))
        #expect(try portrayal(analysis, "ukraine") == Self.normalize(1))
    }

    /// The agent of harm is penalised, and "leading" praises the victim, not Moscow.
    @Test func plotToAssassinate() throws {
        let (_, analysis) = try analyze("Officials said a plot by Moscow to assassinate a leading German industrialist was foiled.")
        #expect(actorRoles(analysis) == ["russia aggressor via 'by' phrase", "russia aggressor via subject"])
        #expect(try portrayal(analysis, "russia") == Self.normalize(-2.5 - 3))
    }

    /// Criticism lands on the criticised: the critic's tone is 0, the accused's -1.5.
    @Test func criticism() throws {
        let (_, analysis) = try analyze("Ukraine has accused Russian forces of capturing mayors.")
        #expect(actorRoles(analysis) == ["russia criticised via object", "ukraine critic via subject"])
        #expect(try portrayal(analysis, "ukraine") == 0)
        #expect(try portrayal(analysis, "russia") == Self.normalize(-1.5))
        let (_, condemned) = try analyze("Johnson condemned the move as an “invasion”.", targets: ["Johnson"])
        #expect(targetRoles(condemned) == ["critic via modifier"])
        #expect(condemned.targets[0].tone == 0)
    }

    @Test func sufferingAndParticiples() throws {
        let (_, refugees) = try analyze("Ukrainian refugees fled to Poland.")
        #expect(actorRoles(refugees) == ["ukraine victim via modifier"])
        #expect(try portrayal(refugees, "ukraine") == Self.normalize(1))
        let (_, invading) = try analyze("Mayors were kidnapped by the invading Russian military.")
        #expect(actorRoles(invading) == ["russia aggressor via passive 'by'", "russia aggressor via participle 'invading'"])
    }

    /// A speaker's own words are its voice: neither their tone nor the roles in them portray it.
    @Test func speakerTargetsKeepTheirOwnWordsOut() throws {
        let (_, analysis) = try analyze("Borrell said war is a terrible crime.", targets: ["Borrell"])
        #expect(analysis.targets[0].isSpeaker)
        #expect(analysis.targets[0].tone == 0)
        let (_, warned) = try analyze("The Biden administration warned it could disrupt allied unity.", targets: ["Biden administration"])
        #expect(warned.targets[0].tone == 0)
    }

    /// Scare quotes are not read literally: "clear" counts 0, "victory" (2.4), 7 tokens after
    /// Kyiv, weighs 2.4 / (1 + 7/4).
    @Test func scareQuotes() throws {
        let (_, analysis) = try analyze("Kyiv has “a clear plan” for victory.")
        #expect(abs(try portrayal(analysis, "ukraine") - Self.normalize(2.4 / (1 + 7.0 / 4))) < 1e-12)
    }

    /// "Why should ...?": free (2.3, 1 token away: ×0.8) and holiday (1.7, 3 away: ×1/1.75)
    /// count ×(-0.5).
    @Test func rhetoricalQuestion() throws {
        let (_, analysis) = try analyze("Why should Russians be free to holiday in Britain?")
        let expected = Self.normalize(-0.5 * (2.3 * 0.8 + 1.7 / 1.75))
        #expect(abs(try portrayal(analysis, "russia") - expected) < 1e-12)
    }

    /// A negated negative is no praise; a negated harm gives no role.
    @Test func negation() throws {
        let (_, analysis) = try analyze("“Russia does not feel threatened,” he said.")
        #expect(try portrayal(analysis, "russia") == 0)
        let (_, helping) = try analyze("Germany is not helping Ukraine.", targets: ["Germany"])
        #expect(targetRoles(helping) == ["- via subject, negated by 'not'"])
        #expect(helping.targets[0].tone == Self.normalize(1.5 * RoleFinder.negatedPositiveFactor))
    }

    /// "without" does not reach across the mention: appeasement (-2.4), 2 tokens after
    /// Ukraine, weighs 1 / (1 + 2/4).
    @Test func withoutDoesNotFlipAcrossTheMention() throws {
        let (_, analysis) = try analyze("Munich talks without Ukraine reek of appeasement.")
        #expect(abs(try portrayal(analysis, "ukraine") - Self.normalize(-2.4 / 1.5)) < 1e-12)
    }

    /// A word nearer to another mention on its far side is mostly that one's: "appeasement"
    /// (-2.4) is 3 tokens after Ukraine (weight 1 / (1 + 3/4)) but 1 before Russia, so Ukraine
    /// takes a quarter (``DocumentAnalyzer/nearerMentionFactor``); Russia takes it whole, as a
    /// preceding word 1 token away (1 / (1 + 1/4) × 0.25).
    @Test func wordsNearerToAnotherMention() throws {
        let (_, analysis) = try analyze("Ukraine reeks of the appeasement of Russia.")
        #expect(abs(try portrayal(analysis, "ukraine") - Self.normalize(-2.4 / 1.75 * 0.25)) < 1e-12)
        #expect(abs(try portrayal(analysis, "russia") - Self.normalize(-2.4 / 1.25 * 0.25)) < 1e-12)
        // A mention between the word and the target does not take it: a list shares its words
        // ("reek" -2.4 at 2 tokens, "appeasement" -2.4 at 4).
        let (_, list) = try analyze("Ukraine and Russia reek of appeasement.")
        #expect(abs(try portrayal(list, "ukraine") - Self.normalize(-2.4 / 1.5 - 2.4 / 2)) < 1e-12)
    }

    /// Harm to armed forces is combat: the patient gets no sympathy, the agent a quarter of the
    /// blame ("strikes" -2 × ``RoleFinder/armedTargetAgentFactor``); harm to a city stays harm.
    @Test func harmToArmedForcesIsCombat() throws {
        let (_, strikes) = try analyze("Ukrainian strikes on Russian positions.")
        #expect(actorRoles(strikes) == ["ukraine aggressor via modifier, armed target 'positions'",
                                        "russia victim via 'on' phrase, armed target 'positions'"])
        #expect(try portrayal(strikes, "ukraine") == Self.normalize(-2 * RoleFinder.armedTargetAgentFactor))
        #expect(try portrayal(strikes, "russia") == 0)
        let (_, losses) = try analyze("Russian troops suffered heavy losses.")
        #expect(actorRoles(losses) == ["russia victim via subject, armed target 'troops'"])
        #expect(try portrayal(losses, "russia") == 0)
        let (_, cities) = try analyze("Russian strikes on Ukrainian cities.")
        #expect(try portrayal(cities, "russia") == Self.normalize(-2))
        #expect(try portrayal(cities, "ukraine") == Self.normalize(1))
    }

    /// A harm noun with no patient of its own ("an extraordinary missile attack by the
    /// Ukrainians") is the combat of its sentence when another harm in it has an armed target
    /// ("the flagship Moskva was sunk"): a quarter of "attack"'s -2.5.
    @Test func patientlessHarmInACombatSentence() throws {
        let (_, analysis) = try analyze("Russia's flagship Moskva was sunk after an extraordinary missile attack by the Ukrainians.")
        #expect(actorRoles(analysis) == ["russia victim via subject of passive 'was', armed target 'flagship'",
                                         "ukraine aggressor via 'by' phrase, armed target in the sentence"])
        #expect(try portrayal(analysis, "ukraine") == Self.normalize(-2.5 * RoleFinder.armedTargetAgentFactor))
        #expect(try portrayal(analysis, "russia") == 0)
    }

    /// A name before a topic noun says where, not who: "the Ukraine crisis" is not Ukraine's
    /// tone, "the Russia-Ukraine war" makes neither an aggressor; a possessive is still the agent
    /// ("war" -1.5 / +0.5).
    @Test func topicNounsAfterNames() throws {
        let (_, crisis) = try analyze("The Ukraine crisis deepened.")
        #expect(try portrayal(crisis, "ukraine") == 0)
        let (_, war) = try analyze("The Russia-Ukraine war continues.")
        #expect(actorRoles(war) == [])
        let (_, possessive) = try analyze("Russia's war in Ukraine continues.")
        #expect(actorRoles(possessive) == ["russia aggressor via modifier", "ukraine victim via 'in' phrase"])
        #expect(try portrayal(possessive, "russia") == Self.normalize(-1.5))
    }

    /// Coordinated candidates share the role: "Biden and Johnson condemned", "against Russia
    /// and Belarus"; fighting is resistance (agent +0.5, the one fought against -1, "fight
    /// against" +1 / -1).
    @Test func coordinationAndFighting() throws {
        let (_, condemned) = try analyze("Biden and Johnson condemned the invasion.", targets: ["Biden", "Johnson"])
        #expect(targetRoles(condemned) == ["critic via modifier (coordinated)", "critic via modifier"])
        // A list shares it too, and so does a modifier one word before the predicate.
        let (_, list) = try analyze("Gorbachev, Gore and Sagan condemned the invasion.", targets: ["Gorbachev", "Gore", "Sagan"])
        #expect(targetRoles(list) == ["critic via modifier (coordinated)", "critic via modifier (coordinated)", "critic via modifier"])
        let (_, adverb) = try analyze("Biden and Harris blatantly lied.", targets: ["Biden", "Harris"])
        #expect(targetRoles(adverb) == ["criticised via modifier (coordinated)", "criticised via modifier"])
        #expect(adverb.targets[0].tone == adverb.targets[1].tone)
        let (_, against) = try analyze("Activists fight against Russia and Belarus.", targets: ["Activists", "Belarus"])
        #expect(targetRoles(against) == ["defender via modifier", "aggressor via 'against' phrase (coordinated)"])
        #expect(against.targets.map(\.tone) == [Self.normalize(1), Self.normalize(-1)])
        // "fighting" takes no patient: "in eastern Ukraine" is where, not whom.
        let (_, place) = try analyze("Heavy fighting in eastern Ukraine continued.")
        #expect(actorRoles(place) == [])
        let (_, ready) = try analyze("Ukraine is ready to fight.")
        #expect(actorRoles(ready) == ["ukraine defender via subject"])
        #expect(try portrayal(ready, "ukraine") == Self.normalize(0.5))
    }

    /// A verb of undergoing makes its subject the patient of the noun it takes, also when the
    /// agent is named ("faces an invasion by Russia", "received military aid from the United
    /// States"), but not across an infinitive or a light verb of its own ("feared to launch an
    /// attack": Russia is the one who would attack).
    @Test func undergoingAndReceiving() throws {
        let (_, faces) = try analyze("Ukraine faces an invasion by Russia.", targets: ["Ukraine", "Russia"])
        #expect(targetRoles(faces) == ["victim via subject of 'faces'", "aggressor via 'by' phrase"])
        let (_, received) = try analyze("Ukraine received military aid from the United States.", targets: ["Ukraine", "United States"])
        #expect(targetRoles(received) == ["helped via subject of 'received'", "helper via 'from' phrase"])
        #expect(received.targets.map(\.tone) == [Self.normalize(0.5), Self.normalize(1)])
        let (_, feared) = try analyze("Russia feared to launch an attack.", targets: ["Russia"])
        #expect(targetRoles(feared) == ["aggressor via subject"])
    }

    /// A name that modifies a predicate noun is that noun's argument, not the argument of a
    /// phrase around it: "killed in a Russian strike" does not make Russia the one killed, and
    /// "threatened by Russia's aggression" blames Russia once, for the aggression.
    @Test func aModifierBelongsToItsOwnNoun() throws {
        let (_, strike) = try analyze("Civilians were killed in a Russian strike.")
        #expect(actorRoles(strike) == ["russia aggressor via modifier"])
        let (_, threatened) = try analyze("Europe is threatened by Russia's aggression against Ukraine.")
        #expect(actorRoles(threatened) == ["eu victim via subject of passive 'is'", "russia aggressor via modifier", "ukraine victim via 'against' phrase"])
    }

    /// A harm participle right after a noun for people, with no object after it, is a passive
    /// without its auxiliary (role cue `person-noun`): the name qualifying the people is the
    /// victim (abduct: patient +1.5). With an object, or after "troops", it stays active.
    @Test func headlinePassiveAfterPeople() throws {
        let (_, abducted) = try analyze("Ukrainian children abducted during the occupation.")
        #expect(actorRoles(abducted) == ["ukraine victim via passive without auxiliary"])
        #expect(try portrayal(abducted, "ukraine") == Self.normalize(1.5))
        let (_, active) = try analyze("Ukrainian activists attacked the police.")
        #expect(actorRoles(active) == ["ukraine aggressor via modifier"])
        let (_, troops) = try analyze("Russian troops attacked at dawn.")
        #expect(actorRoles(troops) == ["russia aggressor via subject"])
    }

    /// Coercion of people is a threat (agent -1.5, patient +0.5), misleading is blame (-2 on
    /// the subject), in any domain: "harassed Klobuchar", "misled the public".
    @Test func coercionAndMisleading() throws {
        let (_, harassed) = try analyze("Activists harassed Klobuchar at a book launch.", targets: ["Activists", "Klobuchar"])
        #expect(targetRoles(harassed) == ["aggressor via modifier", "victim via object"])
        #expect(harassed.targets.map(\.tone) == [Self.normalize(-1.5), Self.normalize(0.5)])
        let (_, misled) = try analyze("Exxon misled the public.", targets: ["Exxon"])
        #expect(targetRoles(misled) == ["criticised via modifier"])
        #expect(misled.targets.map(\.tone) == [Self.normalize(-2)])
    }

    /// A noun after another verb's past participle is that verb's object, not the light verb's:
    /// "has courageously opposed the war" makes Bogdan no aggressor. With no role, the words
    /// near him count: courageously +2.3 at 1 token (× 1 / (1 + 1/4)), war -2.9 at 4 (× 1/2).
    @Test func perfectTenseIsNoLightVerb() throws {
        let (_, analysis) = try analyze("Bogdan has courageously opposed the war.", targets: ["Bogdan"])
        #expect(targetRoles(analysis) == [""])
        #expect(abs(analysis.targets[0].tone - Self.normalize(2.3 / 1.25 - 2.9 / 2)) < 1e-12)
    }

    /// Words inside capitalised names carry no sentiment for the actors near them.
    @Test func wordsInsideNames() throws {
        let (_, analysis) = try analyze("The European Peace Fund helped Kyiv.")
        #expect(try portrayal(analysis, "ukraine") == Self.normalize(0.5))
    }

    @Test func predicateWithoutAPatient() throws {
        let predicates = try PredicateLexicon(parsing: "term\tclass\tagent\tpatient\nfighting\tresistance\t0.5\t-\n", source: "p.tsv", tokenizer: tokenizer)
        #expect(predicates.takes(0, .agent) && !predicates.takes(0, .patient))
        #expect(predicates.valence(0, .agent) == 0.5)
    }

    @Test func predicateFileErrorsNameTheLine() throws {
        let bad = "term\tclass\tagent\tpatient\nattack\tharm\t-2.5\t1\nkick\tviolence\t-1\t1\n"
        #expect(throws: DataFileError(source: "p.tsv", line: 3, message:
            "expected a predicate class (harm, threat, suffering, aid, protection, resistance, criticism, blame, praise, cooperation) in column 2, found \"violence\"")) {
            try PredicateLexicon(parsing: bad, source: "p.tsv", tokenizer: tokenizer)
        }
        #expect(throws: DataFileError(source: "p.tsv", line: 2, message: "expected a decimal agent valence between -4 and 4, or -, in column 3, found \"-9\"")) {
            try PredicateLexicon(parsing: "term\tclass\tagent\tpatient\nattack\tharm\t-9\t1\n", source: "p.tsv", tokenizer: tokenizer)
        }
    }

    @Test(arguments: [
        ([0.0, 0.0, 0.5], [1.0, 1.0], 1.0),   // every antagonist below every protagonist
        ([1.0], [0.0], 0.0),
        ([0.0, 0.0], [0.0, 1.0], 0.75),        // ties count one half: (0.5 + 1 + 0.5 + 1) / 4
    ])
    func auc(lower: [Double], higher: [Double], expected: Double) {
        #expect(RoleEvaluation.auc(lower: lower, higher: higher) == expected)
    }
}
