/// The escapes of a JSON string (RFC 8259, section 7), decoded: the one-letter escapes
/// `\" \\ \/ \b \f \n \r \t` and `\uXXXX`, a UTF-16 surrogate pair (`\ud83d\ude00`) read as one
/// scalar.
///
/// Both of Slant's JSON readers decode escapes here: the JSON Lines record parser
/// (`JSONRecordParser`, SlantCorpus), which reads a line held in memory, and the report reader
/// (`JSONByteReader`, SlantReport), which reads a file in chunks. Each hands ``decode(_:)`` its own
/// way to take the next byte.
public enum JSONEscape {
    /// Why an escape cannot be decoded.
    public enum Failure: Error, Sendable, Hashable {
        /// The byte after the backslash is none of `" \ / b f n r t u`; it is given.
        case unknownLetter(UInt8)
        /// `\u` is not followed by four hex digits.
        case badHex
        /// A high surrogate (`\ud800`–`\udbff`) not followed by a `\u` escape of a low one
        /// (`\udc00`–`\udfff`), or a low surrogate first.
        case loneSurrogate
        /// The input ends inside the escape.
        case truncated
    }

    /// Decodes one escape whose backslash has just been read, taking the bytes after it from
    /// `next` (which returns `nil` at the end of the input).
    ///
    /// It takes exactly the escape's bytes when it succeeds (1, 5 or 11 after the backslash), and
    /// when it fails it stops at the byte that shows the fault, so that the caller's position
    /// names that byte. The bytes are taken in order and none is taken twice.
    ///
    /// - Parameter next: Takes the next byte of the input; an error it throws is rethrown.
    /// - Returns: The scalar the escape stands for, or why it cannot be decoded.
    @inlinable
    public static func decode<Failed: Error>(_ next: () throws(Failed) -> UInt8?) throws(Failed) -> Result<Unicode.Scalar, Failure> {
        guard let letter = try next() else { return .failure(.truncated) }
        switch letter {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): return .success(Unicode.Scalar(letter))
        case UInt8(ascii: "b"): return .success("\u{08}")
        case UInt8(ascii: "f"): return .success("\u{0C}")
        case UInt8(ascii: "n"): return .success("\n")
        case UInt8(ascii: "r"): return .success("\r")
        case UInt8(ascii: "t"): return .success("\t")
        case UInt8(ascii: "u"): return try unicode(next)
        default: return .failure(.unknownLetter(letter))
        }
    }

    /// Appends `scalar` to `bytes` as UTF-8 (one byte for ASCII, as most escapes are).
    @inlinable
    public static func appendUTF8(_ scalar: Unicode.Scalar, to bytes: inout [UInt8]) {
        if scalar.isASCII {
            bytes.append(UInt8(truncatingIfNeeded: scalar.value))
        } else {
            bytes.append(contentsOf: UTF8.encode(scalar)!)
        }
    }

    /// The rest of a `\u` escape, after the `u`; a high surrogate takes the `\u` escape of its low
    /// one too.
    @inlinable
    static func unicode<Failed: Error>(_ next: () throws(Failed) -> UInt8?) throws(Failed) -> Result<Unicode.Scalar, Failure> {
        let first: UInt32
        switch try hexQuad(next) {
        case .success(let value): first = value
        case .failure(let failure): return .failure(failure)
        }
        guard (0xD800...0xDBFF).contains(first) else {
            // A low surrogate first is the only value here that is not a scalar.
            guard let scalar = Unicode.Scalar(first) else { return .failure(.loneSurrogate) }
            return .success(scalar)
        }
        guard let backslash = try next() else { return .failure(.truncated) }
        guard backslash == UInt8(ascii: "\\") else { return .failure(.loneSurrogate) }
        guard let letter = try next() else { return .failure(.truncated) }
        guard letter == UInt8(ascii: "u") else { return .failure(.loneSurrogate) }
        let second: UInt32
        switch try hexQuad(next) {
        case .success(let value): second = value
        case .failure(let failure): return .failure(failure)
        }
        guard (0xDC00...0xDFFF).contains(second) else { return .failure(.loneSurrogate) }
        // UTF-16's pair formula (Unicode 15, section 3.9, D91): at most 0x10FFFF, always a scalar.
        return .success(Unicode.Scalar(0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00))!)
    }

    /// Four hex digits, either case, as a number.
    @inlinable
    static func hexQuad<Failed: Error>(_ next: () throws(Failed) -> UInt8?) throws(Failed) -> Result<UInt32, Failure> {
        var value: UInt32 = 0
        for _ in 0..<4 {
            guard let byte = try next() else { return .failure(.truncated) }
            let digit: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
            default: return .failure(.badHex)
            }
            value = value << 4 | UInt32(digit)
        }
        return .success(value)
    }
}
