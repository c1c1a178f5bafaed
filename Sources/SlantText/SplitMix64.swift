/// SplitMix64 (Steele, Lea & Flood 2014): a small, fast generator whose output is fixed by its
/// seed on every platform. Slant uses it wherever a result must be reproducible from a seed
/// (bootstrap weights, the synthetic benchmark corpus).
public struct SplitMix64: RandomNumberGenerator, Sendable {
    public var state: UInt64

    public init(state: UInt64) { self.state = state }

    public mutating func next() -> UInt64 {
        state &+= 0x9e37_79b9_7f4a_7c15
        var z = state
        z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
        z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
        return z ^ (z >> 31)
    }

    /// A uniform integer in `0..<bound` (bound > 0), by Lemire's multiply-shift; the same on every platform.
    public mutating func next(below bound: Int) -> Int {
        Int(UInt64(bound).multipliedFullWidth(by: next()).high)
    }
}
