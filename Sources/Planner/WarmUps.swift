import Checker
import RegimenPlan
import RegimenValues

extension ProgressionEngine {
    /// The warm-up ramp before the day's work sets: the bar, or shares of the first work set's
    /// load, rounded like computed loads and never below the bar. A warm-up set as heavy as the
    /// first work set is left out (so a lifter working with the empty bar does no warm-ups), and
    /// so is a `bar` set for an exercise without a bar (the `standard` ramp on dumbbells), and a
    /// share that comes out at the bar when the ramp has done its bar sets already.
    func warmUpSets(_ ramp: [CheckedSetGroup], before work: [WorkSet], exercise: Int) -> [WorkSet] {
        guard !ramp.isEmpty, let load = work.first?.load, !load.bodyweight, let workMass = load.mass else { return [] }
        let info = program.exercises[exercise]
        let rounding = info.rounding ?? program.rounding
        var sets: [WorkSet] = []
        var barDone = false
        for group in ramp {
            let mass: Mass? = switch group.load {
            case .bar?: info.bar.map { bar in
                bar.unit == workMass.unit ? bar : ExactLoad(bar).converted(to: workMass.unit).resolved(rounding: rounding, bar: bar)
            }
            case .load(.percent(let tenths))?:
                ExactLoad(workMass).scaled(by: tenths, over: 1000).resolved(rounding: rounding, bar: info.bar)
            case .load(.mass(let mass))?:
                mass.unit == workMass.unit ? mass : ExactLoad(mass).converted(to: workMass.unit).resolved(rounding: rounding, bar: info.bar)
            default: nil
            }
            guard let mass, mass < workMass else { continue }
            if case .bar? = group.load {
                barDone = true
            } else if barDone, let bar = info.bar, ExactLoad(mass).compare(ExactLoad(bar)) <= 0 || sets.last?.load?.mass == mass {
                continue
            }
            sets += Array(repeating: WorkSet(reps: group.reps, load: Load(mass: mass), isWarmUp: true), count: group.count)
        }
        return sets
    }
}
