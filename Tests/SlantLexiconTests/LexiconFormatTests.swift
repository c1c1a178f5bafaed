import Testing
import SlantLexicon
import SlantText

@Suite("Slant's lexicon TSV")
struct LexiconFormatTests {
    @Test func parsesHeaderEntriesCategoriesAndComments() throws {
        let text = "# a comment\nterm\tweight\tcategory\nappeasement\t-2.4\tappeasement\n\ncease fire\t1.2\nnegotiat*\t0.5\tnegotiation\n"
        let lexicon = try Lexicon(parsingTSV: text, source: "news.tsv")
        #expect(lexicon.entries == [
            .init(term: "appeasement", weight: -2.4, category: "appeasement", line: 3),
            .init(term: "cease fire", weight: 1.2, category: nil, line: 5),
            .init(term: "negotiat*", weight: 0.5, category: "negotiation", line: 6),
        ])
        #expect(lexicon.entries.map(\.isWildcard) == [false, false, true])
    }

    @Test("a malformed line names file and line", arguments: [
        ("appeasement\t-2.4\n", 1, "expected the header \"term<TAB>weight\" or \"term<TAB>weight<TAB>category\", found \"appeasement\t-2.4\""),
        ("term\tweight\ngood\t1\nbad\tvery\n", 3, "expected a decimal weight such as -1.5 in column 2, found \"very\""),
        ("term\tweight\ngood\t1\tpositive\n", 2, "expected 2 tab-separated columns (term, weight), found 3"),
        ("term\tweight\ngood\t1\nGood\t2\n", 3, "duplicate term \"Good\" (first on line 2)"),
        ("term\tweight\ncease  fire\t1\n", 2, "words of a term are separated by single spaces: \"cease  fire\""),
        ("term\tweight\nnegotiat* talks\t1\n", 2, "a wildcard is a single word ending in * (like negotiat*), found \"negotiat* talks\""),
        ("# only a comment\n", 1, "empty lexicon: expected a header line \"term<TAB>weight\""),
    ])
    func malformed(text: String, line: Int, message: String) {
        #expect(throws: DataFileError(source: "bad.tsv", line: line, message: message)) {
            try Lexicon(parsingTSV: text, source: "bad.tsv")
        }
    }

    @Test func literalStarsAreNotWildcards() throws {
        let lexicon = try Lexicon(parsingTSV: "term\tweight\n:*\t2.5\n*\\0/*\t2.3\n", source: "emoticons.tsv")
        #expect(lexicon.entries.map(\.isWildcard) == [false, false])
    }

    @Test func writesWhatItReads() throws {
        let lexicon = Lexicon(source: "x", entries: [.init(term: "good", weight: 1.9, category: "tone"), .init(term: "bad", weight: -2.5)])
        let text = lexicon.tsv(comment: "converted")
        #expect(text == "# converted\nterm\tweight\tcategory\ngood\t1.9\ttone\nbad\t-2.5\n")
        let reread = try Lexicon(parsingTSV: text, source: "x")
        #expect(reread.entries.map(\.term) == ["good", "bad"])
        #expect(reread.entries.map(\.weight) == [1.9, -2.5])
    }
}

@Suite("Importers")
struct ImporterTests {
    @Test func vader() throws {
        let text = "$:\t-1.5\t0.80623\t[-1, -1]\n:D\t2.3\t1.1\t[4, 2]\n:d\t2.3\t1.1\t[4, 2]\ncan't stand\t-2.0\t0.6\t[-2]\n"
        let lexicon = try LexiconFormat.vader.read(text, source: "vader.txt")
        #expect(lexicon.entries.map(\.term) == ["$:", ":D", "can't stand"])
        #expect(lexicon.entries.map(\.weight) == [-1.5, 2.3, -2.0])
        #expect(lexicon.entries.map(\.line) == [1, 2, 4])
    }

    @Test func vaderRejectsAnOutOfScaleMean() {
        #expect(throws: DataFileError(source: "vader.txt", line: 2, message: "expected a mean rating between -4 and 4 in column 2, found \"7\"")) {
            try LexiconFormat.vader.read("good\t1.9\t0.1\t[]\nwow\t7\t0\t[]\n", source: "vader.txt")
        }
    }

    @Test func afinn() throws {
        let lexicon = try LexiconFormat.afinn.read("abandon\t-2\nbad luck\t-2\ncool stuff\t3\n", source: "afinn.txt")
        #expect(lexicon.entries.map(\.term) == ["abandon", "bad luck", "cool stuff"])
        #expect(lexicon.scaled(by: 0.8).entries.map(\.weight) == [-1.6, -1.6, 2.4000000000000004])
    }

    @Test func liwcDictionary() throws {
        let text = "%\n1\tposemo\n2\tnegemo\n3\tsocial\n%\nabandon*\t2\nfriend*\t1\t3\nkind of\t1\n"
        let lexicon = try LexiconFormat.dic.read(text, source: "liwc.dic")
        #expect(lexicon.entries.map(\.term) == ["abandon*", "friend*", "friend*", "kind of"])
        #expect(lexicon.entries.map(\.category) == ["negemo", "posemo", "social", "posemo"])
        #expect(lexicon.entries.map(\.line) == [6, 7, 7, 8])
    }

    @Test func liwcUndeclaredCategory() {
        #expect(throws: DataFileError(source: "liwc.dic", line: 4, message: "category 9 is not declared in the % table")) {
            try LexiconFormat.dic.read("%\n1\tposemo\n%\nhappy\t9\n", source: "liwc.dic")
        }
    }

    @Test func quantedaYAML() throws {
        let text = "negative:\n  - abandon*\n  - \"cease fire\"\neconomy:\n  jobs: [jobs, unemploy*]\n"
        let lexicon = try LexiconFormat.yaml.read(text, source: "lsd.yml", weight: 1)
        #expect(lexicon.entries.map(\.term) == ["abandon*", "cease fire", "jobs", "unemploy*"])
        #expect(lexicon.entries.map(\.category) == ["negative", "negative", "economy.jobs", "economy.jobs"])
        #expect(lexicon.entries.map(\.line) == [2, 3, 5, 5])
    }

    @Test func yamlThatIsNotADictionary() {
        #expect(throws: DataFileError(source: "x.yml", line: 1, message: "expected a YAML mapping of category names to word lists")) {
            try LexiconFormat.yaml.read("- just\n- a list\n", source: "x.yml")
        }
    }

    @Test func wordList() throws {
        let lexicon = try LexiconFormat.wordlist.read("# hawks\nescalate\n\nstrike back\n", source: "hawk.txt", weight: -1, category: "hawkish")
        #expect(lexicon.entries == [.init(term: "escalate", weight: -1, category: "hawkish", line: 2),
                                    .init(term: "strike back", weight: -1, category: "hawkish", line: 4)])
    }
}
