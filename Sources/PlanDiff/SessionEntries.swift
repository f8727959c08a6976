import RegimenPlan

/// One exercise of a session instance, with what identifies it across versions.
struct SessionEntry {
    /// The exercise the item names (not a harder variant it moved on to), with its occurrence in
    /// the session: `romanian-deadlift#1`.
    var key: String
    /// The exercise the item names.
    var named: String
    /// 1 for the first item naming it in the session, 2 for the second, …
    var occurrence: Int
    /// Where it is: the item's index, and the exercise's index within a group (0 for a single exercise).
    var item: Int
    var member: Int
    var prescription: Prescription
    var group: ExerciseGroup?

    /// The entries of a session's items, in order.
    static func entries(_ items: [PlannedItem]) -> [SessionEntry] {
        var result: [SessionEntry] = []
        var counts: [String: Int] = [:]
        for (itemIndex, item) in items.enumerated() {
            let group: ExerciseGroup? = if case .group(let group) = item { group } else { nil }
            for (memberIndex, prescription) in item.prescriptions.enumerated() {
                let named = prescription.advancedFrom ?? prescription.exercise
                counts[named, default: 0] += 1
                let occurrence = counts[named] ?? 1
                result.append(SessionEntry(
                    key: "\(named)#\(occurrence)", named: named, occurrence: occurrence, item: itemIndex, member: memberIndex,
                    prescription: prescription, group: group))
            }
        }
        return result
    }

    /// Matches old entries to new ones: by the exercise named first, then, for what is left, by
    /// place (an exercise swapped for another at the same place). Returns, for each old entry, the
    /// index of its new entry.
    static func match(old: [SessionEntry], new: [SessionEntry]) -> [Int?] {
        var newByKey: [String: Int] = [:]
        for (index, entry) in new.enumerated() { newByKey[entry.key] = index }
        var result = [Int?](repeating: nil, count: old.count)
        var taken = [Bool](repeating: false, count: new.count)
        for (index, entry) in old.enumerated() {
            if let found = newByKey[entry.key] {
                result[index] = found
                taken[found] = true
            }
        }
        var newByPlace: [Int: Int] = [:]
        for (index, entry) in new.enumerated() where !taken[index] { newByPlace[entry.item << 16 | entry.member] = index }
        for (index, entry) in old.enumerated() where result[index] == nil {
            if let found = newByPlace.removeValue(forKey: entry.item << 16 | entry.member) { result[index] = found }
        }
        return result
    }

    /// The lift whose lines this entry's changes belong to: the plan's lift, or the exercise named.
    var liftKey: String {
        let lift = prescription.lift ?? named
        return occurrence > 1 ? "\(lift)#\(occurrence)" : lift
    }
}

/// How a diff writes the parts of a prescription, in the words and numbers of the cards.
struct EntryText {
    let plan: Plan

    func name(_ exercise: String) -> String {
        plan.exercise(exercise)?.name ?? exercise
    }

    /// The work sets as a card shows them, with the set count also inside a group: `3×8 @ 40 kg`.
    /// `countShown` writes a single set's count too (`1×10`), for comparing with another count.
    func workSets(_ prescription: Prescription, countShown: Bool = false) -> String {
        var work = prescription
        work.sets = prescription.sets.filter { !$0.isWarmUp }
        let text = PlanText.prescription(work, perSide: plan.exercise(prescription.exercise)?.perSide ?? false, inGroup: false)
        if text.isEmpty { return "no sets" }
        return countShown && work.sets.count == 1 ? "1×" + text : text
    }

    /// The warm-up sets, or `nil` for none.
    func warmUps(_ prescription: Prescription) -> String? {
        var warmUps = prescription
        warmUps.sets = prescription.sets.filter(\.isWarmUp).map { set in
            var shown = set
            shown.isWarmUp = false
            return shown
        }
        guard !warmUps.sets.isEmpty else { return nil }
        return PlanText.prescription(warmUps, perSide: plan.exercise(prescription.exercise)?.perSide ?? false, inGroup: false)
    }

    /// Rest as a card shows it, without the word `rest`: `90 s`, `90 s jog between`, `60 s between rounds`.
    static func rest(_ prescription: Prescription, group: ExerciseGroup?) -> String? {
        if let group { return group.restSeconds.flatMap { $0 > 0 ? "\(PlanText.duration($0)) between rounds" : nil } }
        guard let rest = prescription.restSeconds, rest > 0 else { return nil }
        return prescription.restActivity.map { "\(PlanText.duration(rest)) \($0) between" } ?? PlanText.duration(rest)
    }

    /// `on its own`, `superset with Dead bug`, `circuit with Plank and Bird dog`.
    func grouping(_ entry: SessionEntry) -> String {
        guard let group = entry.group else { return "on its own" }
        let others = group.exercises.enumerated().filter { $0.offset != entry.member }.map { name($0.element.exercise) }
        let kind = group.kind == .superset ? "superset" : "circuit"
        return others.isEmpty ? kind : "\(kind) with \(Self.list(others))"
    }

    /// `A`, `A and B`, `A, B and C`.
    static func list(_ items: [String]) -> String {
        guard items.count > 1 else { return items.first ?? "" }
        return items.dropLast().joined(separator: ", ") + " and " + items[items.count - 1]
    }
}

extension ExerciseGroup {
    /// What makes two groups the same for the exercises in them: kind and the exercises named.
    var shape: [String] {
        [kind.rawValue] + exercises.map { $0.advancedFrom ?? $0.exercise }
    }
}
