import Diagnostics
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
    public var units: MassUnit
    /// One entry per program week, in order: phase, deload, scaling and that week's schedule.
    public var weeks: [CheckedWeek]
    public var athletes: [CheckedAthlete]
    /// Every exercise of the program and its libraries, in definition order.
    public var exercises: [CheckedExercise]
    public var sessions: [CheckedSession]
    /// Rounding for computed loads when an exercise does not set its own.
    public var rounding: CheckedRounding
    /// Named phases, in week order.
    public var phases: [CheckedPhase]
    /// Where things are in the spec, for diagnostics about the plan.
    public var sourceMap: SourceMap
    public var lintSettings: LintSettings
    /// Results from training logs, resolved against this program; empty without logs.
    public var log: CheckedLog = .empty
}

/// One week of the program.
public struct CheckedWeek: Sendable, Hashable {
    public var number: Int
    public var phase: String?
    public var isDeload: Bool
    /// Percentage of sets and rounds kept (100 for a normal week).
    public var volumePercent: Int
    /// Percentage of load used (100 for a normal week).
    public var intensityPercent: Int
    /// In a paused week, progressions give the numbers of the last progressing week.
    public var pausesProgression: Bool
    /// Session indices for each weekday, Monday first (7 entries).
    public var schedule: [[Int]]
}

/// A named phase.
public struct CheckedPhase: Sendable, Hashable {
    public var name: String
    public var weeks: ClosedRange<Int>
    public var isDeload: Bool
}

/// Someone the program is compiled for.
public struct CheckedAthlete: Sendable {
    public var id: String
    public var name: String?
    public var start: CivilDate
    public var timeZone: ZoneRules
    /// Loads are converted to these units for this athlete, when set.
    public var units: MassUnit?
    /// Training maxes by key.
    public var trainingMaxes: [String: Mass]
    /// Starting loads by exercise index, replacing the items' loads.
    public var loads: [Int: CheckedLoad]
    /// Start times replacing the sessions' own, by session index (`at:`).
    public var sessionTimes: [Int: LocalTime] = [:]
    /// The weekday each program weekday's sessions are done on, Monday first (7 entries), when the
    /// athlete moves days (`days:`); `nil` when every day stays.
    public var weekdays: [Weekday]?
    /// Exercises done instead of the program's (`swap:`, and `alternative:`s for equipment the
    /// athlete lacks): the program's exercise index → the index of the exercise done instead.
    public var swaps: [Int: Int] = [:]
}

/// How computed loads are rounded: a step per unit and a direction.
public struct CheckedRounding: Sendable, Hashable {
    public var steps: [MassUnit: Mass]
    public var direction: RoundingDirection

    /// 2.5 kg and 5 lb, to the nearest.
    public static let standard = CheckedRounding(steps: [.kg: Mass(thousandths: 2500, unit: .kg), .lb: Mass(5, .lb)], direction: .nearest)

    public init(steps: [MassUnit: Mass], direction: RoundingDirection) {
        self.steps = steps
        self.direction = direction
    }
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
    /// Index of the exercise done instead by athletes who lack this one's equipment.
    public var alternative: Int?
    /// Computed loads never go below the bar.
    public var bar: Mass?
    /// The exercise's own rounding, if it has one (merged over the program's).
    public var rounding: CheckedRounding?
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

    /// The prescriptions of the item, in order.
    public var prescriptions: [CheckedPrescription] {
        switch self {
        case .exercise(let prescription): [prescription]
        case .group(let group): group.exercises
        }
    }
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
    /// Progression rules, in the order written.
    public var rules: [CheckedRule]
    /// The training max percentages refer to.
    public var trainingMaxKey: String
    /// An intensity target as the coach wrote it, for cardio: `5k pace`, `zone 2`, `HR 140-150`.
    public var target: String?
    /// How to rest between sets, when it is active (`jog`, from `rest: 90s jog`).
    public var restActivity: String?
}

public enum CheckedLoad: Hashable, Sendable {
    case mass(Mass)
    case bodyweight(added: Mass?)
    /// Tenths of a percent of the athlete's training max.
    case percent(tenths: Int)
}

/// A progression rule, resolved and checked against the item it applies to.
public enum CheckedRule: Hashable, Sendable {
    case linear(step: ProgressionStep, cadence: Cadence, max: ProgressionStep?, then: CapAction, stepLoading: StepLoading?)
    case double(increment: Mass, cadence: Cadence, max: Mass?)
    case wave(weeks: [[WaveSet]], increase: Mass?)
    /// RPE in tenths by progressing week.
    case rpe([Int])
    case rir([Int])
    case harderAfter(weeks: Int)
}
