import Foundation
import Testing

@Suite("slant explain and slant lexicon")
struct ExplainAndLexiconCommandTests {
    /// productive: (1.6 + 0.293) × -0.74 × 0.5 = -0.70041; appeasement: -2.4 × 1.5 = -3.6;
    /// sum -4.30041, compound -4.30041 / sqrt(4.30041² + 15) = -0.7431; negative mass
    /// (-1.70041) + (-4.6) = -6.30041 against 9 neutral words: 0.4118. Kallas "called" it
    /// appeasement: her voice (normalize(-3.6) = -0.6808); "productive", 2 tokens away (", but")
    /// in the other clause and before her name, portrays her: -0.70041 × 1/(1 + 2/4) × 0.5 × 0.25
    /// = -0.0584, tone normalize(-0.0584) = -0.0151.
    @Test func explainShowsTermsRulesAndTotals() throws {
        let result = try SlantProcess.run(["explain", "The talks were not very productive, but Kallas called it appeasement."])
        #expect(result.status == 0)
        #expect(result.standardOutput == """
            sentence 0: The talks were not very productive, but Kallas called it appeasement.
              term                  lexicon  valence  rules
              productive            +1.6000  -0.7004  booster(very) → +1.8930; negation(not) → -1.4008; before-contrast(but) → -0.7004
              appeasement           -2.4000  -3.6000  after-contrast(but) → -3.6000
              sum -4.3004  compound -0.7431  pos 0.0000  neg 0.4118  neu 0.5882
            document: compound -0.7431 (negative)  sum -4.3004  pos 0.0000  neg 0.4118  neu 0.5882  mean sentence compound -0.7431
            language: en (detected)
            mentions:
              Kallas                eu        sentence 0   tone -0.0151
            roles:
              (none)
            speech:
              reported by eu (Kallas): it appeasement
            actors:
              actor     mentions  portrayal  voice     roles                   evidence
              eu        1         -0.0151    -0.6808   speaker 1               productive -0.0584, said: appeasement -3.6000
            frames: share, evidence, present when evidence >= 3.0000 (11 words)
              appeasement   0.6667  2.0000  -        appeasement
              negotiation   0.3333  1.0000  -        talks

            """)
    }

    /// `--lang` picks the lexicons a short text might not be detected for: "Попову добавили
    /// обвинение в подлоге" with the Russian lexicon (`обвинени*` −1.2, `подлог*` −2.0), and an
    /// unknown code is refused with the languages there are.
    @Test func explainTakesTheLanguage() throws {
        let result = try SlantProcess.run(["explain", "--lang", "ru", "Попову добавили обвинение в подлоге."])
        #expect(result.status == 0)
        #expect(result.standardOutput.hasPrefix("""
            sentence 0: Попову добавили обвинение в подлоге.
              term                  lexicon  valence  rules
              обвинение             -1.2000  -1.2000  -
              подлоге               -2.0000  -2.0000  -

            """))
        #expect(result.standardOutput.contains("language: ru (given)\n"))
        let unknown = try SlantProcess.run(["explain", "--lang", "xx", "Text."])
        #expect(unknown.status == 64)
        #expect(unknown.standardError.contains("--lang xx: no such language in the lexicon directory; expected one of en, ru, uk or und"))
    }

    @Test func lexiconCheckReportsFileAndLineAndExitsWithDataError() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("slant-lexicon-\(UUID()).tsv")
        try Data("term\tweight\ngood\t1\nbad\tvery\n".utf8).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let result = try SlantProcess.run(["lexicon", "check", "Lexicons/en/idioms-en.tsv", file.path])
        #expect(result.status == 65)
        #expect(result.standardOutput == "Lexicons/en/idioms-en.tsv: ok, 31 entries, 31 terms\n")
        #expect(result.standardError == "slant: \(file.path):3: expected a decimal weight such as -1.5 in column 2, found \"very\"\n")
    }

    @Test func lexiconConvertWritesSlantFormat() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("slant-liwc-\(UUID()).dic")
        try Data("%\n1\tposemo\n2\tnegemo\n%\nhappi*\t1\nhurt*\t2\n".utf8).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let result = try SlantProcess.run(["lexicon", "convert", "--from", "dic", "--category-weight", "negemo=-1", file.path])
        #expect(result.status == 0)
        #expect(result.standardOutput == """
            # Converted by slant lexicon convert from \(file.lastPathComponent) (dic)
            term\tweight\tcategory
            happi*\t1\tposemo
            hurt*\t-1\tnegemo

            """)
    }
}
