import Checker
import Diagnostics
import FITBackend
import FITFormat
import RegimenPlan

/// Turns a recorded FIT activity into a training-log entry of one athlete: the session planned
/// that day (in the watch's local time), and for each recorded set the program's exercise, the
/// reps, weight and time done, and whether the set was cut short. See docs/fit.md, "Recorded
/// activities".
///
/// A set's exercise is found, in order: from the workout step it was recorded in, when the
/// athlete followed a workout Regimen wrote for that session (`wkt_step_index`); from the
/// watch's exercise (FIT category and name) among the exercises planned that day, then in the
/// whole program; from the watch's exercise name as a key, name or alias of the program's; from
/// the category alone among the exercises planned that day, when one of them has it. Sets matching nothing are left out with a warning (W531) naming the closest
/// exercise of the program.
public struct FITActivityImporter: Sendable {
    public let program: CheckedProgram
    public let plan: Plan
    public var limits: FITReaderLimits = .standard

    public init(program: CheckedProgram, plan: Plan) {
        self.program = program
        self.plan = plan
    }

    /// What importing one file gave.
    public struct Result: Sendable {
        /// The activity as read, when the file could be read.
        public var activity: RecordedActivity?
        /// The log entry, when any recorded set matched an exercise.
        public var session: LoggedSession?
        /// The planned session the activity was matched to.
        public var planned: SessionIdentity?
        public var diagnostics: [Diagnostic]
    }

    /// Reads `bytes` (the file `file`) as an activity of the athlete at index `athlete` of the
    /// plan and the program.
    public func read(_ bytes: [UInt8], file: String, athlete index: Int) -> Result {
        let activity: RecordedActivity
        do {
            activity = try FITActivityReader(limits: limits).read(bytes)
        } catch {
            return Result(activity: nil, session: nil, planned: nil, diagnostics: [error.diagnostic(file: file)])
        }
        guard plan.athletes.indices.contains(index) else { return Result(activity: activity, session: nil, planned: nil, diagnostics: []) }
        var mapping = ActivityMapping(importer: self, activity: activity, file: file, athlete: plan.athletes[index])
        let session = mapping.run()
        return Result(activity: activity, session: session, planned: mapping.planned?.identity, diagnostics: mapping.diagnostics)
    }
}

/// One activity being matched to a plan.
struct ActivityMapping {
    let importer: FITActivityImporter
    let activity: RecordedActivity
    let file: String
    let athlete: AthletePlan
    var planned: SessionInstance?
    var diagnostics: [Diagnostic] = []

    init(importer: FITActivityImporter, activity: RecordedActivity, file: String, athlete: AthletePlan) {
        self.importer = importer
        self.activity = activity
        self.file = file
        self.athlete = athlete
    }

    var program: CheckedProgram { importer.program }
    var plan: Plan { importer.plan }

    mutating func run() -> LoggedSession? {
        let start = activity.start ?? 0
        let offset = activity.localOffsetSeconds ?? Self.offset(of: athlete.timeZone, at: start)
        let local = start + Int64(offset)
        let date = CivilDate(daysSinceEpoch: Int(floorDivide(local, 86_400)))
        let secondOfDay = Int(local - Int64(date.daysSinceEpoch) * 86_400)
        let time = LocalTime(hour: secondOfDay / 3600, minute: secondOfDay % 3600 / 60)
        let whole = FITSpan.at(file, byte: 0)

        let candidates = athlete.sessions.filter { $0.date == date }
        planned = candidates.max { score($0, start: secondOfDay) < score($1, start: secondOfDay) }
        if planned == nil {
            diagnostics.append(.warning(.activityWithoutSession,
                                        "the activity starts on \(date) at \(time?.description ?? "?") (the watch's local time), when `\(athlete.id)` has no session planned; its sets are logged for that day without a session",
                                        at: whole))
        }
        let steps = planned.map { FITBackend.stepExercises(of: $0, in: plan, athlete: athlete) } ?? []
        let plannedSets = planned.map(Self.plannedSets) ?? [:]

        var order: [String] = []
        var recordedSets: [String: [RecordedSet]] = [:]
        var reported: Set<RecordedSet.Exercise> = []
        for (number, recorded) in activity.sets.enumerated() where recorded.kind == .active {
            guard let exercise = exercise(for: recorded, steps: steps) else {
                let guess = recorded.exercises.first
                if guess.map({ reported.insert($0).inserted }) ?? (number == activity.sets.firstIndex { $0.kind == .active && $0.exercises.isEmpty }) {
                    diagnostics.append(unmapped(recorded, number: number + 1))
                }
                continue
            }
            if recordedSets[exercise] == nil { order.append(exercise) }
            recordedSets[exercise, default: []].append(recorded)
        }
        var sets: [String: [LoggedSet]] = [:]
        for (exercise, recorded) in recordedSets {
            let targets = Self.targets(of: recorded, planned: plannedSets[exercise] ?? [])
            sets[exercise] = zip(recorded, targets).map { loggedSet($0, target: $1) }
        }
        for (exercise, set) in lapSets(steps: steps, plannedSets: plannedSets, logged: Set(sets.keys)) {
            if sets[exercise] == nil { order.append(exercise) }
            sets[exercise, default: []].append(set)
        }
        let exercises: [LoggedExercise] = order.compactMap { id in
            guard let index = program.exercises.firstIndex(where: { $0.id == id }), let logged = sets[id], let first = logged.first else { return nil }
            return LoggedExercise(exercise: index, sets: logged, span: first.span)
        }
        guard !exercises.isEmpty else { return nil }

        // Warm-ups left unrecorded (or cut short) do not make the session partial.
        let complete = plannedSets.allSatisfy { id, wanted in
            let logged = (sets[id] ?? []).filter { !$0.isWarmUp }
            return logged.count >= wanted.count { !$0.isWarmUp } && logged.allSatisfy { $0.status == .done }
        }
        let anyPartial = exercises.contains { $0.sets.contains { !$0.isWarmUp && $0.status != .done } }
        return LoggedSession(
            date: date, time: time, session: planned.flatMap { session in program.sessions.firstIndex { $0.id == session.session } },
            week: planned?.identity.week, occurrence: planned?.identity.occurrence,
            status: complete && !anyPartial ? .done : .partial, exercises: exercises,
            notes: "recorded by a watch (FIT)", span: whole)
    }

    /// How well a planned session fits the activity: the recorded sets whose exercise it plans,
    /// then closeness of the start time.
    func score(_ session: SessionInstance, start: Int) -> (Int, Int) {
        let mapped = Set(plan.exercises.compactMap { exercise in exercise.fit.map { (exercise.id, $0) } }.filter { id, _ in
            session.items.contains { $0.prescriptions.contains { $0.exercise == id } }
        }.map { "\($0.1.categoryNumber)/\($0.1.nameNumber ?? -1)" })
        let matches = activity.sets.filter { set in
            set.exercises.contains { mapped.contains("\($0.category)/\($0.name.map(Int.init) ?? -1)") }
        }.count
        let distance = session.start.map { abs($0.secondsSinceMidnight - start) } ?? 12 * 3600
        return (matches, -distance)
    }

    /// The exercise a recorded set is of, by id.
    func exercise(for set: RecordedSet, steps: [String?]) -> String? {
        if let step = set.workoutStepIndex, steps.indices.contains(step), let id = steps[step] { return id }
        let plannedIDs = planned.map { session in Set(session.items.flatMap { $0.prescriptions.map(\.exercise) }) } ?? []
        for guess in set.exercises {
            let exact = plan.exercises.filter { exercise in
                exercise.fit.map { $0.categoryNumber == Int(guess.category) && $0.nameNumber == guess.name.map(Int.init) && guess.name != nil } ?? false
            }
            if let found = exact.first(where: { plannedIDs.contains($0.id) }) ?? exact.first { return found.id }
            if let found = program.exercises.first(where: { exercise in
                exercise.fit.map { $0.categoryNumber == Int(guess.category) && $0.nameNumber == guess.name.map(Int.init) && guess.name != nil } ?? false
            }) {
                return found.id
            }
        }
        // The watch's exercise name as a key, name or alias of the program's (the watch's
        // `banded_exercises/glute_bridge` is `glute-bridge`, mapped to `hip_raise/hip_raise`).
        for guess in set.exercises {
            guard let name = guess.name, let spelled = FITExerciseCatalog.category(number: guess.category)?.exercise(number: name) else { continue }
            let named = program.exercises.filter { exercise in
                ([exercise.id, exercise.name] + exercise.aliases).contains { FITExerciseMatcher.catalogSpelling($0) == spelled }
            }
            if let found = named.first(where: { plannedIDs.contains($0.id) }) ?? named.first { return found.id }
        }
        for guess in set.exercises {
            let sameCategory = plan.exercises.filter { plannedIDs.contains($0.id) && $0.fit?.categoryNumber == Int(guess.category) }
            if sameCategory.count == 1 { return sameCategory[0].id }
        }
        return nil
    }

    /// W531, with the closest exercise of the program.
    func unmapped(_ set: RecordedSet, number: Int) -> Diagnostic {
        let at = FITSpan.at(file, byte: set.offset)
        guard let guess = set.exercises.first else {
            return .warning(.unmappedActivityExercise,
                            "byte \(set.offset): set \(number) has no exercise the watch recognised and belongs to no step of a Regimen workout; it is not logged (sets like it are left out too)",
                            at: at)
        }
        let category = FITExerciseCatalog.category(number: guess.category)
        let name = guess.name.flatMap { category?.exercise(number: $0) }
        let recorded = [category?.name ?? "category \(guess.category)", name ?? guess.name.map { "exercise \($0)" }].compactMap { $0 }.joined(separator: "/")
        let ids = program.exercises.map(\.id)
        let spelled = (name ?? category?.name ?? "").replacingUnderscores
        var message = "byte \(set.offset): set \(number) is `\(recorded)` on the watch, which no exercise of the program maps to; it is not logged"
        var notes: [DiagnosticNote] = []
        if let suggestion = Suggestions.closest(to: spelled, in: ids)
            ?? program.exercises.first(where: { $0.fit?.categoryNumber == Int(guess.category) })?.id
            ?? sharingWords(with: spelled, movement: category?.name.replacingUnderscores ?? "") {
            message += "; did you mean `\(suggestion)`?"
            notes.append(DiagnosticNote("if it is, add `fit: \(recorded)` to `\(suggestion)`, or correct the exercise in Garmin Connect"))
        } else {
            notes.append(DiagnosticNote("add `fit: \(recorded)` to the exercise the athlete did"))
        }
        return .warning(.unmappedActivityExercise, message, at: at, notes: notes)
    }

    /// The program exercise whose id and name share the most words with `spelled`, the
    /// movement's words (the category's: `curl`) counting most, then those planned that day:
    /// `barbell-biceps-curl` → `hamstring-curl` rather than `hip-thrust` ("Barbell hip thrust").
    func sharingWords(with spelled: String, movement: String) -> String? {
        let words = Set(spelled.split(separator: "-").map(String.init))
        let movementWords = Set(movement.split(separator: "-").map(String.init))
        let plannedIDs = planned.map { session in Set(session.items.flatMap { $0.prescriptions.map(\.exercise) }) } ?? []
        var best: (id: String, score: Int)?
        for exercise in program.exercises {
            let own = Set((exercise.id + " " + exercise.name.lowercased()).split { !$0.isLetter && !$0.isNumber }.map(String.init))
            let shared = words.intersection(own)
            guard !shared.isEmpty else { continue }
            let score = shared.intersection(movementWords).count * 4 + shared.count * 2 + (plannedIDs.contains(exercise.id) ? 1 : 0)
            if score > (best?.score ?? 0) { best = (exercise.id, score) }
        }
        return best?.id
    }

    /// One recorded set as logged: cut short when fewer reps or less time than the plan's set.
    func loggedSet(_ set: RecordedSet, target: WorkSet?) -> LoggedSet {
        var logged = LoggedSet(status: .done, reps: set.repetitions, load: load(set), isWarmUp: target?.isWarmUp ?? false,
                               span: FITSpan.at(file, byte: set.offset))
        let seconds = set.durationMilliseconds.map { (Int($0) + 500) / 1000 }
        if target?.reps == nil, let seconds {
            if target?.holdSeconds != nil { logged.holdSeconds = seconds } else { logged.durationSeconds = seconds }
        }
        if let target {
            let wanted: Int? = switch target.reps {
            case .exactly(let count)?: count
            case .range(let lower, _)?: lower
            case .asManyAsPossible(let minimum)?: minimum
            case nil: nil
            }
            if let wanted, let reps = set.repetitions, reps < wanted { logged.status = .partial }
            if target.reps == nil, let time = target.holdSeconds ?? target.durationSeconds, let seconds, seconds < time { logged.status = .partial }
        }
        return logged
    }

    /// Laps as sets of timed work (a run, a ride, a row), for exercises whose planned sets are
    /// timed or measured (no reps) and that no `set` message logged: each lap recorded in such an
    /// exercise's workout step is a set; failing any, when the activity recorded no sets at all
    /// and the session plans one such exercise, the activity's laps together are one set of it.
    /// Rest laps, and recovery laps (active rest), are left out.
    func lapSets(steps: [String?], plannedSets: [String: [WorkSet]], logged: Set<String>) -> [(String, LoggedSet)] {
        let timed = Set(plannedSets.filter { id, wanted in
            !logged.contains(id) && !wanted.isEmpty
                && wanted.allSatisfy { $0.reps == nil && ($0.durationSeconds != nil || $0.distanceMeters != nil) }
        }.keys)
        let laps = activity.laps.filter { $0.intensity != FITProfile.Intensity.rest && $0.intensity != FITProfile.Intensity.recovery }
        var result: [(String, LoggedSet)] = []
        for lap in laps {
            guard let step = lap.workoutStepIndex, steps.indices.contains(step), let id = steps[step], timed.contains(id) else { continue }
            let done = result.filter { $0.0 == id }.count
            let target = plannedSets[id].flatMap { done < $0.count ? $0[done] : nil }
            result.append((id, timedSet(milliseconds: lap.timerMilliseconds ?? lap.elapsedMilliseconds, centimeters: lap.distanceCentimeters,
                                        target: target, offset: lap.offset)))
        }
        guard result.isEmpty, timed.count == 1, let id = timed.first, let first = laps.first,
              !activity.sets.contains(where: { $0.kind == .active }) else { return result }
        let milliseconds = laps.compactMap { $0.timerMilliseconds ?? $0.elapsedMilliseconds }.reduce(UInt64(0)) { $0 + UInt64($1) }
        let centimeters = laps.compactMap(\.distanceCentimeters).reduce(UInt64(0)) { $0 + UInt64($1) }
        let wanted = plannedSets[id] ?? []
        return [(id, timedSet(milliseconds: milliseconds > 0 ? UInt32(clamping: milliseconds) : nil,
                              centimeters: centimeters > 0 ? UInt32(clamping: centimeters) : nil,
                              target: wanted.count == 1 ? wanted[0] : nil, offset: first.offset))]
    }

    /// A lap as a set: its time and distance, cut short when less than the plan's set asks.
    func timedSet(milliseconds: UInt32?, centimeters: UInt32?, target: WorkSet?, offset: Int) -> LoggedSet {
        var logged = LoggedSet(status: .done, isWarmUp: target?.isWarmUp ?? false, span: FITSpan.at(file, byte: offset))
        logged.durationSeconds = milliseconds.map { Int((UInt64($0) + 500) / 1000) }
        logged.distanceMeters = centimeters.map { Int((UInt64($0) + 50) / 100) }
        if let wanted = target?.durationSeconds, let seconds = logged.durationSeconds, seconds < wanted { logged.status = .partial }
        if let wanted = target?.distanceMeters, let meters = logged.distanceMeters, meters < wanted { logged.status = .partial }
        return logged
    }

    /// The weight, in the unit the watch showed it in: kilograms to the gram, pounds to a tenth.
    func load(_ set: RecordedSet) -> CheckedLoad? {
        guard let sixteenths = set.weightSixteenthsOfKilogram, sixteenths > 0 else { return nil }
        let kilograms = Mass(thousandths: (Int64(sixteenths) * 125 + 1) / 2, unit: .kg)
        guard set.weightShownInPounds else { return .mass(kilograms) }
        let pounds = kilograms.converted(to: .lb)
        return .mass(Mass(thousandths: (pounds.thousandths + 50) / 100 * 100, unit: .lb))
    }

    /// The planned set each recorded set of one exercise was, in order. A watch records warm-ups
    /// only when the athlete logs them, so the planned warm-ups (which come first) are matched to
    /// the leading sets lighter than the first work set's weight; without weights, to the sets
    /// recorded beyond the number of work sets. Sets past the plan's have no target.
    static func targets(of recorded: [RecordedSet], planned: [WorkSet]) -> [WorkSet?] {
        let plannedWarmUps = planned.prefix { $0.isWarmUp }.count
        let work = Array(planned.dropFirst(plannedWarmUps))
        var warmUps = min(plannedWarmUps, max(0, recorded.count - work.count))
        if plannedWarmUps > 0, let workMass = work.first?.load?.mass {
            let workSixteenths = workMass.converted(to: .kg).thousandths * 2 / 125
            // Lighter by more than rounding (2.5%): a warm-up.
            let lighter = recorded.prefix { set in
                set.weightSixteenthsOfKilogram.map { Int64($0) * 40 < workSixteenths * 39 } ?? false
            }.count
            // Every set lighter is a day done at a lower weight, not a day of warm-ups alone.
            if lighter < recorded.count { warmUps = min(plannedWarmUps, lighter) }
        }
        return recorded.indices.map { index in
            if index < warmUps { return planned[plannedWarmUps - warmUps + index] }
            let position = index - warmUps
            return position < work.count ? work[position] : nil
        }
    }

    /// The plan's sets of each exercise in the session, in the order they are done.
    static func plannedSets(_ session: SessionInstance) -> [String: [WorkSet]] {
        var result: [String: [WorkSet]] = [:]
        for item in session.items {
            switch item {
            case .exercise(let prescription):
                result[prescription.exercise, default: []] += prescription.sets
            case .group(let group):
                for round in 0..<group.rounds {
                    for member in group.exercises where !member.sets.isEmpty {
                        result[member.exercise, default: []].append(member.sets[min(round, member.sets.count - 1)])
                    }
                }
            }
        }
        return result
    }

    /// The zone's offset at an instant, from the plan's snapshot of its rules.
    static func offset(of zone: ZoneSnapshot, at instant: Int64) -> Int {
        var offset = zone.periods.first?.offset ?? 0
        for period in zone.periods {
            if let start = period.start, start > instant { break }
            offset = period.offset
        }
        return offset
    }

    func floorDivide(_ value: Int64, _ divisor: Int64) -> Int64 {
        value >= 0 ? value / divisor : -((-value + divisor - 1) / divisor)
    }
}

extension String {
    /// `goblet_squat` → `goblet-squat`, as exercise ids are written.
    var replacingUnderscores: String { String(map { $0 == "_" ? "-" : $0 }) }
}
