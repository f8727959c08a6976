/// The keys each kind of mapping in a spec accepts.
///
/// The decoder rejects any other key ("did you mean"), and a test keeps
/// `schema/program.schema.json` in step with these lists.
public struct SpecObject: Sendable {
    /// The definition describing this mapping in `schema/program.schema.json` (`$defs`).
    public let schemaName: String
    /// What a coach calls this mapping ("an exercise", "a session").
    public let name: String
    public let keys: [String]
    /// Keys that must be present, each with an example of a good value for the fix.
    public let required: [(key: String, example: String)]

    /// The position of `key` in `keys`, or `nil` when this mapping has no such key.
    public func position(of key: String) -> Int? { keys.firstIndex(of: key) }
}

/// Which of a mapping's keys were written: a bit per position in its object's key table, so that
/// recording and asking costs no hashing.
public struct WrittenKeySet: Sendable {
    private let keys: [String]
    private var bits: UInt64 = 0

    public init(of object: SpecObject) {
        precondition(object.keys.count <= UInt64.bitWidth, "a spec object has at most 64 keys")
        keys = object.keys
    }

    mutating func insert(position: Int) { bits |= 1 << UInt64(position) }

    public func contains(_ key: String) -> Bool {
        guard let position = keys.firstIndex(of: key) else { return false }
        return bits & (1 << UInt64(position)) != 0
    }
}

public enum SpecObjects {
    public static let program = SpecObject(
        schemaName: "program", name: "the program",
        keys: ["regimen", "id", "program", "coach", "athlete", "athletes", "roster", "notes", "start", "weeks", "timezone",
               "units", "rounding", "include", "rules", "phases", "deload", "lints", "exercises", "sessions", "schedule",
               "rotations", "warm-ups", "training-max", "missed", "week-starts", "equipment-sets"],
        required: [("regimen", "regimen: 1"), ("program", "program: Runner's hip balance"),
                   ("start", "start: 2027-01-04"), ("weeks", "weeks: 8"),
                   ("timezone", "timezone: Europe/London"), ("sessions", "sessions:"), ("schedule", "schedule:")])

    public static let library = SpecObject(
        schemaName: "library", name: "the library",
        keys: ["regimen", "library", "include", "exercises"],
        required: [("regimen", "regimen: 1"), ("library", "library: Hip mobility")])

    public static let exercise = SpecObject(
        schemaName: "exercise", name: "an exercise",
        keys: ["name", "kind", "targets", "secondary", "per-side", "equipment", "cues", "harder", "bar", "rounding", "alternative"],
        required: [("name", "name: Glute bridge"), ("kind", "kind: strength")])

    public static let session = SpecObject(
        schemaName: "session", name: "a session",
        keys: ["title", "at", "duration", "location", "notes", "items"],
        required: [("title", "title: Hip mobility"), ("items", "items:")])

    public static let item = SpecObject(
        schemaName: "item", name: "an item",
        keys: ["exercise", "sets", "reps", "load", "hold", "duration", "distance", "rest", "tempo", "rpe", "rir",
               "side", "notes", "optional", "progress", "training-max", "lift", "warm-up", "deload", "target"],
        required: [("exercise", "exercise: glute-bridge")])

    public static let group = SpecObject(
        schemaName: "group", name: "a superset or circuit",
        keys: ["superset", "circuit", "rounds", "rest", "notes"],
        required: [("rounds", "rounds: 3")])

    public static let schedule = SpecObject(
        schemaName: "schedule", name: "the schedule",
        keys: ["mon", "tue", "wed", "thu", "fri", "sat", "sun"],
        required: [])

    public static let rule = SpecObject(
        schemaName: "rule", name: "a progression rule",
        keys: ["load", "reps", "sets", "hold", "every", "max", "then", "step-loading", "double", "wave", "increase",
               "rpe", "rir", "harder-after", "duration", "distance", "training-max", "stages", "advance", "reset", "success",
               "on-success", "on-failure", "deload", "first-set-last", "joker"],
        required: [])

    public static let phase = SpecObject(
        schemaName: "phase", name: "a phase",
        keys: ["name", "weeks", "volume", "intensity", "progression", "deload", "schedule", "rules", "reps"],
        required: [("name", "name: Foundation"), ("weeks", "weeks: 1-3")])

    public static let deload = SpecObject(
        schemaName: "deload", name: "`deload`",
        keys: ["every", "volume", "intensity", "reps"],
        required: [("every", "every: 4")])

    public static let rounding = SpecObject(
        schemaName: "rounding", name: "`rounding`",
        keys: ["step", "direction"],
        required: [("step", "step: 2.5kg")])

    public static let lints = SpecObject(
        schemaName: "lints", name: "`lints`",
        keys: ["allow", "deny", "stretched-groups", "min-loaded-sets-to-stretch", "hamstring-glute-ratio",
               "max-training-days-in-a-row", "hard-sets-on-consecutive-days", "max-weekly-load-increase",
               "max-training-max-increase", "deload-after-weeks", "min-stretch-hold", "duration-tolerance"],
        required: [])

    public static let athlete = SpecObject(
        schemaName: "athlete", name: "an athlete",
        keys: ["name", "id", "start", "timezone", "units", "training-max", "loads", "one-rep-max", "at", "days", "swap", "equipment",
               "week-starts"],
        required: [("name", "name: Alex Morgan")])

    public static let roster = SpecObject(
        schemaName: "roster", name: "the roster",
        keys: ["regimen", "roster", "athletes"],
        required: [("regimen", "regimen: 1"), ("roster", "roster: Track team"), ("athletes", "athletes:")])

    public static let action = SpecObject(
        schemaName: "action", name: "an `on-success` or `on-failure` action",
        keys: ["deload", "training-max", "after", "next-stage", "harder"],
        required: [])

    public static let stageReset = SpecObject(
        schemaName: "stageReset", name: "`reset`",
        keys: ["retest", "load"],
        required: [("load", "load: 85%")])

    public static let success = SpecObject(
        schemaName: "success", name: "`success`",
        keys: ["plus-set"],
        required: [("plus-set", "plus-set: 25")])

    /// Every mapping kind, for tools that enumerate them.
    public static let all: [SpecObject] = [program, library, exercise, session, item, group, schedule, rule, phase, deload,
                                           rounding, athlete, roster, lints, action, stageReset, success]
}
