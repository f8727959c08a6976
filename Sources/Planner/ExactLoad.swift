import Checker
import RegimenValues

/// A load being computed: an exact fraction of thousandths of a unit, kept exact through
/// percentages, scaling and unit conversion, and rounded once at the end.
struct ExactLoad: Hashable {
    var numerator: Int128
    var denominator: Int128
    var unit: MassUnit
    /// False while the load is exactly as the coach wrote it; literal loads are never rounded.
    var isComputed: Bool

    init(_ mass: Mass) {
        numerator = Int128(mass.thousandths)
        denominator = 1
        unit = mass.unit
        isComputed = false
    }

    /// This load plus `count` times `step` (converted exactly to this load's unit).
    func adding(_ step: Mass, times count: Int) -> ExactLoad {
        guard count != 0 else { return self }
        var result = self
        let added = ExactLoad(step).converted(to: unit)
        result.numerator = numerator * added.denominator + added.numerator * denominator * Int128(count)
        result.denominator = denominator * added.denominator
        result.isComputed = true
        return result.reduced
    }

    /// This load plus `other` minus `base` (both converted exactly to this load's unit): a weight
    /// moved by as much as a working load has moved from where it started.
    func moved(from base: ExactLoad, to other: ExactLoad) -> ExactLoad {
        let from = base.converted(to: unit), to = other.converted(to: unit)
        guard from.numerator * to.denominator != to.numerator * from.denominator else { return self }
        var result = self
        let denominator = denominator * from.denominator * to.denominator
        result.numerator = numerator * from.denominator * to.denominator - from.numerator * self.denominator * to.denominator
            + to.numerator * self.denominator * from.denominator
        result.denominator = denominator
        result.isComputed = true
        return result.reduced
    }

    /// This load times `numerator / denominator`.
    func scaled(by factor: Int, over divisor: Int) -> ExactLoad {
        guard factor != divisor else { return self }
        var result = self
        result.numerator = numerator * Int128(factor)
        result.denominator = denominator * Int128(divisor)
        result.isComputed = true
        return result.reduced
    }

    func converted(to target: MassUnit) -> ExactLoad {
        guard target != unit else { return self }
        var result = self
        // 1 lb is exactly 0.45359237 kg.
        let kgPerLb = (numerator: Int128(45_359_237), denominator: Int128(100_000_000))
        if unit == .lb {
            result.numerator = numerator * kgPerLb.numerator
            result.denominator = denominator * kgPerLb.denominator
        } else {
            result.numerator = numerator * kgPerLb.denominator
            result.denominator = denominator * kgPerLb.numerator
        }
        result.unit = target
        result.isComputed = true
        return result.reduced
    }

    private var reduced: ExactLoad {
        var a = numerator < 0 ? -numerator : numerator, b = denominator
        while b != 0 { (a, b) = (b, a % b) }
        guard a > 1 else { return self }
        var result = self
        result.numerator /= a
        result.denominator /= a
        return result
    }

    /// The load to the nearest thousandth of its unit, kept exact from there on (a training max
    /// that grows by a percentage each week would otherwise need ever larger fractions).
    var toThousandths: ExactLoad {
        var result = self
        result.numerator = (2 * numerator + denominator) / (2 * denominator)
        result.denominator = 1
        return result
    }

    func compare(_ other: ExactLoad) -> Int {
        let mine = converted(to: other.unit)
        let left = mine.numerator * other.denominator, right = other.numerator * mine.denominator
        return left < right ? -1 : (left > right ? 1 : 0)
    }

    /// The load to show: exact if never computed; otherwise rounded to `rounding`'s step for the
    /// unit in its direction, and never below `bar`.
    func resolved(rounding: CheckedRounding, bar: Mass?) -> Mass {
        guard isComputed else { return Mass(thousandths: Int64(numerator / denominator), unit: unit) }
        let step = Int128(rounding.steps[unit]?.thousandths ?? 1)
        let scaled = denominator * step
        let count: Int128 = switch rounding.direction {
        case .nearest: (2 * numerator + scaled) / (2 * scaled)
        case .down: numerator / scaled
        case .up: (numerator + scaled - 1) / scaled
        }
        var mass = Mass(thousandths: Int64(max(0, count) * step), unit: unit)
        if let bar {
            let floor = ExactLoad(bar).converted(to: unit)
            if ExactLoad(mass).compare(floor) < 0 {
                let up = (floor.numerator + floor.denominator * step - 1) / (floor.denominator * step)
                mass = Mass(thousandths: Int64(up * step), unit: unit)
            }
        }
        return mass
    }
}
