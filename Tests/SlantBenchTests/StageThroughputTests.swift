import Testing
import SlantBench

@Suite("Stage throughput")
struct StageThroughputTests {
    @Test func megabytesAndTokensPerSecond() {
        let stage = StageThroughput(stage: "s", bytes: 3_000_000, tokens: 500_000, seconds: 2)
        #expect(stage.megabytesPerSecond == 1.5)
        #expect(stage.tokensPerSecond == 250_000)
    }

    @Test func medianOfOddAndEvenCounts() {
        #expect(StageThroughput.median([3, 1, 2]) == 2)
        #expect(StageThroughput.median([4, 1, 3, 2]) == 2.5)
        #expect(StageThroughput.median([7]) == 7)
    }
}
