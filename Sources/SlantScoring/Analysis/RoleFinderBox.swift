/// A role finder behind one reference, for the analyzer's choice of finder per document.
///
/// ``RoleFinder`` is a struct of some eighteen arrays and boxes (its predicates, cues and
/// attribution words). Stored in the analyzer and chosen per document by language it was copied,
/// with a retain and a release per array, several times per document; behind a box the choice
/// retains one object and the finder is read in place.
final class RoleFinderBox: Sendable {
    let finder: RoleFinder

    init(_ finder: RoleFinder) {
        self.finder = finder
    }
}
