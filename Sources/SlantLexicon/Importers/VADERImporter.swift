import SlantText

/// Reads VADER's `vader_lexicon.txt` (Hutto & Gilbert 2014): `term<TAB>mean<TAB>sd<TAB>[ratings]`.
/// The mean is already on Slant's −4…+4 scale.
enum VADERImporter {
    static func read(_ text: String, source: String) throws(DataFileError) -> Lexicon {
        var entries: [Lexicon.Entry] = []
        for (number, line) in ImportSupport.lines(text) where !DataFile.isBlank(line) {
            // Only the term and the mean are read: the other columns are not split off.
            let (count, written, mean) = ImportSupport.firstTwoTabColumns(line)
            guard count >= 2 else {
                throw DataFileError(source: source, line: number, message:
                    "expected VADER columns term<TAB>mean<TAB>sd<TAB>[ratings], found \(count) column(s)")
            }
            guard let value = Double(mean.trimmingCharacters(in: " ")), value.isFinite, abs(value) <= 4 else {
                throw DataFileError(source: source, line: number, message:
                    "expected a mean rating between -4 and 4 in column 2, found \"\(mean)\"")
            }
            let term = ImportSupport.cleanTerm(written)
            guard !term.isEmpty else {
                throw DataFileError(source: source, line: number, message: "expected a term in column 1")
            }
            entries.append(Lexicon.Entry(term: term, weight: value, line: number))
        }
        return Lexicon(source: source, entries: ImportSupport.keepingFirstOfEachTerm(entries))
    }
}

/// Reads AFINN (Nielsen 2011): `term<TAB>integer` with integers −5…+5; terms may have spaces.
enum AFINNImporter {
    static func read(_ text: String, source: String) throws(DataFileError) -> Lexicon {
        var entries: [Lexicon.Entry] = []
        for (number, line) in ImportSupport.lines(text) where !DataFile.isBlank(line) {
            guard let tab = line.lastIndex(of: "\t") else {
                throw DataFileError(source: source, line: number, message: "expected AFINN columns term<TAB>score, found no tab")
            }
            let valueText = line[line.index(after: tab)...].trimmingCharacters(in: " ")
            guard let value = Int(valueText), (-5...5).contains(value) else {
                throw DataFileError(source: source, line: number, message:
                    "expected an integer score between -5 and 5 after the tab, found \"\(valueText)\"")
            }
            let term = ImportSupport.cleanTerm(line[..<tab])
            guard !term.isEmpty else { throw DataFileError(source: source, line: number, message: "expected a term before the tab") }
            entries.append(Lexicon.Entry(term: term, weight: Double(value), line: number))
        }
        return Lexicon(source: source, entries: ImportSupport.keepingFirstOfEachTerm(entries))
    }
}

/// Reads a plain word list: one term per line, `#` comments, every entry with the same weight.
enum WordListImporter {
    static func read(_ text: String, source: String, weight: Double, category: String?) throws(DataFileError) -> Lexicon {
        var entries: [Lexicon.Entry] = []
        for (number, line) in ImportSupport.lines(text) {
            let term = ImportSupport.cleanTerm(line)
            if term.isEmpty || term.hasPrefix("#") { continue }
            try Lexicon.validateTerm(term, source: source, line: number)
            entries.append(Lexicon.Entry(term: term, weight: weight, category: category, line: number))
        }
        return Lexicon(source: source, entries: ImportSupport.keepingFirstOfEachTerm(entries))
    }
}

extension Substring {
    func trimmingCharacters(in characters: Character) -> Substring {
        var trimmed = self
        while trimmed.first == characters { trimmed.removeFirst() }
        while trimmed.last == characters { trimmed.removeLast() }
        return trimmed
    }
}
