#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import SlantText

/// The bytes of one record being written: a buffer written through a pointer, with one capacity
/// check per piece rather than an array's uniqueness, capacity and bounds checks per byte.
///
/// ``WorkerPool`` keeps one per worker (``RecordScratch``) and empties it for each record, so
/// that the buffer grows once, not per record; the record's own array (``array``) is then one
/// allocation and one copy.
struct RecordBytes: ~Copyable {
    private var base: UnsafeMutablePointer<UInt8>
    /// How many bytes are written.
    private(set) var count = 0
    private var capacity: Int

    /// Starts with room for `capacity` bytes (at least one).
    init(capacity: Int) {
        self.capacity = max(1, capacity)
        base = .allocate(capacity: self.capacity)
    }

    deinit { base.deallocate() }

    /// Forgets what was written, keeping the buffer.
    mutating func removeAll() { count = 0 }

    /// A new array holding the bytes written.
    var array: [UInt8] {
        [UInt8](unsafeUninitializedCapacity: count) { buffer, initialized in
            if count > 0 { buffer.baseAddress!.initialize(from: base, count: count) }
            initialized = count
        }
    }

    /// Makes room for `extra` more bytes.
    @inline(__always)
    mutating func reserve(_ extra: Int) {
        if capacity - count < extra { grow(toHold: count + extra) }
    }

    @inline(never)
    private mutating func grow(toHold needed: Int) {
        let newCapacity = max(needed, capacity * 2)
        let newBase = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
        newBase.initialize(from: base, count: count)
        base.deallocate()
        base = newBase
        capacity = newCapacity
    }

    mutating func append(_ byte: UInt8) {
        reserve(1)
        base[count] = byte
        count += 1
    }

    mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let source = bytes.baseAddress, !bytes.isEmpty else { return }
        reserve(bytes.count)
        (base + count).initialize(from: source, count: bytes.count)
        count += bytes.count
    }

    /// Appends bytes prepared once (a pre-quoted key or name).
    mutating func append(_ bytes: [UInt8]) {
        bytes.withUnsafeBufferPointer { append($0) }
    }

    /// Appends a literal's UTF-8 bytes (keys and punctuation of a record).
    mutating func append(_ literal: StaticString) {
        literal.withUTF8Buffer { append($0) }
    }

    /// Appends `value` in decimal, as `String(value)` writes it.
    mutating func appendInteger(_ value: Int) {
        reserve(Self.longestInteger)
        count += Self.writeInteger(value, to: base + count)
    }

    /// Appends ``JSONWriter/number(_:)``'s text for `value` (`DataFile.decimal`'s bytes).
    mutating func appendDecimal(_ value: Double) {
        reserve(Self.longestDecimal)
        if let written = Self.writeDecimal(value, to: base + count) {
            count += written
        } else {
            var text = DataFile.decimal(value)
            text.withUTF8 { append($0) }
        }
    }

    /// Appends ``appendDecimal(_:)``'s text, or `null` for `nil`.
    mutating func appendDecimal(_ value: Double?) {
        if let value { appendDecimal(value) } else { append("null") }
    }

    /// Appends `value` quoted, or `null` for `nil`.
    mutating func appendQuoted(_ value: String?) {
        guard let value else { return append("null") }
        if let done: Void = value.utf8.withContiguousStorageIfAvailable({ appendQuoted($0) }) { return done }
        appendQuoted(Array(value.utf8))
    }

    mutating func appendQuoted(_ utf8: [UInt8]) {
        utf8.withUnsafeBufferPointer { appendQuoted($0) }
    }

    /// Appends `utf8` as a quoted JSON string, with ``JSONWriter/appendQuoted(_:to:)``'s escapes
    /// (`"`, `\`, and control bytes as `\n`, `\r`, `\t` or `\u00XX`). Runs without an escape are
    /// found eight bytes at a time and copied whole.
    mutating func appendQuoted(_ utf8: UnsafeBufferPointer<UInt8>) {
        let quote = UInt8(ascii: "\""), backslash = UInt8(ascii: "\\")
        reserve(utf8.count + 2)
        base[count] = quote
        count += 1
        if let source = utf8.baseAddress {
            let length = utf8.count
            var index = 0, runStart = 0
            while index < length {
                while index + 8 <= length, !ByteScanner.mayNeedLook(UnsafeRawPointer(source + index).loadUnaligned(as: UInt64.self)) {
                    index += 8
                }
                guard index < length else { break }
                let byte = source[index]
                guard byte < 0x20 || byte == quote || byte == backslash else {
                    index += 1
                    continue
                }
                // The run fits in the room reserved for the whole string; the escape needs up to
                // five bytes more than the byte it replaces.
                (base + count).initialize(from: source + runStart, count: index - runStart)
                count += index - runStart
                reserve(Self.longestEscape + (length - index) + 1)
                count += Self.writeEscape(byte, to: base + count)
                index += 1
                runStart = index
            }
            (base + count).initialize(from: source + runStart, count: length - runStart)
            count += length - runStart
        }
        base[count] = quote
        count += 1
    }

    // MARK: Formatting into raw memory

    /// `Int.min` in decimal is 20 bytes.
    static let longestInteger = 20
    /// The fast path of ``writeDecimal(_:to:)``: a sign, up to 15 whole digits (2^63 / 10⁴ <
    /// 10¹⁵), a point and four decimals.
    static let longestDecimal = 21
    /// `\u00XX`.
    static let longestEscape = 6
    /// `DataFile.decimal`'s scale: four decimal places.
    static let decimalUnit: Int64 = 10_000
    /// 2^63, the first magnitude past `Int64`.
    static let twoToThe63 = 9_223_372_036_854_775_808.0

    /// Writes `value` as `String(value)` does; the byte count (at most ``longestInteger``).
    static func writeInteger(_ value: Int, to out: UnsafeMutablePointer<UInt8>) -> Int {
        var written = 0
        if value < 0 {
            out[0] = UInt8(ascii: "-")
            written = 1
        }
        return written + writeDigits(value.magnitude, to: out + written)
    }

    /// Writes `magnitude`'s decimal digits; their count.
    @inline(__always)
    static func writeDigits(_ magnitude: UInt, to out: UnsafeMutablePointer<UInt8>) -> Int {
        if magnitude < 10 {
            out[0] = UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: magnitude)
            return 1
        }
        var digits = 1
        var rest = magnitude / 10
        while rest > 0 {
            rest /= 10
            digits += 1
        }
        var value = magnitude
        var index = digits - 1
        repeat {
            out[index] = UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: value % 10)
            value /= 10
            index -= 1
        } while value > 0
        return digits
    }

    /// Writes `DataFile.decimal(value)`'s bytes (at most four decimals, no trailing zeros, no
    /// exponent, no negative zero) and returns their count, or returns `nil` for what
    /// `DataFile.decimal` writes another way (not finite, or past `Int64` once scaled), having
    /// written nothing. The same arithmetic as `DataFile.decimal`: the magnitude times 10⁴,
    /// rounded half away from zero, split into whole part and four decimals.
    static func writeDecimal(_ value: Double, to out: UnsafeMutablePointer<UInt8>) -> Int? {
        guard value.isFinite else { return nil }
        let magnitude = abs(value) * Double(decimalUnit)
        // `Int64(exactly: magnitude.rounded())` without `rounded()`'s library call: below 2^63 the
        // whole part converts exactly, and what is left (exact: below 2^52 the whole part's bits
        // are the magnitude's, above it the magnitude is whole) rounds half away from zero; from
        // 2^63 on the rounded magnitude is past `Int64`.
        guard magnitude < Self.twoToThe63 else { return nil }
        let whole = Int64(magnitude)
        let scaled = magnitude - Double(whole) >= 0.5 ? whole + 1 : whole
        if scaled == 0 {
            out[0] = UInt8(ascii: "0")
            return 1
        }
        var written = 0
        if value < 0 {
            out[0] = UInt8(ascii: "-")
            written = 1
        }
        written += writeDigits(UInt(scaled / decimalUnit), to: out + written)
        let fraction = Int(scaled % decimalUnit)
        guard fraction != 0 else { return written }
        out[written] = UInt8(ascii: ".")
        let zero = UInt8(ascii: "0")
        out[written + 1] = zero &+ UInt8(truncatingIfNeeded: fraction / 1000)
        out[written + 2] = zero &+ UInt8(truncatingIfNeeded: fraction / 100 % 10)
        out[written + 3] = zero &+ UInt8(truncatingIfNeeded: fraction / 10 % 10)
        out[written + 4] = zero &+ UInt8(truncatingIfNeeded: fraction % 10)
        // The last nonzero decimal ends the number (the fraction is not zero, so one is).
        var end = written + 5
        while out[end - 1] == zero { end -= 1 }
        return end
    }

    /// Writes the JSON escape of `byte` (a quote, a backslash or a control byte); its length.
    static func writeEscape(_ byte: UInt8, to out: UnsafeMutablePointer<UInt8>) -> Int {
        out[0] = UInt8(ascii: "\\")
        switch byte {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"):
            out[1] = byte
        case UInt8(ascii: "\n"):
            out[1] = UInt8(ascii: "n")
        case UInt8(ascii: "\r"):
            out[1] = UInt8(ascii: "r")
        case UInt8(ascii: "\t"):
            out[1] = UInt8(ascii: "t")
        default:
            let hex: StaticString = "0123456789abcdef"
            out[1] = UInt8(ascii: "u")
            out[2] = UInt8(ascii: "0")
            out[3] = UInt8(ascii: "0")
            out[4] = hex.utf8Start[Int(byte >> 4)]
            out[5] = hex.utf8Start[Int(byte & 0x0F)]
            return longestEscape
        }
        return 2
    }
}

/// A worker's record buffer, kept between records (see ``RecordBytes``).
final class RecordScratch {
    var bytes = RecordBytes(capacity: RecordScratch.initialCapacity)

    /// Room for the usual record at once (records of the synthetic corpus are about 2.5 kB,
    /// of the Examples and AllSides corpora 1–3 kB); a longer one grows the buffer once.
    static let initialCapacity = 8192
}
