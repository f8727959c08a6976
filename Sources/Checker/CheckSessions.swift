import Diagnostics
import ProgramSpec
import RegimenValues

extension CheckPass {
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
        let rules = item.progress.compactMap { resolveRule($0) }
        // A wave gives sets and reps, so an item with one (even one that could not be read) needs no reps.
        let unreadableKeys = item.progress.reduce(into: item.unreadableRuleKeys) { keys, reference in
            if case .named(let name) = reference { keys.formUnion(spec.unreadableRules[name.value] ?? []) }
        }
        let hasWave = unreadableKeys.contains("wave") || rules.contains { if case .wave = $0.kind { true } else { false } }
        if unreadableKeys.contains("wave") { possibleTrainingMaxKeys.insert(item.trainingMax?.value ?? reference.value) }
        if item.reps == nil, !["reps", "hold", "duration", "distance"].contains(where: item.writtenKeys.contains), !item.hasUnknownKeys, !hasWave {
            error(.missingPrescription,
                  "say what to do with `\(reference.value)`: add `reps` (like `reps: 8`), `hold` (like `hold: 30s`), `duration` or `distance`",
                  at: reference.span)
        }
        if let count = item.repsPerSide {
            if exercise.perSide?.value == true {
                error(.invalidReps, "`\(reference.value)` is per-side, so its reps already count each side; write `reps: \(count.value)`",
                      at: count.span, fix: FixIt("write `\(count.value)`", replacing: count.span, with: count.value))
            } else {
                error(.invalidReps,
                      "reps are counted per side on an exercise marked `per-side: true`; write `reps: \(count.value)` and add `per-side: true` to `\(reference.value)`",
                      at: count.span, notes: [DiagnosticNote("`\(reference.value)` is defined here", at: exercise.id.span)],
                      fix: FixIt("write `\(count.value)`", replacing: count.span, with: count.value))
            }
        }
        if let side = item.side, exercise.perSide?.value != true {
            error(.conflictingFields, "`side` is only for per-side exercises, and `\(reference.value)` is not one; remove `side` or mark the exercise `per-side: true`",
                  at: side.span)
        }
        let load: CheckedLoad? = item.load.map { load in
            switch load.value {
            case .mass(let thousandths, let unit): .mass(Mass(thousandths: thousandths, unit: unit ?? programUnits))
            case .bodyweight(let added): .bodyweight(added: added)
            case .percent(let tenths): .percent(tenths: tenths)
            }
        }
        let trainingMaxKey = item.trainingMax?.value ?? reference.value
        if case .percent = load, let span = item.load?.span {
            trainingMaxUses.append((trainingMaxKey, span, reference.value))
        }
        var checked = CheckedPrescription(
            exercise: index, sets: item.sets?.value ?? 1, reps: item.reps?.value, load: load, holdSeconds: item.hold?.value,
            durationSeconds: item.duration?.value, distanceMeters: item.distance?.value, restSeconds: item.rest?.value,
            tempo: item.tempo?.value, rpeTenths: item.rpe?.value, rir: item.rir?.value, side: item.side?.value,
            notes: item.notes?.value, optional: item.optional?.value ?? false, rules: [], trainingMaxKey: trainingMaxKey,
            target: item.target?.value, restActivity: item.restActivity?.value)
        checked.rules = checkRules(rules, for: item, checked: checked, inGroup: inGroup)
        return checked
    }
}
