#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import SlantText

/// The fields of one JSON Lines record that Slant reads, as `JSONSerialization` would give them:
/// the same values whichever parser filled them in.
struct RecordFields: Sendable, Equatable {
    /// One `{start, end}` entry of the record's `targets` list.
    struct Target: Sendable, Equatable {
        /// `start` (or `from` when there is no `start`) as a whole number; `nil` when it is missing,
        /// not a whole number, or the entry is not an object.
        var start: Int?
        /// `end` (or `to` when there is no `end`), likewise.
        var end: Int?
    }

    /// The `targets` field.
    enum Targets: Sendable, Equatable {
        case absent
        /// Present but not a list.
        case notList
        case list([Target])
    }

    /// The text's UTF-8 bytes, escapes decoded; `nil` when missing or not a string.
    var text: [UInt8]?
    /// String fields; a whole number is written in decimal, as `NSNumber.stringValue` does.
    var id: String?, outlet: String?, date: String?, title: String?, language: String?, event: String?
    var targets = Targets.absent
}

/// A byte-level parser for the JSON Lines records that `JSONLinesReader` reads: it walks the line
/// once, checks its syntax, decodes the fields Slant reads and skips the others, without building
/// Foundation objects.
///
/// It accepts a strict subset of what `JSONSerialization` accepts and gives the same values for
/// it. A line it accepts is well-formed UTF-8: it checks the bytes of every string it passes
/// (`TextNormalization.wellFormedSequenceLength`), and accepts no byte outside strings that
/// is not ASCII, so the line needs no other pass for that. Whatever falls outside that subset makes ``parse(_:)`` return `nil`, and the caller asks
/// `JSONSerialization`: any syntax error (so a rejected line gets `JSONSerialization`'s
/// decision), trailing commas (which `JSONSerialization` accepts), exponents (`1e999` is
/// refused there), numbers longer than ``longestNumber`` bytes, `true`/`false` in a field read as
/// text or as a target bound (they read as `1`/`0` there), a lone `\u` surrogate, an escape in a
/// key that is read, and nesting deeper than ``deepestNesting``. Repeated keys: the last one wins,
/// as in `JSONSerialization`.
struct JSONRecordParser: Sendable {
    /// The field names as bytes: id, outlet, date, title, text, targets, language, event.
    private let names: [[UInt8]]

    /// Numbers up to this many bytes are read here; 18 digits always fit in `Int` (2^63 ≈ 9.2e18).
    static let longestNumber = 18
    /// Nesting up to this depth is read here; `JSONSerialization` refuses more than 512 levels.
    static let deepestNesting = 64

    init(fields: FieldNames) {
        names = [fields.id, fields.outlet, fields.date, fields.title, fields.text, fields.targets, fields.language, fields.event]
            .map { Array($0.utf8) }
    }

    fileprivate enum Field: Int {
        case id, outlet, date, title, text, targets, language, event
    }

    /// The record's fields, or `nil` when the line is outside what this parser reads (see the
    /// type's description).
    func parse(_ line: UnsafeBufferPointer<UInt8>) -> RecordFields? {
        var scanner = ByteScanner(line)
        var fields = RecordFields()
        guard scanner.skipSpace() == UInt8(ascii: "{") else { return nil }
        scanner.position += 1
        if scanner.skipSpace() == UInt8(ascii: "}") {
            scanner.position += 1
        } else {
            while true {
                guard let key = scanner.key(), scanner.skipSpace() == UInt8(ascii: ":") else { return nil }
                scanner.position += 1
                scanner.skipSpace()
                // The fields this key names, one bit each (several when field names coincide).
                var matched: UInt8 = 0
                for (index, name) in names.enumerated() where name.elementsEqual(UnsafeBufferPointer(rebasing: line[key])) {
                    matched |= 1 << UInt8(index)
                }
                let targetsBit: UInt8 = 1 << UInt8(Field.targets.rawValue)
                if matched == 0 {
                    guard scanner.skipValue(depth: 1) else { return nil }
                } else if matched & targetsBit != 0 {
                    guard matched == targetsBit, let targets = scanner.targets() else { return nil }
                    fields.targets = targets
                } else {
                    guard let value = scanner.textValue() else { return nil }
                    for index in 0..<names.count where matched & (1 << UInt8(index)) != 0 { fields.set(Field(rawValue: index)!, value) }
                }
                let next = scanner.skipSpace()
                scanner.position += 1
                if next == UInt8(ascii: "}") { break }
                guard next == UInt8(ascii: ",") else { return nil }
                scanner.skipSpace()
            }
        }
        guard scanner.skipSpace() == nil else { return nil }
        return fields
    }
}

extension RecordFields {
    fileprivate mutating func set(_ field: JSONRecordParser.Field, _ value: ByteScanner.TextValue) {
        // Made only for the short fields: the text stays bytes.
        var string: String? {
            switch value {
            case .string(let bytes): String(decoding: bytes, as: UTF8.self)
            case .number(let text): text
            case .other: nil
            }
        }
        switch field {
        case .id: id = string
        case .outlet: outlet = string
        case .date: date = string
        case .title: title = string
        case .language: language = string
        case .event: event = string
        case .text:
            if case .string(let bytes) = value { text = bytes } else { text = nil }
        case .targets: break
        }
    }
}

/// A cursor over one line's bytes with the JSON grammar's pieces; every method that returns an
/// optional or `Bool` gives `nil`/`false` for anything ``JSONRecordParser`` leaves to
/// `JSONSerialization`.
struct ByteScanner {
    let bytes: UnsafeBufferPointer<UInt8>
    var position = 0

    init(_ bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    /// A value read as text: a string's decoded bytes, a whole number as `NSNumber` writes it,
    /// or anything else (null, a list, an object), which reads as no text.
    enum TextValue {
        case string([UInt8])
        case number(String)
        case other
    }

    /// A target bound: a whole number, anything else that is not one, or missing.
    enum Bound {
        case absent, other
        case number(Int)

        var value: Int? { if case .number(let value) = self { value } else { nil } }
    }

    /// Skips JSON whitespace; the byte there, or `nil` at the end.
    @discardableResult
    mutating func skipSpace() -> UInt8? {
        while position < bytes.count {
            let byte = bytes[position]
            guard byte == 0x20 || byte == 0x09 || byte == 0x0D || byte == 0x0A else { return byte }
            position += 1
        }
        return nil
    }

    /// A key without escapes: its byte range, past its closing quote.
    mutating func key() -> Range<Int>? {
        guard position < bytes.count, bytes[position] == UInt8(ascii: "\"") else { return nil }
        guard let (range, escaped) = scanString(), !escaped else { return nil }
        return range
    }

    /// Scans a string starting at its opening quote, checking its escapes and that its bytes are
    /// well-formed UTF-8; its content's range and whether it holds escapes, with the cursor past
    /// the closing quote.
    mutating func scanString() -> (Range<Int>, escaped: Bool)? {
        position += 1
        let start = position
        var escaped = false
        while position < bytes.count {
            // Eight bytes at a time past ASCII that needs no look, then straight to the first byte
            // that needs one.
            while position + 8 <= bytes.count {
                let flags = Self.lookFlags(UnsafeRawPointer(bytes.baseAddress! + position).loadUnaligned(as: UInt64.self))
                guard flags == 0 else {
                    position += flags.trailingZeroBitCount >> 3
                    break
                }
                position += 8
            }
            guard position < bytes.count else { break }
            let byte = bytes[position]
            if byte == UInt8(ascii: "\"") {
                position += 1
                return (start..<position - 1, escaped)
            }
            if byte < 0x20 { return nil }
            if byte == UInt8(ascii: "\\") {
                escaped = true
                guard skipEscape() else { return nil }
            } else if byte < 0x80 {
                position += 1
            } else {
                guard let length = TextNormalization.wellFormedSequenceLength(at: position, in: bytes) else { return nil }
                position += length
            }
        }
        return nil
    }

    /// The high bit of each byte of `word` (read little-endian) that may be a quote, a backslash,
    /// a control byte or not ASCII: zero when none is, and when some are, the lowest bit set is
    /// the first of them. ``mayNeedLook(_:)``'s tests flag bytes above a real match, never below
    /// the first one, and the high bits flag exactly the bytes that are not ASCII.
    static func lookFlags(_ word: UInt64) -> UInt64 {
        let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
        func hasZeroByte(_ value: UInt64) -> UInt64 { (value &- ones) & ~value & highs }
        let quote = hasZeroByte(word ^ (ones &* UInt64(UInt8(ascii: "\""))))
        let backslash = hasZeroByte(word ^ (ones &* UInt64(UInt8(ascii: "\\"))))
        let control = (word &- ones &* 0x20) & ~word & highs
        return quote | backslash | control | word & highs
    }

    /// Whether any of the eight bytes in `word` may be a quote, a backslash or a control byte
    /// (below 0x20). The bit tricks (Anderson, "Bit Twiddling Hacks": "determine if a word has a
    /// byte equal to n" / "less than n") can flag a byte above a real match, never miss one, so a
    /// word without a flag holds none of them.
    static func mayNeedLook(_ word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
        func hasZeroByte(_ value: UInt64) -> UInt64 { (value &- ones) & ~value & highs }
        let quote = hasZeroByte(word ^ (ones &* UInt64(UInt8(ascii: "\""))))
        let backslash = hasZeroByte(word ^ (ones &* UInt64(UInt8(ascii: "\\"))))
        let control = (word &- ones &* 0x20) & ~word & highs
        return quote | backslash | control != 0
    }

    /// Checks the escape at the cursor (a backslash) and moves past it.
    private mutating func skipEscape() -> Bool {
        var next = position + 1
        guard case .success = JSONEscape.decode({ byte(at: &next) }) else { return false }
        position = next
        return true
    }

    /// The byte at `index`, moving `index` past it; `nil` at the end of the line.
    private func byte(at index: inout Int) -> UInt8? {
        guard index < bytes.count else { return nil }
        defer { index += 1 }
        return bytes[index]
    }

    /// The string's content with its escapes decoded (checked by ``scanString()`` first). The
    /// bytes between escapes are copied as runs, each found with `memchr`.
    func decoded(_ range: Range<Int>) -> [UInt8] {
        var result: [UInt8] = []
        result.reserveCapacity(range.count)
        var index = range.lowerBound
        while index < range.upperBound {
            let runEnd = Self.nextBackslash(bytes, from: index, before: range.upperBound)
            if runEnd > index {
                result.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[index..<runEnd]))
                index = runEnd
                continue
            }
            index += 1
            guard case .success(let scalar) = JSONEscape.decode({ byte(at: &index) }) else {
                preconditionFailure("an escape that scanString() passed does not decode")
            }
            JSONEscape.appendUTF8(scalar, to: &result)
        }
        return result
    }

    /// The offset of the first backslash in `bytes[start..<end]`, or `end`.
    static func nextBackslash(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, before end: Int) -> Int {
        guard start < end, let base = bytes.baseAddress,
              let found = memchr(base + start, Int32(UInt8(ascii: "\\")), end - start) else { return end }
        return UnsafeRawPointer(found) - UnsafeRawPointer(base)
    }

    /// Scans a number; its byte range, or `nil` for bad syntax, an exponent, or more than
    /// ``JSONRecordParser/longestNumber`` bytes.
    mutating func scanNumber() -> (Range<Int>, whole: Bool)? {
        let start = position
        func digits() -> Int {
            let first = position
            while position < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[position]) { position += 1 }
            return position - first
        }
        if position < bytes.count, bytes[position] == UInt8(ascii: "-") { position += 1 }
        let integerStart = position
        let integerDigits = digits()
        guard integerDigits > 0, integerDigits == 1 || bytes[integerStart] != UInt8(ascii: "0") else { return nil }
        var whole = true
        if position < bytes.count, bytes[position] == UInt8(ascii: ".") {
            position += 1
            guard digits() > 0 else { return nil }
            whole = false
        }
        if position < bytes.count, bytes[position] == UInt8(ascii: "e") || bytes[position] == UInt8(ascii: "E") { return nil }
        guard position - start <= JSONRecordParser.longestNumber else { return nil }
        return (start..<position, whole)
    }

    /// Matches `word` (`true`, `false`, `null`) at the cursor.
    mutating func literal(_ word: StaticString) -> Bool {
        let count = word.utf8CodeUnitCount
        guard position + count <= bytes.count else { return false }
        for offset in 0..<count where bytes[position + offset] != word.utf8Start[offset] { return false }
        position += count
        return true
    }

    /// Skips any value, checking its syntax.
    mutating func skipValue(depth: Int) -> Bool {
        guard depth <= JSONRecordParser.deepestNesting, position < bytes.count else { return false }
        switch bytes[position] {
        case UInt8(ascii: "\""): return scanString() != nil
        case UInt8(ascii: "t"): return literal("true")
        case UInt8(ascii: "f"): return literal("false")
        case UInt8(ascii: "n"): return literal("null")
        case UInt8(ascii: "["):
            position += 1
            if skipSpace() == UInt8(ascii: "]") {
                position += 1
                return true
            }
            while true {
                guard skipValue(depth: depth + 1) else { return false }
                let next = skipSpace()
                position += 1
                if next == UInt8(ascii: "]") { return true }
                guard next == UInt8(ascii: ","), skipSpace() != nil else { return false }
            }
        case UInt8(ascii: "{"):
            position += 1
            if skipSpace() == UInt8(ascii: "}") {
                position += 1
                return true
            }
            while true {
                guard position < bytes.count, bytes[position] == UInt8(ascii: "\""), scanString() != nil,
                      skipSpace() == UInt8(ascii: ":") else { return false }
                position += 1
                skipSpace()
                guard skipValue(depth: depth + 1) else { return false }
                let next = skipSpace()
                position += 1
                if next == UInt8(ascii: "}") { return true }
                guard next == UInt8(ascii: ","), skipSpace() != nil else { return false }
            }
        default:
            return scanNumber() != nil
        }
    }

    /// A field read as text. `true`/`false` and fractions are left to `JSONSerialization`.
    mutating func textValue() -> TextValue? {
        guard position < bytes.count else { return nil }
        switch bytes[position] {
        case UInt8(ascii: "\""):
            guard let (range, escaped) = scanString() else { return nil }
            return .string(escaped ? decoded(range) : Array(UnsafeBufferPointer(rebasing: bytes[range])))
        case UInt8(ascii: "n"), UInt8(ascii: "["), UInt8(ascii: "{"):
            return skipValue(depth: 1) ? .other : nil
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            guard let (range, whole) = scanNumber(), whole else { return nil }
            // NSNumber writes -0 as 0; otherwise the digits as given (no leading zeros in JSON).
            let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
            return .number(text == "-0" ? "0" : text)
        default:
            return nil
        }
    }

    /// A target bound: a whole number, or any other value but `true`/`false` and fractions.
    mutating func bound() -> Bound? {
        guard position < bytes.count else { return nil }
        switch bytes[position] {
        case UInt8(ascii: "\""), UInt8(ascii: "n"), UInt8(ascii: "["), UInt8(ascii: "{"):
            return skipValue(depth: 3) ? .other : nil
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            guard let (range, whole) = scanNumber(), whole else { return nil }
            var value = 0
            for byte in bytes[range] where byte != UInt8(ascii: "-") { value = value * 10 + Int(byte - UInt8(ascii: "0")) }
            return .number(bytes[range.lowerBound] == UInt8(ascii: "-") ? -value : value)
        default:
            return nil
        }
    }

    /// The `targets` field: a list of `{start, end}` (or `{from, to}`) objects, or another value.
    mutating func targets() -> RecordFields.Targets? {
        guard position < bytes.count else { return nil }
        guard bytes[position] == UInt8(ascii: "[") else { return skipValue(depth: 1) ? .notList : nil }
        position += 1
        var list: [RecordFields.Target] = []
        if skipSpace() == UInt8(ascii: "]") {
            position += 1
            return .list(list)
        }
        while true {
            if position < bytes.count, bytes[position] == UInt8(ascii: "{") {
                guard let target = target() else { return nil }
                list.append(target)
            } else {
                guard skipValue(depth: 2) else { return nil }
                list.append(RecordFields.Target())
            }
            let next = skipSpace()
            position += 1
            if next == UInt8(ascii: "]") { return .list(list) }
            guard next == UInt8(ascii: ","), skipSpace() != nil else { return nil }
        }
    }

    /// One target object at the cursor; `start` wins over `from` and `end` over `to` when present,
    /// whatever their values, as `target["start"] ?? target["from"]` does.
    private mutating func target() -> RecordFields.Target? {
        position += 1
        var start = Bound.absent, from = Bound.absent, end = Bound.absent, to = Bound.absent
        if skipSpace() == UInt8(ascii: "}") {
            position += 1
        } else {
            while true {
                guard let key = key(), skipSpace() == UInt8(ascii: ":") else { return nil }
                position += 1
                skipSpace()
                let name = UnsafeBufferPointer(rebasing: bytes[key])
                if name.elementsEqual("start".utf8) {
                    guard let value = bound() else { return nil }
                    start = value
                } else if name.elementsEqual("from".utf8) {
                    guard let value = bound() else { return nil }
                    from = value
                } else if name.elementsEqual("end".utf8) {
                    guard let value = bound() else { return nil }
                    end = value
                } else if name.elementsEqual("to".utf8) {
                    guard let value = bound() else { return nil }
                    to = value
                } else {
                    guard skipValue(depth: 3) else { return nil }
                }
                let next = skipSpace()
                position += 1
                if next == UInt8(ascii: "}") { break }
                guard next == UInt8(ascii: ","), skipSpace() != nil else { return nil }
            }
        }
        if case .absent = start { start = from }
        if case .absent = end { end = to }
        return RecordFields.Target(start: start.value, end: end.value)
    }
}
