import Foundation
import Testing
@testable import SlantText

/// The ASCII fast path gives ICU's word boundaries and rule statuses, exactly.
@Suite("Word breaks: fast path equals ICU")
struct WordSegmenterTests {
    /// Boundaries as "offset:status" from the segmenter (fast path on).
    static func segmented(_ bytes: [UInt8], fastPath: Bool = true) throws -> [String] {
        try segmented(bytes, with: WordSegmenter(locale: "en", fastPath: fastPath))
    }

    static func segmented(_ bytes: [UInt8], with segmenter: WordSegmenter) throws -> [String] {
        try bytes.withUnsafeBufferPointer { text in
            try segmenter.setText(text)
            var result: [String] = []
            while let boundary = try segmenter.next() { result.append("\(boundary):\(segmenter.ruleStatus)") }
            return result
        }
    }

    /// Boundaries as "offset:status" from ICU alone over the whole text.
    static func icu(_ bytes: [UInt8]) throws -> [String] {
        try icu(bytes, with: BreakIterator(.word, locale: "en"))
    }

    static func icu(_ bytes: [UInt8], with iterator: BreakIterator) throws -> [String] {
        try bytes.withUnsafeBufferPointer { text in
            try iterator.setText(text)
            var result: [String] = []
            while let boundary = iterator.next() { result.append("\(boundary):\(iterator.ruleStatus)") }
            return result
        }
    }

    /// The first byte ≥ 0x80 (read eight bytes at a time) against a byte-by-byte scan: one such
    /// byte at every place of a 20-byte text, from every start, and none.
    @Test func firstNonASCIIMatchesABytewiseScan() {
        for place in 0...20 {
            for high in [UInt8(0x80), 0xE2, 0xFF] {
                var text = [UInt8](repeating: UInt8(ascii: "a"), count: 20)
                if place < 20 { text[place] = high }
                for start in 0...20 {
                    let expected = start <= place ? place : (text[start...].firstIndex { $0 >= 0x80 } ?? 20)
                    let found = text.withUnsafeBufferPointer { WordSegmenter.firstNonASCII($0, from: start) }
                    #expect(found == expected, "high byte at \(place), from \(start)")
                }
            }
        }
    }

    @Test func fastPathIsOnForRootRulesAndOffForTailoredOnes() throws {
        #expect(try WordSegmenter(locale: "en").usesFastPath)
        #expect(try WordSegmenter(locale: "uk").usesFastPath)
        #expect(try WordSegmenter(locale: "ru").usesFastPath)
        #expect(try !WordSegmenter(locale: "sv").usesFastPath)        // ':' is MidLetter in Swedish
        #expect(try !WordSegmenter(locale: "en_US_POSIX").usesFastPath)
        #expect(try !WordSegmenter(locale: "en", fastPath: false).usesFastPath)
    }

    /// Every ASCII line of Unicode 15.0's WordBreakTest.txt: the fast path agrees with ICU on
    /// all 477, and with the file on all but the 5 where CLDR (and so ICU) does not count ":"
    /// as MidLetter ("a:b" is three words in ICU's root rules).
    @Test func asciiLinesOfWordBreakTest() throws {
        let url = repositoryRoot.appendingPathComponent("Tests/Fixtures/WordBreakTest-ASCII.txt")
        let lines = try String(contentsOf: url, encoding: .utf8).split(separator: "\n").filter { !$0.hasPrefix("#") }
        #expect(lines.count == 477)
        var tailored = 0
        let segmenter = try WordSegmenter(locale: "en"), iterator = try BreakIterator(.word, locale: "en")
        for line in lines {
            var bytes: [UInt8] = []
            var expected: [Int] = []
            var colonJoined = false
            let fields = line.split(separator: " ")
            for (index, field) in fields.enumerated() {
                if field == "÷" {
                    if !bytes.isEmpty { expected.append(bytes.count) }
                } else if field != "×" {
                    let byte = UInt8(field, radix: 16)!
                    let joinedLeft = index > 0 && fields[index - 1] == "×"
                    let joinedRight = index + 1 < fields.count && fields[index + 1] == "×"
                    if byte == 0x3A && (joinedLeft || joinedRight) {
                        colonJoined = true
                        if joinedLeft { expected.append(bytes.count) }
                        bytes.append(byte)
                        if joinedRight { expected.append(bytes.count) }
                    } else {
                        bytes.append(byte)
                    }
                }
            }
            if colonJoined { tailored += 1 }
            let fast = try Self.segmented(bytes, with: segmenter)
            #expect(fast == (try Self.icu(bytes, with: iterator)), "\(line)")
            #expect(fast.map { Int($0.split(separator: ":")[0])! } == expected.sorted(), "\(line)")
        }
        #expect(tailored == 5)
    }

    /// All strings of up to four characters over the nine ASCII classes and the bytes that ICU
    /// tailors (`@`, `:`, `"`, tab), and every pair of ASCII bytes.
    @Test func allShortASCIIStrings() throws {
        let alphabet: [UInt8] = Array("!\n\r .,7k_@:\"\t".utf8)
        var strings: [[UInt8]] = []
        func extend(_ prefix: [UInt8], _ length: Int) {
            if !prefix.isEmpty { strings.append(prefix) }
            guard length > 0 else { return }
            for byte in alphabet { extend(prefix + [byte], length - 1) }
        }
        extend([], 4)
        for first in UInt8(0)..<0x80 { for second in UInt8(0)..<0x80 { strings.append([first, 0x61, second, 0x31, first, second]) } }
        #expect(strings.count == 13 + 169 + 2197 + 28561 + 16384)
        var mismatches = 0
        let segmenter = try WordSegmenter(locale: "en"), iterator = try BreakIterator(.word, locale: "en")
        for string in strings where try Self.segmented(string, with: segmenter) != Self.icu(string, with: iterator) {
            mismatches += 1
            if mismatches <= 5 { Issue.record("differs from ICU: \(string)") }
        }
        #expect(mismatches == 0)
    }

    /// All strings of up to four characters over ASCII classes, the typographic marks and
    /// Cyrillic letters the fast path reads, and characters it leaves to ICU (é, combining
    /// marks, ZWJ, a no-break space).
    @Test func typographicMarksInShortStrings() throws {
        let alphabet: [[UInt8]] = ["a", "7", "_", ".", ",", "'", " ", "\n", "!", "’", "‘", "“", "”", "–", "—", "…", "é",
                                   "\u{301}", "\u{200D}", "\u{A0}", "ж", "Ё", "\u{483}"].map { Array($0.utf8) }
        var strings: [[UInt8]] = []
        func extend(_ prefix: [UInt8], _ length: Int) {
            if !prefix.isEmpty { strings.append(prefix) }
            guard length > 0 else { return }
            for character in alphabet { extend(prefix + character, length - 1) }
        }
        extend([], 4)
        #expect(strings.count == 23 + 529 + 12_167 + 279_841)
        var mismatches = 0
        let segmenter = try WordSegmenter(locale: "en"), iterator = try BreakIterator(.word, locale: "en")
        for string in strings where try Self.segmented(string, with: segmenter) != Self.icu(string, with: iterator) {
            mismatches += 1
            if mismatches <= 5 { Issue.record("differs from ICU: \(String(decoding: string, as: UTF8.self).debugDescription)") }
        }
        #expect(mismatches == 0)
    }

    /// The Cyrillic letters the fast path reads are the letters of the Cyrillic block.
    @Test func cyrillicLettersAreTheBlocksLetters() {
        for scalar in UInt32(0x400)..<0x500 {
            #expect(WordSegmenter.isCyrillicLetter(scalar) == (CharacterProperties.category(of: scalar) == .letter), "U+\(String(scalar, radix: 16))")
        }
        #expect(!WordSegmenter.isCyrillicLetter(0x3FF) && !WordSegmenter.isCyrillicLetter(0x500))
    }

    /// Generated strings mixing every ASCII class with non-ASCII text that ICU's rules treat
    /// specially: apostrophes and quotes, combining marks, ZWJ and emoji, regional indicators,
    /// Thai and CJK (dictionary breaks), Hebrew letters, no-break and paragraph separators,
    /// Cyrillic, a BOM and an ill-formed byte.
    @Test func generatedMixedStringsMatchICU() throws {
        let fragments: [[UInt8]] = ([
            "a", "Z", "7", "_", ".", "'", ",", ";", ":", "@", "\"", " ", "  ", "\n", "\r\n", "\t", "-", "!", "(",
            "word", "U.S.", "3.5", "2,000", "http://x.org/a", "e-mail",
            "’", "‘", "“", "”", "é", "\u{301}", "\u{903}", "\u{200D}", "👍", "👩‍👩‍👧", "🇺🇦", "ก", "ภาษาไทย", "中文",
            "א", "\u{A0}", "\u{2029}", "Жовтень", "\u{FEFF}", "—", "…", "ｱ", "٣",
        ] as [String]).map { Array($0.utf8) } + [[0xFF], [0xE2, 0x80]]
        var random = SplitMix64(state: 13)
        var mismatches = 0
        let segmenter = try WordSegmenter(locale: "en"), iterator = try BreakIterator(.word, locale: "en")
        for _ in 0..<4000 {
            var bytes: [UInt8] = []
            let count = Int(random.next() % 40) + 1
            for _ in 0..<count { bytes += fragments[Int(random.next() % UInt64(fragments.count))] }
            if try Self.segmented(bytes, with: segmenter) != Self.icu(bytes, with: iterator) {
                mismatches += 1
                if mismatches <= 5 { Issue.record("differs from ICU: \(String(decoding: bytes, as: UTF8.self).debugDescription)") }
            }
        }
        #expect(mismatches == 0)
    }

    @Test func icuOnlySegmenterIsICU() throws {
        let bytes = Array("He said: “Kyiv’s 2,000 troops—ready.” e-mail a_b@c.d 3.5".utf8)
        #expect(try Self.segmented(bytes, fastPath: false) == Self.icu(bytes))
        #expect(try Self.segmented(bytes) == Self.icu(bytes))
    }
}
