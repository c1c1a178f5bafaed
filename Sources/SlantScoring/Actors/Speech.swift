/// Something the text attributes to a speaker: a quotation, or reported speech ("X said that
/// ...", "according to X").
public struct Speech: Sendable, Hashable {
    /// The tokens of what is said (without the quote marks).
    public var content: Range<Int>
    /// The attribution cue ("said", "according to"), when there is one.
    public var cue: Range<Int>?
    /// The speaking actor's index, or `nil` when the speaker is unknown or not an actor.
    public var speaker: Int?
    /// The tokens naming the speaker (an alias or a pronoun), when found.
    public var speakerTokens: Range<Int>?
    /// Whether the content is in quote marks.
    public var isQuotation: Bool
    /// The paragraph it belongs to.
    public var paragraph: Int
}
