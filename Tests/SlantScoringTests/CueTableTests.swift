@testable import SlantScoring
import SlantText
import Testing

/// The per-token tables of issue 13, session 9 against the lookups they replace: the role
/// finder's cue kinds and speech cues looked up once per token, the speech finder's
/// attribution word at each token read from its quotation walk.
@Suite("Cue tables: role cues and attribution words looked up once per token")
struct CueTableTests {
    let tokenizer: Tokenizer
    let model: ScoringModel

    init() throws {
        (tokenizer, model) = try bundledTokenizerAndModel()
    }

    /// The cue kinds and speech cues the role finder kept for `text` (`-1`: not asked),
    /// after finding its roles with `finder`.
    func roleTables(_ text: TokenizedText, finder: RoleFinder) -> (cues: [Int32], speech: [Int32], roles: RoleFinder.Result) {
        let candidates = model.actors.mentions(in: text).map(\.tokens)
        let titleCase = text.withKeys { _, tokens in ProperNames.titleCaseSentences(of: text, tokens: tokens) }
        var scratch = RoleFinder.Scratch()
        let roles = finder.roles(in: text, candidates: candidates, titleCase: titleCase, scratch: &scratch)
        let count = text.tokens.count
        #expect(scratch.perToken.count == RoleFinder.Context.perTokenArrays * count)
        return (Array(scratch.perToken[3 * count..<4 * count]), Array(scratch.perToken[4 * count..<5 * count]), roles)
    }

    @Test func roleCuesAreLookedUpOnceWhereAsked() throws {
        // Kyiv(0) was(1) shelled(2) by(3) Russia(4) .(5): the passive asks the word before the
        // predicate ("was", passive auxiliary, bit 0), the predicate, the subject's word and the
        // marker after it ("by", agent marker, bit 2); the subject search asks whether "was" is
        // a speech cue. "Russia" and "." are never asked.
        let text = try tokenizer.tokenize("Kyiv was shelled by Russia.")
        let (cues, speech, roles) = roleTables(text, finder: model.roles)
        #expect(cues == [0, 1, 0, 4, -1, -1])
        #expect(speech == [-1, 0, -1, -1, -1, -1])
        #expect(roles.assignments.map { "\($0.candidate) \($0.rule)" } == ["0 subject of passive 'was'", "1 passive 'by'"])
    }

    @Test(arguments: [
        ("en", "Kallas said Russia attacked Ukraine, and NATO condemned the invasion of Ukraine by Russia. Biden and Johnson were not helping Kyiv."),
        ("en", "Russian troops were shelled near Kharkiv. The Ukraine war goes on, according to Reuters, as Russia launched an attack on Kyiv."),
        ("uk", "Україна отримала допомогу від США. Армія Росії обстріляла Харків, заявив Зеленський. Росія атакувала Київ."),
    ])
    func keptRoleCuesAreTheLookups(_ language: String, _ source: String) throws {
        let text = try tokenizer.tokenize(source)
        let finder = try #require(model.roleFinders[language] ?? (language == "en" ? model.roles : nil))
        let (cues, speech, roles) = roleTables(text, finder: finder)
        #expect(!roles.assignments.isEmpty)
        #expect(cues.contains { $0 > 0 } && speech.contains(0))
        text.withKeys { keys, tokens in
            for index in tokens.indices {
                let end = text.sentences[tokens[index].sentence].tokens.upperBound
                if cues[index] != -1 {
                    #expect(cues[index] == Int32(bitPattern: finder.cues.kinds(keys: keys, tokens: tokens, at: index, end: end).rawValue))
                }
                if speech[index] != -1 {
                    #expect((speech[index] == 1) == (finder.speech.match(keys: keys, tokens: tokens, at: index, end: end) != nil))
                }
            }
        }
    }

    @Test func attributionWordOfEachTokenIsItsLookup() throws {
        // Peskov(0) said(1) Moscow(2) was(3) ready(4) ,(5) according(6) to(7) Reuters(8) .(9)
        // “(10) Never(11) ,(12) ”(13) he(14) added(15) .(16): "said" is match 0, "according to" 1,
        // "he" 2, "added" 3.
        let text = try tokenizer.tokenize("Peskov said Moscow was ready, according to Reuters. “Never,” he added.")
        var scratch = SpeechFinder.Scratch()
        _ = model.speech.speeches(in: text, mentions: model.actors.mentions(in: text), scratch: &scratch)
        #expect(scratch.cueSlots == [-1, 0, -1, -1, -1, -1, 1, -1, -1, -1, -1, -1, -1, -1, 2, 3, -1])
        text.withKeys { keys, tokens in
            for index in tokens.indices {
                let lookup = model.speech.rules.match(keys: keys, tokens: tokens, at: index, end: tokens.count)
                let slot = Int(scratch.cueSlots[index])
                #expect((slot >= 0) == (lookup != nil))
                if slot >= 0, let lookup {
                    #expect(scratch.attributionMatches[slot].kind == lookup.kind)
                    #expect(Int(scratch.attributionMatches[slot].length) == lookup.length)
                }
            }
        }
    }
}
