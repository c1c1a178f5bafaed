#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import SlantText

/// Reads JSON from a file in chunks, or from bytes in memory, one value at a time: no tree of
/// the document is built and a file is never held whole. Errors name the source and the byte
/// offset.
struct JSONByteReader {
    /// Bytes read from a file at a time.
    static let chunkBytes = 1 << 18
    /// Nesting deeper than this is refused (as `JSONDecoder` refuses past 512), so that a
    /// hostile file cannot exhaust the stack.
    static let maximumDepth = 512

    /// Names the bytes in errors: a path, or `-:3` for line 3 of standard input.
    let source: String
    private var buffer: [UInt8]
    private var position = 0
    private var end: Int
    /// Bytes of the file before `buffer`.
    private var consumed = 0
    /// The file read, or -1 for bytes in memory.
    private let descriptor: Int32
    /// The bytes of the string read last (``stringBytes()``).
    private(set) var scratch: [UInt8] = []
    /// The varints of the replicate array read last.
    private var varints: [UInt8] = []
    /// The words and counts of the word counts being read (``counts()``), reused.
    private var words: [String] = []
    private var numbers: [Int] = []

    /// Reads bytes held in memory.
    init(bytes: [UInt8], source: String) {
        buffer = bytes
        end = bytes.count
        descriptor = -1
        self.source = source
    }

    /// Opens a file; call ``close()`` when done.
    init(path: String) throws(ReportError) {
        let opened = open(path, O_RDONLY)
        guard opened >= 0 else { throw .unreadable(file: path, reason: "cannot read the file") }
        descriptor = opened
        buffer = [UInt8](repeating: 0, count: Self.chunkBytes)
        end = 0
        source = path
    }

    func close() {
        #if canImport(Glibc)
        if descriptor >= 0 { _ = Glibc.close(descriptor) }
        #else
        if descriptor >= 0 { _ = Darwin.close(descriptor) }
        #endif
    }

    /// The offset of the next byte in the whole input.
    var offset: Int { consumed + position }

    /// An error at the current byte.
    func error(_ reason: String) -> ReportError {
        .unreadable(file: source, reason: "byte \(offset): \(reason)")
    }

    /// Fills the buffer with the next chunk of the file; false at its end.
    private mutating func refill() throws(ReportError) -> Bool {
        guard descriptor >= 0 else { return false }
        consumed += end
        position = 0
        end = 0
        while true {
            let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress!, $0.count) }
            if count < 0 && errno == EINTR { continue }
            guard count >= 0 else { throw .unreadable(file: source, reason: "cannot read the file (errno \(errno))") }
            end = count
            return count > 0
        }
    }

    /// The next byte without taking it; `nil` at the end of the input.
    @inline(__always)
    mutating func peek() throws(ReportError) -> UInt8? {
        if position == end, try !refill() { return nil }
        return buffer[position]
    }

    /// Takes the next byte.
    @inline(__always)
    mutating func next() throws(ReportError) -> UInt8 {
        if position == end, try !refill() { throw error("the report ends too early") }
        defer { position += 1 }
        return buffer[position]
    }

    /// The next byte that is not JSON white space, without taking it.
    mutating func peekNonSpace() throws(ReportError) -> UInt8? {
        while let byte = try peek() {
            guard byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 else { return byte }
            position += 1
        }
        return nil
    }

    /// Takes `byte`, after white space, or throws naming `what` was expected.
    mutating func expect(_ byte: UInt8, _ what: @autoclosure () -> String) throws(ReportError) {
        guard try peekNonSpace() == byte else { throw error("expected \(what())") }
        position += 1
    }

    /// Whether the input holds only white space from here on.
    mutating func atEnd() throws(ReportError) -> Bool { try peekNonSpace() == nil }

    /// `null`, taken if it is next.
    mutating func takeNull() throws(ReportError) -> Bool {
        guard try peekNonSpace() == UInt8(ascii: "n") else { return false }
        for letter in "null".utf8 { guard try next() == letter else { throw error("expected null") } }
        return true
    }

    // MARK: Strings

    /// Reads a string into ``scratch`` (its unescaped UTF-8 bytes, not yet checked).
    mutating func stringBytes() throws(ReportError) {
        try expect(UInt8(ascii: "\""), "a string")
        scratch.removeAll(keepingCapacity: true)
        while true {
            if position == end, try !refill() { throw error("the report ends too early") }
            // The run of bytes that need nothing done, copied at once.
            let start = position, limit = end
            let stop = buffer.withUnsafeBufferPointer { bytes in
                var index = start
                while index < limit {
                    let byte = bytes[index]
                    if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") || byte < 0x20 { break }
                    index += 1
                }
                return index
            }
            if stop > start { scratch.append(contentsOf: buffer[start..<stop]) }
            position = stop
            guard stop < limit else { continue }
            let byte = buffer[position]
            position += 1
            if byte == UInt8(ascii: "\"") { return }
            guard byte == UInt8(ascii: "\\") else { throw error("a control character inside a string") }
            try escape()
        }
    }

    /// Decodes the escape after a backslash into ``scratch``.
    private mutating func escape() throws(ReportError) {
        switch try JSONEscape.decode({ () throws(ReportError) -> UInt8? in try next() }) {
        case .success(let scalar): JSONEscape.appendUTF8(scalar, to: &scratch)
        case .failure(.unknownLetter(let letter)): throw error("an unknown escape \\\(Unicode.Scalar(letter))")
        case .failure(.badHex): throw error("expected four hex digits after \\u")
        case .failure(.loneSurrogate): throw error("a lone UTF-16 surrogate")
        // next() throws at the end of the input before this can be returned.
        case .failure(.truncated): throw error("the report ends too early")
        }
    }

    /// Reads a string; its bytes must be UTF-8.
    mutating func string() throws(ReportError) -> String {
        try stringBytes()
        // ASCII (most keys) is UTF-8 as it is; the general check costs a generic call per string.
        let text: String? = scratch.withUnsafeBufferPointer { bytes in
            var union: UInt8 = 0
            for byte in bytes { union |= byte }
            return union < 0x80 ? String(decoding: bytes, as: UTF8.self) : String(validating: bytes, as: UTF8.self)
        }
        guard let text else { throw error("a string that is not UTF-8") }
        return text
    }

    // MARK: Numbers

    /// Reads an integer (`-`, then digits; no fraction or exponent).
    mutating func integer() throws(ReportError) -> Int {
        let negative = try peekNonSpace() == UInt8(ascii: "-")
        if negative { position += 1 }
        let magnitude = try digits()
        if negative {
            guard magnitude <= UInt64(Int.max) + 1 else { throw error("an integer below \(Int.min)") }
            return magnitude == UInt64(Int.max) + 1 ? Int.min : -Int(magnitude)
        }
        guard magnitude <= UInt64(Int.max) else { throw error("an integer above \(Int.max)") }
        return Int(magnitude)
    }

    /// Reads an unsigned integer.
    mutating func unsigned() throws(ReportError) -> UInt64 {
        _ = try peekNonSpace()
        return try digits()
    }

    private mutating func digits() throws(ReportError) -> UInt64 {
        var value: UInt64 = 0
        var count = 0
        while let byte = try peek(), byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") {
            let (times, overflow) = value.multipliedReportingOverflow(by: 10)
            let (sum, carry) = times.addingReportingOverflow(UInt64(byte - UInt8(ascii: "0")))
            guard !overflow, !carry else { throw error("an integer too large") }
            value = sum
            count += 1
            position += 1
        }
        guard count > 0 else { throw error("expected an integer") }
        if let byte = try peek(), byte == UInt8(ascii: ".") || byte == UInt8(ascii: "e") || byte == UInt8(ascii: "E") {
            throw error("expected an integer, found a fraction or exponent")
        }
        return value
    }

    // MARK: Containers

    /// Reads an object, calling `field` with each key after its colon; `field` reads the value.
    mutating func object(_ field: (inout JSONByteReader, String) throws(ReportError) -> Void) throws(ReportError) {
        try expect(UInt8(ascii: "{"), "an object")
        if try peekNonSpace() == UInt8(ascii: "}") {
            position += 1
            return
        }
        while true {
            let key = try string()
            try expect(UInt8(ascii: ":"), "a colon after the key \"\(key)\"")
            try field(&self, key)
            guard let byte = try peekNonSpace() else { throw error("the report ends too early") }
            position += 1
            if byte == UInt8(ascii: "}") { return }
            guard byte == UInt8(ascii: ",") else { throw error("expected , or } after the value of \"\(key)\"") }
        }
    }

    /// Reads an array, calling `element` for each element.
    mutating func array(_ element: (inout JSONByteReader) throws(ReportError) -> Void) throws(ReportError) {
        try expect(UInt8(ascii: "["), "a list")
        if try peekNonSpace() == UInt8(ascii: "]") {
            position += 1
            return
        }
        while true {
            try element(&self)
            guard let byte = try peekNonSpace() else { throw error("the report ends too early") }
            position += 1
            if byte == UInt8(ascii: "]") { return }
            guard byte == UInt8(ascii: ",") else { throw error("expected , or ] in a list") }
        }
    }

    /// Word counts, `{"word": count, …}`: read into lists first, so that the dictionary is made
    /// once at its size instead of growing (and rehashing) as it fills.
    mutating func counts() throws(ReportError) -> [String: Int] {
        try expect(UInt8(ascii: "{"), "an object of counts")
        guard try peekNonSpace() != UInt8(ascii: "}") else {
            position += 1
            return [:]
        }
        words.removeAll(keepingCapacity: true)
        numbers.removeAll(keepingCapacity: true)
        while true {
            let word = try string()
            try expect(UInt8(ascii: ":"), "a colon after the key \"\(word)\"")
            words.append(word)
            numbers.append(try integer())
            guard let byte = try peekNonSpace() else { throw error("the report ends too early") }
            position += 1
            if byte == UInt8(ascii: "}") { break }
            guard byte == UInt8(ascii: ",") else { throw error("expected , or } after the count of \"\(word)\"") }
        }
        var result = [String: Int](minimumCapacity: words.count)
        for index in words.indices { result[words[index]] = numbers[index] }
        words.removeAll(keepingCapacity: true)
        return result
    }

    /// Reads and drops any value (a key this reader does not know).
    mutating func skipValue(depth: Int = 0) throws(ReportError) {
        guard depth < Self.maximumDepth else { throw error("nested deeper than \(Self.maximumDepth)") }
        switch try peekNonSpace() {
        case UInt8(ascii: "{"): try object { reader, _ throws(ReportError) in try reader.skipValue(depth: depth + 1) }
        case UInt8(ascii: "["): try array { reader throws(ReportError) in try reader.skipValue(depth: depth + 1) }
        case UInt8(ascii: "\""): try stringBytes()
        case UInt8(ascii: "t"): try word("true")
        case UInt8(ascii: "f"): try word("false")
        case UInt8(ascii: "n"): _ = try takeNull()
        default: try number()
        }
    }

    private mutating func word(_ text: StaticString) throws(ReportError) {
        var index = 0
        while index < text.utf8CodeUnitCount {
            guard try next() == text.utf8Start[index] else { throw error("expected \(text)") }
            index += 1
        }
    }

    /// Skips a JSON number of any form.
    private mutating func number() throws(ReportError) {
        var count = 0
        while let byte = try peek(), (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
                || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "+") || byte == UInt8(ascii: ".")
                || byte == UInt8(ascii: "e") || byte == UInt8(ascii: "E") {
            position += 1
            count += 1
        }
        guard count > 0 else { throw error("expected a value") }
    }

    // MARK: Replicates

    /// Reads a replicate array: the compact string of ``ReplicateCoding``, or a list of integers
    /// (reports written before it).
    mutating func replicates<Value: FixedWidthInteger>(as type: Value.Type) throws(ReportError) -> [Value] {
        if try peekNonSpace() == UInt8(ascii: "[") {
            var values: [Value] = []
            try array { reader throws(ReportError) in values.append(Value(truncatingIfNeeded: try reader.integer())) }
            return values
        }
        try stringBytes()
        let prefix = ReplicateCoding.prefix.utf8
        let values: [Value]? = scratch.starts(with: prefix) ? scratch.withUnsafeBufferPointer {
            ReplicateCoding.decode(base64: UnsafeBufferPointer(rebasing: $0[prefix.count...]), as: type, scratch: &varints)
        } : nil
        guard let values else {
            throw error("expected replicates as \"\(ReplicateCoding.prefix)\" and base64, or as a list of integers")
        }
        return values
    }
}
