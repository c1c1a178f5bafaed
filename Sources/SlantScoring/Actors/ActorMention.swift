/// A place where the text names an actor.
public struct ActorMention: Sendable, Hashable {
    /// The actor's index in the catalog.
    public var actor: Int
    /// The tokens of the alias (a hyphenated token such as "Kremlin-backed" counts whole).
    public var tokens: Range<Int>
    /// The sentence of the mention.
    public var sentence: Int
    /// The paragraph of the mention.
    public var paragraph: Int
}
