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
    /// Named rotations the schedule's slots take sessions from in turn.
    public var rotations: [CheckedRotation] = []
    /// What follows a missed session; `nil` for the default (a rotation resumes with the missed
    /// session, a fixed slot skips it).
    public var missed: MissedPolicy?
}

/// Sessions that fill the schedule's slots in turn.
public struct CheckedRotation: Sendable, Hashable {
    public var name: String
    /// Session indices, in turn.
    public var sessions: [Int]
}

/// One slot of a weekday in the schedule: a session, or the next session of a rotation.
public enum ScheduleEntry: Sendable, Hashable {
    case session(Int)
    /// Index into `CheckedProgram.rotations`.
    case rotation(Int)
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
    /// Percentage of each set's reps kept (100 for a normal week).
    public var repsPercent: Int = 100
    /// The slots of each weekday, Monday first (7 entries).
    public var schedule: [[ScheduleEntry]]
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
    /// Training maxes by key (given, or worked out from a one-rep max and a percentage).
    public var trainingMaxes: [String: Mass]
    /// One-rep maxes by key, where the roster gives them: the start of each lift's estimated 1RM.
    public var oneRepMaxes: [String: Mass] = [:]
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
    /// Progression rules with what they read from results and their phase replacements, in the
    /// order written.
    public var progression: [CheckedItemRule]
    /// The training max percentages refer to.
    public var trainingMaxKey: String
    /// The lift whose training state the item shares with every item naming it.
    public var lift: String
    /// Set groups (`[1x5+ @ 85%, 4x5 @ 75%]`), when `sets:` gives them instead of a count.
    public var setGroups: [CheckedSetGroup]?
    /// The warm-up ramp before the work sets; empty for none.
    public var warmUp: [CheckedSetGroup]
    /// `deload: own`: the program's deloads leave the item alone.
    public var ownDeload: Bool
    /// An intensity target as the coach wrote it, for cardio: `5k pace`, `zone 2`, `HR 140-150`.
    public var target: String?
    /// How to rest between sets, when it is active (`jog`, from `rest: 90s jog`).
    public var restActivity: String?

    /// The rules as written (phase replacements aside).
    public var rules: [CheckedRule] { progression.map(\.base.rule) }
}

/// A run of identical sets: `4x5 @ 75%`.
public struct CheckedSetGroup: Sendable, Hashable {
    public var count: Int
    public var reps: Reps
    /// `nil` for the item's own load.
    public var load: CheckedSetLoad?

    public init(count: Int, reps: Reps, load: CheckedSetLoad?) {
        self.count = count
        self.reps = reps
        self.load = load
    }
}

/// Where a set group's load comes from.
public enum CheckedSetLoad: Sendable, Hashable {
    /// A weight or bodyweight; a percentage is of the training max (of the first work set in a warm-up).
    case load(CheckedLoad)
    /// The exercise's empty bar.
    case bar
    /// The load for this RPE (tenths): from the day's top set, or the lift's estimated 1RM.
    case rpe(tenths: Int)
    /// A drop from the day's top set, in tenths of a percent.
    case drop(tenths: Int)
}

/// One of an item's rules: as written, and as a phase replaces it.
public struct CheckedItemRule: Sendable, Hashable {
    public var base: CheckedProgression
    /// Replacements by phase (`phases: [{ …, rules: { name: … } }]`), in week order.
    public var phases: [PhaseProgression]

    public init(base: CheckedProgression, phases: [PhaseProgression] = []) {
        self.base = base
        self.phases = phases
    }

    /// The rule in force in `week`.
    public func inForce(week: Int) -> CheckedProgression {
        phases.first { $0.weeks.contains(week) }?.progression ?? base
    }

    /// Which of `phases` is in force in `week` (`nil` for the rule as written).
    public func phaseInForce(week: Int) -> Int? {
        phases.firstIndex { $0.weeks.contains(week) }
    }
}

/// A rule a phase puts in place of a named rule for its weeks.
public struct PhaseProgression: Sendable, Hashable {
    public var weeks: ClosedRange<Int>
    public var progression: CheckedProgression
}

/// A progression rule with what it reads from results. A class: the planner reads it for every
/// item of every session, and a reference is cheaper to pass around than its arrays and text.
public final class CheckedProgression: Sendable, Hashable {
    public let rule: CheckedRule
    /// The rule's name under `rules:`, or `nil` when written in place.
    public let name: String?
    /// The rule's load step in other units (`[+2.5kg, +5lb]`): the athlete's units pick one.
    public let alternates: [Mass]
    public let success: SuccessCriterion
    public let onSuccess: ProgressionAction?
    public let onFailure: ProgressionAction?
    /// Program deloads neither pause the rule nor scale what it sets.
    public let ownDeload: Bool
    /// A wave's First Set Last sets.
    public let firstSetLast: CheckedSetGroup?
    /// A wave's Joker sets, in tenths of a percent above the `+` set.
    public let jokers: [Int]

    public init(
        rule: CheckedRule, name: String? = nil, alternates: [Mass] = [], success: SuccessCriterion = .allReps,
        onSuccess: ProgressionAction? = nil, onFailure: ProgressionAction? = nil, ownDeload: Bool = false,
        firstSetLast: CheckedSetGroup? = nil, jokers: [Int] = []
    ) {
        self.rule = rule
        self.name = name
        self.alternates = alternates
        self.success = success
        self.onSuccess = onSuccess
        self.onFailure = onFailure
        self.ownDeload = ownDeload
        self.firstSetLast = firstSetLast
        self.jokers = jokers
    }

    public static func == (lhs: CheckedProgression, rhs: CheckedProgression) -> Bool {
        lhs === rhs || (lhs.rule == rhs.rule && lhs.name == rhs.name && lhs.alternates == rhs.alternates && lhs.success == rhs.success
            && lhs.onSuccess == rhs.onSuccess && lhs.onFailure == rhs.onFailure && lhs.ownDeload == rhs.ownDeload
            && lhs.firstSetLast == rhs.firstSetLast && lhs.jokers == rhs.jokers)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(rule)
        hasher.combine(name)
    }
}

public enum CheckedLoad: Hashable, Sendable {
    case mass(Mass)
    case bodyweight(added: Mass?)
    /// Tenths of a percent of the athlete's training max.
    case percent(tenths: Int)

    /// `40 kg`, `bodyweight + 10 kg`, `72.5%`, for messages.
    public var text: String {
        switch self {
        case .mass(let mass): mass.description
        case .bodyweight(let added?): "bodyweight + \(added)"
        case .bodyweight(nil): "bodyweight"
        case .percent(let tenths): DecimalText.thousandths(Int64(tenths) * 100) + "%"
        }
    }
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
    /// Change the lift's training max by a step every `cadence`, or by the `+` set's reps.
    case trainingMax(TrainingMaxChange, cadence: Cadence)
    /// Set schemes in turn; `advance` says when the next one comes; `reset` what follows the last.
    case stages([[CheckedSetGroup]], advance: StageAdvance, cadence: Cadence, reset: StageReset?)

    /// What success means for the rule unless it says: the `+` set for waves and training-max
    /// tables, the hold for hold rules, every prescribed rep otherwise.
    public var defaultSuccess: SuccessCriterion {
        switch self {
        case .wave, .trainingMax(.table, _): .plusSet(reps: nil)
        case .linear(.hold, _, _, _, _): .hold
        default: .allReps
        }
    }
}
