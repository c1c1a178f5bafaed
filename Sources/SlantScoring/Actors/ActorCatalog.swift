import SlantLexicon
public import SlantText

/// The actors a corpus is read for, each with its aliases: data from `Lexicons/actors.tsv` and
/// any file of the same form a user adds.
///
/// Format: TSV with the header `actor<TAB>name<TAB>alias<TAB>match`; one alias per line; the name
/// may be empty after an actor's first line; `match` is empty or `cased` (the alias must match
/// with its exact capitals, so that "US" is not "us"); `#` comments.
public struct ActorCatalog: Sendable, Hashable {
    /// One actor.
    public struct Actor: Sendable, Hashable {
        /// A stable identifier such as `russia`.
        public var id: String
        /// The display name such as `Russia / Kremlin`.
        public var name: String
    }

    /// One alias of an actor.
    public struct Alias: Sendable, Hashable {
        public var actor: String
        public var term: String
        public var isCased: Bool
        public var source: String
        public var line: Int
    }

    /// The actors in order of first appearance.
    public private(set) var actors: [Actor] = []
    /// Every alias.
    public private(set) var aliases: [Alias] = []
    /// Aliases that a file added with `overriding` took from another actor, in order.
    public private(set) var shadowed: [Shadowing] = []

    /// A user's alias that replaced another actor's ("Trump" moved from `usa` to `trump`).
    public struct Shadowing: Sendable, Hashable, CustomStringConvertible {
        public var term: String
        /// The actor that had the alias before.
        public var previousActor: String
        /// The actor that has it now.
        public var actor: String
        public var source: String
        public var line: Int

        public var description: String {
            "\(source):\(line): the alias \"\(term)\" now names \(actor), not \(previousActor)"
        }
    }

    public init() {}

    /// Parses an actor file.
    ///
    /// - Throws: ``DataFileError`` naming the line of a row without an actor id or alias, an
    ///   unknown `match` value, or an actor whose first line has no name.
    public init(parsing text: String, source: String) throws(DataFileError) {
        try add(parsing: text, source: source)
    }

    /// Adds the actors and aliases of another file; an existing actor id gains aliases.
    ///
    /// - Parameter overriding: when true (a user's file over the bundled catalog), an alias of
    ///   this file takes the term away from any actor that had it before (compared in lower
    ///   case), and ``shadowed`` records it.
    public mutating func add(parsing text: String, source: String, overriding: Bool = false) throws(DataFileError) {
        let before = aliases.count
        var sawHeader = false
        for (lineNumber, line) in DataFile.lines(text) where !DataFile.isBlankOrComment(line) {
            let columns = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            if !sawHeader {
                guard columns.prefix(3) == ["actor", "name", "alias"], columns.count <= 4, columns.count < 4 || columns[3] == "match" else {
                    throw DataFileError(source: source, line: lineNumber, message:
                        "expected the header \"actor<TAB>name<TAB>alias<TAB>match\", found \"\(line)\"")
                }
                sawHeader = true
                continue
            }
            guard columns.count >= 3, columns.count <= 4 else {
                throw DataFileError(source: source, line: lineNumber, message:
                    "expected 3 or 4 tab-separated columns (actor, name, alias, match), found \(columns.count)")
            }
            let (id, name, term) = (columns[0], columns[1], columns[2])
            let match = columns.count == 4 ? columns[3] : ""
            guard !id.isEmpty, !id.contains(" ") else {
                throw DataFileError(source: source, line: lineNumber, message: "expected an actor id without spaces in column 1, found \"\(id)\"")
            }
            guard !term.isEmpty else {
                throw DataFileError(source: source, line: lineNumber, message: "expected an alias in column 3")
            }
            guard match.isEmpty || match == "cased" else {
                throw DataFileError(source: source, line: lineNumber, message: "expected \"cased\" or nothing in column 4, found \"\(match)\"")
            }
            try Lexicon.validateTerm(term, source: source, line: lineNumber)
            if !actors.contains(where: { $0.id == id }) {
                guard !name.isEmpty else {
                    throw DataFileError(source: source, line: lineNumber, message: "the first line of actor \"\(id)\" needs a display name in column 2")
                }
                actors.append(Actor(id: id, name: name))
            }
            aliases.append(Alias(actor: id, term: term, isCased: match == "cased", source: source, line: lineNumber))
        }
        guard sawHeader else {
            throw DataFileError(source: source, line: 1, message: "empty actor file: expected the header \"actor<TAB>name<TAB>alias<TAB>match\"")
        }
        guard overriding else { return }
        var added: [String: Alias] = [:]
        for alias in aliases[before...] { added[alias.term.lowercased()] = added[alias.term.lowercased()] ?? alias }
        var kept = Array(aliases[..<before])
        kept.removeAll { old in
            guard let new = added[old.term.lowercased()], new.actor != old.actor else { return false }
            shadowed.append(Shadowing(term: old.term, previousActor: old.actor, actor: new.actor, source: new.source, line: new.line))
            return true
        }
        aliases = kept + aliases[before...]
    }

    /// The index of the actor with `id`.
    public func index(of id: String) -> Int? { actors.firstIndex { $0.id == id } }
}
