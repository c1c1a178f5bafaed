import Foundation
public import SlantCorpus
public import SlantScoring
public import SlantText
import SlantLexicon

/// What ``StageBenchmark/fastPathAgreement()`` found.
public struct FastPathAgreement: Sendable, Hashable {
    public var documents = 0
    /// ICU's word boundaries in the corpus.
    public var boundaries = 0
    /// Tokens in the corpus (ICU alone).
    public var tokens = 0
    public var documentsWithOtherBoundaries = 0
    public var documentsWithOtherTokens = 0
}

/// Times Slant's stages over an in-memory corpus on one core, beside ICU's bare word-break loop
/// over the same bytes, and the whole `slant score` pipeline over 1…N cores.
///
/// Each stage includes the ones before it (tokenize ⊂ lookup ⊂ sentiment ⊂ analysis), so the
/// differences between rows are what each step costs. Scratch buffers are warmed on the corpus
/// first, so steady-state throughput is measured, as in a long run.
public final class StageBenchmark {
    public let model: ScoringModel
    public let tokenizerOptions: Tokenizer.Options
    public let documents: [InputDocument]
    /// Σ text bytes.
    public let bytes: Int
    private let tokenizer: Tokenizer
    private var text = TokenizedText()

    public init(model: ScoringModel, tokenizerOptions: Tokenizer.Options, documents: [InputDocument]) throws {
        self.model = model
        self.tokenizerOptions = tokenizerOptions
        self.documents = documents
        bytes = documents.reduce(0) { $0 + $1.text.count }
        tokenizer = try Tokenizer(options: tokenizerOptions)
    }

    /// ICU's word-break iterator over each document's UTF-8 bytes, nothing done per boundary.
    public func rawICU() throws -> StageThroughput {
        let loop = try RawWordBreakLoop()
        var boundaries = 0
        let seconds = try time {
            for document in documents {
                boundaries += try document.text.withUnsafeBufferPointer { try loop.countBoundaries($0) }
            }
        }
        return StageThroughput(stage: "raw ICU word-break loop", bytes: bytes, tokens: boundaries, seconds: seconds, results: boundaries)
    }

    /// Slant's word boundaries: the ASCII fast path, ICU for spans with non-ASCII bytes.
    public func wordBreaks() throws -> StageThroughput {
        let loop = try WordBreakLoop()
        var boundaries = 0
        let seconds = try time {
            for document in documents {
                boundaries += try document.text.withUnsafeBufferPointer { try loop.countBoundaries($0) }
            }
        }
        return StageThroughput(stage: "word breaks: ASCII fast path + ICU", bytes: bytes, tokens: boundaries, seconds: seconds,
                               results: boundaries)
    }

    /// Whether the fast path agrees with ICU alone on every document: boundary for boundary
    /// (with rule statuses), and token for token through the whole tokenizer.
    public func fastPathAgreement() throws -> FastPathAgreement {
        let fast = try WordBreakLoop(), icu = try WordBreakLoop(asciiFastPath: false)
        var icuOptions = tokenizerOptions
        icuOptions.usesASCIIFastPath = false
        let icuTokenizer = try Tokenizer(options: icuOptions)
        var icuText = TokenizedText()
        var agreement = FastPathAgreement()
        for document in documents {
            let (fastPrint, icuPrint) = try document.text.withUnsafeBufferPointer { (try fast.fingerprint($0), try icu.fingerprint($0)) }
            agreement.boundaries += icuPrint.boundaries
            if fastPrint != icuPrint { agreement.documentsWithOtherBoundaries += 1 }
            try tokenizer.tokenize(utf8: document.text, into: &text)
            try icuTokenizer.tokenize(utf8: document.text, into: &icuText)
            agreement.tokens += icuText.tokens.count
            if text.tokens != icuText.tokens || text.sentences != icuText.sentences { agreement.documentsWithOtherTokens += 1 }
        }
        agreement.documents = documents.count
        return agreement
    }

    /// Tokens, kinds, keys (normalized and case-folded), merges, sentences and paragraphs;
    /// with `asciiFastPath: false`, ICU finds every word boundary (the same tokens, slower).
    public func tokenize(asciiFastPath: Bool = true) throws -> StageThroughput {
        var options = tokenizerOptions
        options.usesASCIIFastPath = asciiFastPath
        let tokenizer = asciiFastPath ? self.tokenizer : try Tokenizer(options: options)
        var tokens = 0
        let seconds = try time {
            for document in documents {
                try tokenizer.tokenize(utf8: document.text, into: &text)
                tokens += text.tokens.count
            }
        }
        return StageThroughput(stage: asciiFastPath ? "tokenize" : "tokenize, ICU alone for word breaks", bytes: bytes, tokens: tokens,
                               seconds: seconds, results: tokens)
    }

    /// Tokenize, then look every token up in the sentiment lexicon (longest match, wildcards).
    public func tokenizeAndLookUp() throws -> StageThroughput {
        let lexicon = model.sentiment.valences
        var tokens = 0, hits = 0
        let seconds = try time {
            for document in documents {
                try tokenizer.tokenize(utf8: document.text, into: &text)
                tokens += text.tokens.count
                model.vocabulary.resolve(&text)
                lexicon.forEachMatch(in: text) { _, _ in hits += 1 }
            }
        }
        return StageThroughput(stage: "tokenize + lexicon lookup", bytes: bytes, tokens: tokens, seconds: seconds, results: hits)
    }

    /// Tokenize, then sentence and document sentiment with all rules.
    public func sentiment() throws -> StageThroughput {
        let analyzer = SentimentAnalyzer(model: model.sentiment)
        var tokens = 0
        var positive = 0
        let seconds = try time {
            for document in documents {
                try tokenizer.tokenize(utf8: document.text, into: &text)
                tokens += text.tokens.count
                model.vocabulary.resolve(&text)
                if analyzer.score(text).document.compound > 0 { positive += 1 }
            }
        }
        return StageThroughput(stage: "tokenize + sentiment", bytes: bytes, tokens: tokens, seconds: seconds, results: positive)
    }

    /// Tokenize, then everything `slant score` computes: sentiment, actors, speech, portrayal, voice, frames.
    public func analysis() throws -> StageThroughput {
        let analyzer = DocumentAnalyzer(model: model)
        var tokens = 0, actors = 0
        let seconds = try time {
            for document in documents {
                try tokenizer.tokenize(utf8: document.text, into: &text)
                tokens += text.tokens.count
                model.vocabulary.resolve(&text)
                actors += analyzer.analyze(text).actors.count
            }
        }
        return StageThroughput(stage: "tokenize + full analysis", bytes: bytes, tokens: tokens, seconds: seconds, results: actors)
    }

    /// The `slant score` pipeline: JSONL records read from `jsonl` (the corpus written by
    /// ``SyntheticCorpus/jsonLine(_:)``), scored, and JSONL records formatted (counted, not
    /// written, so the disk is not measured), on `jobs` worker threads; outcomes keep their records
    /// only, as in `slant score` without `--report`.
    public func pipeline(jobs: Int, tokens: Int, jsonl: String) throws -> StageThroughput {
        let scoring = try ScoringPipeline(model: model, tokenizerOptions: tokenizerOptions, jobs: jobs, countsWords: false,
                                          recordWriter: DocumentRecordWriter(format: .jsonl, model: model), keepsSummaries: false)
        var written = 0
        let seconds = try time {
            var reader = try JSONLinesReader(path: jsonl)
            // As `slant score` reads: records parsed on the worker threads.
            reader.defersParsing = true
            try scoring.run(&reader) { outcome in
                if case .scored(let document) = outcome { written += document.recordBytes.count }
            }
        }
        return StageThroughput(stage: "slant score: JSONL in, records out", jobs: jobs, bytes: bytes, tokens: tokens, seconds: seconds,
                               results: written / 2)
    }

    /// Runs `body` once to warm scratch buffers and caches, then once timed.
    private func time(_ body: () throws -> Void) throws -> Double {
        try body()
        let clock = ContinuousClock()
        let start = clock.now
        try body()
        return (clock.now - start).seconds
    }
}
