public import SlantLexicon
public import SlantText

/// Tells a document's language from its tokens: the script of its words, then letters only one
/// language uses and function-word profiles (`Lexicons/<code>/profile-<code>.tsv`).
///
/// The detector knows scripts (Latin, Cyrillic), not languages: each language's profile names
/// its script, its distinctive letters (`і ї є ґ` for Ukrainian, `ы э ъ ё` for Russian) and its
/// frequent function words. A document's script is the script of most of its words; when one
/// language uses that script it is the answer; otherwise the languages of the script are
/// scored by their letters and function words, and the best wins when it has at least
/// ``minimumEvidence`` and ``dominance`` times the runner-up's score. Anything less is `und`.
public struct LanguageDetector: Sendable {
    /// The code for an undetermined language (BCP 47).
    public static let undetermined = "und"
    /// The least profile score (weighted letters + function words) that decides between
    /// languages of one script. Two hits: one stray letter or word in a quotation is not enough.
    public static let minimumEvidence = 2.0
    /// How many times the runner-up's score the winner needs. 2: Russian and Ukrainian share
    /// many words (не, в, на), so the winner must stand out clearly.
    public static let dominance = 2.0

    /// The writing systems the detector tells apart: the word pass's (``SlantText/WordScript``),
    /// named by their raw values in a profile's `script` entry.
    public typealias Script = WordScript

    /// One language's profile.
    struct Profile: Sendable {
        let code: String
        let script: Script
    }

    let profiles: [Profile]
    /// For each script: the indices of its languages in `profiles`.
    let languagesOfScript: [[Int]]
    /// Distinctive letters, lowercase and uppercase, as UTF-8, with their language and weight.
    let letters: [(bytes: [UInt8], language: Int, weight: Double)]
    /// Function-word keys; `wordLanguages[id]` are the languages and weights of word `id`.
    let words: ByteStringTable
    let wordLanguages: [[(language: Int, weight: Double)]]

    /// A detector from each language's profile lexicon.
    ///
    /// - Parameters:
    ///   - profiles: (language code, profile lexicon) pairs; a profile's categories are `script`
    ///     (term `latin` or `cyrillic`), `letter` (one letter) and `word` (a function word).
    ///   - tokenizer: the tokenizer whose keys the words must match.
    /// - Throws: ``DataFileError`` naming the line of an unknown script or category, a letter
    ///   that is not one character, or a profile without a script.
    public init(profiles input: [(code: String, lexicon: Lexicon)], tokenizer: Tokenizer) throws {
        var profiles: [Profile] = []
        var letters: [(bytes: [UInt8], language: Int, weight: Double)] = []
        var words = ByteStringTable()
        var wordLanguages: [[(language: Int, weight: Double)]] = []
        for (code, lexicon) in input {
            let language = profiles.count
            var script: Script?
            for entry in lexicon.entries {
                switch entry.category {
                case "script":
                    guard let named = Script(rawValue: entry.term) else {
                        throw DataFileError(source: lexicon.source, line: entry.line, message:
                            "unknown script \"\(entry.term)\"; expected \(Script.allCases.map(\.rawValue).joined(separator: ", "))")
                    }
                    script = named
                case "letter":
                    guard entry.term.count == 1 else {
                        throw DataFileError(source: lexicon.source, line: entry.line, message: "expected one letter, found \"\(entry.term)\"")
                    }
                    for form in Set([entry.term.lowercased(), entry.term.uppercased()]) {
                        letters.append((Array(form.utf8), language, entry.weight))
                    }
                case "word":
                    let tokens = try tokenizer.tokenize(entry.term)
                    guard tokens.tokens.count == 1 else {
                        throw DataFileError(source: lexicon.source, line: entry.line, message: "expected one word, found \"\(entry.term)\"")
                    }
                    let (id, inserted) = words.insert(tokens.key(of: tokens.tokens[0]))
                    if inserted { wordLanguages.append([]) }
                    wordLanguages[Int(id)].append((language, entry.weight))
                default:
                    throw DataFileError(source: lexicon.source, line: entry.line, message:
                        "expected a profile category (script, letter, word), found \"\(entry.category ?? "")\"")
                }
            }
            guard let script else {
                throw DataFileError(source: lexicon.source, line: 0, message: "the profile names no script (a line \"latin\t1\tscript\" or \"cyrillic\t1\tscript\")")
            }
            profiles.append(Profile(code: code, script: script))
        }
        self.profiles = profiles
        languagesOfScript = Script.allCases.map { script in profiles.indices.filter { profiles[$0].script == script } }
        self.letters = letters
        self.words = words
        self.wordLanguages = wordLanguages
    }

    /// The codes of the languages the detector knows.
    public var codes: [String] { profiles.map(\.code) }
}

extension LanguageDetector {
    /// The language of `text`: a known code, or ``undetermined``.
    ///
    /// - Complexity: the script from the word pass's counts (``TokenizedText/wordScripts``); one
    ///   pass over the words of the majority script only when several languages write it.
    ///   Allocates nothing per token.
    public func detect(_ text: TokenizedText) -> String {
        guard let script = majorityScript(of: text) else { return Self.undetermined }
        let candidates = languagesOfScript[script == .latin ? 0 : 1]
        switch candidates.count {
        case 0: return Self.undetermined
        case 1: return profiles[candidates[0]].code
        default: return decide(among: candidates, scores: scores(of: text, script: script))
        }
    }

    /// The language to score an undetermined `text` in: the language of its script with the
    /// highest profile score, the first in profile order on a tie ("Кремль осудил жестокую
    /// атаку" has no letter or function word that only Russian uses, but Russian or Ukrainian
    /// lexicons read it, English ones do not); `nil` when no language writes its script or it
    /// has no words.
    public func nearest(_ text: TokenizedText) -> String? {
        guard let script = majorityScript(of: text) else { return nil }
        let candidates = languagesOfScript[script == .latin ? 0 : 1]
        guard let first = candidates.first else { return nil }
        let scores = scores(of: text, script: script)
        return profiles[candidates.dropFirst().reduce(first) { scores[$1] > scores[$0] ? $1 : $0 }].code
    }

    /// The script of most of `text`'s words (Latin on a tie), `nil` when it has no word in
    /// either: read from the counts the word pass kept (``TokenizedText/wordScripts``), by the
    /// rule of ``script(ofFirstByte:)``.
    func majorityScript(of text: TokenizedText) -> Script? {
        text.wordScripts.majority
    }

    /// Each language's profile score over the words of `script`.
    func scores(of text: TokenizedText, script: Script) -> [Double] {
        var scores = [Double](repeating: 0, count: profiles.count)
        text.withKeys { keys, tokens in
            text.bytes.withUnsafeBufferPointer { bytes in
                for token in tokens where token.kind == .word && !token.keyRange.isEmpty
                    && Self.script(ofFirstByte: keys[token.keyRange.lowerBound]) == script {
                    if let id = words.id(of: UnsafeBufferPointer(rebasing: keys[token.keyRange])) {
                        for (language, weight) in wordLanguages[Int(id)] { scores[language] += weight }
                    }
                    countLetters(in: UnsafeBufferPointer(rebasing: bytes[token.byteRange]), into: &scores)
                }
            }
        }
        return scores
    }

    func countLetters(in word: UnsafeBufferPointer<UInt8>, into scores: inout [Double]) {
        guard word.count >= 2 else { return }
        for letter in letters {
            let first = letter.bytes[0]
            let length = letter.bytes.count
            var index = 0
            while index + length <= word.count {
                if word[index] == first && (length == 1 || letter.bytes.withUnsafeBufferPointer { l in
                    (1..<length).allSatisfy { word[index + $0] == l[$0] } }) {
                    scores[letter.language] += letter.weight
                    index += length
                } else {
                    index += 1
                }
            }
        }
    }

    func decide(among candidates: [Int], scores: [Double]) -> String {
        let ranked = candidates.sorted { scores[$0] > scores[$1] }
        let best = scores[ranked[0]]
        let second = scores[ranked[1]]
        guard best >= Self.minimumEvidence, best >= Self.dominance * second else { return Self.undetermined }
        return profiles[ranked[0]].code
    }

    /// The script of a key from its first byte (``WordScript/ofFirstKeyByte(_:)``: ASCII letters
    /// and the Latin-1/Latin Extended lead bytes C3–C9 are Latin; D0–D3 are Cyrillic).
    @inline(__always)
    static func script(ofFirstByte byte: UInt8) -> Script? {
        WordScript.ofFirstKeyByte(byte)
    }
}
