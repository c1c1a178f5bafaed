// The only file that talks to ICU. Everything else in Slant sees Swift types and thrown errors.
import CICUShims

/// An ICU call that failed, with ICU's own name for the status (for example
/// `U_MEMORY_ALLOCATION_ERROR`).
public struct ICUError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The ICU function that failed.
    public let function: String
    /// ICU's `UErrorCode` value.
    public let status: Int32

    public var description: String {
        "ICU call \(function) failed: \(String(cString: cicu_error_name(status))) (\(status))"
    }

    /// Throws when `status` is an ICU failure (a positive `UErrorCode`); warnings pass.
    static func check(_ status: Int32, _ function: String) throws(ICUError) {
        if status > 0 { throw ICUError(function: function, status: status) }
    }
}

/// The ICU library version this process runs with, such as `"72.1"`.
public var icuVersion: String {
    withUnsafeTemporaryAllocation(of: CChar.self, capacity: 24) { buffer in
        buffer.initialize(repeating: 0)
        cicu_version(buffer.baseAddress!)
        return String(cString: buffer.baseAddress!)
    }
}

/// A reusable ICU break iterator over UTF-8 bytes.
///
/// The corresponding ICU calls are `ubrk_open`, `utext_openUTF8`, `ubrk_setUText`, `ubrk_next`
/// and `ubrk_getRuleStatus`. An instance is not thread-safe; each worker owns its own.
final class BreakIterator {
    enum Kind { case word, sentence }

    fileprivate let handle: OpaquePointer

    init(_ kind: Kind, locale: String = "en") throws(ICUError) {
        var status: Int32 = 0
        let opened = cicu_breaker_open(kind == .word ? CICU_BREAK_WORD : CICU_BREAK_SENTENCE, locale, &status)
        try ICUError.check(status, "ubrk_open")
        guard let opened else { throw ICUError(function: "ubrk_open", status: 7) }
        handle = opened
    }

    deinit { cicu_breaker_close(handle) }

    /// Binds the iterator to `bytes`, which must stay alive and unchanged while it is used.
    func setText(_ bytes: UnsafeBufferPointer<UInt8>) throws(ICUError) {
        var status: Int32 = 0
        let base = UnsafeRawPointer(bytes.baseAddress ?? UnsafePointer(bitPattern: 1)!)
        cicu_breaker_set_utf8(handle, base.assumingMemoryBound(to: CChar.self), Int64(bytes.count), &status)
        try ICUError.check(status, "utext_openUTF8/ubrk_setUText")
    }

    /// The next boundary as a byte offset, or `nil` at the end of the text (`ubrk_next`).
    @inline(__always)
    func next() -> Int? {
        let boundary = cicu_breaker_next(handle)
        return boundary < 0 ? nil : Int(boundary)
    }

    /// The rule status of the segment that ends at the current boundary (`ubrk_getRuleStatus`).
    @inline(__always)
    var ruleStatus: Int32 { cicu_breaker_rule_status(handle) }
}

extension BreakIterator {
    /// The iterator's compiled rules (`ubrk_getBinaryRules`): equal rules break every text alike.
    func binaryRules() throws(ICUError) -> [UInt8] {
        var status: Int32 = 0
        let length = cicu_breaker_binary_rules(handle, nil, 0, &status)
        try ICUError.check(status, "ubrk_getBinaryRules")
        var rules = [UInt8](repeating: 0, count: Int(max(length, 0)))
        _ = rules.withUnsafeMutableBufferPointer { buffer in
            cicu_breaker_binary_rules(handle, buffer.baseAddress, Int32(buffer.count), &status)
        }
        try ICUError.check(status, "ubrk_getBinaryRules")
        return rules
    }
}

/// ICU's word-break iterator run bare over UTF-8, with nothing done per boundary: the ceiling
/// for a tokenizer built on ICU, which `slant bench` measures beside Slant's own stages.
public final class RawWordBreakLoop {
    private let iterator: BreakIterator

    public init(locale: String = "en") throws(ICUError) {
        iterator = try BreakIterator(.word, locale: locale)
    }

    /// The number of word boundaries in `bytes` (`utext_openUTF8`, `ubrk_setUText`, then
    /// `ubrk_next` until `UBRK_DONE`, in C).
    public func countBoundaries(_ bytes: UnsafeBufferPointer<UInt8>) throws(ICUError) -> Int {
        try iterator.countBoundaries(bytes)
    }
}

extension BreakIterator {
    func countBoundaries(_ bytes: UnsafeBufferPointer<UInt8>) throws(ICUError) -> Int {
        var status: Int32 = 0
        let base = UnsafeRawPointer(bytes.baseAddress ?? UnsafePointer(bitPattern: 1)!)
        let count = cicu_breaker_count_utf8(handle, base.assumingMemoryBound(to: CChar.self), Int64(bytes.count), &status)
        try ICUError.check(status, "utext_openUTF8/ubrk_next")
        return Int(count)
    }
}

/// NFKC + full case folding (ICU's NFKC_Casefold) of UTF-8 bytes into UTF-8 bytes.
///
/// The corresponding ICU calls are `unorm2_getNFKCCasefoldInstance`, `u_strFromUTF8WithSub`,
/// `unorm2_normalize` and `u_strToUTF8WithSub`. Scratch buffers are reused between calls.
final class CaseFolder {
    private let handle: OpaquePointer
    private var scratch: UnsafeMutableBufferPointer<CChar>

    init() throws(ICUError) {
        var status: Int32 = 0
        let opened = cicu_folder_open(&status)
        try ICUError.check(status, "unorm2_getNFKCCasefoldInstance")
        guard let opened else { throw ICUError(function: "unorm2_getNFKCCasefoldInstance", status: 7) }
        handle = opened
        scratch = .allocate(capacity: 256)
    }

    deinit {
        cicu_folder_close(handle)
        scratch.deallocate()
    }

    /// Appends the folded form of `source` to `output`.
    func fold(_ source: UnsafeBufferPointer<UInt8>, appendingTo output: inout [UInt8]) throws(ICUError) {
        let sourceBase = UnsafeRawPointer(source.baseAddress ?? UnsafePointer(bitPattern: 1)!)
            .assumingMemoryBound(to: CChar.self)
        while true {
            var status: Int32 = 0
            let written = Int(cicu_folder_fold_utf8(handle, sourceBase, Int32(source.count),
                                                    scratch.baseAddress!, Int32(scratch.count), &status))
            if status == CICU_BUFFER_OVERFLOW {
                scratch.deallocate()
                scratch = .allocate(capacity: written * 2)
                continue
            }
            try ICUError.check(status, "unorm2_normalize")
            UnsafeRawBufferPointer(start: scratch.baseAddress!, count: written)
                .withMemoryRebound(to: UInt8.self) { output.append(contentsOf: $0) }
            return
        }
    }
}

/// Character properties Slant needs from ICU for code points outside ASCII.
enum CharacterProperties {
    /// ICU `UCharCategory` values (`u_charType`) grouped the way the tokenizer needs them.
    enum Category { case letter, mark, number, punctuation, symbol, separator, other }

    static func category(of codePoint: UInt32) -> Category {
        switch cicu_char_type(Int32(bitPattern: codePoint)) {
        case 1...5: return .letter            // Lu Ll Lt Lm Lo
        case 6...8: return .mark              // Mn Me Mc
        case 9...11: return .number           // Nd Nl No
        case 12...14: return .separator       // Zs Zl Zp
        case 19...23, 28, 29: return .punctuation // Pd Ps Pe Pc Po Pi Pf
        case 24...27: return .symbol          // Sm Sc Sk So
        default: return .other                // Cc Cf Co Cs Cn
        }
    }

    static func isEmojiStart(_ codePoint: UInt32) -> Bool {
        cicu_is_emoji_start(Int32(bitPattern: codePoint)) != 0
    }

    static func isWhiteSpace(_ codePoint: UInt32) -> Bool {
        cicu_is_white_space(Int32(bitPattern: codePoint)) != 0
    }
}

extension CharacterProperties {
    /// Control, format, surrogate and unassigned code points: text between tokens.
    static func isGapCharacter(_ codePoint: UInt32) -> Bool {
        switch cicu_char_type(Int32(bitPattern: codePoint)) {
        case 15, 16, 18: true   // Cc Cf Cs
        default: isWhiteSpace(codePoint)
        }
    }

    /// The case of a letter: ICU's Lu, Lt (upper) and Ll (lower).
    static func letterCase(of codePoint: UInt32) -> LetterCase {
        switch cicu_char_type(Int32(bitPattern: codePoint)) {
        case 1, 3: .upper
        case 2: .lower
        default: .none
        }
    }

    enum LetterCase { case upper, lower, none }

    /// Unicode's Sentence_Break classes that sentence finding uses (UAX #29, ICU's
    /// `USentenceBreak`); everything else is `other`.
    enum SentenceClass { case aTerm, sTerm, close, sContinue, upper, lower, oLetter, numeric, separator, other }

    static func sentenceClass(of codePoint: UInt32) -> SentenceClass {
        switch cicu_sentence_break(Int32(bitPattern: codePoint)) {
        case 1: .aTerm
        case 2: .close
        case 4: .lower
        case 5: .numeric
        case 6: .oLetter
        case 7, 11, 13: .separator
        case 9: .sTerm
        case 10: .upper
        case 14: .sContinue
        default: .other
        }
    }
}
