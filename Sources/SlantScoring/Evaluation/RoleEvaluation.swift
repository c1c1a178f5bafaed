import Foundation
public import SlantText

/// Articles with annotated entity mentions and their main roles (SemEval-2025 Task 10 entity
/// framing): JSONL with `id`, `lang`, `domain`, `text`, `entities: [{start, end, main_role}]`,
/// offsets in Unicode scalars (end exclusive), `main_role` Protagonist, Antagonist or Innocent.
public struct LabelledRoles: Sendable {
    /// The three main roles of the data.
    public enum MainRole: String, Sendable, Hashable, CaseIterable, Decodable {
        case protagonist = "Protagonist"
        case antagonist = "Antagonist"
        case innocent = "Innocent"
    }

    public struct Entity: Sendable {
        public var span: TargetSpan
        public var role: MainRole
    }

    public struct Document: Sendable {
        public var id: String
        public var language: String
        public var domain: String
        public var text: String
        public var entities: [Entity]
        public var line: Int
    }

    public var documents: [Document]

    private struct Record: Decodable {
        struct Entity: Decodable {
            var start: Int
            var end: Int
            var main_role: MainRole
        }

        var id: String
        var lang: String?
        var domain: String?
        var text: String
        var entities: [Entity]
    }

    /// Parses the JSONL.
    ///
    /// - Throws: ``DataFileError`` naming the line of a record that is not such an object.
    public init(parsing text: String, source: String) throws(DataFileError) {
        var documents: [Document] = []
        let records = try JSONLinesFile.records(Record.self, in: text, source: source,
            expected: "a JSON object with id, text and entities [{start, end, main_role: Protagonist|Antagonist|Innocent}]")
        for (lineNumber, record) in records {
            let entities = record.entities.map { Entity(span: TargetSpan(start: $0.start, end: $0.end), role: $0.main_role) }
            documents.append(Document(id: record.id, language: record.lang ?? "und", domain: record.domain ?? "-", text: record.text,
                                      entities: entities, line: lineNumber))
        }
        self.documents = documents
    }
}

/// How well Slant's portrayal and roles agree with annotated main roles.
public struct RoleEvaluation: Sendable {
    /// One scored mention.
    public struct Mention: Sendable {
        public var document: Int
        public var truth: LabelledRoles.MainRole
        public var tone: Double
        public var predicted: LabelledRoles.MainRole
        /// Whether Slant found a role for it (besides speaking).
        public var hasRole: Bool
        /// Its roles with the rules that found them ("aggressor agent-of(attack) via 'by' phrase").
        public var roles: [String] = []
        /// The words and roles its tone comes from, strongest first.
        public var evidence: [EvidenceWord] = []
    }

    /// Figures for one group of mentions (a language and domain, or all).
    public struct Group: Sendable {
        public var name: String
        public var mentions: Int
        public var documents: Int
        /// Share of mentions with a non-zero tone.
        public var coverage: Double
        /// Share of mentions with a role.
        public var roleCoverage: Double
        /// Mean tone per main role with a 95% bootstrap interval over documents.
        public var meanTone: [(role: LabelledRoles.MainRole, count: Int, mean: Double, lower: Double, upper: Double)]
        /// P(tone of a random Antagonist < tone of a random Protagonist), ties counting one half.
        public var aucAntagonistProtagonist: Double
        /// The same against Innocent mentions.
        public var aucAntagonistInnocent: Double
        /// 3-class macro-F1 of the predicted main role.
        public var macroF1: Double
        public var accuracy: Double
    }

    public var mentions: [Mention]
    public var groups: [Group]

    /// The tone at or below which a mention without roles is read as an Antagonist.
    public static let antagonistTone = -0.05
    /// Bootstrap replicates for the intervals.
    public static let replicates = 1000

    /// Scores every entity as a target and summarises per language and domain.
    public init(_ set: LabelledRoles, tokenizer: Tokenizer, analyzer: DocumentAnalyzer, seed: UInt64 = 1) throws {
        var mentions: [Mention] = []
        var text = TokenizedText()
        var groupOfDocument: [String] = []
        for (documentIndex, document) in set.documents.enumerated() {
            try tokenizer.tokenize(utf8: document.text.utf8, into: &text)
            let analysis = analyzer.analyze(text, targets: document.entities.map(\.span))
            for (result, entity) in zip(analysis.targets, document.entities) {
                mentions.append(Mention(document: documentIndex, truth: entity.role, tone: result.tone,
                                        predicted: Self.predictedRole(result), hasRole: result.roles.contains { $0.role != nil },
                                        roles: result.roles.map { ($0.role?.rawValue ?? $0.position.rawValue) + " " + $0.rule },
                                        evidence: result.evidence))
            }
            groupOfDocument.append(document.language + " " + document.domain)
        }
        self.mentions = mentions
        var groups: [Group] = []
        for name in Set(groupOfDocument).sorted() {
            groups.append(Self.group(name, mentions.filter { groupOfDocument[$0.document] == name }, seed: seed))
        }
        if groups.count > 1 { groups.append(Self.group("all", mentions, seed: seed)) }
        self.groups = groups
    }

    /// The main role Slant's output suggests: the side most of its roles fall on (aggressor or
    /// criticised → Antagonist; victim → Innocent; defender, helper, helped, praised, critic,
    /// partner → Protagonist; ties and no roles go by tone), else Antagonist for a tone at or
    /// below ``antagonistTone`` and Protagonist otherwise.
    public static func predictedRole(_ result: TargetResult) -> LabelledRoles.MainRole {
        var votes: [LabelledRoles.MainRole: Int] = [:]
        for assignment in result.roles {
            switch assignment.role {
            case .aggressor?, .criticised?: votes[.antagonist, default: 0] += 1
            case .victim?: votes[.innocent, default: 0] += 1
            case .defender?, .helper?, .helped?, .praised?, .critic?, .partner?: votes[.protagonist, default: 0] += 1
            case .speaker?, nil: break
            }
        }
        let best = votes.values.max() ?? 0
        let leaders = votes.filter { $0.value == best }.map(\.key)
        if best > 0, leaders.count == 1 { return leaders[0] }
        return result.tone <= antagonistTone ? .antagonist : .protagonist
    }

    static func group(_ name: String, _ mentions: [Mention], seed: UInt64) -> Group {
        let tones = { (role: LabelledRoles.MainRole) in mentions.filter { $0.truth == role }.map(\.tone) }
        let documents = Set(mentions.map(\.document)).sorted()
        var meanTone: [(LabelledRoles.MainRole, Int, Double, Double, Double)] = []
        for role in LabelledRoles.MainRole.allCases {
            let values = tones(role)
            guard !values.isEmpty else { continue }
            let (lower, upper) = bootstrapInterval(mentions.filter { $0.truth == role }, documents: documents, seed: seed)
            meanTone.append((role, values.count, values.reduce(0, +) / Double(values.count), lower, upper))
        }
        var correct = 0
        var f1s: [Double] = []
        for role in LabelledRoles.MainRole.allCases {
            let truePositive = mentions.count { $0.truth == role && $0.predicted == role }
            let predicted = mentions.count { $0.predicted == role }
            let actual = mentions.count { $0.truth == role }
            correct += truePositive
            guard actual > 0 else { continue }
            let precision = predicted == 0 ? 0 : Double(truePositive) / Double(predicted)
            let recall = Double(truePositive) / Double(actual)
            f1s.append(precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall))
        }
        return Group(name: name, mentions: mentions.count, documents: documents.count,
                     coverage: mentions.isEmpty ? 0 : Double(mentions.count { $0.tone != 0 }) / Double(mentions.count),
                     roleCoverage: mentions.isEmpty ? 0 : Double(mentions.count { $0.hasRole }) / Double(mentions.count),
                     meanTone: meanTone,
                     aucAntagonistProtagonist: auc(lower: tones(.antagonist), higher: tones(.protagonist)),
                     aucAntagonistInnocent: auc(lower: tones(.antagonist), higher: tones(.innocent)),
                     macroF1: f1s.isEmpty ? 0 : f1s.reduce(0, +) / Double(f1s.count),
                     accuracy: mentions.isEmpty ? 0 : Double(correct) / Double(mentions.count))
    }

    /// P(a < b) for a random `a` from `lower` and `b` from `higher`, ties counting one half
    /// (the Mann–Whitney U statistic over the product of the sizes); NaN when either is empty.
    public static func auc(lower: [Double], higher: [Double]) -> Double {
        guard !lower.isEmpty, !higher.isEmpty else { return .nan }
        let sortedHigher = higher.sorted()
        var wins = 0.0
        for value in lower {
            let above = sortedHigher.count - upperBound(sortedHigher, value)
            let ties = upperBound(sortedHigher, value) - lowerBound(sortedHigher, value)
            wins += Double(above) + 0.5 * Double(ties)
        }
        return wins / (Double(lower.count) * Double(higher.count))
    }

    static func lowerBound(_ sorted: [Double], _ value: Double) -> Int { sorted.partitioningIndex(where: { $0 >= value }) }
    static func upperBound(_ sorted: [Double], _ value: Double) -> Int { sorted.partitioningIndex(where: { $0 > value }) }

    /// The 2.5% and 97.5% quantiles of the mean tone over documents resampled with replacement.
    static func bootstrapInterval(_ mentions: [Mention], documents: [Int], seed: UInt64) -> (Double, Double) {
        guard !documents.isEmpty else { return (.nan, .nan) }
        var sums: [Int: (Double, Int)] = [:]
        for mention in mentions { sums[mention.document, default: (0, 0)].0 += mention.tone; sums[mention.document, default: (0, 0)].1 += 1 }
        var generator = SplitMix64(state: seed)
        var means: [Double] = []
        for _ in 0..<replicates {
            var total = 0.0
            var count = 0
            for _ in documents.indices {
                let document = documents[Int(generator.next() % UInt64(documents.count))]
                if let (sum, n) = sums[document] { total += sum; count += n }
            }
            if count > 0 { means.append(total / Double(count)) }
        }
        means.sort()
        guard !means.isEmpty else { return (.nan, .nan) }
        let at = { (q: Double) in means[min(means.count - 1, max(0, Int((q * Double(means.count - 1)).rounded())))] }
        return (at(0.025), at(0.975))
    }
}

extension Array {
    /// The first index whose element satisfies `predicate`, which must be false then true.
    func partitioningIndex(where predicate: (Element) -> Bool) -> Int {
        var low = 0
        var high = count
        while low < high {
            let middle = (low + high) / 2
            if predicate(self[middle]) { high = middle } else { low = middle + 1 }
        }
        return low
    }
}
