import SlantText

/// Finds a lexicon term written earlier, compared case-insensitively as `String`s are
/// (`term.lowercased()` and the category, canonically equivalent), for the readers' duplicate
/// checks.
///
/// Hashing a `String` that is not ASCII normalizes it first, and `lowercased()` walks its
/// scalars through the Unicode tables: for the Russian and Ukrainian lexicons that was most of
/// their reading time. Terms made only of ``FoldedTerm`` scalars are instead lowercased
/// through a table into bytes and kept in a ``ByteStringTable``: such text is its own
/// canonical form, so equal bytes are exactly equal `String`s. At the first term with another
/// scalar the check moves to `String` keys, filled from the terms seen so far, for the rest of
/// the file.
struct DuplicateTerms {
    private var table = ByteStringTable()
    private var lines: [Int] = []
    private var strings: [String: Int]?
    private var bytes: [UInt8] = []

    /// The line of an earlier term equal to `term` in `category`, or `nil` after recording this
    /// one at `line`. `earlier` holds the terms recorded so far (in any order).
    mutating func firstLine(of term: String, category: String?, line: Int, earlier: [Lexicon.Entry]) -> Int? {
        if strings == nil {
            bytes.removeAll(keepingCapacity: true)
            if FoldedTerm.appendLowercased(term, to: &bytes) {
                bytes.append(0x09)
                if FoldedTerm.append(category ?? "", to: &bytes) {
                    let (id, inserted) = bytes.withUnsafeBufferPointer { table.insert($0) }
                    if !inserted { return lines[Int(id)] }
                    lines.append(line)
                    return nil
                }
            }
            var keys: [String: Int] = [:]
            for entry in earlier where keys[Self.key(entry.term, entry.category)] == nil {
                keys[Self.key(entry.term, entry.category)] = entry.line
            }
            strings = keys
        }
        let key = Self.key(term, category)
        if let previous = strings?[key] { return previous }
        strings?[key] = line
        return nil
    }

    private static func key(_ term: String, _ category: String?) -> String {
        term.lowercased() + "\t" + (category ?? "")
    }
}

/// Lowercasing through a table, for the scalars where that gives the same bytes as
/// `String.lowercased()` and where text is its own canonical (NFC) form.
enum FoldedTerm {
    /// Scalars below this are looked up in ``lowercase``.
    static let limit: UInt32 = 0x500
    /// Marks a scalar the table does not cover.
    static let uncovered = UInt32.max

    /// For each scalar below ``limit``, its lowercase scalar, or ``uncovered``. Covered are
    /// Basic Latin, Latin-1 and Cyrillic (U+0000–U+00FF, U+0400–U+04FF) scalars that are not
    /// combining marks and whose `lowercased()` is one covered scalar: none of them composes
    /// with a neighbour or has a singleton decomposition (the first such scalars are U+0300,
    /// U+0340 and U+0483), so text made of them is in NFC. Built once from
    /// `String.lowercased()` itself.
    static let lowercase: [UInt32] = {
        func candidate(_ value: UInt32) -> Unicode.Scalar? {
            guard value < 0x100 || (0x400..<limit).contains(value), let scalar = Unicode.Scalar(value) else { return nil }
            let properties = scalar.properties
            guard properties.canonicalCombiningClass == .notReordered,
                  ![.nonspacingMark, .spacingMark, .enclosingMark].contains(properties.generalCategory) else { return nil }
            return scalar
        }
        return (0..<limit).map { value in
            guard let scalar = candidate(value) else { return uncovered }
            let lower = String(scalar).lowercased().unicodeScalars
            guard lower.count == 1, let first = lower.first, candidate(first.value) != nil else { return uncovered }
            return first.value
        }
    }()

    /// Appends the UTF-8 bytes of `text.lowercased()`; `false` (with `bytes` partly written)
    /// when `text` holds a scalar the table does not cover.
    static func appendLowercased(_ text: String, to bytes: inout [UInt8]) -> Bool {
        for scalar in text.unicodeScalars {
            guard scalar.value < limit else { return false }
            let lower = lowercase[Int(scalar.value)]
            guard lower != uncovered else { return false }
            append(lower, to: &bytes)
        }
        return true
    }

    /// Appends `text`'s UTF-8 bytes as they are; `false` when it holds a scalar the table does
    /// not cover.
    static func append(_ text: String, to bytes: inout [UInt8]) -> Bool {
        for scalar in text.unicodeScalars {
            guard scalar.value < limit, lowercase[Int(scalar.value)] != uncovered else { return false }
            append(scalar.value, to: &bytes)
        }
        return true
    }

    /// The UTF-8 bytes of a scalar below ``limit`` (one or two bytes).
    private static func append(_ value: UInt32, to bytes: inout [UInt8]) {
        if value < 0x80 {
            bytes.append(UInt8(value))
        } else {
            bytes.append(UInt8(0xC0 | (value >> 6)))
            bytes.append(UInt8(0x80 | (value & 0x3F)))
        }
    }
}
