// Normalized keys and case flags for one token.

extension Tokenizer {
    /// Appends the token's normalized key to `keys` and sets its `keyEnd` and case flags.
    ///
    /// ASCII tokens are lowercased byte by byte (the same result NFKC_Casefold gives for
    /// ASCII); other tokens go through ICU. Hyphens (U+002D, U+2010, U+2011) key as `-` and
    /// apostrophes inside words (’ ‘ ʼ) as `'`, so `Russia’s` and `Russia's` share a key.
    @inline(__always)
    func appendKey(of token: inout Token, _ bytes: UnsafeBufferPointer<UInt8>, to keys: inout [UInt8]) throws {
        let range = token.byteRange
        if Self.isHyphen(bytes, range) {
            keys.append(UInt8(ascii: "-"))
            token.flags.insert(.ascii)
        } else if Self.isASCII(bytes, range) {
            appendASCIIKey(of: &token, bytes, to: &keys)
            return
        } else {
            try folder.fold(UnsafeBufferPointer(rebasing: bytes[range]), appendingTo: &keys)
            if token.kind == .word {
                Self.unifyApostrophes(in: &keys, from: Int(token.keyStart))
                setCaseFlags(of: &token, bytes)
            }
        }
        token.keyEnd = UInt32(keys.count)
        token.keyHash = Self.keyHash(keys, token.keyRange)
    }

    /// The ASCII case of ``appendKey(of:_:to:)``: the bytes are copied in one go, then
    /// lowercased, hashed and read for case flags in one walk over the copy (appending byte by
    /// byte checked the array's uniqueness and capacity at every byte, and hashing walked the
    /// key again).
    @inline(__always)
    func appendASCIIKey(of token: inout Token, _ bytes: UnsafeBufferPointer<UInt8>, to keys: inout [UInt8]) {
        let start = keys.count
        keys.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[token.byteRange]))
        var hasUpper = false
        var hasLower = false
        var firstLetterIsUpper: Bool?
        var hash = KeyHash.Accumulator()
        keys.withUnsafeMutableBufferPointer { keys in
            for index in start..<keys.count {
                var byte = keys[index]
                if byte &- 0x41 < 26 {
                    hasUpper = true
                    if firstLetterIsUpper == nil { firstLetterIsUpper = true }
                    byte |= 0x20
                    keys[index] = byte
                } else if byte &- 0x61 < 26 {
                    hasLower = true
                    if firstLetterIsUpper == nil { firstLetterIsUpper = false }
                }
                hash.append(byte)
            }
        }
        token.flags.insert(.ascii)
        if hasUpper && !hasLower { token.flags.insert(.allCaps) }
        if firstLetterIsUpper == true { token.flags.insert(.capitalized) }
        token.keyEnd = UInt32(keys.count)
        token.keyHash = UInt32(truncatingIfNeeded: hash.hash)
    }

    /// The low 32 bits of the ``KeyHash`` of `keys[range]` (see ``Token/keyHash``).
    @inline(__always)
    static func keyHash(_ keys: [UInt8], _ range: Range<Int>) -> UInt32 {
        keys.withUnsafeBufferPointer { UInt32(truncatingIfNeeded: KeyHash.hash(UnsafeBufferPointer(rebasing: $0[range]))) }
    }

    @inline(__always)
    static func isASCII(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        var combined: UInt8 = 0
        for index in range { combined |= bytes[index] }
        return combined < 0x80
    }

    /// U+002D HYPHEN-MINUS, U+2010 HYPHEN or U+2011 NON-BREAKING HYPHEN, alone.
    @inline(__always)
    static func isHyphen(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        switch range.count {
        case 1: return bytes[range.lowerBound] == 0x2D
        case 3:
            return bytes[range.lowerBound] == 0xE2 && bytes[range.lowerBound + 1] == 0x80
                && (bytes[range.lowerBound + 2] == 0x90 || bytes[range.lowerBound + 2] == 0x91)
        default: return false
        }
    }

    /// Rewrites ’ (E2 80 99), ‘ (E2 80 98) and ʼ (CA BC) as `'`, and the Russian ё (D1 91) as е
    /// (D0 B5), in `keys[start...]`. Russian print mostly writes е for ё, so lexicons key on е
    /// ("ещё" and "еще" are one word).
    static func unifyApostrophes(in keys: inout [UInt8], from start: Int) {
        var read = start
        var write = start
        let end = keys.count
        while read < end {
            let byte = keys[read]
            if byte == 0xE2, read + 2 < end, keys[read + 1] == 0x80, keys[read + 2] == 0x99 || keys[read + 2] == 0x98 {
                keys[write] = 0x27
                read += 3
            } else if byte == 0xCA, read + 1 < end, keys[read + 1] == 0xBC {
                keys[write] = 0x27
                read += 2
            } else if byte == 0xD1, read + 1 < end, keys[read + 1] == 0x91 {
                keys[write] = 0xD0
                keys[write + 1] = 0xB5
                read += 2
                write += 1
            } else {
                keys[write] = byte
                read += 1
            }
            write += 1
        }
        keys.removeSubrange(write..<end)
    }

    /// Sets `allCaps` and `capitalized` from the letters of a non-ASCII word.
    func setCaseFlags(of token: inout Token, _ bytes: UnsafeBufferPointer<UInt8>) {
        var hasUpper = false
        var hasLower = false
        var firstCase: CharacterProperties.LetterCase?
        var index = token.byteRange.lowerBound
        while index < token.byteRange.upperBound {
            let step = UTF8Decoding.decode(bytes, at: index)
            let letterCase = CharacterProperties.letterCase(of: step.scalar)
            switch letterCase {
            case .upper: hasUpper = true
            case .lower: hasLower = true
            case .none: break
            }
            if firstCase == nil, letterCase != .none { firstCase = letterCase }
            index += step.length
        }
        if hasUpper && !hasLower { token.flags.insert(.allCaps) }
        if firstCase == .upper { token.flags.insert(.capitalized) }
    }
}
