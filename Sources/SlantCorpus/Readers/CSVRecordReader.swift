public import Foundation

/// RFC 4180 records from a byte stream, read in chunks, that reports a malformed record with
/// its line and goes on with the next one.
///
/// Fields are separated by `,` and records by `\r\n`, `\n` or `\r`. A field that starts with `"`
/// is quoted: it may hold commas and line ends, `""` stands for one quote, and it ends at a quote
/// followed by a comma, a line end or the end of the input. A quote inside an unquoted field is
/// kept as a character (as Python's `csv` does). Two mistakes make a record malformed:
/// - a character after a closing quote (`"a"b`): the record is rejected and reading goes on after
///   the end of that line;
/// - a quote that never closes, or closes on a later line before another character: the record
///   is rejected, and reading goes on at the line after the opening quote, so the rows a stray
///   quote would swallow are read as rows.
/// A leading byte order mark is skipped.
public final class CSVRecordReader {
    /// A record's fields (bytes as in the file, quotes removed) and the line it starts on.
    public enum Record: Equatable {
        case fields([[UInt8]], line: Int)
        case malformed(line: Int, reason: String)
    }

    private let handle: FileHandle?
    private var buffer: [UInt8]
    private var finished: Bool
    /// The first byte of the current record.
    private var start = 0
    /// The line `start` lies on (1-based).
    private var line = 1
    private var begun = false
    private static let chunkSize = 1 << 20

    /// Reads from `handle` (a file, a pipe, standard input).
    public init(handle: FileHandle) {
        self.handle = handle
        buffer = []
        finished = false
    }

    /// Reads from bytes in memory.
    public init(bytes: [UInt8]) {
        handle = nil
        buffer = bytes
        finished = true
    }

    private enum State { case fieldStart, unquoted, quoted, quoteInQuoted, garbage }

    private static let quote = UInt8(ascii: "\""), comma = UInt8(ascii: ","), lineFeed = UInt8(ascii: "\n"),
                       carriageReturn = UInt8(ascii: "\r")

    /// The next record, or `nil` at the end of the input.
    public func next() -> Record? {
        if !begun {
            begun = true
            skipByteOrderMark()
        }
        var fields: [[UInt8]] = []
        var field: [UInt8] = []
        var state = State.fieldStart
        var position = start
        var currentLine = line
        var quoteLine = line, quotePosition = start
        var garbageReason = ""
        while true {
            if position == buffer.count {
                if finished { break }
                let consumed = start
                refill()
                position -= consumed
                quotePosition -= consumed
                continue
            }
            let byte = buffer[position]
            position += 1
            switch state {
            case .fieldStart, .unquoted:
                if byte == Self.comma {
                    fields.append(field)
                    // A new array: emptying the one just stored would copy its capacity.
                    field = []
                    state = .fieldStart
                } else if byte == Self.lineFeed || byte == Self.carriageReturn {
                    fields.append(field)
                    return finishRecord(.fields(fields, line: line), after: position, endingWith: byte, lines: currentLine + 1)
                } else if byte == Self.quote && state == .fieldStart {
                    state = .quoted
                    quoteLine = currentLine
                    quotePosition = position
                } else {
                    // The byte and the run of plain bytes after it, appended at once.
                    let end = runEnd(from: position, quoteEnds: false)
                    field.append(contentsOf: buffer[position - 1..<end])
                    position = end
                    state = .unquoted
                }
            case .quoted:
                if byte == Self.quote {
                    state = .quoteInQuoted
                } else {
                    if byte == Self.lineFeed || (byte == Self.carriageReturn && peek(position) != Self.lineFeed) { currentLine += 1 }
                    let end = runEnd(from: position, quoteEnds: true)
                    field.append(contentsOf: buffer[position - 1..<end])
                    position = end
                }
            case .quoteInQuoted:
                if byte == Self.quote {
                    field.append(byte)
                    state = .quoted
                } else if byte == Self.comma {
                    fields.append(field)
                    // A new array: emptying the one just stored would copy its capacity.
                    field = []
                    state = .fieldStart
                } else if byte == Self.lineFeed || byte == Self.carriageReturn {
                    fields.append(field)
                    return finishRecord(.fields(fields, line: line), after: position, endingWith: byte, lines: currentLine + 1)
                } else if currentLine > quoteLine {
                    // A quote that spans lines and then closes badly most likely never meant to
                    // open: reject its line, go on at the next one.
                    let reason = "field \(fields.count + 1) opens a quote on line \(quoteLine) that closes on line \(currentLine) "
                        + "before \(Self.describe(byte)); write \"\" for a quote inside a quoted field"
                    return resumeAfterLine(of: quotePosition, quoteLine: quoteLine, .malformed(line: line, reason: reason))
                } else {
                    garbageReason = "field \(fields.count + 1) has \(Self.describe(byte)) after its closing quote "
                        + "(a quoted field ends at a quote followed by a comma or the end of the line; write \"\" for a quote inside it)"
                    state = .garbage
                }
            case .garbage:
                if byte == Self.lineFeed || byte == Self.carriageReturn {
                    return finishRecord(.malformed(line: line, reason: garbageReason), after: position, endingWith: byte, lines: currentLine + 1)
                }
            }
        }
        // The end of the input.
        switch state {
        case .quoted:
            // Go on at the line after the opening quote: the rows it would swallow are rows.
            let reason = "field \(fields.count + 1) opens a quote on line \(quoteLine) that never closes"
            return resumeAfterLine(of: quotePosition, quoteLine: quoteLine, .malformed(line: line, reason: reason))
        case .garbage:
            start = buffer.count
            return .malformed(line: line, reason: garbageReason)
        case .fieldStart where fields.isEmpty && position == start:
            return nil
        case .fieldStart, .unquoted, .quoteInQuoted:
            fields.append(field)
            start = buffer.count
            return .fields(fields, line: line)
        }
    }

    /// Returns `record` and goes on after the line end that follows `position` (the opening quote).
    private func resumeAfterLine(of position: Int, quoteLine: Int, _ record: Record) -> Record {
        var resume = position
        while resume < buffer.count, buffer[resume] != Self.lineFeed, buffer[resume] != Self.carriageReturn { resume += 1 }
        if resume < buffer.count {
            return finishRecord(record, after: resume + 1, endingWith: buffer[resume], lines: quoteLine + 1)
        }
        start = buffer.count
        return record
    }

    /// Moves past a record that ended with `byte` just before `position` (a `\r\n` counts once).
    private func finishRecord(_ record: Record, after position: Int, endingWith byte: UInt8, lines: Int) -> Record {
        var end = position
        if byte == Self.carriageReturn {
            if end == buffer.count && !finished { refillKeeping(&end) }
            if end < buffer.count && buffer[end] == Self.lineFeed { end += 1 }
        }
        start = end
        line = lines
        return record
    }

    /// Where the run of bytes from `position` that need no decision ends: at the next comma
    /// (outside quotes), quote (inside), line end or the end of the buffer.
    @inline(__always)
    private func runEnd(from position: Int, quoteEnds: Bool) -> Int {
        buffer.withUnsafeBufferPointer { bytes in
            var end = position
            while end < bytes.count {
                let byte = bytes[end]
                if byte == Self.lineFeed || byte == Self.carriageReturn || byte == (quoteEnds ? Self.quote : Self.comma) { break }
                end += 1
            }
            return end
        }
    }

    private func peek(_ position: Int) -> UInt8? {
        position < buffer.count ? buffer[position] : nil
    }

    private func skipByteOrderMark() {
        while buffer.count < 3 && !finished { refill() }
        if buffer.starts(with: [0xEF, 0xBB, 0xBF]) { start = 3 }
    }

    /// Drops the bytes before `start` and reads another chunk.
    private func refill() {
        var unused = start
        refillKeeping(&unused)
    }

    private func refillKeeping(_ position: inout Int) {
        guard let handle, !finished else {
            finished = true
            return
        }
        buffer.removeSubrange(0..<start)
        position -= start
        start = 0
        let data = handle.readData(ofLength: Self.chunkSize)
        if data.isEmpty { finished = true } else { buffer.append(contentsOf: data) }
    }

    static func describe(_ byte: UInt8) -> String {
        (0x21...0x7E).contains(byte) ? "\"\(Character(Unicode.Scalar(byte)))\"" : "byte 0x" + String(byte, radix: 16, uppercase: true)
    }
}
