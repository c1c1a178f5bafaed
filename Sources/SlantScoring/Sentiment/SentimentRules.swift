public import SlantLexicon
public import SlantText

/// What a rule word does to the sentiment words around it (the `category` column of a rules
/// lexicon such as `Lexicons/en/rules-en.tsv`).
public enum SentimentRuleKind: String, Sendable, CaseIterable {
    /// Multiplies the valence of sentiment words in its scope by the weight.
    case negation
    /// Like `negation`, for every word that ends with the term ("n't").
    case negationSuffix = "negation-suffix"
    /// Adds the weight to the magnitude of a following sentiment word (negative: a dampener).
    case booster
    /// Shifts weight to the clause after it.
    case contrast
    /// "least X" reverses X.
    case least
    /// "never so X" multiplies X by the weight instead of negating it.
    case emphatic
    /// A phrase consumed whole, with no effect.
    case neutral
}

/// A compiled rules lexicon: rule words by key, each with its kind and weight.
public struct SentimentRules: Sendable {
    /// The rule words and phrases.
    public let lexicon: CompiledLexicon
    /// Each entry's kind, parallel to `lexicon.entries`.
    public let kinds: [SentimentRuleKind]
    /// Key suffixes that make a word a negator ("n't"), with their weights: suffix `i`'s key is
    /// `negationSuffixBytes[negationSuffixes[i].bytes]`. One flat byte array rather than an array
    /// per suffix: the check runs at every plain word, and iterating arrays of arrays retains
    /// each one.
    let negationSuffixes: [(bytes: Range<Int>, weight: Double)]
    let negationSuffixBytes: [UInt8]
    /// Bit `b mod 64` of word `b / 64` is set when some negation suffix ends with byte `b`: a
    /// word whose last byte has no bit ends with no suffix, known without comparing (most
    /// words; the check runs at every word that is no rule or sentiment term). A vector indexed
    /// by `b / 64`: a tuple read by a `switch` compiled to a jump table, an indirect branch per
    /// word (14% of `buildUnits`' own samples).
    let negationSuffixLastBytes: SIMD4<UInt64>
    /// The same for the byte before the last: bit `b` is set when some negation suffix has `b`
    /// before its last byte (every bit for a one-byte suffix). Tested with the last byte's in one
    /// branch: words that end in "t" (a tenth of English words) passed the last byte's test alone,
    /// a branch that mispredicted and a call per such word; those that end in "'t" are negations.
    let negationSuffixBeforeLastBytes: SIMD4<UInt64>

    /// Compiles a rules lexicon.
    ///
    /// - Throws: ``DataFileError`` for an entry without a category or with an unknown one.
    public init(_ rules: Lexicon, tokenizer: Tokenizer) throws {
        var wordRules: [Lexicon.Entry] = []
        var suffixes: [(key: [UInt8], weight: Double)] = []
        for entry in rules.entries {
            guard let name = entry.category, let kind = SentimentRuleKind(rawValue: name) else {
                throw DataFileError(source: rules.source, line: entry.line, message:
                    "expected a rule category (\(SentimentRuleKind.allCases.map(\.rawValue).joined(separator: ", "))), found \"\(entry.category ?? "")\"")
            }
            if kind == .negationSuffix {
                let text = try tokenizer.tokenize(entry.term)
                let key = text.tokens.flatMap { token in text.withKeyBytes(of: token) { Array($0) } }
                suffixes.append((key, entry.weight))
            } else {
                wordRules.append(entry)
            }
        }
        lexicon = try CompiledLexicon([Lexicon(source: rules.source, entries: wordRules)], tokenizer: tokenizer,
                                      options: .init(stripsPossessive: false))
        kinds = lexicon.entries.map { SentimentRuleKind(rawValue: $0.category!)! }
        var bytes: [UInt8] = []
        negationSuffixes = suffixes.map { suffix in
            bytes.append(contentsOf: suffix.key)
            return (bytes.count - suffix.key.count..<bytes.count, suffix.weight)
        }
        negationSuffixBytes = bytes
        var lastBytes = SIMD4<UInt64>(repeating: 0)
        var beforeLastBytes = SIMD4<UInt64>(repeating: 0)
        for suffix in negationSuffixes {
            // An empty suffix would end every word, a one-byte suffix any byte may precede.
            guard !suffix.bytes.isEmpty else { lastBytes = SIMD4(repeating: ~0); beforeLastBytes = SIMD4(repeating: ~0); break }
            let last = bytes[suffix.bytes.upperBound - 1]
            lastBytes[Int(last >> 6)] |= UInt64(1) << UInt64(last & 63)
            guard suffix.bytes.count >= 2 else { beforeLastBytes = SIMD4(repeating: ~0); continue }
            let beforeLast = bytes[suffix.bytes.upperBound - 2]
            beforeLastBytes[Int(beforeLast >> 6)] |= UInt64(1) << UInt64(beforeLast & 63)
        }
        negationSuffixLastBytes = lastBytes
        negationSuffixBeforeLastBytes = beforeLastBytes
    }

    /// Whether some negation suffix may end a key whose last byte is `last` and whose byte
    /// before it is `beforeLast` (any byte for a one-byte key): both bytes' tests
    /// (``negationSuffixLastBytes``, ``negationSuffixBeforeLastBytes``) in one branch. `false`
    /// only when no suffix ends the key; ``negationSuffixWeight(_:)`` decides the rest.
    @inline(__always)
    func mayEndNegationSuffix(last: UInt8, beforeLast: UInt8) -> Bool {
        (negationSuffixLastBytes[Int(last &>> 6)] &>> UInt64(last & 63))
            & (negationSuffixBeforeLastBytes[Int(beforeLast &>> 6)] &>> UInt64(beforeLast & 63)) & 1 != 0
    }

    /// The weight of a negation suffix that `key` ends with (and is longer than), if any.
    func negationSuffixWeight(_ key: UnsafeBufferPointer<UInt8>) -> Double? {
        negationSuffixBytes.withUnsafeBufferPointer { bytes in
            for suffix in negationSuffixes where key.count > suffix.bytes.count {
                var matches = true
                let offset = key.count - suffix.bytes.count
                for index in 0..<suffix.bytes.count where key[offset + index] != bytes[suffix.bytes.lowerBound + index] {
                    matches = false
                    break
                }
                if matches { return suffix.weight }
            }
            return nil
        }
    }
}
