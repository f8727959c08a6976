import Diagnostics
import ProgramSpec
import RegimenValues
import ZoneInfo

/// The outcome of checking a program: the checked program when there are no errors, and every
/// diagnostic found either way.
public struct CheckResult: Sendable {
    public var program: CheckedProgram?
    public var diagnostics: [Diagnostic]
}

/// Resolves names and checks values across a program and its libraries.
public struct Checker: Sendable {
    public var zones: ZoneDatabase

    public init(zones: ZoneDatabase = .system) {
        self.zones = zones
    }

    public func check(_ loaded: LoadedProgram) -> CheckResult {
        var diagnostics = loaded.diagnostics
        if let library = loaded.rootLibrary {
            // A library on its own: its exercises and those it includes must be consistent.
            var pass = CheckPass(spec: ProgramSpec(file: library.file, span: library.span), libraries: [library] + loaded.libraries, zones: zones)
            pass.exercisesIncomplete = loaded.includesIncomplete || library.exercisesDamaged
            pass.checkExercisesOnly()
            return CheckResult(program: nil, diagnostics: diagnostics + pass.diagnostics)
        }
        guard let spec = loaded.program else { return CheckResult(program: nil, diagnostics: diagnostics) }
        var pass = CheckPass(spec: spec, libraries: loaded.libraries, zones: zones)
        pass.exercisesIncomplete = loaded.includesIncomplete || spec.damagedSections.contains("exercises")
        let program = pass.run()
        diagnostics += pass.diagnostics
        let hasErrors = diagnostics.contains { $0.severity == .error }
        return CheckResult(program: hasErrors ? nil : program, diagnostics: diagnostics)
    }
}

/// One run of the checker over one program.
struct CheckPass {
    let spec: ProgramSpec
    let libraries: [LibrarySpec]
    let zones: ZoneDatabase
    var diagnostics: [Diagnostic] = []

    /// Exercise index by id, with the spec it came from.
    var exerciseIndex: [String: Int] = [:]
    var exerciseSpecs: [ExerciseSpec] = []
    var sessionIndex: [String: Int] = [:]
    /// Set when some exercises could not be read (a missing include, say): unknown exercise
    /// names are then not reported, since they are most likely defined in what is missing.
    var exercisesIncomplete = false

    init(spec: ProgramSpec, libraries: [LibrarySpec], zones: ZoneDatabase) {
        self.spec = spec
        self.libraries = libraries
        self.zones = zones
    }

    mutating func error(_ code: DiagnosticCode, _ message: String, at span: SourceSpan, notes: [DiagnosticNote] = [], fix: FixIt? = nil) {
        diagnostics.append(.error(code, message, at: span, notes: notes, fix: fix))
    }

    mutating func run() -> CheckedProgram? {
        collectExercises()
        let definitions = exerciseSpecs
        let exercises = definitions.map { checkExercise($0) }
        collectSessions()
        let sessionSpecs = spec.sessions
        let sessions = sessionSpecs.map { checkSession($0) }
        let schedule = checkSchedule()
        let units = spec.units?.value ?? .kg
        let athlete = checkAthlete()
        guard let name = spec.name?.value, let weeks = spec.weeks?.value, let athlete, let schedule else { return nil }
        return CheckedProgram(
            file: spec.file, id: spec.id?.value ?? Identifier.slug(PathText.stem(of: spec.file)), name: name,
            coach: spec.coach?.value, notes: spec.notes?.value, weeks: weeks, units: units,
            athletes: [athlete], exercises: exercises, sessions: sessions.compactMap { $0 }, schedule: schedule)
    }

    // MARK: Exercises

    mutating func checkExercisesOnly() {
        collectExercises()
        let definitions = exerciseSpecs
        for exercise in definitions { _ = checkExercise(exercise) }
    }

    mutating func collectExercises() {
        let all = spec.exercises + libraries.flatMap(\.exercises)
        for exercise in all {
            if let existing = exerciseIndex[exercise.id.value] {
                error(.duplicateDefinition, "the exercise `\(exercise.id.value)` is defined twice; rename one of them", at: exercise.id.span,
                      notes: [DiagnosticNote("`\(exercise.id.value)` is first defined here", at: exerciseSpecs[existing].id.span)])
                continue
            }
            exerciseIndex[exercise.id.value] = exerciseSpecs.count
            exerciseSpecs.append(exercise)
        }
    }

    mutating func checkExercise(_ exercise: ExerciseSpec) -> CheckedExercise {
        var harder: Int?
        if let reference = exercise.harder {
            harder = resolveExercise(reference)
            if harder == exerciseIndex[exercise.id.value] {
                error(.conflictingFields, "an exercise cannot be its own harder variant", at: reference.span)
                harder = nil
            }
        }
        return CheckedExercise(
            id: exercise.id.value, name: exercise.name?.value ?? exercise.id.value, kind: exercise.kind?.value ?? .strength,
            targets: exercise.targets.map(\.value), secondaryTargets: exercise.secondaryTargets.map(\.value),
            perSide: exercise.perSide?.value ?? false, equipment: exercise.equipment.map(\.value),
            cues: exercise.cues.map(\.value), harder: harder)
    }

    /// The index of a referenced exercise, or an error naming the closest existing one.
    mutating func resolveExercise(_ reference: Located<String>) -> Int? {
        if let index = exerciseIndex[reference.value] { return index }
        guard !exercisesIncomplete else { return nil }
        let names = exerciseSpecs.map(\.id.value)
        if let suggestion = Suggestions.closest(to: reference.value, in: names), let index = exerciseIndex[suggestion] {
            error(.unknownExercise, "there is no exercise `\(reference.value)`; did you mean `\(suggestion)`?", at: reference.span,
                  notes: [DiagnosticNote("`\(suggestion)` is defined here", at: exerciseSpecs[index].id.span)],
                  fix: FixIt("write `\(suggestion)`", replacing: reference.span, with: suggestion))
        } else {
            error(.unknownExercise,
                  "there is no exercise `\(reference.value)`; define it under `exercises:` or include a library that has it",
                  at: reference.span)
        }
        return nil
    }

    // MARK: Sessions

    mutating func collectSessions() {
        if spec.sessions.count > SpecLimits.sessions {
            error(.limitExceeded, "the program defines \(spec.sessions.count) sessions, more than the limit of \(SpecLimits.sessions)",
                  at: spec.sessions[SpecLimits.sessions].id.span)
        }
        for (index, session) in spec.sessions.enumerated() {
            if session.id.value == "rest" {
                error(.invalidName, "`rest` marks a rest day in the schedule, so no session can be called `rest`; rename it",
                      at: session.id.span)
            }
            sessionIndex[session.id.value] = index
        }
    }

    mutating func checkSession(_ session: SessionSpec) -> CheckedSession? {
        if session.items.count > SpecLimits.itemsPerSession {
            error(.limitExceeded, "session `\(session.id.value)` has \(session.items.count) items, more than the limit of \(SpecLimits.itemsPerSession)",
                  at: session.itemsSpan ?? session.id.span)
        }
        if session.itemsWritten == 0, let span = session.itemsSpan {
            error(.missingPrescription, "session `\(session.id.value)` has no items; list at least one exercise under `items:`", at: span)
        }
        var items: [CheckedItem] = []
        for item in session.items {
            switch item {
            case .exercise(let prescription):
                if let checked = checkPrescription(prescription, inGroup: false) { items.append(.exercise(checked)) }
            case .group(let group):
                if let checked = checkGroup(group) { items.append(.group(checked)) }
            }
        }
        return CheckedSession(
            id: session.id.value, title: session.title?.value ?? session.id.value, at: session.at?.value,
            durationSeconds: session.duration?.value, location: session.location?.value, notes: session.notes?.value, items: items)
    }

    mutating func checkGroup(_ group: GroupSpec) -> CheckedGroup? {
        if group.exercises.count < 2 {
            error(.conflictingFields, "a \(group.kind.value.rawValue) needs at least two exercises; for one exercise, write it as a plain item with `sets:`",
                  at: group.kind.span)
        }
        let exercises = group.exercises.compactMap { checkPrescription($0, inGroup: true) }
        guard let rounds = group.rounds?.value, exercises.count == group.exercises.count else { return nil }
        return CheckedGroup(kind: group.kind.value == .superset ? .superset : .circuit, rounds: rounds,
                            restSeconds: group.rest?.value, notes: group.notes?.value, exercises: exercises)
    }

    mutating func checkPrescription(_ item: PrescriptionSpec, inGroup: Bool) -> CheckedPrescription? {
        guard let reference = item.exercise, let index = resolveExercise(reference) else { return nil }
        let exercise = exerciseSpecs[index]
        if item.writtenKeys.isDisjoint(with: ["reps", "hold", "duration", "distance"]), !item.hasUnknownKeys {
            error(.missingPrescription,
                  "say what to do with `\(reference.value)`: add `reps` (like `reps: 8`), `hold` (like `hold: 30s`), `duration` or `distance`",
                  at: reference.span)
        }
        if let side = item.side, exercise.perSide?.value != true {
            error(.conflictingFields, "`side` is only for per-side exercises, and `\(reference.value)` is not one; remove `side` or mark the exercise `per-side: true`",
                  at: side.span)
        }
        let units = spec.units?.value ?? .kg
        let load: CheckedLoad? = item.load.map { load in
            switch load.value {
            case .mass(let thousandths, let unit): .mass(Mass(thousandths: thousandths, unit: unit ?? units))
            case .bodyweight(let added): .bodyweight(added: added)
            }
        }
        return CheckedPrescription(
            exercise: index, sets: item.sets?.value ?? 1, reps: item.reps?.value, load: load, holdSeconds: item.hold?.value,
            durationSeconds: item.duration?.value, distanceMeters: item.distance?.value, restSeconds: item.rest?.value,
            tempo: item.tempo?.value, rpeTenths: item.rpe?.value, rir: item.rir?.value, side: item.side?.value,
            notes: item.notes?.value, optional: item.optional?.value ?? false)
    }

    // MARK: Schedule

    mutating func checkSchedule() -> [[Int]]? {
        guard let days = spec.schedule else { return nil }
        var schedule = [[Int]](repeating: [], count: 7)
        var used: Set<String> = []
        let sessionsReadable = !spec.damagedSections.contains("sessions")
        for day in days {
            for reference in day.sessions {
                used.insert(reference.value)
                if let index = sessionIndex[reference.value] {
                    if let weekday = day.day { schedule[weekday.value.rawValue - 1].append(index) }
                } else if !sessionsReadable {
                    continue
                } else if let suggestion = Suggestions.closest(to: reference.value, in: spec.sessions.map(\.id.value)),
                          let index = sessionIndex[suggestion] {
                    error(.unknownSession, "there is no session `\(reference.value)`; did you mean `\(suggestion)`?", at: reference.span,
                          notes: [DiagnosticNote("`\(suggestion)` is defined here", at: spec.sessions[index].id.span)],
                          fix: FixIt("write `\(suggestion)`", replacing: reference.span, with: suggestion))
                } else {
                    error(.unknownSession, "there is no session `\(reference.value)`; define it under `sessions:` or write `rest`", at: reference.span)
                }
            }
        }
        if days.allSatisfy({ $0.sessions.isEmpty }) {
            error(.emptySchedule, "the schedule has no training days; give at least one weekday a session, like `mon: strength-a`",
                  at: spec.scheduleSpan ?? spec.span)
            return schedule
        }
        for session in spec.sessions where !used.contains(session.id.value) && session.id.value != "rest" {
            diagnostics.append(.warning(.unusedDefinition, "session `\(session.id.value)` is never scheduled; add it to `schedule:` or remove it",
                                        at: session.id.span))
        }
        return schedule
    }

    // MARK: Athlete and time zone

    mutating func checkAthlete() -> CheckedAthlete? {
        guard let start = spec.start?.value, let zone = spec.timeZone, let rules = timeZoneRules(zone) else { return nil }
        let name = spec.athlete?.value
        let id = name.map(Identifier.slug).flatMap { $0.isEmpty ? nil : $0 } ?? "athlete"
        return CheckedAthlete(id: id, name: name, start: start, timeZone: rules)
    }

    mutating func timeZoneRules(_ zone: Located<String>) -> ZoneRules? {
        switch zones.rules(for: zone.value) {
        case .success(let rules):
            return rules
        case .failure(.unreadable(let reason)):
            error(.unknownTimeZone, "the zone data for `\(zone.value)` cannot be read (\(reason)); reinstall the system's tzdata", at: zone.span)
        case .failure(.unknownZone):
            if let suggestion = Suggestions.closest(to: zone.value, in: zones.identifiers()) {
                error(.unknownTimeZone, "`\(zone.value)` is not a time zone; did you mean `\(suggestion)`?", at: zone.span,
                      fix: FixIt("write `\(suggestion)`", replacing: zone.span, with: suggestion))
            } else {
                error(.unknownTimeZone, "`\(zone.value)` is not a time zone; use a name like `Europe/London` or `America/New_York`", at: zone.span)
            }
        }
        return nil
    }
}
