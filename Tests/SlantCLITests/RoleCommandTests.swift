import Foundation
import Testing

@Suite("Roles from the command line: targets, user actors, slant eval roles")
struct RoleCommandTests {
    /// "Russia attacked Ukraine.": Russia is the aggressor (-2.5 → -2.5/sqrt(21.25) = -0.5423),
    /// Ukraine the victim (+1 → 1/4 = 0.25); three bad targets are rejected alone, by index.
    @Test func badTargetsAreRejectedAloneAndCounted() throws {
        let input = #"{"id":"1","outlet":"a","text":"Russia attacked Ukraine.","targets":[{"start":0,"end":6},{"start":5,"end":2},{"start":16,"end":99},"x",{"start":16,"end":23}]}"# + "\n"
        let result = try SlantProcess.run(["score", "-"], input: input)
        #expect(result.status == 0)
        #expect(result.standardError == """
            slant: rejected -:1: target 1: expected 0 <= start < end, found start 5, end 2
            slant: rejected -:1: target 2: expected end <= 24 (the text's length in Unicode scalars), found 99
            slant: rejected -:1: target 3: expected {"start": S, "end": E} with whole numbers
            1 read, 1 scored, 0 rejected; 3 targets rejected

            """)
        let record = try #require(try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any])
        let targets = try #require(record["targets"] as? [[String: Any]])
        #expect(targets.map { $0["tone"] as? Double } == [-0.5423, 0.25])
        #expect(targets.map { ($0["roles"] as? [[String: Any]])?.first?["role"] as? String } == ["aggressor", "victim"])
        #expect(targets.map { ($0["roles"] as? [[String: Any]])?.first?["rule"] as? String } == ["modifier", "object"])
    }

    /// A user's alias wins over the bundled actor's, with a note; --only-these-actors drops the
    /// bundled catalog.
    @Test func userActorsWin() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("slant-actors-\(UUID()).tsv")
        try Data("actor\tname\talias\tmatch\ntrump\tDonald Trump\tTrump\t\n".utf8).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let input = #"{"id":"1","outlet":"a","text":"Trump praised Kyiv."}"# + "\n"
        let result = try SlantProcess.run(["score", "-", "--actors", file.path], input: input)
        #expect(result.status == 0)
        #expect(result.standardError == "slant: note: \(file.path):2: the alias \"Trump\" now names trump, not usa\n1 read, 1 scored, 0 rejected\n")
        let actors = try #require((try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any])?["actors"] as? [[String: Any]])
        #expect(Set(actors.compactMap { $0["actor"] as? String }) == ["ukraine", "trump"])
        let only = try SlantProcess.run(["score", "-", "--actors", file.path, "--only-these-actors"], input: input)
        let onlyActors = try #require((try JSONSerialization.jsonObject(with: Data(only.standardOutput.utf8)) as? [String: Any])?["actors"] as? [[String: Any]])
        #expect(onlyActors.compactMap { $0["actor"] as? String } == ["trump"])
        // "praised Kyiv": Kyiv is praised (+1.5 → 1.5/sqrt(17.25) = 0.3612), Trump neither gains nor loses.
        #expect(actors.first { $0["actor"] as? String == "ukraine" }?["portrayal"] as? Double == 0.3612)
        #expect(actors.first { $0["actor"] as? String == "trump" }?["portrayal"] as? Double == 0)
    }

    @Test func evalRolesReportsAUCAndMeanTones() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("slant-roles-\(UUID()).jsonl")
        let lines = [
            #"{"id":"a","lang":"en","domain":"URW","text":"Russia attacked Ukraine.","entities":[{"start":0,"end":6,"main_role":"Antagonist"},{"start":16,"end":23,"main_role":"Innocent"}]}"#,
            #"{"id":"b","lang":"en","domain":"URW","text":"The EU helped Kyiv.","entities":[{"start":4,"end":6,"main_role":"Protagonist"}]}"#,
        ]
        try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let result = try SlantProcess.run(["eval", "roles", file.path])
        #expect(result.status == 0)
        // Russia -0.5423 (aggressor), Ukraine +0.25 (victim), the EU +1.5 → 0.3612 (helper):
        // every antagonist below every protagonist and innocent; all three roles predicted right.
        #expect(result.standardOutput.contains("coverage: 1.0000  with_role: 1.0000"))
        #expect(result.standardOutput.contains("auc_antagonist_protagonist: 1.0000"))
        #expect(result.standardOutput.contains("auc_antagonist_innocent: 1.0000"))
        #expect(result.standardOutput.contains("macro_f1: 1.0000  accuracy: 1.0000"))
        #expect(result.standardOutput.contains("Antagonist   1         -0.5423    [-0.5423, -0.5423]"))
    }
}
