import Checker
import RegimenPlan
import RegimenValues

/// Where an athlete is when a session happens.
struct SessionPoint {
    var week: CheckedWeek
    /// Progressing weeks before this one, and all weeks before it: where a track a rule starts
    /// now begins counting (weeks are counted from the athlete's start).
    var progressingWeeksBefore: Int
    var weeksBefore: Int
}

/// One item's numbers in one session, and what the update after the session needs to know.
struct PlannedNumbers {
    var prescription: Prescription
    /// The exercise done (a harder variant once a rule has moved on).
    var exercise: Int
    /// The work sets as planned (warm-ups left out), for judging the logged sets against.
    var workSets: [WorkSet]
    /// The rules in force, whether each is paused this week, and which phase's replacement it is.
    var rules: [RuleInForce]
    /// A rep-max test in place of the item's sets (after a `stages` rule's last stage failed).
    var isRetest: Bool
    /// The working load before the week's scaling, in its own unit (for logged-load comparisons).
    var workingLoad: LoadValue?
}

/// Computes one item's numbers from its lift's state. Each rule's arithmetic is documented in
/// `docs/spec-language.md` ("Progression rules"); the state (`LiftState`) carries what earlier
/// sessions did, so a rule's numbers follow every item and session that names the lift. A class:
/// one per athlete, shared by reference rather than copied with the whole program into every call.
final class ProgressionEngine {
    let program: CheckedProgram
    let athlete: CheckedAthlete
    /// Exercise indices by id.
    let exerciseIndex: [String: Int]
    /// Lift indices by name, in order of first appearance.
    let liftIndex: [String: Int]
    /// Per lift, the rule that keeps its training max (a wave or a `training-max` rule), if any.
    let trainingMaxRules: [CheckedItemRule?]
    /// The lift of each prescription, by session, item and position in the item.
    let liftOf: [[[Int]]]

    init(program: CheckedProgram, athlete: CheckedAthlete) {
        self.program = program
        self.athlete = athlete
        var index: [String: Int] = [:]
        for (position, exercise) in program.exercises.enumerated() { index[exercise.id] = position }
        exerciseIndex = index
        var lifts: [String: Int] = [:]
        var rules: [CheckedItemRule?] = []
        var liftOf: [[[Int]]] = []
        for session in program.sessions {
            var sessionLifts: [[Int]] = []
            for item in session.items {
                var itemLifts: [Int] = []
                defer { sessionLifts.append(itemLifts) }
                for prescription in item.prescriptions {
                    let lift: Int
                    if let known = lifts[prescription.lift] {
                        lift = known
                    } else {
                        lift = rules.count
                        lifts[prescription.lift] = lift
                        rules.append(nil)
                    }
                    itemLifts.append(lift)
                    if rules[lift] == nil {
                        rules[lift] = prescription.progression.first { rule in
                            switch rule.base.rule {
                            case .wave, .trainingMax: true
                            default: false
                            }
                        }
                    }
                }
            }
            liftOf.append(sessionLifts)
        }
        liftIndex = lifts
        trainingMaxRules = rules
        self.liftOf = liftOf
    }

    var liftCount: Int { trainingMaxRules.count }

    func exercise(_ id: String) -> CheckedExercise? {
        exerciseIndex[id].map { program.exercises[$0] }
    }

    /// Whether an exercise (by id) is done on each side, and its kind, without copying it.
    func isPerSide(_ id: String) -> Bool { exerciseIndex[id].map { program.exercises[$0].perSide } ?? false }
    func kind(_ id: String) -> ExerciseKind? { exerciseIndex[id].map { program.exercises[$0].kind } }

    /// A fresh state for a lift: the roster's one-rep max as the first estimate.
    func initialState(lift: String, trainingMaxKey: String) -> LiftState {
        var state = LiftState()
        if let oneRepMax = athlete.oneRepMaxes[trainingMaxKey] ?? athlete.oneRepMaxes[lift] {
            state.estimatedOneRepMax = ExactLoad(oneRepMax)
        }
        return state
    }

    /// The step of a per-unit list for this athlete: the athlete's units, else the unit of the
    /// value it is added to, else the first.
    func step(_ primary: Mass, alternates: [Mass], for unit: MassUnit?) -> Mass {
        let wanted = athlete.units ?? unit
        return ([primary] + alternates).first { $0.unit == wanted } ?? primary
    }

    // MARK: Numbers

    func numbers(
        for item: CheckedPrescription, lift: Int, sets baseSets: Int, at point: SessionPoint, state: inout LiftState, inGroup: Bool
    ) -> PlannedNumbers {
        let week = point.week
        let rules = item.progression.map { rule -> RuleInForce in
            let phase = rule.phaseInForce(week: week.number)
            let inForce = phase.map { rule.phases[$0].progression } ?? rule.base
            return RuleInForce(progression: inForce, paused: week.pausesProgression && !inForce.ownDeload && !item.ownDeload, phase: phase)
        }
        var exercise = item.exercise
        var weekAdjust = 0
        var setCount = baseSets
        var reps = item.reps
        var hold = item.holdSeconds
        var duration = item.durationSeconds
        var distance = item.distanceMeters
        var rpe = item.rpeTenths
        var rir = item.rir
        var load: LoadValue? = startingLoad(item)
        var groups = item.setGroups
        var waveRow: [WaveSet]?
        var waveExtras: (firstSetLast: CheckedSetGroup?, jokers: [Int]) = (nil, [])
        var trainingMax: ExactLoad?
        var isRetest = false
        var exempt = (load: item.ownDeload, volume: item.ownDeload)

        // A variant change on a week schedule restarts the item's week-counted progressions.
        for (progression, paused, phase) in rules.map({ $0.parts }) {
            guard case .harderAfter(let weeks) = progression.rule else { continue }
            let track = self.track(.variant, progression, phase: phase, item: item, point: point, state: &state, paused: paused)
            let chain = variantChain(from: exercise)
            let variant = min(track.events(.weeks(1), paused: paused) / weeks, chain.count - 1)
            exercise = chain[variant]
            weekAdjust = variant * weeks
        }
        for (progression, paused, phase) in rules.map({ $0.parts }) {
            switch progression.rule {
            case .linear(let step, let cadence, let cap, let then, let stepLoading):
                let field = TrackField(step)
                let track = self.track(field, progression, phase: phase, item: item, point: point, state: &state, paused: paused)
                var count = Self.count(track, cadence, paused: paused, weekAdjust: weekAdjust)
                if let stepLoading {
                    let block = stepLoading.up + stepLoading.down
                    let position = count % block
                    count = count / block + (position < stepLoading.up ? position : 0)
                }
                var trackExercise = track.baseExercise
                if then == .harder, let cap, let toCap = stepsToCap(step: step, cap: cap, track: track, progression: progression) {
                    let chain = variantChain(from: track.baseExercise)
                    let variant = min(count / (toCap + 1), chain.count - 1)
                    trackExercise = chain[variant]
                    count -= variant * (toCap + 1)
                }
                if trackExercise != item.exercise { exercise = trackExercise }
                switch step {
                case .load(let increment):
                    let base = track.baseLoad
                    let chosen = self.step(increment, alternates: progression.alternates, for: base?.mass?.unit)
                    load = base?.adding(chosen, times: count, cap: cap.flatMap { if case .load(let mass) = $0 { mass } else { nil } })
                    exempt.load = exempt.load || progression.ownDeload
                case .reps(let increment):
                    let capped = cap.flatMap { if case .reps(let value) = $0 { value } else { nil } } ?? .max
                    reps = .exactly(min(track.baseCount + increment * count, max(track.baseCount, capped)))
                case .sets(let increment):
                    let capped = cap.flatMap { if case .sets(let value) = $0 { value } else { nil } } ?? .max
                    setCount = min(track.baseCount + increment * count, max(track.baseCount, capped))
                    exempt.volume = exempt.volume || progression.ownDeload
                case .hold(let increment):
                    let capped = cap.flatMap { if case .hold(let value) = $0 { value } else { nil } } ?? .max
                    hold = min(track.baseCount + increment * count, max(track.baseCount, capped))
                case .duration(let increment):
                    let capped = cap.flatMap { if case .duration(let value) = $0 { value } else { nil } }
                    duration = CardioStep.value(from: track.baseCount, adding: increment, times: count, cap: capped)
                case .distance(let increment):
                    let capped = cap.flatMap { if case .distance(let value) = $0 { value } else { nil } }
                    distance = CardioStep.value(from: track.baseCount, adding: increment, times: count, cap: capped)
                }
            case .double(let increment, let cadence, let cap):
                let range: (Int, Int)? = if case .range(let lower, let upper)? = reps { (lower, upper) } else { nil }
                guard let (lower, upper) = range else { continue }
                let track = self.track(.load, progression, phase: phase, item: item, point: point, state: &state, paused: paused)
                let count = Self.count(track, cadence, paused: paused, weekAdjust: weekAdjust)
                let cycle = upper - lower + 1
                reps = .exactly(lower + count % cycle)
                if let current = track.baseLoad {
                    let chosen = self.step(increment, alternates: progression.alternates, for: current.mass?.unit)
                    let next = current.adding(chosen, times: count / cycle, cap: nil)
                    if let cap, next.exceeds(cap) {
                        load = current.adding(chosen, times: count / cycle, cap: cap)
                        reps = .exactly(upper)
                    } else {
                        load = next
                    }
                }
                exempt.load = exempt.load || progression.ownDeload
            case .wave(let weeks, _):
                guard let max = waveTrainingMax(progression, phase: phase, item: item, point: point, state: &state, paused: paused) else { continue }
                trainingMax = max.trainingMax
                waveRow = weeks[max.row]
                waveExtras = (progression.firstSetLast, progression.jokers)
                exempt.load = exempt.load || progression.ownDeload
                exempt.volume = exempt.volume || progression.ownDeload
            case .trainingMax:
                trainingMax = liftTrainingMax(item: item, lift: lift, point: point, state: &state, preferring: RuleInForce(progression: progression, paused: paused, phase: phase))
            case .stages(let stages, let advance, let cadence, _):
                if let test = state.retest {
                    groups = [CheckedSetGroup(count: 1, reps: .exactly(test.reps), load: nil)]
                    load = estimatedRepMax(test.reps, state: state, current: load)
                    isRetest = true
                    continue
                }
                let position: Int
                switch advance {
                case .onFailure: position = state.stage
                case .onSuccess:
                    let track = self.track(.stage, progression, phase: phase, item: item, point: point, state: &state, paused: paused)
                    position = Self.count(track, cadence, paused: paused, weekAdjust: weekAdjust)
                }
                groups = stages[min(position, stages.count - 1)]
                exempt.volume = exempt.volume || progression.ownDeload
            case .rpe(let values):
                let steps = max(0, (paused ? max(point.progressingWeeksBefore - 1, 0) : point.progressingWeeksBefore) - weekAdjust)
                rpe = values[min(steps, values.count - 1)]
                rir = nil
            case .rir(let values):
                let steps = max(0, (paused ? max(point.progressingWeeksBefore - 1, 0) : point.progressingWeeksBefore) - weekAdjust)
                rir = values[min(steps, values.count - 1)]
                rpe = nil
            case .harderAfter:
                break
            }
        }
        let usesTrainingMax = item.load.map { if case .percent = $0 { true } else { false } } ?? false
            || (groups?.contains { if case .load(.percent)? = $0.load { true } else { false } } ?? false)
        if usesTrainingMax, trainingMax == nil {
            trainingMax = liftTrainingMax(item: item, lift: lift, point: point, state: &state, preferring: nil)
        }
        if case .percent(let tenths)? = item.load, let max = trainingMax {
            load = .mass(max.scaled(by: tenths, over: 1000).computed)
        }

        // The sets before the week's scaling: a wave's row, set groups, or the item's count.
        var drafts: [DraftSet]
        if let waveRow, let trainingMax {
            drafts = waveRow.map { entry in
                DraftSet(reps: entry.asManyAsPossible ? .asManyAsPossible(minimum: entry.reps) : .exactly(entry.reps),
                         load: .mass(trainingMax.scaled(by: entry.percentTenths, over: 1000).computed), percent: entry.percentTenths, rpe: rpe, rir: rir)
            }
            // First Set Last and Jokers follow the `+` set, in weeks that have one.
            if let plus = waveRow.lastIndex(where: \.asManyAsPossible) {
                for joker in waveExtras.jokers {
                    let percent = waveRow[plus].percentTenths + joker
                    drafts.append(DraftSet(reps: .exactly(waveRow[plus].reps), load: .mass(trainingMax.scaled(by: percent, over: 1000).computed),
                                           percent: percent, rpe: rpe, rir: rir, isJoker: true))
                }
                if let fsl = waveExtras.firstSetLast, let first = waveRow.first {
                    for _ in 0..<fsl.count {
                        drafts.append(DraftSet(reps: fsl.reps, load: .mass(trainingMax.scaled(by: first.percentTenths, over: 1000).computed),
                                               percent: first.percentTenths, rpe: rpe, rir: rir))
                    }
                }
            }
        } else if let groups {
            drafts = []
            // Weights written in the groups move with the working load, from where the item started.
            let moved: (from: ExactLoad, to: ExactLoad)? = if let to = load?.mass, let from = startingLoad(item)?.mass { (from, to) } else { nil }
            for group in groups {
                let set = draft(group, itemLoad: load, moved: moved, trainingMax: trainingMax, before: drafts, state: state, exercise: exercise,
                                hold: hold, rpe: rpe, rir: rir)
                // `5x3+` is four sets of 3 and a last set of as many as possible, as coaches write it.
                if case .asManyAsPossible(let minimum)? = set.reps, group.count > 1 {
                    var plain = set
                    plain.reps = .exactly(minimum)
                    for _ in 1..<group.count { drafts.append(plain) }
                    drafts.append(set)
                } else {
                    for _ in 0..<max(0, group.count) { drafts.append(set) }
                }
            }
        } else {
            let percent: Int? = if case .percent(let tenths)? = item.load { tenths } else { nil }
            let set = DraftSet(reps: reps, load: load, percent: percent, hold: hold, rpe: rpe, rir: rir)
            drafts = Array(repeating: set, count: max(1, setCount))
        }
        let finished = finish(drafts, exercise: exercise, week: week, exempt: exempt, inGroup: inGroup, durationSeconds: duration,
                              distanceMeters: distance, target: item.target)
        let warmUps = isRetest ? [] : warmUpSets(item.warmUp, before: finished, exercise: exercise)
        var shownMax = trainingMax
        if let units = athlete.units { shownMax = shownMax?.converted(to: units) }
        var notes = item.notes
        if !waveExtras.jokers.isEmpty, waveRow?.contains(where: \.asManyAsPossible) == true {
            notes = [notes, "Joker sets after the + set: only if it moved well"].compactMap { $0 }.joined(separator: " · ")
        }
        if isRetest, case .exactly(let count)? = finished.first?.reps {
            notes = ["Work up to a \(count)-rep max: the program starts again from it", notes].compactMap { $0 }.joined(separator: " · ")
        }
        let readsState = !item.progression.isEmpty || usesTrainingMax
            || (groups?.contains { if case .rpe? = $0.load { true } else { false } } ?? false)
        let prescription = Prescription(
            exercise: program.exercises[exercise].id, advancedFrom: exercise == item.exercise ? nil : program.exercises[item.exercise].id,
            trainingMax: shownMax?.resolved(rounding: CheckedRounding(steps: [:], direction: .nearest), bar: nil),
            sets: warmUps + finished, restSeconds: item.restSeconds, tempo: item.tempo,
            side: item.side.flatMap(Side.init(rawValue:)), notes: notes, optional: item.optional, lift: readsState ? item.lift : nil,
            restActivity: item.restActivity)
        return PlannedNumbers(prescription: prescription, exercise: exercise, workSets: finished, rules: rules, isRetest: isRetest,
                              workingLoad: load)
    }

    // MARK: Tracks

    /// The lift's track for `field`, made from the item on first use, rebased when a phase puts
    /// another rule in force.
    func track(
        _ field: TrackField, _ progression: CheckedProgression, phase: Int?, item: CheckedPrescription, point: SessionPoint,
        state: inout LiftState, paused: Bool
    ) -> Track {
        if var track = state.tracks[field] {
            let sameRule = track.ruleName == progression.name
            if sameRule && track.phase == phase { return track }
            // A phase's rule in place of a named rule carries on from where the old one got to;
            // another item's rule for the same number reads the same counts.
            if progression.name != nil, sameRule {
                let current = currentValue(of: track, item: item)
                track.rebase(load: current.load, count: current.count, exercise: current.exercise)
            }
            track.progression = progression
            track.phase = phase
            track.countsPausedWeeks = progression.ownDeload || item.ownDeload
            state.tracks[field] = track
            return track
        }
        var track = Track(progression: progression, exercise: item.exercise)
        track.phase = phase
        track.countsPausedWeeks = progression.ownDeload || item.ownDeload
        track.weeks = track.countsPausedWeeks ? point.weeksBefore : point.progressingWeeksBefore
        switch field {
        case .load:
            track.baseLoad = startingLoad(item)
        case .reps:
            if case .exactly(let count)? = item.reps { track.baseCount = count }
        case .sets:
            track.baseCount = item.sets
        case .hold:
            track.baseCount = item.holdSeconds ?? 0
        case .duration:
            track.baseCount = item.durationSeconds ?? 0
        case .distance:
            track.baseCount = item.distanceMeters ?? 0
        case .trainingMax:
            track.baseLoad = athlete.trainingMaxes[item.trainingMaxKey].map { .mass(ExactLoad($0)) }
        case .stage, .variant:
            break
        }
        track.restartCount = track.baseCount
        track.restartLoad = track.baseLoad
        state.tracks[field] = track
        return track
    }

    /// A track's value now under the rule it last had, for carrying on under a new rule.
    func currentValue(of track: Track, item: CheckedPrescription) -> (load: LoadValue?, count: Int?, exercise: Int?) {
        switch track.progression.rule {
        case .linear(let step, let cadence, let cap, _, let stepLoading):
            var count = track.events(cadence, paused: false)
            if let stepLoading {
                let block = stepLoading.up + stepLoading.down
                count = count / block + (count % block < stepLoading.up ? count % block : 0)
            }
            switch step {
            case .load(let increment):
                let chosen = self.step(increment, alternates: track.progression.alternates, for: track.baseLoad?.mass?.unit)
                return (track.baseLoad?.adding(chosen, times: count, cap: cap.flatMap { if case .load(let m) = $0 { m } else { nil } }), nil, nil)
            case .reps(let increment), .sets(let increment), .hold(let increment), .duration(let increment), .distance(let increment):
                let capped = cap.flatMap { value -> Int? in
                    switch value {
                    case .reps(let v), .sets(let v), .hold(let v), .duration(let v), .distance(let v): v
                    case .load: nil
                    }
                }
                return (nil, CardioStep.value(from: track.baseCount, adding: increment, times: count, cap: capped), nil)
            }
        case .double(let increment, let cadence, _):
            // Carry on at the same load, from the bottom of the range.
            guard case .range(let lower, let upper)? = item.reps else { return (nil, nil, nil) }
            let count = track.events(cadence, paused: false)
            let chosen = self.step(increment, alternates: track.progression.alternates, for: track.baseLoad?.mass?.unit)
            return (track.baseLoad?.adding(chosen, times: count / (upper - lower + 1), cap: nil), nil, nil)
        default:
            return (nil, nil, nil)
        }
    }

    static func count(_ track: Track, _ cadence: Cadence, paused: Bool, weekAdjust: Int) -> Int {
        switch cadence {
        case .weeks(let n): max(0, (paused ? max(track.weeks - 1, 0) : track.weeks) - weekAdjust) / n
        case .sessions: track.events(cadence, paused: paused)
        }
    }

    // MARK: Training max

    /// A wave's training max and row this week.
    func waveTrainingMax(
        _ progression: CheckedProgression, phase: Int?, item: CheckedPrescription, point: SessionPoint, state: inout LiftState, paused: Bool
    ) -> (trainingMax: ExactLoad, row: Int)? {
        guard case .wave(let weeks, let increase) = progression.rule else { return nil }
        let track = self.track(.trainingMax, progression, phase: phase, item: item, point: point, state: &state, paused: paused)
        guard var base = track.baseLoad?.mass else { return nil }
        let count = track.events(.weeks(1), paused: paused)
        let cycle = count / weeks.count
        var baseCycle = track.baseCycle
        if cycle > state.lastCycle {
            // A new cycle: a change waiting for it (a reset after a missed `+` set) replaces the increase.
            if let change = state.pendingTrainingMaxChange {
                let before = increase.map { base.adding(self.step($0, alternates: progression.alternates, for: base.unit),
                                                        times: cycle - 1 - baseCycle) } ?? base
                base = before.scaled(by: 1000 + change, over: 1000).toThousandths
                baseCycle = cycle
                state.tracks[.trainingMax]?.baseLoad = .mass(base)
                state.tracks[.trainingMax]?.baseCycle = cycle
                state.pendingTrainingMaxChange = nil
            }
            state.lastCycle = cycle
        }
        var max = base
        if let increase {
            max = max.adding(self.step(increase, alternates: progression.alternates, for: base.unit), times: cycle - baseCycle)
        }
        return (max, count % weeks.count)
    }

    /// The lift's training max this week: from the rule that keeps it (this item's, or another
    /// item's of the same lift), or the athlete's.
    func liftTrainingMax(
        item: CheckedPrescription, lift: Int, point: SessionPoint, state: inout LiftState, preferring: RuleInForce?
    ) -> ExactLoad? {
        let owner: RuleInForce? = preferring ?? trainingMaxRules[lift].map { rule in
            let phase = rule.phaseInForce(week: point.week.number)
            let inForce = phase.map { rule.phases[$0].progression } ?? rule.base
            return RuleInForce(progression: inForce, paused: point.week.pausesProgression && !inForce.ownDeload && !item.ownDeload, phase: phase)
        }
        guard let (progression, paused, phase) = owner?.parts else { return athlete.trainingMaxes[item.trainingMaxKey].map(ExactLoad.init) }
        switch progression.rule {
        case .wave:
            return waveTrainingMax(progression, phase: phase, item: item, point: point, state: &state, paused: paused)?.trainingMax
        case .trainingMax:
            return trainingMaxValue(of: self.track(.trainingMax, progression, phase: phase, item: item, point: point, state: &state, paused: paused),
                                    paused: paused)
        default:
            return athlete.trainingMaxes[item.trainingMaxKey].map(ExactLoad.init)
        }
    }

    /// A `training-max` rule's training max: its base, plus a step (or a share, compounding) per
    /// counted step; a table's moves the base itself.
    func trainingMaxValue(of track: Track, paused: Bool) -> ExactLoad? {
        guard let base = track.baseLoad?.mass, case .trainingMax(let change, let cadence) = track.progression.rule else {
            return track.baseLoad?.mass
        }
        let count = track.events(cadence, paused: paused)
        switch change {
        case .step(let steps):
            guard let first = steps.first else { return base }
            return base.adding(step(first, alternates: Array(steps.dropFirst()), for: base.unit), times: count)
        case .percent(let tenths):
            var value = base
            // Compounding stops at a ton of a million units, far past anything liftable, so that no
            // spec can make the arithmetic overflow.
            let ceiling = ExactLoad(Mass(1_000_000, value.unit))
            for _ in 0..<min(count, 520) where value.compare(ceiling) < 0 {
                value = value.scaled(by: 1000 + tenths, over: 1000).toThousandths
            }
            return value
        case .table:
            return base
        }
    }

    // MARK: Sets

    /// One set of a group, before the week's scaling.
    func draft(
        _ group: CheckedSetGroup, itemLoad: LoadValue?, moved: (from: ExactLoad, to: ExactLoad)?, trainingMax: ExactLoad?,
        before: [DraftSet], state: LiftState, exercise: Int, hold: Int?, rpe: Int?, rir: Int?
    ) -> DraftSet {
        var set = DraftSet(reps: group.reps, load: itemLoad, percent: nil, hold: hold, rpe: rpe, rir: rir)
        switch group.load {
        case nil:
            break
        case .load(.mass(let mass))?:
            set.load = .mass(moved.map { ExactLoad(mass).moved(from: $0.from, to: $0.to) } ?? ExactLoad(mass))
        case .load(.bodyweight(let added))?:
            set.load = .bodyweight(added.map(ExactLoad.init))
        case .load(.percent(let tenths))?:
            set.load = trainingMax.map { .mass($0.scaled(by: tenths, over: 1000).computed) }
            set.percent = tenths
        case .bar?:
            set.load = program.exercises[exercise].bar.map { .mass(ExactLoad($0)) }
        case .rpe(let tenths)?:
            let reps = group.reps.minimum
            if let oneRepMax = state.estimatedOneRepMax, let share = RPEChart.percentTenths(reps: reps, rpeTenths: tenths) {
                set.load = .mass(oneRepMax.scaled(by: share, over: 1000).computed)
            }
            set.rpe = tenths
            set.rir = nil
        case .drop(let tenths)?:
            let top = before.compactMap { $0.load?.mass }.max { $0.compare($1) < 0 }
            set.load = top.map { .mass($0.scaled(by: 1000 - tenths, over: 1000).computed) }
        }
        return set
    }

    /// The week's scaling, the athlete's units and rounding.
    func finish(
        _ drafts: [DraftSet], exercise: Int, week: CheckedWeek, exempt: (load: Bool, volume: Bool), inGroup: Bool, durationSeconds: Int?,
        distanceMeters: Int?, target: String?
    ) -> [WorkSet] {
        // The two fields read, not the whole exercise: a copy of it retains every string it holds.
        let rounding = program.exercises[exercise].rounding ?? program.rounding
        let bar = program.exercises[exercise].bar
        var kept = drafts
        if !exempt.volume, !inGroup, week.volumePercent != 100 {
            kept = Array(kept.prefix(max(1, (kept.count * week.volumePercent + 50) / 100)))
        }
        return kept.map { draft in
            var load: Load?
            if var value = draft.load {
                if !exempt.load { value = value.scaled(by: week.intensityPercent, over: 100) }
                if let units = athlete.units { value = value.converted(to: units) }
                load = value.load(rounding: rounding, bar: bar, percent: draft.percent)
            }
            var reps = draft.reps
            if !exempt.volume, week.repsPercent != 100, let written = reps {
                reps = written.scaled(by: week.repsPercent)
            }
            return WorkSet(reps: reps, load: load, holdSeconds: draft.hold, durationSeconds: durationSeconds, distanceMeters: distanceMeters,
                           rpe: draft.rpe.map { Double($0) / 10 }, rir: draft.rir, target: target)
        }
    }

    /// An estimate of a rep max for a test: from the estimated one-rep max, else the working load.
    func estimatedRepMax(_ reps: Int, state: LiftState, current: LoadValue?) -> LoadValue? {
        if let oneRepMax = state.estimatedOneRepMax, let share = RPEChart.percentTenths(reps: reps, rpeTenths: 100) {
            return .mass(oneRepMax.scaled(by: share, over: 1000).computed)
        }
        return current
    }

    /// How many steps a linear rule takes to reach its cap from the track's start.
    func stepsToCap(step: ProgressionStep, cap: ProgressionStep, track: Track, progression: CheckedProgression) -> Int? {
        func ceilDiv(_ a: Int, _ b: Int) -> Int { b <= 0 ? 0 : max(0, (a + b - 1) / b) }
        switch (step, cap) {
        case (.hold(let increment), .hold(let max)), (.sets(let increment), .sets(let max)), (.reps(let increment), .reps(let max)),
             (.duration(let increment), .duration(let max)), (.distance(let increment), .distance(let max)):
            return ceilDiv(max - track.baseCount, increment)
        case (.load(let increment), .load(let max)):
            guard let start = track.baseLoad?.mass else { return nil }
            let chosen = self.step(increment, alternates: progression.alternates, for: start.unit)
            var count = 0
            while count < 1000, start.adding(chosen, times: count).compare(ExactLoad(max)) < 0 { count += 1 }
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

/// A rule of an item in one week: the rule itself or a phase's replacement, and whether the
/// week pauses it.
struct RuleInForce {
    var progression: CheckedProgression
    var paused: Bool
    /// The phase whose replacement is in force (`nil` for the rule as written).
    var phase: Int?

    var parts: (progression: CheckedProgression, paused: Bool, phase: Int?) { (progression, paused, phase) }
}

/// A set before the week's scaling, units and rounding.
struct DraftSet {
    var reps: Reps?
    var load: LoadValue?
    /// The percentage of the training max the load is, for showing.
    var percent: Int?
    var hold: Int?
    var rpe: Int?
    var rir: Int?
    var isJoker = false
}

extension Reps {
    /// The fewest reps that complete the set: the count, the bottom of a range, a `+` set's minimum.
    var minimum: Int {
        switch self {
        case .exactly(let count): count
        case .range(let lower, _): lower
        case .asManyAsPossible(let minimum): minimum
        }
    }

    /// The reps a deload keeps (`percent` of them, half up, at least 1); a `+` set becomes a plain one.
    func scaled(by percent: Int) -> Reps {
        func cut(_ count: Int) -> Int { max(1, (count * percent + 50) / 100) }
        switch self {
        case .exactly(let count): return .exactly(cut(count))
        case .range(let lower, let upper):
            let (low, high) = (cut(lower), cut(upper))
            return low < high ? .range(low, high) : .exactly(low)
        case .asManyAsPossible(let minimum): return .exactly(cut(minimum))
        }
    }
}
