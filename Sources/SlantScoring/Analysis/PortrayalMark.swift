/// What a word is for portrayal, beyond its sentiment: words that say nothing about the actors
/// near them are marked and left out of the tone toward them.
enum PortrayalMark: UInt8 {
    /// An ordinary word.
    case plain
    /// Part of a predicate of ``PredicateLexicon`` with at least one argument: it counts through
    /// the roles of its arguments, never as tone near a name ("attacked" says nothing about a
    /// bystander).
    case predicate
    /// Part of a capitalised name ("European Peace Fund").
    case properName
    /// Inside scare quotes: a quotation of one to ``DocumentAnalyzer/scareQuoteMaximumWords``
    /// words inside a sentence, after a word that is no speech verb ("Kyiv has “a clear
    /// plan”"): the writer keeps their distance from the words, so their praise is not read
    /// literally (a quoted negative word is mostly a charge someone made, and still counts).
    case scareQuote
    /// An adjective in the object of an action, after a determiner and before another word
    /// ("to assassinate a leading German industrialist"): it describes that noun, not an actor
    /// elsewhere in the clause.
    case attributive
}
