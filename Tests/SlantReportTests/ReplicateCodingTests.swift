import Foundation
import Testing
@testable import SlantReport

@Suite("Compact replicates in report files")
struct ReplicateCodingTests {
    /// [3, 5, 4] → differences 3, 2, −1 → zigzag 6, 4, 1 → bytes 06 04 01 → base64 "BgQB".
    @Test func smallValuesByHand() {
        #expect(ReplicateCoding.encode([3, 5, 4] as [Int64]) == "zd1:BgQB")
        #expect(ReplicateCoding.decode("zd1:BgQB") == [3, 5, 4])
        // 300 → zigzag 600 = 0x258 → LEB128 D8 04 → "2AQ=".
        #expect(ReplicateCoding.encode([300] as [Int]) == "zd1:2AQ=")
        #expect(ReplicateCoding.encode([] as [Int]) == "zd1:")
        #expect(ReplicateCoding.decode("zd1:") == [])
    }

    @Test func extremesComeBackExactly() {
        let values: [Int64] = [.max, .min, 0, -1, 1, .max, .max - 1, .min + 1, 1_234_567_890_123, -987_654_321]
        #expect(ReplicateCoding.decode(ReplicateCoding.encode(values)) == values)
    }

    @Test func badStringsAreRefused() {
        #expect(ReplicateCoding.decode("BgQB") == nil)              // no prefix
        #expect(ReplicateCoding.decode("zd1:!!") == nil)            // not base64
        #expect(ReplicateCoding.decode("zd1:gA==") == nil)          // 0x80: a varint cut short
    }

    @Test func momentsAndTalliesRoundTripAndOldArraysStillRead() throws {
        var moments = Moments()
        moments.add(0.25, weights: [1, 0, 2])
        moments.add(-0.5, weights: [0, 3, 1])
        var tally = Tally()
        tally.add(4, weights: [1, 0, 2])
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let momentsJSON = String(decoding: try encoder.encode(moments), as: UTF8.self)
        // counts [1, 3, 3]: differences 1, 2, 0 → 02 04 00 → "AgQA";
        // sums [250000000, -1500000000, 0]: differences 250000000, -1750000000, 1500000000.
        #expect(momentsJSON.contains("\"replicateCounts\":\"zd1:AgQA\""))
        #expect(try JSONDecoder().decode(Moments.self, from: Data(momentsJSON.utf8)) == moments)
        #expect(try JSONDecoder().decode(Tally.self, from: try encoder.encode(tally)) == tally)
        let old = #"{"count":2,"sum":-250000000,"sumOfSquares":312500000,"replicateCounts":[1,3,3],"replicateSums":[250000000,-1500000000,0]}"#
        #expect(try JSONDecoder().decode(Moments.self, from: Data(old.utf8)) == moments)
        #expect(try JSONDecoder().decode(Tally.self, from: Data(#"{"total":4,"replicates":[4,0,8]}"#.utf8)) == tally)
    }
}
