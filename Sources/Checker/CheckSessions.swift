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
        // A wave or stages rule gives sets and reps, so an item with one (even one that could not be
        // read) needs no reps.
        let unreadableKeys = item.progress.reduce(into: item.unreadableRuleKeys) { keys, reference in
            if case .named(let name) = reference { keys.formUnion(spec.unreadableRules[name.value] ?? []) }
        }
        let givesSets = unreadableKeys.contains("wave") || unreadableKeys.contains("stages") || rules.contains {
            switch $0.kind {
            case .wave, .stages: true
            default: false
            }
        }
        if unreadableKeys.contains("wave") { possibleTrainingMaxKeys.insert(item.trainingMax?.value ?? reference.value) }
        // `sets` written but unreadable (reported) may have been meant as set groups.
        let setsUnreadable = item.writtenKeys.contains("sets") && item.sets == nil && item.setGroups == nil
        if !["reps", "hold", "duration", "distance"].contains(where: item.writtenKeys.contains), item.setGroups == nil,
           !item.hasUnknownKeys, !givesSets, !setsUnreadable {
            error(.missingPrescription,
                  "say what to do with `\(reference.value)`: add `reps` (like `reps: 8`), `hold` (like `hold: 30s`), `duration` or `distance`, or give `sets` as groups like `sets: 3x8 @ 40kg`",
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
        let load: CheckedLoad? = item.load.map { checkedLoad($0.value) }
        let trainingMaxKey = item.trainingMax?.value ?? reference.value
        if case .percent = load, let span = item.load?.span {
            trainingMaxUses.append((trainingMaxKey, span, reference.value))
        }
        let setGroups = item.setGroups.flatMap { checkSetGroups($0, item: item, exercise: index, trainingMaxKey: trainingMaxKey) }
        // Set groups written with weights give the item its starting load (a load rule adds its
        // steps to each of them).
        let firstWeight = setGroups?.lazy.compactMap { group -> CheckedLoad? in
            if case .load(let written)? = group.load, case .mass = written { return written }
            return nil
        }.first
        var checked = CheckedPrescription(
            exercise: index, sets: setGroups.map { $0.reduce(0) { $0 + $1.count } } ?? item.sets?.value ?? 1, reps: item.reps?.value,
            load: load ?? firstWeight, holdSeconds: item.hold?.value,
            durationSeconds: item.duration?.value, distanceMeters: item.distance?.value, restSeconds: item.rest?.value,
            tempo: item.tempo?.value, rpeTenths: item.rpe?.value, rir: item.rir?.value, side: item.side?.value,
            notes: item.notes?.value, optional: item.optional?.value ?? false, progression: [], trainingMaxKey: trainingMaxKey,
            lift: item.lift?.value ?? item.trainingMax?.value ?? reference.value, setGroups: setGroups,
            warmUp: item.warmUp.map { checkWarmUp($0, exercise: index) } ?? [], ownDeload: item.ownDeload?.value ?? false,
            target: item.target?.value, restActivity: item.restActivity?.value)
        if inGroup, let warmUp = item.warmUp {
            error(.conflictingFields, "warm-ups go before an exercise's work sets, and inside a superset or circuit there are only rounds; warm up in an item of its own",
                  at: warmUp.span)
            checked.warmUp = []
        }
        checked.progression = checkRules(rules, for: item, checked: checked, inGroup: inGroup)
        checked.lift = liftKey(checked, item: item)
        return checked
    }

    func checkedLoad(_ load: LoadSpec) -> CheckedLoad {
        switch load {
        case .mass(let thousandths, let unit): .mass(Mass(thousandths: thousandths, unit: unit ?? programUnits))
        case .bodyweight(let added): .bodyweight(added: added)
        case .percent(let tenths): .percent(tenths: tenths)
        }
    }

    /// `sets: [1x5+ @ 85%, 4x5 @ 75%]`: loads resolved, back-off sets after a top set, RPE sets within the chart.
    mutating func checkSetGroups(
        _ groups: Located<[SetGroupSpec]>, item: PrescriptionSpec, exercise: Int, trainingMaxKey: String
    ) -> [CheckedSetGroup]? {
        let name = item.exercise?.value ?? ""
        if let reps = item.reps {
            error(.conflictingFields, "`sets` gives the reps of each group, so the item has no `reps` of its own; remove `reps: \(reps.value)`", at: reps.span)
            return nil
        }
        var result: [CheckedSetGroup] = []
        var hasLoadBefore = item.load != nil
        for group in groups.value {
            var load: CheckedSetLoad?
            switch group.load {
            case nil:
                load = nil
            case .load(let written)?:
                load = .load(checkedLoad(written))
                if case .percent = written { trainingMaxUses.append((trainingMaxKey, groups.span, name)) }
            case .bar?:
                guard exercises[exercise].bar != nil else {
                    error(.conflictingFields, "`@ bar` is the empty bar, and `\(name)` has no `bar:`; give the exercise one, like `bar: 20kg`", at: groups.span)
                    return nil
                }
                load = .bar
            case .rpe(let tenths)?:
                if !hasLoadBefore { oneRepMaxUses.append((trainingMaxKey, groups.span, name)) }
                guard RPEChart.covers(reps: group.reps, rpeTenths: tenths) else {
                    error(.outsideRPEChart, "the RPE chart gives loads for 1 to 12 reps at RPE 6.5 to 10, and `\(group.reps) @ RPE \(DecimalText.thousandths(Int64(tenths) * 100))` is outside it",
                          at: groups.span)
                    return nil
                }
                load = .rpe(tenths: tenths)
            case .drop(let tenths)?:
                guard hasLoadBefore else {
                    error(.conflictingFields, "a load drop like `-\(DecimalText.thousandths(Int64(tenths) * 100))%` is taken off the day's top set, and nothing comes before it; give a top set first, like `[1x3 @ RPE 8, 3x3 @ -10%]`",
                          at: groups.span)
                    return nil
                }
                load = .drop(tenths: tenths)
            }
            if group.load != nil { hasLoadBefore = true }
            result.append(CheckedSetGroup(count: group.count, reps: group.reps, load: load))
        }
        return result
    }

    /// `warm-up:` resolved to its sets; `bar` sets need the exercise's bar.
    mutating func checkWarmUp(_ reference: Located<WarmUpReference>, exercise: Int) -> [CheckedSetGroup] {
        let sets: [Located<SetGroupSpec>]
        switch reference.value {
        case .none: return []
        case .inline(let written): sets = written
        case .named(let name):
            if let ramp = spec.warmUps.first(where: { $0.name.value == name }) {
                sets = ramp.sets
            } else if name == "standard" {
                return WarmUpRamps.standard
            } else {
                let ramps = spec.warmUps
                unknownName(.unknownWarmUp, kind: "warm-up", Located(name, at: reference.span), candidates: ramps.map(\.name.value) + ["standard"],
                            definedAt: { candidate in ramps.first { $0.name.value == candidate }?.name.span },
                            otherwise: "define it under `warm-ups:`, use `standard`, or write the sets in place")
                return []
            }
        }
        var result: [CheckedSetGroup] = []
        for set in sets {
            let load: CheckedSetLoad? = switch set.value.load {
            case .bar?: .bar
            case .load(let written)?: .load(checkedLoad(written))
            default: nil
            }
            if case .bar? = load, exercises[exercise].bar == nil {
                error(.conflictingFields, "`bar x \(set.value.reps)` is the empty bar, and `\(exercises[exercise].id)` has no `bar:`; give the exercise one, like `bar: 20kg`",
                      at: set.span)
                return []
            }
            result.append(CheckedSetGroup(count: set.value.count, reps: set.value.reps, load: load))
        }
        return result
    }
}

/// Built-in warm-up ramps.
public enum WarmUpRamps {
    /// `standard`: the empty bar for 10, then 40% × 5, 60% × 3 and 80% × 1 of the day's first work set.
    public static let standard: [CheckedSetGroup] = [
        CheckedSetGroup(count: 1, reps: .exactly(10), load: .bar),
        CheckedSetGroup(count: 1, reps: .exactly(5), load: .load(.percent(tenths: 400))),
        CheckedSetGroup(count: 1, reps: .exactly(3), load: .load(.percent(tenths: 600))),
        CheckedSetGroup(count: 1, reps: .exactly(1), load: .load(.percent(tenths: 800))),
    ]
}
