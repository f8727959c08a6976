import ProgramSpec

/// The keys each mapping of a YAML training log accepts (`schema/log.schema.json` describes the
/// same; a test keeps the two in step).
public enum LogObjects {
    public static let log = SpecObject.other(
        schemaName: "log", name: "the log",
        keys: ["regimen", "log", "units", "distance-units", "notes", "sessions"],
        required: [("regimen", "regimen: 1"), ("log", "log: alex"), ("sessions", "sessions:")])

    public static let session = SpecObject.other(
        schemaName: "session", name: "a logged session",
        keys: ["date", "time", "session", "identity", "athlete", "status", "notes", "exercises"],
        required: [])

    public static let exercise = SpecObject.other(
        schemaName: "exercise", name: "a logged exercise",
        keys: ["sets", "status", "notes"],
        required: [])

    public static let set = SpecObject.other(
        schemaName: "set", name: "a logged set",
        keys: ["reps", "load", "rpe", "rir", "hold", "duration", "distance", "status", "warm-up", "notes"],
        required: [])

    public static let all = [log, session, exercise, set]
}
