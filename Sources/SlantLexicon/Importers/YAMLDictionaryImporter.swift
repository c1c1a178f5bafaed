import SlantText
import Yams

/// Reads a quanteda / Lexicoder-style YAML dictionary:
///
/// ```yaml
/// negative:
///   - abandon*
///   - "cease fire"
/// economy:
///   jobs: [jobs, unemploy*]
/// ```
///
/// Each leaf list gives entries whose category is the path of keys, joined with `.` as
/// quanteda does ("economy.jobs").
enum YAMLDictionaryImporter {
    static func read(_ text: String, source: String, weight: Double) throws(DataFileError) -> Lexicon {
        let root: Node?
        do {
            root = try Yams.compose(yaml: text)
        } catch let error as YamlError {
            throw DataFileError(source: source, line: Self.line(of: error), message: "not valid YAML: \(error)")
        } catch {
            throw DataFileError(source: source, line: 1, message: "not valid YAML: \(error)")
        }
        guard let root, case .mapping(let mapping) = root else {
            throw DataFileError(source: source, line: 1, message: "expected a YAML mapping of category names to word lists")
        }
        var entries: [Lexicon.Entry] = []
        try collect(mapping, path: [], source: source, weight: weight, into: &entries)
        return Lexicon(source: source, entries: entries)
    }

    private static func collect(_ mapping: Node.Mapping, path: [String], source: String, weight: Double,
                                into entries: inout [Lexicon.Entry]) throws(DataFileError) {
        for (key, value) in mapping {
            guard let name = key.string else {
                throw DataFileError(source: source, line: line(of: key), message: "expected a category name as the key")
            }
            let category = path + [name]
            switch value {
            case .mapping(let nested):
                try collect(nested, path: category, source: source, weight: weight, into: &entries)
            case .sequence(let items):
                for item in items {
                    guard let raw = item.string else {
                        throw DataFileError(source: source, line: line(of: item), message:
                            "expected a word or phrase in the list of \(category.joined(separator: "."))")
                    }
                    let term = ImportSupport.cleanTerm(Substring(raw))
                    try Lexicon.validateTerm(term, source: source, line: line(of: item))
                    entries.append(Lexicon.Entry(term: term, weight: weight, category: category.joined(separator: "."), line: line(of: item)))
                }
            case .scalar(let scalar):
                // A single word written without a list.
                let term = ImportSupport.cleanTerm(Substring(scalar.string))
                try Lexicon.validateTerm(term, source: source, line: line(of: value))
                entries.append(Lexicon.Entry(term: term, weight: weight, category: category.joined(separator: "."), line: line(of: value)))
            default:
                throw DataFileError(source: source, line: line(of: value), message:
                    "expected a list of words or a nested mapping under \(category.joined(separator: "."))")
            }
        }
    }

    private static func line(of node: Node) -> Int { node.mark.map { $0.line } ?? 1 }

    private static func line(of error: YamlError) -> Int {
        switch error {
        case .scanner(_, _, let mark, _), .parser(_, _, let mark, _), .composer(_, _, let mark, _): mark.line
        default: 1
        }
    }
}
