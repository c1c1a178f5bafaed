import Foundation
import Testing

@Suite("Languages in slant score and slant compare")
struct LanguageCommandTests {
    static let input = """
        {"id":"1","outlet":"a","text":"Russia attacked Kyiv, officials said."}
        {"id":"2","outlet":"a","text":"Россия и Украина провели переговоры, что стало неожиданностью."}
        {"id":"3","outlet":"b","lang":"uk","text":"Путин заявил."}
        {"id":"4","outlet":"b","text":"Путин заявил."}

        """

    /// The `lang` field of each record, in order.
    static func languages(_ records: String) -> [String] {
        records.split(separator: "\n").map { line in
            let object = try! JSONSerialization.jsonObject(with: Data(line.utf8)) as! [String: Any]
            return object["lang"] as! String
        }
    }

    @Test func recordsCarryTheGivenOrDetectedLanguage() throws {
        let detected = try SlantProcess.run(["score", "-"], input: Self.input)
        #expect(detected.status == 0)
        #expect(Self.languages(detected.standardOutput) == ["en", "ru", "uk", "und"])
        // --lang is for records without a lang field; the field wins.
        let forced = try SlantProcess.run(["score", "-", "--lang", "ru"], input: Self.input)
        #expect(Self.languages(forced.standardOutput) == ["ru", "ru", "uk", "ru"])
    }

    @Test func unknownLanguageIsAValidationError() throws {
        let result = try SlantProcess.run(["score", "-", "--lang", "xx"], input: Self.input)
        #expect(result.status == 64)
        #expect(result.standardError.hasPrefix("Error: --lang xx: no such language in the lexicon directory; expected one of en, ru, uk or und\n"))
    }

    @Test func compareFiltersAndSplitsByLanguage() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("slant-lang-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let records = directory.appendingPathComponent("records.jsonl").path
        let report = directory.appendingPathComponent("report.json").path
        #expect(try SlantProcess.run(["score", "-", "-o", records, "--report", report], input: Self.input).status == 0)

        let split = try SlantProcess.run(["compare", records, "--split-lang", "--format", "md", "--words", "0"])
        #expect(split.status == 0)
        #expect(split.standardError == "4 records read, 4 compared, 0 rejected\n")
        for outlet in ["a [en]", "a [ru]", "b [uk]", "b [und]"] { #expect(split.standardOutput.contains("| \(outlet) | 1 |")) }

        let filtered = try SlantProcess.run(["compare", records, "--lang", "ru", "--format", "md", "--words", "0"])
        #expect(filtered.standardError == "4 records read, 1 compared, 0 rejected, 3 not in ru\n")
        #expect(filtered.standardOutput.contains("| a | 1 |"))
        #expect(!filtered.standardOutput.contains("| b |"))

        // Outlet a of the report mixes en and ru: it cannot be filtered.
        let mixed = try SlantProcess.run(["compare", report, "--lang", "ru"])
        #expect(mixed.status == 65)
        #expect(mixed.standardError.contains("outlet \"a\" mixes languages (en 1, ru 1); score with --split-lang or compare the records"))
    }
}

@Suite("Loaded naming in records and slant compare")
struct NamingCommandTests {
    @Test func recordsAndComparisonCarryTheNamingShare() throws {
        let input = """
            {"id":"1","outlet":"a","text":"Kiev said so. Kiev again, and Kyiv once."}
            {"id":"2","outlet":"a","text":"Kyiv said so."}
            {"id":"3","outlet":"b","text":"Nothing loaded."}

            """
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("slant-naming-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let records = directory.appendingPathComponent("records.jsonl").path
        #expect(try SlantProcess.run(["score", "-", "-o", records], input: input).status == 0)
        let lines = try String(contentsOfFile: records, encoding: .utf8).split(separator: "\n")
        let first = try JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as! [String: Any]
        let naming = first["naming"] as! [String: Any]
        #expect(naming["ukrainian"] as? Int == 1)
        #expect(naming["russian"] as? Int == 2)
        // 1 of 3 variants is Ukrainian/Western; the record rounds to four places.
        #expect(naming["ukrainian_share"] as? Double == 0.3333)

        let compared = try SlantProcess.run(["compare", records, "--format", "csv", "--words", "0"])
        // Outlet a: documents 1 (1 of 3, from the record's counts) and 2 (1 of 1); mean (1/3 + 1) / 2 = 0.666667.
        let row = compared.standardOutput.split(separator: "\n").first { $0.hasPrefix("naming,ukrainian_share,,,,a,") }
        #expect(row.map { $0.split(separator: ",", omittingEmptySubsequences: false)[7] } == "0.666667")
        #expect(!compared.standardOutput.contains("naming,ukrainian_share,,,,b,"))
    }
}

@Suite("The Russian and Ukrainian sample corpus")
struct RussianUkrainianSampleTests {
    @Test func sampleIsScoredInItsLanguagesWithItsNaming() throws {
        let result = try SlantProcess.run(["score", "Examples/corpus-ru-uk", "--jobs", "1"])
        #expect(result.status == 0)
        var found: [String: (lang: String, ukrainian: Int, russian: Int)] = [:]
        var russiaPortrayal: [String: Double] = [:]
        for line in result.standardOutput.split(separator: "\n") {
            let record = try JSONSerialization.jsonObject(with: Data(line.utf8)) as! [String: Any]
            let naming = record["naming"] as! [String: Any]
            let id = record["id"] as! String
            found[id] = (record["lang"] as! String, naming["ukrainian"] as! Int, naming["russian"] as! Int)
            for actor in record["actors"] as! [[String: Any]] where actor["actor"] as? String == "russia" {
                russiaPortrayal[id] = actor["portrayal"] as? Double
            }
        }
        // Ukrainian: Києві, Києву (києв*) / захисники, повномасштабне вторгнення. Russian: Киев,
        // киевский режим, спецоперации / nothing loaded.
        #expect(found["2026-03-11-perehovory"]! == ("uk", 2, 0))
        #expect(found["2026-03-25-enerhetyka"]! == ("uk", 2, 0))
        #expect(found["2026-03-11-peregovory"]! == ("ru", 0, 3))
        #expect(found["2026-03-25-energetika"]! == ("ru", 0, 0))
        // "Росія завдала удару по Києву": Russia is the aggressor of the Ukrainian item.
        #expect(russiaPortrayal["2026-03-11-perehovory"].map { $0 < 0 } == true)
    }
}
