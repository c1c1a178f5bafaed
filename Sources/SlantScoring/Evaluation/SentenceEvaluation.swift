public import SlantText

/// Sentences with human sentiment ratings, as in VADER's published ground truth: a TSV with
/// the header `id<TAB>rating<TAB>text`, ratings being the mean of human raters on −4…+4.
public struct RatedSentences: Sendable {
    public struct Item: Sendable, Hashable {
        public var id: String
        public var rating: Double
        public var text: String
        public var line: Int
    }

    public var items: [Item]

    /// A rating above this is positive, below its negation negative (on −4…+4): half a
    /// scale point, the smallest mean that most raters agree is not neutral.
    public static let humanNeutralBand = 0.5

    /// Parses the TSV. The text is everything after the second tab.
    ///
    /// - Throws: ``DataFileError`` naming the line of a row without three columns or with a
    ///   rating that is not a number.
    public init(parsing text: String, source: String) throws(DataFileError) {
        var items: [Item] = []
        var sawHeader = false
        for (lineNumber, line) in DataFile.lines(text) where !line.allSatisfy(\.isWhitespace) {
            let columns = line.split(separator: "\t", maxSplits: 2, omittingEmptySubsequences: false)
            if !sawHeader {
                sawHeader = true
                if columns.count == 3, columns[0] == "id", columns[1] == "rating" { continue }
            }
            guard columns.count == 3 else {
                throw DataFileError(source: source, line: lineNumber, message: "expected 3 tab-separated columns (id, rating, text), found \(columns.count)")
            }
            guard let rating = Double(columns[1]), rating.isFinite else {
                throw DataFileError(source: source, line: lineNumber, message: "expected a numeric rating in column 2, found \"\(columns[1])\"")
            }
            items.append(Item(id: String(columns[0]), rating: rating, text: String(columns[2]), line: lineNumber))
        }
        self.items = items
    }

    /// The human label of a rating.
    public static func polarity(ofRating rating: Double) -> Polarity {
        Polarity(rating, threshold: humanNeutralBand.nextUp)
    }
}

/// How well compound scores agree with human ratings.
public struct SentenceEvaluation: Sendable, Hashable {
    public var count: Int
    public var pearson: Double
    public var spearman: Double
    public var classification: Metrics.Classification
    /// Slant's compound for each item, in input order.
    public var predictions: [Double]

    /// Scores every item with `analyzer` and compares the document compound with the rating.
    public init(_ set: RatedSentences, tokenizer: Tokenizer, analyzer: SentimentAnalyzer) throws {
        var predicted: [Double] = []
        var text = TokenizedText()
        for item in set.items {
            try tokenizer.tokenize(utf8: item.text.utf8, into: &text)
            predicted.append(analyzer.score(text).document.compound)
        }
        predictions = predicted
        let ratings = set.items.map(\.rating)
        count = ratings.count
        pearson = Metrics.pearson(predicted, ratings)
        spearman = Metrics.spearman(predicted, ratings)
        classification = Metrics.classification(truth: ratings.map(RatedSentences.polarity(ofRating:)),
                                                predicted: predicted.map { Polarity($0) })
    }
}
