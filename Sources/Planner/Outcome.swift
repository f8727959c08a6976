import Checker
import RegimenPlan
import RegimenValues

/// How an item went in a session, for the rules that read results.
enum Outcome {
    /// Done as the rule counts success.
    case success
    case failure
    /// Not done: nothing moves (a skipped exercise, a missed session).
    case notDone
}

/// What the log says about one item in one session, read against the planned work sets.
struct ItemResult {
    /// The logged work sets (warm-ups left out), or `nil` for a session the plan projects, where
    /// every rule counts as a success.
    var logged: [LoggedSet]?

    static let projected = ItemResult(logged: nil)

    var isLogged: Bool { logged != nil }

    /// The outcome under `criterion` for the planned `work` sets.
    func outcome(_ criterion: SuccessCriterion, work: [WorkSet]) -> Outcome {
        guard let logged else { return .success }
        guard !logged.isEmpty, logged.contains(where: { $0.status != .skipped }) else { return .notDone }
        switch criterion {
        case .allReps:
            return allDone(work, logged, checkRPE: false) ? .success : .failure
        case .rpe:
            return allDone(work, logged, checkRPE: true) ? .success : .failure
        case .hold:
            for (index, set) in work.enumerated() {
                guard index < logged.count, logged[index].status != .skipped else { return .failure }
                if let hold = set.holdSeconds, (logged[index].holdSeconds ?? 0) < hold { return .failure }
            }
            return .success
        case .plusSet(let target):
            guard let index = Self.plusSetIndex(work), case .asManyAsPossible(let minimum)? = work[index].reps else {
                return allDone(work, logged, checkRPE: false) ? .success : .failure
            }
            guard index < logged.count, logged[index].status != .skipped, let reps = logged[index].reps else { return .failure }
            return reps >= (target ?? minimum) ? .success : .failure
        }
    }

    private func allDone(_ work: [WorkSet], _ logged: [LoggedSet], checkRPE: Bool) -> Bool {
        for (index, set) in work.enumerated() {
            guard index < logged.count, logged[index].status != .skipped else { return false }
            let done = logged[index]
            if let reps = set.reps, (done.reps ?? 0) < reps.minimum { return false }
            // Timed and distance work without reps (holds, runs) is done when it lasted or went as far.
            if set.reps == nil {
                if let hold = set.holdSeconds, (done.holdSeconds ?? 0) < hold { return false }
                if let duration = set.durationSeconds, (done.durationSeconds ?? 0) < duration { return false }
                if let distance = set.distanceMeters, (done.distanceMeters ?? 0) < distance { return false }
            }
            if checkRPE, let target = set.rpe, let felt = done.rpeTenths, felt > Int((target * 10).rounded()) { return false }
        }
        return true
    }

    /// The reps of the `+` set, if it was logged.
    func plusSetReps(work: [WorkSet]) -> Int? {
        guard let logged, let index = Self.plusSetIndex(work), index < logged.count, logged[index].status != .skipped else { return nil }
        return logged[index].reps
    }

    /// The fewest reps in a logged work set, for double progression.
    var fewestReps: Int? {
        logged?.filter { $0.status != .skipped }.compactMap(\.reps).min()
    }

    /// The heaviest logged work-set load that is a weight.
    var heaviestLoad: Mass? {
        logged?.compactMap { set -> Mass? in
            if case .mass(let mass)? = set.load { return mass }
            return nil
        }.max()
    }

    /// The best estimate of the one-rep max the logged sets give, from the RPE chart: a set with
    /// its RPE logged, or a `+` set taken as far as it would go (RPE 10).
    func estimatedOneRepMax(work: [WorkSet]) -> ExactLoad? {
        guard let logged else { return nil }
        var best: ExactLoad?
        for (index, set) in logged.enumerated() where set.status != .skipped {
            guard case .mass(let mass)? = set.load, let reps = set.reps, reps > 0 else { continue }
            let isPlusSet = index < work.count && { if case .asManyAsPossible? = work[index].reps { true } else { false } }()
            guard let rpe = set.rpeTenths ?? (isPlusSet ? 100 : nil),
                  let share = RPEChart.percentTenths(reps: reps, rpeTenths: max(65, min(100, (rpe + 2) / 5 * 5))) else { continue }
            let estimate = ExactLoad(mass).scaled(by: 1000, over: share)
            if best.map({ estimate.compare($0) > 0 }) ?? true { best = estimate }
        }
        return best
    }

    /// The `+` set: the heaviest as-many-as-possible work set (the first of equals).
    static func plusSetIndex(_ work: [WorkSet]) -> Int? {
        var found: (index: Int, mass: Mass?)?
        for (index, set) in work.enumerated() {
            guard case .asManyAsPossible? = set.reps else { continue }
            if let current = found {
                if let mass = set.load?.mass, current.mass.map({ $0 < mass }) ?? true { found = (index, mass) }
            } else {
                found = (index, set.load?.mass)
            }
        }
        return found?.index
    }
}
