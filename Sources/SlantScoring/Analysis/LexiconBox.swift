import SlantLexicon

/// A compiled lexicon behind one reference, for the small structs that look words up in the
/// analysis (role cues, predicates, attribution words).
///
/// `CompiledLexicon` is a struct of a dozen arrays. Read through a `mutating` method's `self`
/// (``RoleFinder``'s and ``SpeechFinder``'s working state) it was copied, with a retain per
/// array, at every lookup: `memcpy` and retain/release were a third of the role finder's time
/// (BENCHMARKS.md, "Hot path, issue 13, session 5"). A class's constant property is read in
/// place, and copying the struct that holds the box retains one object.
final class LexiconBox: Sendable {
    let lexicon: CompiledLexicon

    init(_ lexicon: CompiledLexicon) {
        self.lexicon = lexicon
    }
}
