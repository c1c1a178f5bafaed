extension Array {
    /// `array`'s storage moved out of it, leaving an empty array: a working array that a class
    /// keeps across documents, filled as a local (no exclusivity check per element, as a class
    /// property has; uniquely referenced, so nothing is copied). Put it back when done, to keep
    /// its capacity for the next document.
    static func take(_ array: inout [Element]) -> [Element] {
        let taken = array
        array = []
        return taken
    }

    /// ``take(_:)``, emptied with its capacity kept and filled with `count` times `value`: a
    /// working array that reuses the previous document's allocation.
    static func reusing(_ array: inout [Element], filledWith value: Element, count: Int) -> [Element] {
        var taken = take(&array)
        taken.removeAll(keepingCapacity: true)
        taken.append(contentsOf: repeatElement(value, count: count))
        return taken
    }
}
