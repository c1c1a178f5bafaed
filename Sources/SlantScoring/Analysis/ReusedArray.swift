extension Array {
    /// `array`'s storage moved out of it (so it is uniquely referenced and nothing is copied),
    /// emptied with its capacity kept, and filled with `count` times `value`: a working array
    /// that reuses the previous document's allocation. The caller gives it back when done.
    static func reusing(_ array: inout [Element], filledWith value: Element, count: Int) -> [Element] {
        var taken = array
        array = []
        taken.removeAll(keepingCapacity: true)
        taken.append(contentsOf: repeatElement(value, count: count))
        return taken
    }
}
