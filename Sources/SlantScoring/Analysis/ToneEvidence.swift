/// One contribution to a tone, by lexicon entry: its words are spelled out only for the
/// evidence that is printed (``EvidenceKeys``, ``EvidenceTally``).
struct ToneEvidence {
    /// For a sentiment term, its entry in the sentiment model's valences; for a role, the
    /// predicate's entry in the role finder's ``PredicateLexicon``.
    var entry: Int32
    /// ``sentimentTerm`` for a sentiment term; else the role's label (``EvidenceKeys/roleLabel(_:)``).
    var label: Int32
    var contribution: Double

    /// The ``label`` of a sentiment term.
    static let sentimentTerm: Int32 = -1

    /// A sentiment term's contribution.
    static func term(_ entry: Int, _ contribution: Double) -> ToneEvidence {
        ToneEvidence(entry: Int32(entry), label: sentimentTerm, contribution: contribution)
    }

    /// A role's contribution, printed as "attack (aggressor)".
    static func role(_ assignment: RoleAssignment, _ contribution: Double) -> ToneEvidence {
        ToneEvidence(entry: Int32(assignment.entry), label: EvidenceKeys.roleLabel(assignment), contribution: contribution)
    }
}
