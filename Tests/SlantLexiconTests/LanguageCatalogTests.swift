import Foundation
import SlantLexicon
import SlantText
import Testing

/// A fresh temporary lexicon directory with the given files (path → contents).
private func temporaryLexicons(_ files: [String: String]) throws -> URL {
    let root = FileManager.default.temporaryDirectory.appendingPathComponent("slant-languages-\(UUID().uuidString)")
    for (path, contents) in files {
        let url = root.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try contents.write(to: url, atomically: true, encoding: .utf8)
    }
    return root
}

@Suite("Language folders and manifests")
struct LanguageCatalogTests {
    @Test func bundledLanguagesAreEnglishRussianAndUkrainian() throws {
        let catalog = try LanguageCatalog(directory: bundledLexicons)
        #expect(catalog.codes == ["en", "ru", "uk"])
        #expect(catalog.defaultLanguage.code == "en")
        let english = try #require(catalog["en"])
        #expect(english.items(.sentiment).map(\.url.lastPathComponent)
            == ["idioms-en.tsv", "news-politics-en.tsv", "war-rhetoric-en.tsv", "labels-en.tsv", "vader_lexicon.txt", "AFINN-en-165.txt"])
        #expect(english.items(.sentiment).map(\.scale) == [1, 1, 1, 1, 1, 0.8])
        #expect(try english.mergedLexicon(.attribution).entries.contains { $0.term == "said" })
    }

    @Test func abbreviationsOfEveryLanguageAreJoined() throws {
        let entries = try LanguageCatalog(directory: bundledLexicons).abbreviations().entries
        #expect(entries.contains("Gen."))
        #expect(entries.contains("тыс."))
        #expect(entries.contains("тис."))
    }

    @Test func manifestOfAnyFolderIsRead() throws {
        let root = try temporaryLexicons([
            "xx/manifest.tsv": "# test\nkind\tfile\tformat\tscale\nsentiment\twords.tsv\tslant\t2\nabbreviations\tabbr.txt\tabbreviations\t1\n",
            "xx/words.tsv": "term\tweight\nfoo\t1.5\n",
            "xx/abbr.txt": "Xy.\n",
            "notalanguage/readme.txt": "no manifest here\n",
        ])
        let catalog = try LanguageCatalog(directory: root)
        #expect(catalog.codes == ["xx"])
        #expect(catalog.defaultLanguage.code == "xx")
        let lexicons = try catalog.languages[0].lexicons(.sentiment)
        #expect(lexicons.map { $0.entries.map(\.weight) } == [[3.0]])
        #expect(try catalog.abbreviations().entries == ["Xy."])
        #expect(try catalog.languages[0].mergedLexicon(.rules).entries.isEmpty)
    }

    @Test func badManifestLinesNameTheLine() throws {
        let root = try temporaryLexicons([
            "xx/manifest.tsv": "kind\tfile\tformat\tscale\nsentimentt\twords.tsv\tslant\t1\n",
            "yy/manifest.tsv": "kind\tfile\tformat\tscale\nabbreviations\tabbr.txt\tslant\t1\n",
        ])
        #expect(throws: DataFileError(source: root.appendingPathComponent("xx/manifest.tsv").path, line: 2, message:
            "unknown kind \"sentimentt\"; expected one of sentiment, rules, attribution, abbreviations, profile, predicates, role-cues, stemmer")) {
            try LanguageManifest(directory: root.appendingPathComponent("xx"))
        }
        #expect(throws: DataFileError(source: root.appendingPathComponent("yy/manifest.tsv").path, line: 2, message:
            "unknown format \"slant\" for abbreviations; expected abbreviations")) {
            try LanguageManifest(directory: root.appendingPathComponent("yy"))
        }
    }

    /// A `stemmer` line names a Snowball algorithm in its file column, with the format `snowball`.
    @Test func stemmerLine() throws {
        let root = try temporaryLexicons([
            "xx/manifest.tsv": "kind\tfile\tformat\tscale\nstemmer\trussian\tsnowball\t1\n",
            "yy/manifest.tsv": "kind\tfile\tformat\tscale\nstemmer\trussian\tslant\t1\n",
        ])
        #expect(try LanguageManifest(directory: root.appendingPathComponent("xx")).stemmerAlgorithm == "russian")
        #expect(throws: DataFileError(source: root.appendingPathComponent("yy/manifest.tsv").path, line: 2, message:
            "unknown format \"slant\" for stemmer; expected snowball")) {
            try LanguageManifest(directory: root.appendingPathComponent("yy"))
        }
        let catalog = try LanguageCatalog(directory: bundledLexicons)
        #expect(catalog["ru"]?.stemmerAlgorithm == "russian")
        #expect(catalog["en"]?.stemmerAlgorithm == nil && catalog["uk"]?.stemmerAlgorithm == nil)
    }

    @Test func directoryWithoutLanguagesIsRefused() throws {
        let root = try temporaryLexicons(["actors.tsv": "actor\tname\talias\tmatch\n"])
        #expect(throws: DataFileError(source: root.path, line: 0, message:
            "no language folder found: expected subfolders such as en/ holding a manifest.tsv")) {
            try LanguageCatalog(directory: root)
        }
    }
}
