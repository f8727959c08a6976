import Checker
import Diagnostics
import ProgramSpec
import RegimenValues
import TrainingLog

/// Exercises and sets: names resolved, units given, seconds read as holds or durations.
extension LogPass {
    mutating func exercise(_ raw: RawExercise, athlete: CheckedAthlete, file: inout FileContext) -> LoggedExercise? {
        let index: Int
        let match: ProgramNames.ExerciseMatch
        if let known = exerciseMatches[raw.name.value] {
            match = known
        } else {
            match = names.exercise(raw.name.value)
            exerciseMatches[raw.name.value] = match
        }
        switch match {
        case .found(let found):
            index = found
        case .ambiguous(let matches):
            let list = matches.map { "`\(program.exercises[$0].id)`" }.joined(separator: ", ")
            diagnostics.append(.error(.unknownLoggedExercise,
                "`\(raw.name.value)` is the name of several exercises (\(list)); log it by its key, or give the exercises different names",
                at: raw.name.span))
            return nil
        case .unknown:
            let key = raw.name.value
            if var entry = file.unknownExercises[key] {
                entry.count += 1
                file.unknownExercises[key] = entry
            } else {
                file.unknownExercises[key] = (raw.name.span, 1, file.unknownExercises.count)
            }
            return nil
        }
        let kind = program.exercises[index].kind
        let sets = raw.sets.map { loggedSet($0, kind: kind, athlete: athlete, file: &file) }
        return LoggedExercise(exercise: index, sets: sets, notes: raw.notes?.value, span: raw.name.span)
    }

    func unknownExercise(_ name: String, at span: SourceSpan, repeats: Int, format: LogFormat) -> Diagnostic {
        let suggestions = names.suggestions(for: name)
        var notes: [DiagnosticNote] = []
        if repeats > 0 { notes.append(DiagnosticNote("it appears \(repeats) more time\(repeats == 1 ? "" : "s") in this file")) }
        let quoted = name.contains("\"") ? name : "\"\(name)\""
        guard let first = suggestions.first else {
            notes.append(DiagnosticNote("add it to the program's exercises, or give an exercise the alias: `aliases: [\(quoted)]`"))
            return .error(.unknownLoggedExercise, "`\(name)` is not an exercise of the program (by key, name or alias)", at: span, notes: notes)
        }
        let id = program.exercises[first].id
        if let definition = program.sourceMap.exercises[id] {
            notes.append(DiagnosticNote("if it is `\(id)`, add `aliases: [\(quoted)]` to its definition", at: definition))
        }
        if suggestions.count > 1 {
            notes.append(DiagnosticNote("or one of " + suggestions.dropFirst().map { "`\(program.exercises[$0].id)`" }.joined(separator: ", ")))
        }
        let fix = format == .yaml ? FixIt("write `\(id)`", replacing: span, with: id) : nil
        return .error(.unknownLoggedExercise, "`\(name)` is not an exercise of the program; did you mean `\(id)` (\(program.exercises[first].name))?",
                      at: span, notes: notes, fix: fix)
    }

    mutating func loggedSet(_ raw: RawSet, kind: ExerciseKind, athlete: CheckedAthlete, file: inout FileContext) -> LoggedSet {
        var set = LoggedSet(status: status(raw.status), reps: raw.reps, rpeTenths: raw.rpeTenths, isWarmUp: raw.isWarmUp, notes: raw.notes,
                            span: raw.span)
        if let load = raw.load { set.load = checkedLoad(load, athlete: athlete, file: &file) }
        set.holdSeconds = raw.holdSeconds
        set.durationSeconds = raw.durationSeconds
        if let seconds = raw.seconds {
            if kind == .cardio { set.durationSeconds = set.durationSeconds ?? seconds } else { set.holdSeconds = set.holdSeconds ?? seconds }
        }
        if let distance = raw.distance { set.distanceMeters = metres(distance, file: &file) }
        return set
    }

    func status(_ raw: RawStatus) -> LoggedSet.Status {
        switch raw {
        case .done: .done
        case .partial: .partial
        case .skipped: .skipped
        }
    }

    /// A logged load with its unit: as written, else the log's units (the `logs:` entry's, the
    /// file's own), the athlete's, or the program's when it writes them.
    mutating func checkedLoad(_ load: Located<RawLoad>, athlete: CheckedAthlete, file: inout FileContext) -> CheckedLoad? {
        switch load.value {
        case .bodyweight(let added):
            return .bodyweight(added: added)
        case .mass(let thousandths, let unit?):
            return .mass(Mass(thousandths: thousandths, unit: unit))
        case .mass(let thousandths, nil):
            let input = file.input
            if let unit = input.units?.value ?? input.log.units?.value ?? athlete.units ?? (program.unitsWritten ? program.units : nil) {
                return .mass(Mass(thousandths: thousandths, unit: unit))
            }
            if !file.reportedMassUnits {
                file.reportedMassUnits = true
                let anchor = input.log.unitsAnchor ?? load.span
                var notes = [DiagnosticNote("say the units once: `units: kg` (or `lb`) in the program, on the athlete, or in the `logs:` entry of this file")]
                if anchor != load.span { notes.insert(DiagnosticNote("the first such weight is here", at: load.span), at: 0) }
                let message = input.log.format == .strong
                    ? "this Strong export does not say whether its weights are kg or lb (the older export has no unit column), and neither does the program"
                    : "the load `\(DecimalText.thousandths(thousandths))` has no unit, and neither the log, the athlete nor the program says which units it is in; write `\(DecimalText.thousandths(thousandths))kg` or `\(DecimalText.thousandths(thousandths))lb`"
                diagnostics.append(.error(.ambiguousLogUnit, message, at: anchor, notes: notes))
            }
            return nil
        }
    }

    /// Whole metres, or a diagnostic when the distance has no unit and none is known.
    mutating func metres(_ distance: Located<RawDistance>, file: inout FileContext) -> Int? {
        guard let unit = distance.value.unit ?? file.input.distanceUnits?.value ?? file.input.log.distanceUnits?.value else {
            if !file.reportedDistanceUnits {
                file.reportedDistanceUnits = true
                diagnostics.append(.error(.ambiguousLogUnit,
                    "the distance `\(DecimalText.thousandths(distance.value.thousandths))` has no unit, and the log does not say whether it is km, mi or m",
                    at: distance.span,
                    notes: [DiagnosticNote("say it in the `logs:` entry of this file: `{ path: \(file.input.path), distance-units: km }`")]))
            }
            return nil
        }
        return Int(unit.metres(thousandths: distance.value.thousandths))
    }
}
