import SlantLexicon

/// One worker's memos of the actor, frame and naming lexicons' run-time single-word lookups
/// (``SlantLexicon/CompiledLexicon/FallbackMemo``, ``ActorMatcher/Memo``), kept by its
/// ``DocumentAnalyzer`` across documents: a word no lexicon has that one of them matches by
/// wildcard, stem or possessive ("Russia's", "attacking"), or a hyphenated word whose parts are
/// aliases ("Russia-Ukraine"), is looked up once per worker, not at each occurrence.
final class LexicalMemos {
    let actors: ActorMatcher.Memo
    let frames: CompiledLexicon.FallbackMemo
    let naming: CompiledLexicon.FallbackMemo?

    init(_ model: ScoringModel) {
        actors = model.actors.makeMemo()
        frames = model.frames.makeMemo()
        naming = model.naming?.makeMemo()
    }
}
