import Testing
import SlantScoring

/// Roles weighed by the narrator's label of the other party (DocumentAnalyzer+Counterparts):
/// "supports" is aid (agent +1.5, patient +0.5), "shelled" harm (−2.5 / +1), "helped" aid
/// (+1.5 / +0.5); labels from Lexicons/en/war-rhetoric-en.tsv: "regime" −1.8, "junta" −2.4.
extension RoleTests {
    /// Helping a party the text condemns is abetting: +1.5 × −0.5; the helped party gets no
    /// sympathy but keeps its label as its tone (a role leaves its head noun counting).
    @Test func helpingACondemnedPartyIsAbetting() throws {
        let (_, junta) = try analyze("Washington supports the Kyiv junta.")
        #expect(actorRoles(junta) == ["usa helper via modifier, helps a party the text calls 'junta'",
                                      "ukraine helped via object, called 'junta' by the text"])
        #expect(try portrayal(junta, "usa") == Self.normalize(1.5 * DocumentAnalyzer.abettingFactor))
        #expect(try portrayal(junta, "ukraine") == Self.normalize(-2.4))
        let (_, plain) = try analyze("Washington supports Kyiv.")
        #expect(try portrayal(plain, "usa") == Self.normalize(1.5))
        #expect(try portrayal(plain, "ukraine") == Self.normalize(0.5))
    }

    /// Harm to a party the text itself condemns is a fight, not an attack on the defenceless:
    /// the agent keeps a quarter of the blame, the patient no sympathy.
    @Test func harmToACondemnedPartyIsAFight() throws {
        let (_, regime) = try analyze("Russia shelled the Kyiv regime.")
        #expect(try portrayal(regime, "russia") == Self.normalize(-2.5 * DocumentAnalyzer.condemnedTargetAgentFactor))
        #expect(try portrayal(regime, "ukraine") == Self.normalize(-1.8))
        let (_, city) = try analyze("Russia shelled Kyiv.")
        #expect(try portrayal(city, "russia") == Self.normalize(-2.5))
        #expect(try portrayal(city, "ukraine") == Self.normalize(1))
    }

    /// A label holds for the same name elsewhere in the document when it is helped ("helped
    /// Putin" after "the Putin regime"), but harm needs the label on the mention itself ("the
    /// Russian regime" does not make Russian civilians fair targets).
    @Test func labelsCarryToTheSameNameForHelpOnly() throws {
        let (_, helped) = try analyze("The Putin regime lies. Washington helped Putin.")
        #expect(try portrayal(helped, "usa") == Self.normalize(1.5 * DocumentAnalyzer.abettingFactor))
        let (_, civilians) = try analyze("The Russian regime jailed him. Missiles killed Russian civilians.")
        #expect(actorRoles(civilians) == ["russia aggressor via subject", "russia victim via object", "russia victim via modifier"])
        // "jailed" −2 with "regime" −1.8 in sentence 0; "killed" +1.5 and "civilians" +0.5 in sentence 1.
        #expect(try portrayal(civilians, "russia") == (Self.normalize(-3.8) + Self.normalize(2)) / 2)
    }

    /// Only the narrator's own condemning names count: not a label inside a quotation, not an
    /// event named after a country ("the Ukraine scandal"), not a word for someone another party
    /// controls ("a Kremlin stooge" is not the Kremlin).
    @Test func onlyTheNarratorsCondemningNamesCount() throws {
        for text in ["\"The Kyiv regime must fall,\" Lavrov said. Washington supports Kyiv.",
                     "The Ukraine scandal grew. Washington supports Ukraine.",
                     "A Kremlin stooge spoke. Washington supports the Kremlin."] {
            let (_, analysis) = try analyze(text)
            #expect(try portrayal(analysis, "usa") == Self.normalize(1.5), "\(text)")
        }
    }
}
