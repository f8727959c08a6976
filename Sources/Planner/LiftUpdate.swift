import Checker
import RegimenPlan
import RegimenValues

/// Moving a lift's state on after a session, by what happened: the log's sets judged by each
/// rule's `success`, or success when the plan projects. Documented in `docs/logs.md` ("Rules that
/// read results").
extension AthleteSimulation {
    /// One item of a session as planned and done. A class: the lift update hands it through
    /// several calls, and copying its prescriptions at each would cost more than the planning.
    final class Done {
        let item: CheckedPrescription
        let lift: Int
        let numbers: PlannedNumbers
        let result: ItemResult

        init(_ item: CheckedPrescription, _ lift: Int, _ numbers: PlannedNumbers, _ result: ItemResult) {
            self.item = item
            self.lift = lift
            self.numbers = numbers
            self.result = result
        }
    }

    /// Each lift moves once per session: for each number it keeps, the first item of the session
    /// with a rule for it decides.
    mutating func update(after done: [Done], week: CheckedWeek) {
        // The numbers already decided this session, as a bit per number, by lift.
        var decided: [(lift: Int, numbers: Int)] = []
        var estimated: [Int] = []
        for entry in done {
            let lift = entry.lift
            guard var state = lifts[lift] else { continue }
            lifts[lift] = nil
            if entry.result.isLogged, !estimated.contains(lift), let estimate = entry.result.estimatedOneRepMax(work: entry.numbers.workSets) {
                state.estimatedOneRepMax = estimate
                estimated.append(lift)
            }
            var slot = decided.firstIndex { $0.lift == lift }
            if slot == nil {
                decided.append((lift, 0))
                slot = decided.count - 1
            }
            // Stages last: a reset after the last stage sets the load the load rule left.
            for stagesPass in [false, true] {
                for rule in entry.numbers.rules {
                    let isStages = if case .stages = rule.progression.rule { true } else { false }
                    guard isStages == stagesPass, let bit = Self.decides(rule.progression.rule), let slot else { continue }
                    guard decided[slot].numbers & bit == 0 else { continue }
                    decided[slot].numbers |= bit
                    guard !rule.paused else { continue }
                    apply(rule.progression, entry: entry, state: &state, week: week)
                }
            }
            lifts[lift] = state
        }
    }

    /// What a rule moves in the lift's state, as a bit, so that one item per session moves it.
    static func decides(_ rule: CheckedRule) -> Int? {
        switch rule {
        case .linear(let step, _, _, _, _): 1 << TrackField(step).rawValue
        case .double: 1 << TrackField.load.rawValue
        case .wave, .trainingMax: 1 << TrackField.trainingMax.rawValue
        case .stages: 1 << TrackField.stage.rawValue
        case .rpe, .rir, .harderAfter: nil
        }
    }

    mutating func apply(_ progression: CheckedProgression, entry: Done, state: inout LiftState, week: CheckedWeek) {
        if entry.numbers.isRetest {
            if case .stages = progression.rule { finishRetest(progression, entry: entry, state: &state) }
            return
        }
        let outcome = entry.result.outcome(progression.success, work: entry.numbers.workSets)
        if case .notDone = outcome { return }
        let succeeded = if case .success = outcome { true } else { false }
        switch progression.rule {
        case .linear(let step, let cadence, _, _, _):
            let field = TrackField(step)
            if field == .load { followLoggedLoad(entry, state: &state, week: week) }
            count(field, succeeded: succeeded, cadence: cadence, progression: progression, entry: entry, state: &state)
        case .double(let increment, let cadence, _):
            if entry.result.isLogged, case .range(let lower, let upper)? = entry.item.reps, var track = state.tracks[.load] {
                // Double progression from the reps actually done at the load lifted: the weakest
                // set sets the next target.
                let current = liftedInstead(entry, week: week) ?? entry.numbers.workingLoad ?? track.baseLoad
                let fewest = entry.result.fewestReps ?? lower
                if fewest >= upper {
                    let chosen = engine.step(increment, alternates: progression.alternates, for: current?.mass?.unit)
                    track.rebase(load: current?.adding(chosen, times: 1, cap: nil))
                } else {
                    track.rebase(load: current)
                    let position = max(0, min(fewest - lower + 1, upper - lower))
                    track.sessions = position
                    track.weeks = position
                }
                if case .weeks = cadence { track.failedThisWeek = true }
                state.tracks[.load] = track
                react(succeeded, progression: progression, field: .load, entry: entry, state: &state)
            } else {
                count(.load, succeeded: succeeded, cadence: cadence, progression: progression, entry: entry, state: &state)
            }
        case .wave:
            react(succeeded, progression: progression, field: .trainingMax, entry: entry, state: &state)
        case .trainingMax(let change, let cadence):
            if case .table(let rows) = change {
                tableChange(rows, progression: progression, entry: entry, state: &state)
                react(succeeded, progression: progression, field: .trainingMax, entry: entry, state: &state)
            } else {
                count(.trainingMax, succeeded: succeeded, cadence: cadence, progression: progression, entry: entry, state: &state)
            }
        case .stages(let stages, let advance, let cadence, let reset):
            if state.stage == 0 || advance == .onSuccess, state.retest == nil { state.firstStageLoad = entry.numbers.workingLoad }
            switch advance {
            case .onFailure:
                if !succeeded { nextStage(stages.count, reset: reset, progression: progression, state: &state) }
                react(succeeded, progression: progression, field: nil, entry: entry, state: &state, defaultFailure: .repeat)
            case .onSuccess:
                count(.stage, succeeded: succeeded, cadence: cadence, progression: progression, entry: entry, state: &state)
            }
        case .rpe, .rir, .harderAfter:
            break
        }
    }

    /// A rule that counts: a success counts a session (weeks are counted at the week's end); a
    /// failure holds the week back; then the rule's own actions.
    mutating func count(
        _ field: TrackField, succeeded: Bool, cadence: Cadence, progression: CheckedProgression, entry: Done, state: inout LiftState
    ) {
        guard var track = state.tracks[field] else { return }
        if succeeded {
            if case .sessions = cadence { track.sessions += 1 }
        } else if case .weeks = cadence {
            track.failedThisWeek = true
        }
        state.tracks[field] = track
        react(succeeded, progression: progression, field: field, entry: entry, state: &state)
    }

    /// `on-success` and `on-failure`, once `after` sessions in a row went that way. Without
    /// `on-failure`, a failure repeats the numbers.
    mutating func react(
        _ succeeded: Bool, progression: CheckedProgression, field: TrackField?, entry: Done, state: inout LiftState,
        defaultFailure: ProgressionAction = .repeat
    ) {
        var streak = 0
        if let field, var track = state.tracks[field] {
            if succeeded {
                track.successes += 1
                track.failures = 0
                streak = track.successes
            } else {
                track.failures += 1
                track.successes = 0
                streak = track.failures
            }
            state.tracks[field] = track
        } else {
            streak = 1
        }
        guard let action = succeeded ? progression.onSuccess : (progression.onFailure ?? defaultFailure), streak >= action.after else { return }
        if let field {
            state.tracks[field]?.failures = 0
            state.tracks[field]?.successes = 0
        }
        switch action {
        case .repeat:
            break
        case .deload(let percent, _):
            guard var track = state.tracks[.load], let current = entry.numbers.workingLoad ?? track.baseLoad else { return }
            track.rebase(load: rounded(current.scaled(by: 1000 - percent, over: 1000), exercise: entry.numbers.exercise))
            track.failedThisWeek = true
            state.tracks[.load] = track
        case .trainingMax(let percent, _):
            if case .wave = progression.rule {
                state.pendingTrainingMaxChange = percent
            } else if var track = state.tracks[.trainingMax], let current = engine.trainingMaxValue(of: track, paused: false) {
                track.rebase(load: .mass(current.scaled(by: 1000 + percent, over: 1000)))  // kept to a thousandth
                track.failedThisWeek = true
                state.tracks[.trainingMax] = track
            }
        case .nextStage:
            if case .stages(let stages, _, _, let reset) = progression.rule {
                nextStage(stages.count, reset: reset, progression: progression, state: &state)
            }
        case .harder:
            let chain = engine.variantChain(from: entry.numbers.exercise)
            guard chain.count > 1, let field = field ?? [TrackField.hold, .duration, .distance, .reps, .load, .sets].first(where: { state.tracks[$0] != nil }),
                  var track = state.tracks[field] else { return }
            track.baseExercise = chain[1]
            track.rebase(load: track.restartLoad, count: track.restartCount)
            state.tracks[field] = track
        }
    }

    /// After a failure at a stage: the next stage, or after the last, the reset.
    mutating func nextStage(_ count: Int, reset: StageReset?, progression: CheckedProgression, state: inout LiftState) {
        if state.stage + 1 < count {
            state.stage += 1
            return
        }
        switch reset {
        case .retest(let reps, let percent)?:
            state.retest = (reps, percent)
        case .addToFirstStageLoad(let steps)?:
            if var track = state.tracks[.load], let first = steps.first, let base = state.firstStageLoad ?? track.baseLoad {
                let chosen = engine.step(first, alternates: Array(steps.dropFirst()), for: base.mass?.unit)
                track.rebase(load: base.adding(chosen, times: 1, cap: nil))
                state.tracks[.load] = track
            }
            state.stage = 0
        case nil:
            break
        }
    }

    /// After a rep-max test: the first stage again, at the share of the tested load (logged, or as
    /// the test was planned when the plan projects it).
    mutating func finishRetest(_ progression: CheckedProgression, entry: Done, state: inout LiftState) {
        guard let test = state.retest else { return }
        let tested: LoadValue? = entry.result.heaviestLoad.map { .mass(ExactLoad($0)) } ?? entry.numbers.workingLoad
        if entry.result.isLogged, case .notDone = entry.result.outcome(.allReps, work: entry.numbers.workSets) { return }
        if var track = state.tracks[.load], let tested {
            track.rebase(load: rounded(tested.scaled(by: test.percentTenths, over: 1000), exercise: entry.numbers.exercise))
            state.tracks[.load] = track
        }
        state.retest = nil
        state.stage = 0
    }

    /// A training-max table: the `+` set's reps pick the change (when the plan projects, the
    /// smallest rise the table gives: enough reps to progress).
    mutating func tableChange(_ rows: [RepsTableRow], progression: CheckedProgression, entry: Done, state: inout LiftState) {
        let row: RepsTableRow?
        if entry.result.isLogged {
            guard let reps = entry.result.plusSetReps(work: entry.numbers.workSets) else { return }
            row = rows.first { $0.contains(reps) }
        } else {
            row = rows.filter { $0.change.contains { $0.thousandths > 0 } }.min { $0.lower < $1.lower }
        }
        guard let row, let first = row.change.first, var track = state.tracks[.trainingMax], let base = track.baseLoad else { return }
        let chosen = engine.step(first, alternates: Array(row.change.dropFirst()), for: base.mass?.unit)
        track.baseLoad = base.adding(chosen, times: 1, cap: nil).toThousandths
        state.tracks[.trainingMax] = track
    }

    /// When the athlete lifted another load than planned (in a week at full intensity), the lift
    /// carries on from what was lifted.
    mutating func followLoggedLoad(_ entry: Done, state: inout LiftState, week: CheckedWeek) {
        guard let lifted = liftedInstead(entry, week: week), var track = state.tracks[.load] else { return }
        track.rebase(load: lifted)
        state.tracks[.load] = track
    }

    /// The heaviest load logged for the work sets, when it differs from the one planned by more
    /// than half a rounding step (in a week at full intensity, where the plan's load is the lift's).
    func liftedInstead(_ entry: Done, week: CheckedWeek) -> LoadValue? {
        guard entry.result.isLogged, week.intensityPercent == 100, let lifted = entry.result.heaviestLoad,
              let planned = entry.numbers.workSets.compactMap({ $0.load?.mass }).max() else { return nil }
        let exercise = program.exercises[entry.numbers.exercise]
        let step = (exercise.rounding ?? program.rounding).steps[planned.unit]?.thousandths ?? 1
        let difference = abs(lifted.converted(to: planned.unit).thousandths - planned.thousandths)
        return difference * 2 > step ? .mass(ExactLoad(lifted)) : nil
    }

    /// A computed load in the athlete's units, rounded to what can be loaded.
    func rounded(_ value: LoadValue, exercise: Int) -> LoadValue {
        let info = program.exercises[exercise]
        var converted = value
        if let units = athlete.units { converted = converted.converted(to: units) }
        let load = converted.load(rounding: info.rounding ?? program.rounding, bar: info.bar, percent: nil)
        guard let mass = load.mass else { return value }
        return load.bodyweight ? .bodyweight(ExactLoad(mass)) : .mass(ExactLoad(mass))
    }
}
