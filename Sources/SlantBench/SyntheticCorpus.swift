public import SlantCorpus
import SlantText

/// A deterministic, news-like corpus of any size for benchmarks: English wire copy about
/// negotiations over the war in Ukraine, with curly quotes and apostrophes, numbers, money,
/// percentages, abbreviations (U.S., Feb., Dr.), hyphenated compounds, the odd web address, and
/// about one paragraph in twelve in Ukrainian or Russian. The same seed gives the same bytes.
///
/// The text is synthetic on purpose: it can be shipped, regenerated at any size, and has the
/// features that make tokenizing and scoring news text expensive. It is not evaluation data.
public struct SyntheticCorpus: Sequence, IteratorProtocol {
    public let seed: UInt64
    /// Documents are produced until their texts add up to at least this many bytes.
    public let targetBytes: Int
    private var random: SplitMix64
    private var producedBytes = 0
    private var produced = 0

    public static let outlets = ["kyiv-ledger", "moscow-courier", "northwire", "atlantic-daily"]

    public init(seed: UInt64 = 1, targetBytes: Int) {
        self.seed = seed
        self.targetBytes = targetBytes
        random = SplitMix64(state: seed)
    }

    /// All documents at once (for benchmarks that need the corpus in memory).
    public static func documents(seed: UInt64 = 1, targetBytes: Int) -> [InputDocument] {
        Array(SyntheticCorpus(seed: seed, targetBytes: targetBytes))
    }

    public mutating func next() -> InputDocument? {
        guard producedBytes < targetBytes else { return nil }
        produced += 1
        let outlet = Self.outlets[random.next(below: Self.outlets.count)]
        let month = 1 + random.next(below: 12), day = 1 + random.next(below: 28)
        let date = "2026-" + (month < 10 ? "0" : "") + String(month) + "-" + (day < 10 ? "0" : "") + String(day)
        var paragraphs: [String] = []
        let paragraphCount = 4 + random.next(below: 9)
        for index in 0..<paragraphCount {
            if index > 0, random.next(below: 12) == 0 {
                paragraphs.append(foreignParagraph())
            } else {
                paragraphs.append((0..<(2 + random.next(below: 4))).map { _ in englishSentence() }.joined(separator: " "))
            }
        }
        let title = headline()
        let text = title + "\n\n" + paragraphs.joined(separator: "\n\n") + "\n"
        producedBytes += text.utf8.count
        return InputDocument(source: "synthetic", record: produced, id: "synthetic-\(produced)", outlet: outlet, date: date, title: title,
                             text: Array(text.utf8))
    }

    /// One document as a JSONL line of the kind `slant score` reads.
    public static func jsonLine(_ document: InputDocument) -> String {
        var json = JSONWriter()
        json.beginObject()
        json.field("id", document.id)
        json.field("outlet", document.outlet)
        json.field("date", document.date)
        json.field("title", document.title)
        json.field("text", String(decoding: document.text, as: UTF8.self))
        json.endObject()
        return json.text + "\n"
    }

    // MARK: Text

    private mutating func pick(_ words: [String]) -> String { words[random.next(below: words.count)] }

    private mutating func number() -> String {
        switch random.next(below: 5) {
        case 0: return String(2 + random.next(below: 98))
        case 1: return String(1 + random.next(below: 9)) + "," + String(100 + random.next(below: 900))
        case 2: return String(1 + random.next(below: 60)) + "." + String(random.next(below: 10)) + "%"
        case 3: return "$" + String(1 + random.next(below: 90)) + "." + String(random.next(below: 10)) + " billion"
        default: return String(1990 + random.next(below: 37))
        }
    }

    private mutating func headline() -> String {
        "\(pick(Pools.actors).capitalizedFirst) \(pick(Pools.headlineVerbs)) \(pick(Pools.headlineObjects)) in \(pick(Pools.cities))"
    }

    private mutating func englishSentence() -> String {
        switch random.next(below: 11) {
        case 0: return "\(pick(Pools.actors).capitalizedFirst) said on \(pick(Pools.days)) that \(pick(Pools.claims))."
        case 1: return "“\(pick(Pools.quotes)),” \(pick(Pools.speakers)) told reporters in \(pick(Pools.cities))."
        case 2: return "\(pick(Pools.actors).capitalizedFirst)’s \(pick(Pools.nouns)) \(pick(Pools.trendVerbs)) \(number()) in \(pick(Pools.months)), according to \(pick(Pools.sources))."
        case 3: return "U.S. and \(pick(Pools.actors)) officials met in \(pick(Pools.cities)) on \(pick(Pools.monthAbbreviations)) \(1 + random.next(below: 28)), but \(pick(Pools.contrasts))."
        case 4: return "Critics called the plan \(pick(Pools.negative)), while supporters described it as \(pick(Pools.positive))."
        case 5: return "Officials in \(pick(Pools.cities)) said \(number()) civilians were killed and \(number()) injured in overnight drone strikes."
        case 6: return "It wasn’t \(pick(Pools.positive)) — it was \(pick(Pools.negative)), \(pick(Pools.speakers)) said."
        case 7: return "Dr. \(pick(Pools.surnames)) of the \(pick(Pools.institutes)) said the \(pick(Pools.nouns)) would cost about \(number()) over the next \(2 + random.next(below: 9)) years."
        case 8: return "\(pick(Pools.speakers).capitalizedFirst) warned that \(pick(Pools.actors)) was \(pick(Pools.intensifiers)) \(pick(Pools.negativeAdjectives)) and \(pick(Pools.claims))."
        case 9: return "The \(pick(Pools.compounds)) talks did not \(pick(Pools.baseVerbs)) \(pick(Pools.actors)), and \(pick(Pools.actors)) didn’t say whether it would \(pick(Pools.baseVerbs)) the proposal."
        default:
            return random.next(below: 4) == 0
                ? "Full text: https://news.example.org/\(2020 + random.next(below: 7))/\(pick(Pools.slugs))."
                : "\(pick(Pools.speakers).capitalizedFirst) called it “\(pick(Pools.quotes).lowercased())” and said \(pick(Pools.claims))!"
        }
    }

    private mutating func foreignParagraph() -> String {
        let sentences = random.next(below: 2) == 0 ? Pools.ukrainian : Pools.russian
        return (0..<(2 + random.next(below: 3))).map { _ in pick(sentences) }.joined(separator: " ")
    }
}

extension String {
    var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
