import FuzzSupport
import SlantCorpus

/// Reads the input as JSON Lines and as CSV and checks the accounting: JSONL gives exactly one
/// item per non-blank line, numbered by its line; CSV items come in line order; CSV records
/// written back with RFC 4180 quoting read back to the same fields.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzReaders(_ data: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let bytes = FuzzSupport.bytes(data, count)
    let check = FuzzSupport.check
    checkJSONLines(bytes, check)
    checkCSV(bytes, check)
    return 0
}

func checkJSONLines(_ bytes: [UInt8], _ check: (Bool, @autoclosure () -> String) -> Void) {
    // Lines split on \n; blank = spaces, tabs and carriage returns only (JSON whitespace but \n).
    var expected: [Int] = []
    var line = 1, start = 0
    var content = bytes
    if content.starts(with: [0xEF, 0xBB, 0xBF]) { content.removeFirst(3) }
    for index in 0...content.count where index == content.count || content[index] == 0x0A {
        let lineBytes = content[start..<index]
        let isLast = index == content.count
        if !(isLast && start == content.count) && !lineBytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { expected.append(line) }
        line += 1
        start = index + 1
    }
    var reader = JSONLinesReader(bytes: bytes, source: "fuzz")
    var seen: [Int] = []
    var described: [String] = []
    while let item = reader.next() {
        switch item {
        case .document(let document):
            seen.append(document.record)
            check(!document.text.isEmpty, "a document has text")
        case .rejected(let rejection):
            seen.append(rejection.record)
        case .deferred:
            check(false, "the reader defers nothing unless asked")
        }
        described.append(describe(item))
    }
    check(seen == expected, "JSONL items on lines \(seen), expected \(expected)")
    // Records handed out unparsed and parsed later give the same items.
    var deferring = JSONLinesReader(bytes: bytes, source: "fuzz")
    deferring.defersParsing = true
    var later: [String] = []
    while let item = deferring.next() { later.append(describe(item.parsed())) }
    check(later == described, "deferred parsing gives the same items")
}

/// An item's fields as one string, to compare two reads.
func describe(_ item: ReadItem) -> String {
    switch item {
    case .document(let document):
        "\(document.record)|\(document.id)|\(document.outlet)|\(document.date ?? "-")|\(document.title ?? "-")|\(document.text)|"
            + "\(document.targets)|\(document.targetIndices)|\(document.rejectedTargets)|\(document.language ?? "-")|\(document.event ?? "-")"
    case .rejected(let rejection): rejection.description
    case .deferred(let record): "deferred \(record.record)"
    }
}

func checkCSV(_ bytes: [UInt8], _ check: (Bool, @autoclosure () -> String) -> Void) {
    let records = CSVRecordReader(bytes: bytes)
    var fields: [[[UInt8]]] = []
    var lastLine = 0
    while let record = records.next() {
        switch record {
        case .fields(let values, let line):
            check(line > lastLine, "CSV records in line order")
            lastLine = line
            fields.append(values)
        case .malformed(let line, _):
            check(line > lastLine, "CSV rejections in line order")
            lastLine = line
        }
    }
    // Written back with every field quoted, the well-formed records read back the same.
    var written: [UInt8] = []
    for values in fields {
        for (index, value) in values.enumerated() {
            if index > 0 { written.append(UInt8(ascii: ",")) }
            written.append(UInt8(ascii: "\""))
            for byte in value {
                written.append(byte)
                if byte == UInt8(ascii: "\"") { written.append(byte) }
            }
            written.append(UInt8(ascii: "\""))
        }
        written.append(UInt8(ascii: "\n"))
    }
    let again = CSVRecordReader(bytes: written)
    var reread: [[[UInt8]]] = []
    while let record = again.next() {
        guard case .fields(let values, _) = record else {
            check(false, "a written record reads back malformed")
            return
        }
        reread.append(values)
    }
    check(reread == fields, "CSV fields survive a write and re-read")
    // The document reader on the same bytes: no trap, items in line order.
    if var reader = try? CSVFileReader(bytes: bytes, source: "fuzz") {
        var previous = 0
        while let item = reader.next() {
            let line: Int
            switch item {
            case .document(let document): line = document.record
            case .rejected(let rejection): line = rejection.record
            case .deferred(let record): line = record.record
            }
            check(line > previous, "CSV items in line order")
            previous = line
        }
    }
}
