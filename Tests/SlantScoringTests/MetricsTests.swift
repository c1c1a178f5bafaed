import Testing
import SlantScoring
import SlantText

@Suite("Evaluation metrics")
struct MetricsTests {
    @Test func pearsonOfAPerfectLineAndItsMirror() {
        #expect(Metrics.pearson([1, 2, 3], [2, 4, 6]) == 1)
        #expect(Metrics.pearson([1, 2, 3], [3, 2, 1]) == -1)
        #expect(Metrics.pearson([1, 1, 1], [1, 2, 3]) == 0)
    }

    @Test func pearsonWorkedByHand() {
        // x = 1,2,3,4; y = 1,3,2,4: cov = 4, var x = var y = 5, r = 0.8
        #expect(close(Metrics.pearson([1, 2, 3, 4], [1, 3, 2, 4]), 0.8))
    }

    @Test func tiedRanksShareTheirMean() {
        #expect(Metrics.ranks([10, 20, 20, 5]) == [2, 3.5, 3.5, 1])
        // ranks of y: 1, 2.5, 2.5, 4 against x ranks 1,2,3,4
        let rho = Metrics.spearman([1, 2, 3, 4], [1, 5, 5, 9])
        #expect(close(rho, 4.5 / (5 * 4.5).squareRoot()))
    }

    @Test func macroF1WorkedByHand() {
        let truth: [Polarity] = [.positive, .positive, .negative, .neutral]
        let predicted: [Polarity] = [.positive, .neutral, .negative, .neutral]
        let result = Metrics.classification(truth: truth, predicted: predicted)
        // positive: p 1, r 0.5, f1 2/3; negative: 1, 1, 1; neutral: p 0.5, r 1, f1 2/3
        #expect(close(result.macroF1, (2.0 / 3 + 1 + 2.0 / 3) / 3))
        #expect(result.accuracy == 0.75)
        #expect(result.confusion == [[1, 0, 0], [0, 1, 0], [0, 1, 1]])
    }

    @Test func ratingThresholds() {
        #expect(RatedSentences.polarity(ofRating: 0.5) == .neutral)
        #expect(RatedSentences.polarity(ofRating: 0.51) == .positive)
        #expect(RatedSentences.polarity(ofRating: -0.6) == .negative)
        #expect(Polarity(0.05) == .positive)
        #expect(Polarity(-0.0499) == .neutral)
    }

    @Test func ratedSentencesNameTheBadLine() {
        #expect(throws: DataFileError(source: "set.tsv", line: 3, message: "expected a numeric rating in column 2, found \"high\"")) {
            try RatedSentences(parsing: "id\trating\ttext\n1\t0.5\tfine\n2\thigh\tnope\n", source: "set.tsv")
        }
    }
}
