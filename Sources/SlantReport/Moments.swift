/// Count, sum and sum of squares of a measure, kept in fixed point so that adding reports is
/// exact and independent of order: `merge(report(A), report(B)) == report(A ∪ B)` to the bit.
///
/// Values are stored in units of 10⁻⁹ (each value is rounded to nine decimals once, when
/// added). Tones and shares lie in [-1, 1], so a sum stays exact for over nine billion values.
public struct Moments: Sendable, Hashable, Codable {
    /// The fixed-point unit: 10⁻⁹.
    public static let scale = 1_000_000_000.0

    public private(set) var count: Int = 0
    /// Σ value, in units of 10⁻⁹.
    public private(set) var sum: Int64 = 0
    /// Σ value², in units of 10⁻⁹.
    public private(set) var sumOfSquares: Int64 = 0

    public init() {}

    /// Adds one value.
    public mutating func add(_ value: Double) {
        count += 1
        sum += Int64((value * Self.scale).rounded())
        sumOfSquares += Int64((value * value * Self.scale).rounded())
    }

    /// Adds another set of moments.
    public mutating func merge(_ other: Moments) {
        count += other.count
        sum += other.sum
        sumOfSquares += other.sumOfSquares
    }

    /// The mean, or `nil` for no values.
    public var mean: Double? { count == 0 ? nil : Double(sum) / Self.scale / Double(count) }

    /// The sample standard deviation (n − 1), or `nil` for fewer than two values.
    public var standardDeviation: Double? {
        guard count > 1, let mean else { return nil }
        let squares = Double(sumOfSquares) / Self.scale
        let variance = max(0, (squares - Double(count) * mean * mean) / Double(count - 1))
        return variance.squareRoot()
    }

    /// The standard error of the mean, or `nil` for fewer than two values.
    public var standardError: Double? { standardDeviation.map { $0 / Double(count).squareRoot() } }
}
