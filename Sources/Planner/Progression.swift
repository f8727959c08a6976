import Checker
import RegimenPlan
import RegimenValues

/// Where an athlete is in the program when a session happens, for progressions to count from.
struct ProgressionPoint {
    /// Progressing weeks before this one (in a paused week, those before the last progressing week).
    var weekSteps: Int
    /// Earlier instances of this session in progressing weeks (likewise frozen in a paused week).
    var sessionSteps: Int
    var week: CheckedWeek
}

/// Computes this week's numbers for one prescription of one athlete. The arithmetic is documented
/// in `docs/spec-language.md` ("Progression rules"), and each rule is a closed formula of the
/// step count, so any week can be computed on its own.
struct ProgressionEngine {
    let program: CheckedProgram
    let athlete: CheckedAthlete
    /// Exercise indices by id.
    let exerciseIndex: [String: Int]

    init(program: CheckedProgram, athlete: CheckedAthlete) {
        self.program = program
        self.athlete = athlete
        var index: [String: Int] = [:]
        for (position, exercise) in program.exercises.enumerated() { index[exercise.id] = position }
        exerciseIndex = index
    }

    func exercise(_ id: String) -> CheckedExercise? {
        exerciseIndex[id].map { program.exercises[$0] }
    }

    struct Numbers {
        var exercise: Int
        var advancedFrom: Int?
        var sets: [WorkSet]
        var trainingMax: Mass?
    }

    func numbers(for item: CheckedPrescription, sets baseSets: Int, at point: ProgressionPoint) -> Numbers {
        var exercise = item.exercise
        var weekSteps = point.weekSteps
        var setCount = baseSets
        var reps = item.reps
        var hold = item.holdSeconds
        var duration = item.durationSeconds
        var distance = item.distanceMeters
        var rpe = item.rpeTenths
        var rir = item.rir
        var load: LoadValue? = startingLoad(item)
        var waveSets: [(percent: Int, reps: Reps)]?
        var trainingMax: ExactLoad?

        // A variant change on a week schedule restarts the item's week-counted progressions.
        for case .harderAfter(let weeks) in item.rules {
            let chain = variantChain(from: exercise)
            let variant = min(weekSteps / weeks, chain.count - 1)
            exercise = chain[variant]
            weekSteps -= variant * weeks
        }
        for rule in item.rules {
            switch rule {
            case .linear(let step, let cadence, let cap, let then, let stepLoading):
                var count = steps(cadence, weekSteps: weekSteps, point: point)
                if let stepLoading {
                    let block = stepLoading.up + stepLoading.down
                    let position = count % block
                    count = count / block + (position < stepLoading.up ? position : 0)
                }
                if then == .harder, let cap, let toCap = stepsToCap(step: step, cap: cap, item: item, load: load) {
                    let chain = variantChain(from: exercise)
                    let variant = min(count / (toCap + 1), chain.count - 1)
                    exercise = chain[variant]
                    count -= variant * (toCap + 1)
                }
                switch step {
                case .load(let increment):
                    load = load?.adding(increment, times: count, cap: cap.flatMap { if case .load(let mass) = $0 { mass } else { nil } })
                case .reps(let increment):
                    if case .exactly(let start)? = reps {
                        let capped = cap.flatMap { if case .reps(let value) = $0 { value } else { nil } } ?? .max
                        reps = .exactly(min(start + increment * count, max(start, capped)))
                    }
                case .sets(let increment):
                    let capped = cap.flatMap { if case .sets(let value) = $0 { value } else { nil } } ?? .max
                    setCount = min(setCount + increment * count, max(setCount, capped))
                case .hold(let increment):
                    if let start = hold {
                        let capped = cap.flatMap { if case .hold(let value) = $0 { value } else { nil } } ?? .max
                        hold = min(start + increment * count, max(start, capped))
                    }
                case .duration(let increment):
                    let capped = cap.flatMap { if case .duration(let value) = $0 { value } else { nil } }
                    duration = duration.map { CardioStep.value(from: $0, adding: increment, times: count, cap: capped) }
                case .distance(let increment):
                    let capped = cap.flatMap { if case .distance(let value) = $0 { value } else { nil } }
                    distance = distance.map { CardioStep.value(from: $0, adding: increment, times: count, cap: capped) }
                }
            case .double(let increment, let cadence, let cap):
                guard case .range(let lower, let upper)? = reps else { continue }
                let count = steps(cadence, weekSteps: weekSteps, point: point)
                let cycle = upper - lower + 1
                let loadSteps = count / cycle
                reps = .exactly(lower + count % cycle)
                if let current = load {
                    let next = current.adding(increment, times: loadSteps, cap: nil)
                    if let cap, next.exceeds(cap) {
                        load = current.adding(increment, times: loadSteps, cap: cap)
                        reps = .exactly(upper)
                    } else {
                        load = next
                    }
                }
            case .wave(let weeks, let increase):
                guard let base = athlete.trainingMaxes[item.trainingMaxKey] else { continue }
                let row = weeks[weekSteps % weeks.count]
                let cycle = weekSteps / weeks.count
                var max = ExactLoad(base)
                if let increase { max = max.adding(increase, times: cycle) }
                trainingMax = max
                waveSets = row.map { ($0.percentTenths, $0.asManyAsPossible ? .asManyAsPossible(minimum: $0.reps) : .exactly($0.reps)) }
            case .rpe(let values):
                rpe = values[min(weekSteps, values.count - 1)]
                rir = nil
            case .rir(let values):
                rir = values[min(weekSteps, values.count - 1)]
                rpe = nil
            case .harderAfter:
                break
            }
        }
        if case .percent(let tenths)? = item.load, let base = athlete.trainingMaxes[item.trainingMaxKey] {
            trainingMax = ExactLoad(base)
            load = .mass(ExactLoad(base).scaled(by: tenths, over: 1000))
        }

        // Phase scaling, then the athlete's units, then rounding.
        let week = point.week
        let exerciseInfo = program.exercises[exercise]
        let rounding = exerciseInfo.rounding ?? program.rounding
        func finish(_ value: LoadValue?, percent: Int?) -> Load? {
            guard var value else { return nil }
            value = value.scaled(by: week.intensityPercent, over: 100)
            if let units = athlete.units { value = value.converted(to: units) }
            return value.load(rounding: rounding, bar: exerciseInfo.bar, percent: percent)
        }
        var sets: [WorkSet]
        if let waveSets, let trainingMax {
            sets = waveSets.map { entry in
                WorkSet(reps: entry.reps, load: finish(.mass(trainingMax.scaled(by: entry.percent, over: 1000)), percent: entry.percent),
                        rpe: rpe.map { Double($0) / 10 }, rir: rir)
            }
        } else {
            let percent: Int? = if case .percent(let tenths)? = item.load { tenths } else { nil }
            let set = WorkSet(
                reps: reps, load: finish(load, percent: percent), holdSeconds: hold, durationSeconds: duration,
                distanceMeters: distance, rpe: rpe.map { Double($0) / 10 }, rir: rir, target: item.target)
            sets = Array(repeating: set, count: max(1, setCount))
        }
        if week.volumePercent != 100 {
            let kept = max(1, (sets.count * week.volumePercent + 50) / 100)
            sets = Array(sets.prefix(kept))
        }
        var shownMax = trainingMax
        if let units = athlete.units { shownMax = shownMax?.converted(to: units) }
        return Numbers(
            exercise: exercise, advancedFrom: exercise == item.exercise ? nil : item.exercise, sets: sets,
            trainingMax: shownMax?.resolved(rounding: CheckedRounding(steps: [:], direction: .nearest), bar: nil))
    }

    /// The step count a cadence gives at this point.
    func steps(_ cadence: Cadence, weekSteps: Int, point: ProgressionPoint) -> Int {
        switch cadence {
        case .weeks(let n): weekSteps / n
        case .sessions(let n): point.sessionSteps / n
        }
    }

    /// How many steps a linear rule takes to reach its cap from the item's start.
    func stepsToCap(step: ProgressionStep, cap: ProgressionStep, item: CheckedPrescription, load: LoadValue?) -> Int? {
        func ceilDiv(_ a: Int, _ b: Int) -> Int { b <= 0 ? 0 : max(0, (a + b - 1) / b) }
        switch (step, cap) {
        case (.hold(let increment), .hold(let max)): return item.holdSeconds.map { ceilDiv(max - $0, increment) }
        case (.duration(let increment), .duration(let max)): return item.durationSeconds.map { ceilDiv(max - $0, increment) }
        case (.distance(let increment), .distance(let max)): return item.distanceMeters.map { ceilDiv(max - $0, increment) }
        case (.sets(let increment), .sets(let max)): return ceilDiv(max - item.sets, increment)
        case (.reps(let increment), .reps(let max)):
            if case .exactly(let start)? = item.reps { return ceilDiv(max - start, increment) }
            return nil
        case (.load(let increment), .load(let max)):
            guard let start = load?.mass else { return nil }
            var count = 0
            while count < 1000, start.adding(increment, times: count).compare(ExactLoad(max)) < 0 { count += 1 }
            return count
        default: return nil
        }
    }

    func variantChain(from exercise: Int) -> [Int] {
        var chain = [exercise]
        while let next = program.exercises[chain[chain.count - 1]].harder, !chain.contains(next), chain.count < 16 {
            chain.append(next)
        }
        return chain
    }

    func startingLoad(_ item: CheckedPrescription) -> LoadValue? {
        switch athlete.loads[item.exercise] ?? item.load {
        case .mass(let mass)?: .mass(ExactLoad(mass))
        case .bodyweight(let added)?: .bodyweight(added.map(ExactLoad.init))
        case .percent?, nil: nil
        }
    }
}

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
