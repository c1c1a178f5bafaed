import SlantText

/// Reads a LIWC-style `.dic` dictionary:
///
/// ```
/// %
/// 1	posemo
/// 2	negemo
/// %
/// abandon*	2
/// love	1
/// ```
///
/// Each word gives one entry per category number it lists, with the category's name. Words
/// may end in `*`. Category numbers must be declared in the `%` table.
enum LIWCDictionaryImporter {
    static func read(_ text: String, source: String, weight: Double) throws(DataFileError) -> Lexicon {
        let lines = ImportSupport.lines(text)
        var index = 0
        while index < lines.count, lines[index].text.allSatisfy(\.isWhitespace) { index += 1 }
        guard index < lines.count, lines[index].text.trimmingCharacters(in: " ") == "%" else {
            throw DataFileError(source: source, line: index < lines.count ? lines[index].number : 1, message:
                "expected a LIWC dictionary starting with a line holding only %")
        }
        index += 1
        var categories: [String: String] = [:]
        while true {
            guard index < lines.count else {
                throw DataFileError(source: source, line: lines.last?.number ?? 1, message: "expected a closing % after the category table")
            }
            let (number, line) = lines[index]
            index += 1
            if line.trimmingCharacters(in: " ") == "%" { break }
            if line.allSatisfy(\.isWhitespace) { continue }
            let fields = line.split(whereSeparator: \.isWhitespace)
            guard fields.count == 2, Int(fields[0]) != nil else {
                throw DataFileError(source: source, line: number, message:
                    "expected a category line \"<number><TAB><name>\", found \"\(line)\"")
            }
            categories[String(fields[0])] = String(fields[1])
        }
        var entries: [Lexicon.Entry] = []
        while index < lines.count {
            let (number, line) = lines[index]
            index += 1
            if line.allSatisfy(\.isWhitespace) { continue }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: true)
            // The term is the first tab field (it may contain spaces); category numbers follow.
            let numbers = fields.count > 1
                ? fields.dropFirst().flatMap { $0.split(whereSeparator: \.isWhitespace) }
                : Array(line.split(whereSeparator: \.isWhitespace).dropFirst())
            let term = fields.count > 1 ? ImportSupport.cleanTerm(fields[0])
                : String(line.split(whereSeparator: \.isWhitespace).first ?? "")
            guard !numbers.isEmpty else {
                throw DataFileError(source: source, line: number, message: "expected a word followed by category numbers, found \"\(line)\"")
            }
            try Lexicon.validateTerm(term, source: source, line: number)
            for categoryNumber in numbers {
                guard let name = categories[String(categoryNumber)] else {
                    throw DataFileError(source: source, line: number, message:
                        "category \(categoryNumber) is not declared in the % table")
                }
                entries.append(Lexicon.Entry(term: term, weight: weight, category: name, line: number))
            }
        }
        return Lexicon(source: source, entries: entries)
    }
}
