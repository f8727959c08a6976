import RegimenValues
import ZoneInfo

/// A program whose every name resolves and every value is in range: the checker's output and
/// the planner's input. References are indices, loads carry units, defaults are filled in.
public struct CheckedProgram: Sendable {
    public var file: String
    public var id: String
    public var name: String
    public var coach: String?
    public var notes: String?
    public var weeks: Int
    public var units: MassUnit
    public var athletes: [CheckedAthlete]
    /// Every exercise of the program and its libraries, in definition order.
    public var exercises: [CheckedExercise]
    public var sessions: [CheckedSession]
    /// Session indices for each weekday, Monday first (7 entries).
    public var schedule: [[Int]]
}

/// Someone the program is compiled for.
public struct CheckedAthlete: Sendable {
    public var id: String
    public var name: String?
    public var start: CivilDate
    public var timeZone: ZoneRules
}

public struct CheckedExercise: Sendable {
    public var id: String
    public var name: String
    public var kind: ExerciseKind
    public var targets: [String]
    public var secondaryTargets: [String]
    public var perSide: Bool
    public var equipment: [String]
    public var cues: [String]
    /// Index of the harder variant.
    public var harder: Int?
}

public struct CheckedSession: Sendable {
    public var id: String
    public var title: String
    public var at: LocalTime?
    public var durationSeconds: Int?
    public var location: String?
    public var notes: String?
    public var items: [CheckedItem]
}

public enum CheckedItem: Sendable {
    case exercise(CheckedPrescription)
    case group(CheckedGroup)
}

public struct CheckedGroup: Sendable {
    public enum Kind: String, Sendable {
        case superset
        case circuit
    }

    public var kind: Kind
    public var rounds: Int
    public var restSeconds: Int?
    public var notes: String?
    public var exercises: [CheckedPrescription]
}

public struct CheckedPrescription: Sendable {
    /// Index into `CheckedProgram.exercises`.
    public var exercise: Int
    /// Sets for a single exercise; 1 inside a group (the group's rounds repeat it).
    public var sets: Int
    public var reps: Reps?
    public var load: CheckedLoad?
    public var holdSeconds: Int?
    public var durationSeconds: Int?
    public var distanceMeters: Int?
    public var restSeconds: Int?
    public var tempo: String?
    /// RPE in tenths (75 is 7.5).
    public var rpeTenths: Int?
    public var rir: Int?
    public var side: String?
    public var notes: String?
    public var optional: Bool
}

public enum CheckedLoad: Hashable, Sendable {
    case mass(Mass)
    case bodyweight(added: Mass?)
}

extension CheckedItem {
    /// The prescriptions of the item, in order.
    public var prescriptions: [CheckedPrescription] {
        switch self {
        case .exercise(let prescription): [prescription]
        case .group(let group): group.exercises
        }
    }
}
