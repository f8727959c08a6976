import FITFormat
import RegimenPlan

/// Turns a session's items into workout steps (see docs/fit.md, "Steps"):
///
/// - a set is a reps step (`reps`), a time step (`hold`, `duration`) or a distance step, with its
///   exercise's FIT category and name, its target weight, and `warmup` or `active` intensity;
///   a hold of a per-side exercise is a left step and a right step;
/// - identical sets in a row are one repeat block of the set and its rest; other sets follow each
///   other with a rest step between them;
/// - a superset or circuit is a repeat block of its exercises and the rest between rounds, when
///   every round is the same, and is written out round by round otherwise;
/// - rest is timed when the plan gives it; when it gives none, reps sets get an open rest (until
///   the lap button) so that the watch records the rest apart from the sets, and timed work flows
///   on; `rest: 0s` means no rest step.
struct WorkoutSteps {
    let plan: Plan
    let athlete: AthletePlan
    /// The longest step name, in bytes.
    let nameBytes: Int
    private(set) var steps: [WorkoutStep] = []
    /// Exercises placed in a generic category, by id.
    private(set) var genericExercises: Set<String> = []

    init(plan: Plan, athlete: AthletePlan, nameBytes: Int) {
        self.plan = plan
        self.athlete = athlete
        self.nameBytes = nameBytes
    }

    mutating func add(_ item: PlannedItem) {
        switch item {
        case .exercise(let prescription): add(prescription)
        case .group(let group): add(group)
        }
    }

    mutating func add(_ prescription: Prescription) {
        var runs: [(set: WorkSet, count: Int)] = []
        for set in prescription.sets {
            if let last = runs.last, last.set == set { runs[runs.count - 1].count += 1 } else { runs.append((set, 1)) }
        }
        for (index, run) in runs.enumerated() {
            let first = steps.count
            addWork(run.set, of: prescription, notesPrefix: nil)
            if run.count > 1 {
                addRest(prescription.restSeconds, after: run.set, activity: prescription.restActivity)
                steps.append(WorkoutStep(duration: .repeatSteps(from: first, times: run.count)))
            } else if index < runs.count - 1 {
                addRest(prescription.restSeconds, after: run.set, activity: prescription.restActivity)
            }
        }
    }

    mutating func add(_ group: ExerciseGroup) {
        let members = group.exercises.filter { !$0.sets.isEmpty }
        guard !members.isEmpty, group.rounds > 0 else { return }
        let uniform = members.allSatisfy { member in member.sets.allSatisfy { $0 == member.sets[0] } }
        let repsWork = members.contains { $0.sets[0].reps != nil }
        func round(_ number: Int) {
            for (index, member) in members.enumerated() {
                let set = member.sets[min(number, member.sets.count - 1)]
                addWork(set, of: member, notesPrefix: index == 0 && number == 0 ? group.notes : nil)
                if index < members.count - 1, let rest = member.restSeconds, rest > 0 { addRest(rest, repsWork: false, activity: member.restActivity) }
            }
        }
        if uniform, group.rounds > 1 {
            let first = steps.count
            round(0)
            addRest(group.restSeconds, repsWork: repsWork)
            steps.append(WorkoutStep(duration: .repeatSteps(from: first, times: group.rounds)))
        } else {
            for number in 0..<group.rounds {
                round(number)
                if number < group.rounds - 1 { addRest(group.restSeconds, repsWork: repsWork) }
            }
        }
    }

    mutating func addRest(_ seconds: Int?, after set: WorkSet, activity: String? = nil) {
        addRest(seconds, repsWork: set.reps != nil, activity: activity)
    }

    /// A rest step; active rest (`rest: 90s jog`) is a `recovery` step named for what to do.
    mutating func addRest(_ seconds: Int?, repsWork: Bool, activity: String? = nil) {
        let intensity: WorkoutStep.Intensity = activity == nil ? .rest : .recovery
        let name = activity.map { FITText.truncated($0, toBytes: nameBytes) }
        switch seconds {
        case let seconds? where seconds > 0: steps.append(WorkoutStep(name: name, duration: .seconds(seconds), intensity: intensity))
        case nil where repsWork: steps.append(WorkoutStep(name: name, duration: .open, intensity: intensity))
        default: break
        }
    }

    mutating func addWork(_ set: WorkSet, of prescription: Prescription, notesPrefix: String?) {
        let exercise = plan.exercise(prescription.exercise)
        let name = exercise?.name ?? prescription.exercise
        let fit = exercise?.fit ?? FITExercise(category: "unknown", categoryNumber: Int(FITExerciseCatalog.unknownCategory), source: .generic)
        if fit.source == .generic { genericExercises.insert(prescription.exercise) }
        var step = WorkoutStep(name: FITText.truncated(name, toBytes: nameBytes), duration: Self.duration(of: set),
                               intensity: set.isWarmUp ? .warmUp : .active, exercise: fit, exerciseTitle: name,
                               exerciseID: prescription.exercise)
        let splitBySide = exercise?.perSide == true && prescription.side == nil && set.holdSeconds != nil && set.reps == nil
        var notes: [String] = []
        if let side = prescription.side {
            notes.append("\(side.rawValue) side only")
        } else if exercise?.perSide == true, !splitBySide {
            notes.append("per side")
        }
        notes += Self.details(of: set)
        if let load = set.load, let mass = load.mass {
            let hundredths = Self.hundredthsOfKilogram(mass)
            if hundredths > 0, hundredths < 0xFFFF {
                step.weightHundredthsOfKilogram = Int(hundredths)
                step.weightShownInPounds = (athlete.units ?? mass.unit) == .lb
                if load.bodyweight { notes.append("bodyweight + \(mass)") }
            } else {
                notes.append("load \(load)")
            }
        }
        if let tempo = prescription.tempo { notes.append("tempo \(tempo)") }
        if let text = prescription.notes { notes.append(text) }
        if prescription.optional { notes.append("optional") }
        let prefix = notesPrefix.map { [$0] } ?? []
        guard splitBySide else {
            step.notes = Self.joined(prefix + notes)
            steps.append(step)
            return
        }
        for (side, letter) in [("left", "L"), ("right", "R")] {
            var sideStep = step
            sideStep.name = FITText.truncated(name, toBytes: max(1, nameBytes - 2)) + " " + letter
            sideStep.notes = Self.joined(prefix + ["\(side) side"] + notes)
            steps.append(sideStep)
        }
    }

    /// What ends the step: the reps (the top of a range; the minimum of as many as possible), else
    /// the hold or work time, else the distance, else the lap button.
    static func duration(of set: WorkSet) -> WorkoutStep.Duration {
        switch set.reps {
        case .exactly(let count)?: return .reps(count)
        case .range(_, let upper)?: return .reps(upper)
        case .asManyAsPossible(let minimum)?: return .reps(minimum)
        case nil: break
        }
        if let hold = set.holdSeconds { return .seconds(hold) }
        if let work = set.durationSeconds { return .seconds(work) }
        if let meters = set.distanceMeters { return .meters(meters) }
        return .open
    }

    /// What the step's duration and weight do not say.
    static func details(of set: WorkSet) -> [String] {
        var notes: [String] = []
        switch set.reps {
        case .range(let lower, let upper)?: notes.append("\(lower)–\(upper) reps")
        case .asManyAsPossible(let minimum)?: notes.append("as many reps as you can, at least \(minimum)")
        default: break
        }
        if set.reps != nil, let hold = set.holdSeconds { notes.append("hold \(PlanText.duration(hold)) each rep") }
        if set.reps != nil || set.holdSeconds != nil, let work = set.durationSeconds { notes.append(PlanText.duration(work)) }
        if set.reps != nil || set.holdSeconds != nil || set.durationSeconds != nil, let meters = set.distanceMeters {
            notes.append(PlanText.distance(meters))
        }
        if let rpe = set.rpe { notes.append("RPE \(rpe == rpe.rounded() ? String(Int(rpe)) : String(rpe))") }
        if let rir = set.rir { notes.append("RIR \(rir)") }
        if let target = set.target { notes.append(target) }
        if let percent = set.load?.percentOfTrainingMaxTenths {
            notes.append("\(DecimalText.thousandths(Int64(percent) * 100))% of training max")
        }
        return notes
    }

    /// The mass in hundredths of a kilogram (`exercise_weight`), rounded once, half up.
    static func hundredthsOfKilogram(_ mass: Mass) -> Int64 {
        guard mass.thousandths > 0 else { return 0 }
        // A thousandth of a pound is 45 359 237 × 10⁻¹⁰ kg; a thousandth of a kilogram is 10⁻³ kg.
        let (numerator, denominator): (Int64, Int64) = mass.unit == .kg ? (1, 10) : (45_359_237, 1_000_000_000)
        let (quotient, remainder) = denominator.dividingFullWidth(mass.thousandths.multipliedFullWidth(by: numerator))
        return quotient + (remainder * 2 >= denominator ? 1 : 0)
    }

    static func joined(_ notes: [String]) -> String? {
        notes.isEmpty ? nil : FITText.truncated(notes.joined(separator: " · "), toBytes: WorkoutStep.notesBytes)
    }
}
