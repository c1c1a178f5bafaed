/// What an actor is shown doing, or having done to it, in one clause.
///
/// Roles come from predicates (`Lexicons/<lang>/predicates.tsv`): the agent and the patient of
/// each predicate class map onto one role each (``PredicateClass/role(of:)``); speakers come from
/// quotations and reported speech.
public enum Role: String, Sendable, Hashable, CaseIterable, Codable, CustomStringConvertible {
    /// Does harm or threatens it ("Russia shelled Kharkiv"), or is the one resisted.
    case aggressor
    /// Has harm done to it or suffers ("Kharkiv was shelled", "Ukrainian refugees").
    case victim
    /// Resists an attack ("Ukraine repelled the assault").
    case defender
    /// Helps, supports or protects ("the EU supplies Ukraine").
    case helper
    /// Is helped or protected.
    case helped
    /// Criticises, accuses, condemns, sanctions.
    case critic
    /// Is criticised, accused, condemned, sanctioned.
    case criticised
    /// Is praised or thanked.
    case praised
    /// Takes part in talks or cooperation.
    case partner
    /// Is quoted or reported as saying something.
    case speaker

    public var description: String { rawValue }
}

/// Which side of a predicate an argument stands on.
public enum ArgumentPosition: String, Sendable, Hashable {
    /// The one who does it (for `suffering`: the one who suffers).
    case agent
    /// The one it is done to.
    case patient
}

/// The kind of action a predicate names; it decides the roles of its arguments.
public enum PredicateClass: String, Sendable, Hashable, CaseIterable {
    case harm, threat, suffering, aid, protection, resistance, criticism, blame, praise, cooperation

    /// Whether "not" before it reproaches the agent a little ("is not helping"): for kind
    /// actions; for the others a negation just removes the role ("did not attack").
    public var reproachesWhenNegated: Bool {
        switch self {
        case .aid, .protection, .praise, .cooperation: true
        default: false
        }
    }

    /// The role of the argument at `position`, or `nil` when that position has none (the one
    /// who praises).
    public func role(of position: ArgumentPosition) -> Role? {
        switch (self, position) {
        case (.harm, .agent), (.threat, .agent): .aggressor
        case (.harm, .patient), (.threat, .patient): .victim
        case (.suffering, .agent): .victim
        case (.suffering, .patient): nil
        case (.aid, .agent), (.protection, .agent): .helper
        case (.aid, .patient), (.protection, .patient): .helped
        case (.resistance, .agent): .defender
        case (.resistance, .patient): .aggressor
        case (.criticism, .agent): .critic
        case (.criticism, .patient): .criticised
        case (.blame, .agent): .criticised
        case (.blame, .patient): nil
        case (.praise, .agent): nil
        case (.praise, .patient): .praised
        case (.cooperation, _): .partner
        }
    }
}

/// One argument of one predicate occurrence, with the rule that found it.
public struct RoleAssignment: Sendable, Hashable {
    /// The argument: an index into the candidates given to ``RoleFinder/roles(in:candidates:)``.
    public var candidate: Int
    /// The predicate's tokens.
    public var predicate: Range<Int>
    /// The predicate's entry in ``PredicateLexicon``.
    public var entry: Int
    /// The predicate's term as its lexicon writes it ("attack", "under fire").
    public var term: String
    public var predicateClass: PredicateClass
    public var position: ArgumentPosition
    /// The role, if the position has one.
    public var role: Role?
    /// The valence the predicate gives this argument (`agent` or `patient` column).
    public var valence: Double
    /// How the argument was found, for `slant explain`: `passive 'by'`, `subject`, `object`,
    /// `modifier`, `'of' phrase`, ...
    public var rule: String
}
