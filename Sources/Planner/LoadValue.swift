import Checker
import RegimenPlan
import RegimenValues

/// A load during computation: a weight, or bodyweight with an optional added weight.
enum LoadValue {
    case mass(ExactLoad)
    case bodyweight(ExactLoad?)

    var mass: ExactLoad? {
        switch self {
        case .mass(let load): load
        case .bodyweight(let added): added
        }
    }

    func adding(_ step: Mass, times count: Int, cap: Mass?) -> LoadValue {
        func add(_ load: ExactLoad?) -> ExactLoad {
            let start = load ?? ExactLoad(Mass(thousandths: 0, unit: step.unit))
            let next = start.adding(step, times: count)
            if let cap, next.compare(ExactLoad(cap)) > 0 {
                return start.compare(ExactLoad(cap)) > 0 ? start : ExactLoad(cap).converted(to: start.unit).computed
            }
            return next
        }
        switch self {
        case .mass(let load): return .mass(add(load))
        case .bodyweight(let added): return count == 0 ? self : .bodyweight(add(added))
        }
    }

    /// The load to the nearest thousandth of its unit.
    var toThousandths: LoadValue {
        switch self {
        case .mass(let load): .mass(load.toThousandths)
        case .bodyweight(let added): .bodyweight(added?.toThousandths)
        }
    }

    func exceeds(_ cap: Mass) -> Bool {
        mass.map { $0.compare(ExactLoad(cap)) > 0 } ?? false
    }

    func scaled(by factor: Int, over divisor: Int) -> LoadValue {
        switch self {
        case .mass(let load): .mass(load.scaled(by: factor, over: divisor))
        case .bodyweight(let added): .bodyweight(added?.scaled(by: factor, over: divisor))
        }
    }

    func converted(to unit: MassUnit) -> LoadValue {
        switch self {
        case .mass(let load): .mass(load.converted(to: unit))
        case .bodyweight(let added): .bodyweight(added?.converted(to: unit))
        }
    }

    func load(rounding: CheckedRounding, bar: Mass?, percent: Int?) -> Load {
        switch self {
        case .mass(let load): Load(mass: load.resolved(rounding: rounding, bar: bar), percentOfTrainingMaxTenths: percent)
        case .bodyweight(let added): Load(mass: added?.resolved(rounding: rounding, bar: nil), bodyweight: true)
        }
    }
}

extension ExactLoad {
    /// The same load, marked as computed (so it is rounded).
    var computed: ExactLoad {
        var copy = self
        copy.isComputed = true
        return copy
    }
}
