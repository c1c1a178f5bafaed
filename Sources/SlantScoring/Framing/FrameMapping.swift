public import SlantText

/// Which frames of one set stand for which frames of another (Slant's war frames → Media
/// Frames Corpus frames), read from a TSV with the header `frame<TAB>maps_to`: one pair per
/// line, a frame may map to several frames (one line each) and `#` lines are comments.
public struct FrameMapping: Sendable, Hashable {
    /// Source frame → the frames it stands for.
    public var targetsBySource: [String: [String]]
    /// Every target frame, in the order first named.
    public var targets: [String]

    /// Parses the TSV.
    ///
    /// - Throws: ``DataFileError`` naming the line that does not have two non-empty columns,
    ///   repeats a pair, or a file without the header.
    public init(parsing text: String, source: String) throws(DataFileError) {
        var targetsBySource: [String: [String]] = [:]
        var targets: [String] = []
        var sawHeader = false
        for (number, line) in DataFile.lines(text) where !DataFile.isBlankOrComment(line) {
            let columns = line.split(separator: "\t", omittingEmptySubsequences: false).map { String($0) }
            guard columns.count == 2, !columns[0].isEmpty, !columns[1].isEmpty else {
                throw DataFileError(source: source, line: number, message: "expected two tab-separated columns: frame, maps_to")
            }
            if !sawHeader {
                guard columns == ["frame", "maps_to"] else {
                    throw DataFileError(source: source, line: number, message: "expected the header frame<TAB>maps_to")
                }
                sawHeader = true
                continue
            }
            guard !(targetsBySource[columns[0]]?.contains(columns[1]) ?? false) else {
                throw DataFileError(source: source, line: number, message: "\(columns[0]) → \(columns[1]) is listed twice")
            }
            targetsBySource[columns[0], default: []].append(columns[1])
            if !targets.contains(columns[1]) { targets.append(columns[1]) }
        }
        guard sawHeader else { throw DataFileError(source: source, line: 0, message: "expected the header frame<TAB>maps_to") }
        self.targetsBySource = targetsBySource
        self.targets = targets
    }

    /// The frames that `frames` stand for.
    public func map(_ frames: Set<String>) -> Set<String> {
        Set(frames.flatMap { targetsBySource[$0] ?? [] })
    }
}
