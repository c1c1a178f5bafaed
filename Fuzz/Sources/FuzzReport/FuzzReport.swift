import Foundation
import FuzzSupport
import SlantReport

/// Decodes the input as a report. What decodes (and so passed the checks on read) must
/// encode and decode to the same report, in the bytes JSONEncoder writes and to the report
/// JSONDecoder reads; pool without trapping, merge with a pooled copy as a comparison group,
/// and either merge with itself as a shard or be refused: never trap.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzReport(_ data: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let bytes = Data(UnsafeBufferPointer(start: data, count: count))
    guard let report = try? CorpusReport(data: bytes, source: "fuzz") else { return 0 }
    let check = FuzzSupport.check
    let encoded = report.jsonData()
    let again = try? CorpusReport(data: encoded, source: "fuzz-again")
    check(again == report, "a report survives encoding and decoding")
    // The streaming writer and reader agree with JSONEncoder and JSONDecoder over the Codable form.
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys]
    check((try? encoder.encode(report)) == encoded, "the streaming writer writes JSONEncoder's bytes")
    check((try? JSONDecoder().decode(CorpusReport.self, from: encoded)) == report, "JSONDecoder reads what the streaming writer writes")
    if let pooled = try? report.pooled(as: "all") {
        var groups = report
        _ = try? groups.merge(pooled, allowingSharedDocuments: true)
    }
    var doubled = report
    let before = doubled
    do {
        try doubled.merge(report)
    } catch {
        check(doubled == before, "a refused merge leaves the report as it was")
    }
    return 0
}
