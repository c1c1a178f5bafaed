public import SlantScoring
import SlantLexicon
import SlantText

/// What a report was made with and of: a hash of the sentiment lexicons, actors and frames, the
/// bootstrap seed and replicates, and a sketch of its document ids. `slant report merge`
/// refuses reports whose fingerprints say they measure differently or share documents.
public struct ReportFingerprint: Sendable, Hashable, Codable {
    /// FNV-1a over the sentiment lexicon entries (term, weight, category), the actors (id,
    /// name), the frame ids and the bootstrap seed and replicates, as 16 hex digits.
    public var model: String
    /// The smallest hashes of the documents' outlet and id (see ``DocumentSketch``).
    public var documents: DocumentSketch

    /// The fingerprint of an empty report made with `model`, `actors`, `frames` and `bootstrap`.
    public init(model: ScoringModel?, actors: [CorpusReport.ActorInfo], frames: [String], bootstrap: PoissonBootstrap) {
        var text = "slant-report-fingerprint\n"
        if let model {
            for entry in model.sentiment.valences.entries {
                text += "\(entry.term)\t\(entry.weight.bitPattern)\t\(entry.category ?? "")\n"
            }
        }
        for actor in actors { text += "actor\t\(actor.id)\t\(actor.name)\n" }
        for frame in frames { text += "frame\t\(frame)\n" }
        text += "bootstrap\t\(bootstrap.seed)\t\(bootstrap.replicates)\n"
        self.model = Self.hex(FNV1a.hash(text))
        documents = DocumentSketch()
    }

    static func hex(_ value: UInt64) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}

/// A bottom-k sketch of a set of documents: the ``size`` smallest 64-bit hashes of their outlet
/// and id. Two shards of one corpus share no hash; a report merged with itself, or shards that
/// share many documents, share hashes, because the smallest hashes of the shared documents are
/// among each shard's smallest. (Shards sharing a few documents may pass unnoticed: a sketch is
/// small, the id lists are not kept.)
public struct DocumentSketch: Sendable, Hashable, Codable {
    /// Hashes kept: 128 × 16 hex digits, about 2.5 KB of JSON per report.
    public static let size = 128

    /// The smallest hashes, ascending, as 16 hex digits each.
    public private(set) var hashes: [String] = []
    private var values: [UInt64] = []

    public init() {}

    /// The hash of one document: SplitMix64's mix of FNV-1a over the outlet, a NUL and the id.
    public static func hash(_ key: String) -> UInt64 {
        var mixer = SplitMix64(state: FNV1a.hash(key))
        return mixer.next()
    }

    /// Adds a document key (`outlet NUL id`).
    public mutating func add(_ key: String) {
        insert(Self.hash(key))
    }

    mutating func insert(_ value: UInt64) {
        if values.count == Self.size, let largest = values.last, value >= largest { return }
        var low = 0, high = values.count
        while low < high {
            let middle = (low + high) / 2
            if values[middle] < value { low = middle + 1 } else { high = middle }
        }
        if low < values.count && values[low] == value { return }
        values.insert(value, at: low)
        hashes.insert(ReportFingerprint.hex(value), at: low)
        if values.count > Self.size {
            values.removeLast()
            hashes.removeLast()
        }
    }

    /// The hashes both sketches hold.
    public func shared(with other: DocumentSketch) -> Int {
        Set(values).intersection(other.values).count
    }

    /// The sketch of the union.
    public mutating func merge(_ other: DocumentSketch) {
        for value in other.values { insert(value) }
    }

    enum CodingKeys: String, CodingKey { case hashes }

    /// The sketch of a report file's hashes: at most ``size``, 16 hex digits each, none twice.
    ///
    /// - Parameter fail: makes the error from what is wrong.
    init(hashes strings: [String], fail: (String) -> ReportError) throws(ReportError) {
        guard strings.count <= Self.size else { throw fail("more than \(Self.size) document hashes") }
        for string in strings {
            guard string.utf8.count == 16, let value = UInt64(string, radix: 16) else {
                throw fail("expected 16 hex digits, found \"\(string)\"")
            }
            insert(value)
        }
        guard values.count == strings.count else { throw fail("repeated document hashes") }
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let strings = try container.decode([String].self, forKey: .hashes)
        do {
            try self.init(hashes: strings) { .incompatible($0) }
        } catch {
            guard case .incompatible(let reason) = error else { throw error }
            throw DecodingError.dataCorruptedError(forKey: .hashes, in: container, debugDescription: reason)
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(hashes, forKey: .hashes)
    }
}
