import Foundation
import FuzzSupport
import SlantReport

/// Decodes the input as a report. What decodes (and so passed the checks on read) must
/// encode and decode to the same report, pool without trapping, merge with a pooled copy as a
/// comparison group, and either merge with itself as a shard or be refused: never trap.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzReport(_ data: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let bytes = Data(UnsafeBufferPointer(start: data, count: count))
    guard let report = try? CorpusReport(data: bytes, source: "fuzz") else { return 0 }
    let check = FuzzSupport.check
    guard let encoded = try? report.jsonData() else {
        check(false, "a report that decodes encodes")
        return 0
    }
    let again = try? CorpusReport(data: encoded, source: "fuzz-again")
    check(again == report, "a report survives encoding and decoding")
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
