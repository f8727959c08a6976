import Diagnostics
import ProgramSpec
import RegimenValues

/// What differs per athlete: session times, days, exercise swaps, equipment and the weekday
/// weeks begin on, resolved into the checked athlete for the planner to read.
extension CheckPass {
    /// The first day on or after `date` that falls on `weekday`: where week 1 begins.
    static func weekStart(onOrAfter date: CivilDate, on weekday: Weekday) -> CivilDate {
        date.adding(days: (weekday.rawValue - date.weekday.rawValue + 7) % 7)
    }

    /// The exercises athletes may be asked to do: every item's exercise, and the harder variants
    /// of items whose rules move on to them.
    static func exercisesUsed(in sessions: [CheckedSession], exercises: [CheckedExercise]) -> Set<Int> {
        var used: Set<Int> = []
        for session in sessions {
            for item in session.items {
                for prescription in item.prescriptions {
                    used.insert(prescription.exercise)
                    // A rule moves on by itself, or by its `on-success`/`on-failure` action, in any phase.
                    let movesOn = prescription.progression.flatMap { [$0.base] + $0.phases.map(\.progression) }.contains { progression in
                        switch progression.rule {
                        case .linear(_, _, _, .harder, _), .harderAfter: return true
                        default:
                            return [progression.onSuccess, progression.onFailure].contains { if case .harder? = $0 { true } else { false } }
                        }
                    }
                    var next = movesOn ? exercises[prescription.exercise].harder : nil
                    while let variant = next, used.insert(variant).inserted { next = exercises[variant].harder }
                }
            }
        }
        return used
    }

    mutating func checkOverrides(_ spec: AthleteSpec, into athlete: inout CheckedAthlete) {
        for (session, time) in spec.sessionTimes {
            if let index = resolveSession(session) { athlete.sessionTimes[index] = time.value }
        }
        if !spec.days.isEmpty {
            var weekdays = Weekday.allCases
            for (from, to) in spec.days { weekdays[from.value.rawValue - 1] = to.value }
            athlete.weekdays = weekdays
        }
        for (from, to) in spec.swaps {
            let original = resolveExercise(from)
            guard let replacement = resolveExercise(to), let original else { continue }
            if original == replacement {
                error(.conflictingFields, "`\(from.value)` is swapped for itself; remove the swap", at: to.span)
                continue
            }
            guard checkSameKind(exerciseSpecs[replacement], as: exerciseSpecs[original], at: to.span, what: "a swap") else { continue }
            if !usedExercises.contains(original), !exercisesIncomplete {
                warning(.unusedDefinition, "no session of the program has `\(from.value)`, so swapping it changes nothing", at: from.span)
            }
            athlete.swaps[original] = replacement
        }
        if let equipment = spec.equipment, let have = equipmentList(equipment) {
            applyEquipment(have, of: spec, span: equipment.span, to: &athlete)
        }
        // Starting loads given for the exercise done instead apply to the items that name the original.
        for (original, replacement) in athlete.swaps where athlete.loads[original] == nil {
            if let load = athlete.loads[replacement] { athlete.loads[original] = load }
        }
    }

    /// The index of a session an athlete's override names, or an error naming the closest one.
    mutating func resolveSession(_ reference: Located<String>) -> Int? {
        if let index = sessionIndex[reference.value] { return index }
        guard !spec.damagedSections.contains("sessions") else { return nil }
        let sessions = spec.sessions
        let index = sessionIndex
        unknownName(.unknownSession, kind: "session", reference, candidates: sessions.map(\.id.value),
                    definedAt: { index[$0].map { sessions[$0].id.span } }, otherwise: "name a session under `sessions:`")
        return nil
    }

    /// What an athlete's `equipment:` lists, in lowercase; `nil` when it names a set that does not exist.
    mutating func equipmentList(_ equipment: EquipmentSpec) -> Set<String>? {
        guard let name = equipment.set else {
            checkEquipmentNames(equipment.items)
            return Set(equipment.items.map { $0.value.lowercased() })
        }
        if let set = spec.equipmentSets.first(where: { $0.name.value == name.value }) {
            return Set(set.equipment.map { $0.value.lowercased() })
        }
        let sets = spec.equipmentSets
        unknownName(.unknownEquipmentSet, kind: "equipment set", name, candidates: sets.map(\.name.value),
                    definedAt: { name in sets.first { $0.name.value == name }?.name.span },
                    otherwise: sets.isEmpty
                        ? "define it under `equipment-sets:`, or list the athlete's equipment: `equipment: [mat, dumbbells]`"
                        : "define it under `equipment-sets:`")
        return nil
    }

    /// Equipment that no exercise needs but whose name is close to one that some exercise does is
    /// most likely a typo, which would otherwise swap exercises silently.
    mutating func checkEquipmentNames(_ items: [Located<String>]) {
        guard !exercisesIncomplete else { return }
        let needed = Set(exercises.flatMap { $0.equipment.map { $0.lowercased() } })
        for item in items where !needed.contains(item.value.lowercased()) {
            guard let suggestion = Suggestions.closest(to: item.value.lowercased(), in: needed.sorted()) else { continue }
            warning(.unusedDefinition, "no exercise needs `\(item.value)`; did you mean `\(suggestion)`?", at: item.span,
                    fix: FixIt("write `\(suggestion)`", replacing: item.span, with: suggestion))
        }
    }

    /// Replaces each exercise the athlete cannot do for lack of equipment with its alternative (in
    /// turn, until one fits), after the athlete's own swaps.
    mutating func applyEquipment(_ have: Set<String>, of spec: AthleteSpec, span: SourceSpan, to athlete: inout CheckedAthlete) {
        func lacking(_ exercise: Int) -> [String] {
            exercises[exercise].equipment.filter { !have.contains($0.lowercased()) }
        }
        for original in usedExercises.sorted() {
            let start = athlete.swaps[original] ?? original
            var current = start
            var tried: Set<Int> = [current]
            while !lacking(current).isEmpty, let next = exercises[current].alternative, tried.insert(next).inserted {
                current = next
            }
            let missing = lacking(current)
            if missing.isEmpty {
                if current != original { athlete.swaps[original] = current }
                continue
            }
            let id = exercises[start].id
            let needs = lacking(start).map { "`\($0)`" }.joined(separator: " or ")
            let alternatives = current == start
                ? "it has no `alternative:`"
                : "its alternatives need more than the athlete has too (`\(exercises[current].id)` needs \(missing.map { "`\($0)`" }.joined(separator: " and ")))"
            error(.missingEquipment,
                  "\(spec.name.value) has no \(needs), which `\(id)` needs, and \(alternatives); give `\(id)` an `alternative:`, swap it for this athlete (`swap: { \(id): … }`), or add the equipment to the athlete's list",
                  at: span, notes: [DiagnosticNote("`\(id)` is defined here", at: exerciseSpecs[start].id.span)])
        }
    }
}
