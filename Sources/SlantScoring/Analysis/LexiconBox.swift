import SlantLexicon
import SlantText

/// A compiled lexicon behind one reference, for the small structs that look words up in the
/// analysis (role cues, predicates, attribution words).
///
/// `CompiledLexicon` was a struct of a dozen arrays: read through a `mutating` method's `self`
/// (``RoleFinder``'s and ``SpeechFinder``'s working state) it was copied, with a retain and a
/// release per array, at every lookup, and read from this box's constant property it was still
/// copied to the stack (224 bytes) at every ``match(keys:tokens:at:end:)`` (BENCHMARKS.md, "Hot
/// path, issue 13, session 5"). Its tables are now behind one reference of their own
/// (``SlantLexicon/CompiledLexicon``'s storage, session 10): the copy is 24 bytes and one retain.
final class LexiconBox: Sendable {
    let lexicon: CompiledLexicon

    init(_ lexicon: CompiledLexicon) {
        self.lexicon = lexicon
    }

    /// The compiled entries (``CompiledLexicon/entries``).
    var entries: [Lexicon.Entry] { lexicon.entries }

    /// ``CompiledLexicon/match(keys:tokens:at:end:)``.
    @inline(__always)
    func match(keys: UnsafeBufferPointer<UInt8>, tokens: UnsafeBufferPointer<Token>, at index: Int, end: Int) -> CompiledLexicon.Match? {
        lexicon.match(keys: keys, tokens: tokens, at: index, end: end)
    }
}
