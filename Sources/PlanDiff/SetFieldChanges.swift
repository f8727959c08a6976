import RegimenPlan

/// Which numbers of an exercise's work sets changed between two versions (sets, reps, load,
/// hold, …), and, when exactly one did and it is the same in every set, its value before and
/// after: what lets a line read `Romanian deadlift load 52.5 kg → 55 kg` over weeks whose reps
/// differ.
struct SetFieldChanges: Hashable {
    /// The fields that changed, in a fixed order: `sets`, `reps`, `load`, `hold`, `duration`,
    /// `distance`, `RPE`, `RIR`, `target`, `side`.
    var fields: [String]
    /// The one field that changed with its uniform value on each side.
    var single: Single?

    struct Single: Hashable {
        var field: String
        var old: String
        var new: String
    }

    static let order = ["sets", "reps", "load", "hold", "duration", "distance", "RPE", "RIR", "target", "side"]

    init(old: [WorkSet], new: [WorkSet], oldSide: Side?, newSide: Side?) {
        var changed: Set<String> = []
        if old.count != new.count { changed.insert("sets") }
        for (before, after) in zip(old, new) {
            if before.reps != after.reps { changed.insert("reps") }
            if before.load != after.load { changed.insert("load") }
            if before.holdSeconds != after.holdSeconds { changed.insert("hold") }
            if before.durationSeconds != after.durationSeconds { changed.insert("duration") }
            if before.distanceMeters != after.distanceMeters { changed.insert("distance") }
            if before.rpe != after.rpe { changed.insert("RPE") }
            if before.rir != after.rir { changed.insert("RIR") }
            if before.target != after.target { changed.insert("target") }
        }
        if oldSide != newSide { changed.insert("side") }
        fields = Self.order.filter(changed.contains)
        guard fields.count == 1, let field = fields.first else { return }
        if field == "sets" {
            single = Single(field: field, old: "\(old.count)", new: "\(new.count)")
        } else if let before = Self.uniform(old, field), let after = Self.uniform(new, field) {
            single = Single(field: field, old: before, new: after)
        }
    }

    /// The field's value when every set has the same one.
    static func uniform(_ sets: [WorkSet], _ field: String) -> String? {
        let values = sets.map { value(of: field, in: $0) }
        guard let first = values.first, values.allSatisfy({ $0 == first }) else { return nil }
        return first ?? "none"
    }

    static func value(of field: String, in set: WorkSet) -> String? {
        switch field {
        case "reps": set.reps?.description
        case "load": set.load?.description
        case "hold": set.holdSeconds.map(PlanText.duration)
        case "duration": set.durationSeconds.map(PlanText.duration)
        case "distance": set.distanceMeters.map(PlanText.distance)
        case "RPE": set.rpe.map { $0 == $0.rounded() ? String(Int($0)) : String($0) }
        case "RIR": set.rir.map(String.init)
        case "target": set.target
        default: nil
        }
    }
}
