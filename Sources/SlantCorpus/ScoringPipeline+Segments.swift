import SlantScoring
import SlantText

// A long document analysed in segments, so that memory is bounded by a segment, not the document.

extension WorkerPool {
    /// Scores a document longer than the segment size: cuts it (``DocumentSegmenter``), analyses
    /// each segment with the worker's tokenizer and analyzer and sums the results
    /// (``SegmentedAnalysis``) and the word counts.
    ///
    /// The first segment's language (given or detected) is the language of all of them. A target
    /// is scored in the segment that holds it; one that spans a cut is rejected alone, with the
    /// place of the cut.
    func processInSegments(_ document: InputDocument, worker: Int, language given: String?) -> PipelineOutcome {
        let ranges = segmenters[worker].segments(of: document.text)
        let analyzer = analyzers[worker]
        analyzer.evidenceLimit = .max
        defer { analyzer.evidenceLimit = DocumentAnalyzer.evidenceWords }
        var merged = SegmentedAnalysis(model: model)
        var counts: (all: [String: Int], nearActor: [Int: [String: Int]]) = ([:], [:])
        var language = document.language ?? given
        var scalarOffset = 0
        var tokenCount = 0
        var sentenceCount = 0
        var pending = Array(document.targets.indices)
        var cuts: [Int] = []
        for range in ranges {
            do {
                try tokenizers[worker].tokenize(utf8: document.text[range], into: &texts[worker])
            } catch {
                return .rejected(Rejection(source: document.source, record: document.record,
                                           reason: "bytes \(range.lowerBound)..<\(range.upperBound): \(error)"))
            }
            model.vocabulary.resolve(&texts[worker])
            let text = texts[worker]
            let scalars = scalarOffset..<scalarOffset + text.scalarCount
            var inside: [(span: TargetSpan, position: Int)] = []
            pending.removeAll { position in
                let span = document.targets[position]
                guard span.start >= scalars.lowerBound && span.end <= scalars.upperBound else { return false }
                inside.append((span, position))
                return true
            }
            let shifted = inside.map { TargetSpan(start: $0.span.start - scalars.lowerBound, end: $0.span.end - scalars.lowerBound) }
            let analysis = analyzer.analyze(text, targets: shifted, language: language)
            if language == nil { language = analysis.language }
            merged.add(analysis, tokenOffset: tokenCount, targetSpans: inside)
            if countsWords {
                let segmentCounts = Self.wordCounts(text, mentions: analysis.mentions)
                counts.all.merge(segmentCounts.all, uniquingKeysWith: +)
                for (actor, near) in segmentCounts.nearActor { counts.nearActor[actor, default: [:]].merge(near, uniquingKeysWith: +) }
            }
            tokenCount += text.tokens.count
            sentenceCount += text.sentences.count
            scalarOffset = scalars.upperBound
            cuts.append(scalarOffset)
        }
        var rejectedTargets = document.rejectedTargets
        for position in pending {
            let span = document.targets[position]
            let index = position < document.targetIndices.count ? document.targetIndices[position] : position
            if span.end > scalarOffset {
                rejectedTargets.append((index, "expected end <= \(scalarOffset) (the text's length in Unicode scalars), found \(span.end)"))
            } else {
                let cut = cuts.first { $0 > span.start } ?? scalarOffset
                rejectedTargets.append((index, "the span crosses scalar \(cut), where this document of \(document.text.count) bytes "
                                        + "is cut into segments of at most \(segmenters[worker].segmentBytes) bytes; give a span inside one segment"))
            }
        }
        return scored(document, tokenCount: tokenCount, sentenceCount: sentenceCount, analysis: merged.result(), counts: counts,
                      rejectedTargets: rejectedTargets, worker: worker)
    }
}
