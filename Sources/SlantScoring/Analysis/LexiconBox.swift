import SlantLexicon
import SlantText

/// A compiled lexicon behind one reference, for the small structs that look words up in the
/// analysis (role cues, predicates, attribution words).
///
/// `CompiledLexicon` is a struct of a dozen arrays. Read through a `mutating` method's `self`
/// (``RoleFinder``'s and ``SpeechFinder``'s working state) it was copied, with a retain and a
/// release per array, at every lookup. Read from a class's constant property it is still copied
/// to the stack (a `memcpy`), but nothing is retained, and copying the struct that holds the box
/// retains one object (BENCHMARKS.md, "Hot path, issue 13, session 5"; an `UnsafePointer` to the
/// lexicon measured worse: the copy kept its retains).
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
