/// The unit a load is written in.
public enum MassUnit: String, Sendable, Hashable, CaseIterable {
    case kg
    case lb

    /// Exact size of one unit in micrograms (1 lb = 0.45359237 kg by definition).
    var micrograms: Int64 {
        switch self {
        case .kg: 1_000_000_000
        case .lb: 453_592_370
        }
    }
}

/// A load in the unit it was prescribed in, as an exact count of thousandths of that unit.
///
/// Loads stay in their own unit (a dumbbell in lb, a barbell in kg), so arithmetic never drifts;
/// conversion happens only when asked, and rounds to the nearest thousandth.
public struct Mass: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// Thousandths of `unit`: 42.5 kg is 42_500.
    public var thousandths: Int64
    public var unit: MassUnit

    public init(thousandths: Int64, unit: MassUnit) {
        self.thousandths = thousandths
        self.unit = unit
    }

    /// A whole number of units.
    public init(_ whole: Int, _ unit: MassUnit) {
        self.init(thousandths: Int64(whole) * 1000, unit: unit)
    }

    /// This load in `target` units, rounded half away from zero to a thousandth.
    public func converted(to target: MassUnit) -> Mass {
        guard target != unit else { return self }
        // thousandths of a source unit × (source unit ÷ target unit) = thousandths of a target unit.
        let scaled = thousandths.multipliedFullWidth(by: unit.micrograms)
        let (quotient, remainder) = target.micrograms.dividingFullWidth(scaled)
        let rounded = quotient + (abs(remainder) * 2 >= target.micrograms ? (thousandths < 0 ? -1 : 1) : 0)
        return Mass(thousandths: rounded, unit: target)
    }

    /// Compares loads of either unit by their true size.
    public static func < (lhs: Mass, rhs: Mass) -> Bool {
        if lhs.unit == rhs.unit { return lhs.thousandths < rhs.thousandths }
        return lhs.thousandths * lhs.unit.micrograms < rhs.thousandths * rhs.unit.micrograms
    }

    /// The amount without its unit, with no trailing zeros: `42.5`, `100`, `1.25`.
    public var amountText: String { DecimalText.thousandths(thousandths) }

    /// `42.5 kg`.
    public var description: String { "\(amountText) \(unit.rawValue)" }
}

/// Decimal formatting of exact fixed-point numbers.
public enum DecimalText {
    /// A count of thousandths written as a decimal without trailing zeros: 42_500 → `42.5`.
    public static func thousandths(_ value: Int64) -> String {
        let sign = value < 0 ? "-" : ""
        let whole = abs(value) / 1000
        var fraction = abs(value) % 1000
        guard fraction != 0 else { return "\(sign)\(whole)" }
        var digits = 3
        while fraction % 10 == 0 { fraction /= 10; digits -= 1 }
        return "\(sign)\(whole).\(Padded.digits(Int(fraction), digits))"
    }
}
