import Foundation
public import SlantCorpus
import SlantScoring

/// Reads the JSONL records that `slant score -o` writes back into ``DocumentSummary`` values,
/// so that a corpus scored once can be compared without scoring it again.
///
/// Records carry figures rounded to four decimals and no word counts, so a report built from
/// them has no distinctive vocabulary and agrees with the scoring run's own report to 10⁻⁴.
public struct ScoredRecordReader {
    let source: String
    let frames: [String]
    let actorIndex: [String: Int]
    private let lines: LineReader
    private var lineNumber = 0
    private var reportedReadError = false

    /// - Parameters:
    ///   - path: a JSONL file written by `slant score`.
    ///   - frames: the frame ids, in the report's order.
    ///   - actors: the actor ids, in the report's order.
    /// - Throws: ``Rejection`` when the file cannot be opened.
    public init(path: String, frames: [String], actors: [String]) throws(Rejection) {
        source = path
        self.frames = frames
        actorIndex = Dictionary(actors.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        guard let handle = FileHandle(forReadingAtPath: path) else { throw Rejection(source: path, record: 0, reason: "cannot open the file") }
        lines = LineReader(handle: handle)
    }

    /// The next record, a rejection naming its line, or `nil` at the end.
    public mutating func next() -> Result<DocumentSummary, Rejection>? {
        while let line = lines.nextLine() {
            lineNumber += 1
            if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { continue }
            return parse(line).mapError { Rejection(source: source, record: lineNumber, reason: $0.reason) }
        }
        // A read that failed ends the file with one rejection for what could not be read.
        if let error = lines.readError, !reportedReadError {
            reportedReadError = true
            return .failure(Rejection(source: source, record: lineNumber + 1, reason: "cannot read past this point: \(error)"))
        }
        return nil
    }

    struct Problem: Error { let reason: String }

    private func parse(_ line: ArraySlice<UInt8>) -> Result<DocumentSummary, Problem> {
        guard let object = try? JSONSerialization.jsonObject(with: Data(line)) as? [String: Any] else {
            return .failure(Problem(reason: "expected a JSON object on one line (a record of slant score)"))
        }
        guard let id = object["id"] as? String, let outlet = object["outlet"] as? String else {
            return .failure(Problem(reason: "expected string fields \"id\" and \"outlet\""))
        }
        guard let tokens = object["tokens"] as? Int, let sentences = object["sentences"] as? Int,
              let sentiment = object["sentiment"] as? [String: Any], let compound = Self.number(sentiment["compound"]),
              let sentenceCompound = Self.number(sentiment["mean_sentence_compound"]) else {
            return .failure(Problem(reason: "expected \"tokens\", \"sentences\" and \"sentiment\": {\"compound\", \"mean_sentence_compound\"}"))
        }
        guard let frameObject = object["frames"] as? [String: Any] else { return .failure(Problem(reason: "expected a \"frames\" object")) }
        var shares: [Double] = []
        for frame in frames {
            guard let share = Self.number(frameObject[frame]) else {
                return .failure(Problem(reason: "expected frame \"\(frame)\" in \"frames\" (was the corpus scored with another frame lexicon?)"))
            }
            shares.append(share)
        }
        var presence: [Bool] = []
        if let present = object["frames_present"] {
            guard let ids = present as? [String] else { return .failure(Problem(reason: "expected \"frames_present\" as a list of frame ids")) }
            for id in ids where !frames.contains(id) {
                return .failure(Problem(reason: "unknown frame \"\(id)\" in \"frames_present\" (was the corpus scored with another frame lexicon?)"))
            }
            presence = frames.map(ids.contains)
        }
        guard let actorList = object["actors"] as? [[String: Any]] else { return .failure(Problem(reason: "expected an \"actors\" list")) }
        var actors: [DocumentSummary.Actor] = []
        for actor in actorList {
            guard let name = actor["actor"] as? String, let mentions = actor["mentions"] as? Int, let speeches = actor["speeches"] as? Int else {
                return .failure(Problem(reason: "expected each actor as {\"actor\", \"mentions\", \"speeches\", ...}"))
            }
            guard let index = actorIndex[name] else {
                return .failure(Problem(reason: "unknown actor \"\(name)\" (pass the actor file it was scored with: --actors FILE)"))
            }
            var summary = DocumentSummary.Actor(index: index, mentions: mentions, speeches: speeches,
                                                portrayal: Self.number(actor["portrayal"]), voice: Self.number(actor["voice"]))
            if let roles = actor["roles"] {
                guard let counts = roles as? [String: Int] else { return .failure(Problem(reason: "expected \"roles\" as an object of counts")) }
                var roleCounts = Array(repeating: 0, count: Role.allCases.count)
                for (name, count) in counts {
                    guard let role = Role(rawValue: name), count >= 0 else {
                        return .failure(Problem(reason: "unknown role \"\(name)\" or negative count in \"roles\""))
                    }
                    roleCounts[role.index] = count
                }
                summary.roleCounts = roleCounts
            }
            actors.append(summary)
        }
        var summary = DocumentSummary(id: id, outlet: outlet, tokens: tokens, sentences: sentences, compound: compound,
                                      sentenceCompound: sentenceCompound, frameShares: shares, actors: actors)
        summary.framePresence = presence
        if let language = object["lang"] as? String, !language.isEmpty { summary.language = language }
        if let naming = object["naming"] as? [String: Any] {
            summary.namingUkrainian = naming["ukrainian"] as? Int ?? 0
            summary.namingRussian = naming["russian"] as? Int ?? 0
            for found in naming["evidence"] as? [[String: Any]] ?? [] {
                guard let term = found["term"] as? String, let side = found["side"] as? Int, let count = found["count"] as? Int else { continue }
                summary.namingTerms[(side > 0 ? "+" : "-") + term, default: 0] += count
            }
        }
        summary.event = object["event"] as? String
        return .success(summary)
    }

    static func number(_ value: Any?) -> Double? { (value as? NSNumber)?.doubleValue }
}
