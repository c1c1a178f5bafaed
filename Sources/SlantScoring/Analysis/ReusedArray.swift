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

    /// ``take(_:)``, cut or grown to `count` elements (its capacity kept) and filled with `value`:
    /// a working array that reuses the previous document's allocation.
    ///
    /// Filled in place through a buffer, a loop the compiler turns into a `memset` or vector
    /// stores; emptied and refilled by `append(contentsOf: repeatElement(…))` it was written
    /// element by element, through the repeated collection's iterator (~0.5% of `slant score`'s
    /// samples on short documents, BENCHMARKS.md "Hot path, issue 13, session 10: speech and roles").
    static func reusing(_ array: inout [Element], filledWith value: Element, count: Int) -> [Element] {
        var taken = resizing(&array, count: count, growingWith: value)
        taken.withUnsafeMutableBufferPointer { $0.update(repeating: value) }
        return taken
    }

    /// ``take(_:)``, cut or grown to `count` elements (capacity kept), with any contents: a
    /// working array of which every element is written before it is read.
    static func resizing(_ array: inout [Element], count: Int, growingWith value: Element) -> [Element] {
        var taken = take(&array)
        if taken.count > count {
            taken.removeLast(taken.count - count)
        } else if taken.count < count {
            taken.append(contentsOf: repeatElement(value, count: count - taken.count))
        }
        return taken
    }
}
