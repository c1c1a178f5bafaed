import Foundation
import SlantLexicon
import SlantScoring
import SlantText
import Testing

@Suite("Loaded naming")
struct LoadedNamingTests {
    /// A hand-written fixture in the format of `Lexicons/loaded-naming.tsv`.
    static let fixture = """
        term\tweight\tcategory
        kyiv\t1\tkyiv-name
        kiev\t-1\tkyiv-name
        київ*\t1\tkyiv-name
        києв*\t1\tkyiv-name
        киев*\t-1\tkyiv-name
        full-scale invasion\t1\twar-name
        спецоперац*\t-1\twar-name
        киевский режим\t-1\tkyiv-government

        """

    let tokenizer: Tokenizer
    let naming: LoadedNaming

    init() throws {
        tokenizer = try Tokenizer()
        naming = try LoadedNaming(Lexicon(parsingTSV: Self.fixture, source: "naming.tsv"), tokenizer: tokenizer)
    }

    @Test(arguments: [
        // Kyiv and the phrase: 2 Ukrainian/Western, 0 Russian.
        ("Kyiv condemned the full-scale invasion.", 2, 0),
        // Kiev (−1), Kyiv (+1): one each.
        ("Kiev, or Kyiv, is the capital.", 1, 1),
        // Киева (киев*), спецоперации (спецоперац*), "киевский режим" as one phrase, not киев*: 3 Russian.
        ("Из Киева сообщили о ходе спецоперации, киевский режим молчит.", 0, 3),
        // Києва, Київ: 2 Ukrainian/Western.
        ("До Києва, у Київ.", 2, 0),
        ("Nothing loaded here.", 0, 0),
    ])
    func countsEachSide(_ text: String, ukrainian: Int, russian: Int) throws {
        let counts = naming.count(in: try tokenizer.tokenize(text))
        #expect(counts.ukrainian == ukrainian)
        #expect(counts.russian == russian)
        #expect(counts.ukrainianShare == (ukrainian + russian == 0 ? nil : Double(ukrainian) / Double(ukrainian + russian)))
    }

    @Test func evidenceNamesTermChoiceSideAndCount() throws {
        let counts = naming.count(in: try tokenizer.tokenize("Киев, Киеву и Kyiv."))
        #expect(counts.evidence == [NamingEvidence(term: "киев*", choice: "kyiv-name", side: -1, count: 2),
                                    NamingEvidence(term: "kyiv", choice: "kyiv-name", side: 1, count: 1)])
    }

    /// Counted in a list in order of first appearance, the evidence is still most frequent first,
    /// then by term, whatever the order the variants appear in.
    @Test(arguments: ["Kiev, Kyiv, Kiev, full-scale invasion, Kyiv, Kiev.", "full-scale invasion, Kyiv, Kyiv, Kiev, Kiev, Kiev."])
    func evidenceOrderDoesNotDependOnTheTextsOrder(_ text: String) throws {
        let counts = naming.count(in: try tokenizer.tokenize(text))
        #expect(counts.evidence == [NamingEvidence(term: "kiev", choice: "kyiv-name", side: -1, count: 3),
                                    NamingEvidence(term: "kyiv", choice: "kyiv-name", side: 1, count: 2),
                                    NamingEvidence(term: "full-scale invasion", choice: "war-name", side: 1, count: 1)])
        #expect(counts.ukrainian == 3 && counts.russian == 3)
    }

    @Test func badSideOrMissingChoiceNamesTheLine() throws {
        #expect(throws: DataFileError(source: "bad.tsv", line: 2, message:
            "expected the side as weight 1 (Ukrainian/Western variant) or -1 (Russian variant), found 0.5")) {
            try LoadedNaming(Lexicon(parsingTSV: "term\tweight\tcategory\nkyiv\t0.5\tkyiv-name\n", source: "bad.tsv"), tokenizer: tokenizer)
        }
        #expect(throws: DataFileError(source: "bad.tsv", line: 2, message: "expected the id of the naming choice in the category column")) {
            try LoadedNaming(Lexicon(parsingTSV: "term\tweight\nkyiv\t1\n", source: "bad.tsv"), tokenizer: tokenizer)
        }
    }
}
