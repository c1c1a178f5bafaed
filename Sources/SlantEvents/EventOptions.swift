/// Choices that shape how ``EventFinder`` groups documents into events.
///
/// The defaults were set on the development half of BASIL (Fan et al. 2019; 45 events, each
/// reported by three outlets) and are described with their caveats in `docs/STATISTICS.md`.
public struct EventOptions: Sendable, Hashable {
    /// Days two dated documents may lie apart and still report one event; `nil` ignores dates.
    /// Three days is the widest gap between the articles of one BASIL dev event.
    public var dateWindow: Int? = 3
    /// Two documents are linked when the cosine of their term vectors reaches this.
    public var linkThreshold = 0.2
    /// Two groups merge only when the mean similarity over all their cross pairs (0 for pairs
    /// that are not among each other's nearest neighbours) reaches this: it keeps one strong
    /// link from chaining two stories together.
    public var groupThreshold = 0.18
    /// Terms kept per document: its highest tf-idf weights. Forty-eight is enough to name an
    /// event (people, places, the verb of what happened) while keeping the index small.
    public var termsPerDocument = 48
    /// Neighbours kept per document, most similar first; pairs outside these count as 0.
    public var neighbours = 12
    /// Terms kept by more documents than this are too common to find candidates with (they
    /// still count in no similarity); this bounds the work per document by
    /// `termsPerDocument × maxPostings` whatever the corpus size.
    public var maxPostings = 250
    /// Terms found in more than this share of documents are left out as background words.
    public var maxDocumentShare = 0.3
    /// Weight of an occurrence in the title, in the lead (the first ``leadSentences``
    /// sentences) and in the rest of the body: news puts the event first (the inverted pyramid).
    public var titleWeight: Float = 3
    public var leadWeight: Float = 2
    public var leadSentences = 3
    /// Weight of a name of two capitalised words ("Michael Steele") on top of its words.
    public var nameWeight: Float = 2
    /// Worker threads for reading and tokenizing; the result is the same for any number.
    public var jobs = 1

    public init() {}
}
