import Diagnostics
import RegimenValues

/// A program spec as the coach wrote it: typed values with source locations, references not yet
/// resolved. Produced by `SpecDecoder`; checked by the `Checker` module.
public struct ProgramSpec: Sendable {
    public var file: String
    /// The span of the whole document, for problems that belong to no key.
    public var span: SourceSpan
    /// `regimen: 1`, the spec format version.
    public var formatVersion: Located<Int>?
    /// A stable identifier for the program, used in every session identity. Defaults to the file name.
    public var id: Located<String>?
    /// `program:`, the program's name.
    public var name: Located<String>?
    public var coach: Located<String>?
    public var athlete: Located<String>?
    public var notes: Located<String>?
    public var start: Located<CivilDate>?
    public var weeks: Located<Int>?
    public var timeZone: Located<String>?
    public var units: Located<MassUnit>?
    public var includes: [Located<String>]
    /// An inline roster (`athletes:`).
    public var athletes: [AthleteSpec]?
    /// The span of the `athletes:` key.
    public var athletesSpan: SourceSpan?
    /// A roster file (`roster: team.yaml`).
    public var roster: Located<String>?
    /// `equipment-sets:`: named lists of equipment that athletes refer to (`equipment: home`).
    public var equipmentSets: [(name: Located<String>, equipment: [Located<String>])] = []
    /// `week-starts:`: the weekday every week begins on; by default the weekday of `start`.
    public var weekStarts: Located<Weekday>?
    public var rounding: RoundingSpec?
    public var rules: [RuleSpec]
    public var phases: [PhaseSpec]
    public var deload: DeloadSpec?
    public var lints: LintSettingsSpec?
    public var exercises: [ExerciseSpec]
    public var sessions: [SessionSpec]
    public var schedule: [ScheduleDaySpec]?
    /// The span of the `schedule:` key, for problems with the schedule as a whole.
    public var scheduleSpan: SourceSpan?
    /// Training logs to read with the program (`logs:`), relative to the program's file.
    public var logs: [LogReferenceSpec] = []
    /// Named rotations: sessions that fill the schedule's slots in turn.
    public var rotations: [RotationSpec] = []
    /// Named warm-up ramps.
    public var warmUps: [WarmUpSpec] = []
    /// `training-max: 90%`: each athlete's training max as a share of their one-rep max, in tenths.
    public var trainingMaxPercent: Located<Int>?
    /// What happens to a session the log shows was missed.
    public var missed: Located<MissedPolicy>?
    /// Top-level keys whose value could not be read at all (a list where a mapping belongs). The
    /// checker does not report references into these, which would only repeat the problem.
    public var damagedSections: Set<String> = []
    /// Rules under `rules:` that could not be read (already reported), by name, with the keys
    /// they were written with: references to them are not reported as unknown.
    public var unreadableRules: [String: Set<String>] = [:]

    public init(file: String, span: SourceSpan) {
        self.file = file
        self.span = span
        includes = []
        rules = []
        phases = []
        exercises = []
        sessions = []
    }
}

/// A shared exercise library, pulled into programs with `include:`.
public struct LibrarySpec: Sendable {
    public var file: String
    public var span: SourceSpan
    public var formatVersion: Located<Int>?
    /// `library:`, the library's name.
    public var name: Located<String>?
    public var includes: [Located<String>]
    public var exercises: [ExerciseSpec]
    /// True when `exercises:` could not be read at all.
    public var exercisesDamaged = false

    public init(file: String, span: SourceSpan) {
        self.file = file
        self.span = span
        includes = []
        exercises = []
    }
}

/// An exercise of the library.
public struct ExerciseSpec: Sendable {
    /// The key the exercise is defined under (`kneeling-hip-flexor-stretch`).
    public var id: Located<String>
    public var name: Located<String>?
    public var kind: Located<ExerciseKind>?
    public var targets: [Located<String>]
    public var secondaryTargets: [Located<String>]
    public var perSide: Located<Bool>?
    public var equipment: [Located<String>]
    public var cues: [Located<String>]
    /// The next, harder variant in a progression chain.
    public var harder: Located<String>?
    /// What athletes who lack this exercise's equipment do instead.
    public var alternative: Located<String>?
    /// The bar's weight: computed loads never go below it.
    public var bar: Located<Mass>?
    public var rounding: RoundingSpec?
    /// The exercise's place in the FIT exercise catalog, for watches (`fit:` or `garmin:`).
    public var fit: FITExerciseSpec?
    /// Other names for the exercise in training logs (`Romanian Deadlift (Barbell)` in a Strong export).
    public var aliases: [Located<String>] = []

    public init(id: Located<String>) {
        self.id = id
        targets = []
        secondaryTargets = []
        equipment = []
        cues = []
    }
}

/// A session template: what is done, not when.
public struct SessionSpec: Sendable {
    public var id: Located<String>
    public var title: Located<String>?
    /// Local start time; absent for an all-day session.
    public var at: Located<LocalTime>?
    /// Stated duration in seconds.
    public var duration: Located<Int>?
    public var location: Located<String>?
    public var notes: Located<String>?
    public var items: [ItemSpec]
    /// The span of the `items:` key.
    public var itemsSpan: SourceSpan?
    /// How many items the list holds as written, valid or not.
    public var itemsWritten = 0

    public init(id: Located<String>) {
        self.id = id
        items = []
    }
}

/// One entry of a session.
public enum ItemSpec: Sendable {
    case exercise(PrescriptionSpec)
    case group(GroupSpec)
}

/// A superset or circuit: exercises done back to back, `rounds` times through.
public struct GroupSpec: Sendable {
    public enum Kind: String, Sendable {
        case superset
        case circuit
    }

    public var kind: Located<Kind>
    public var rounds: Located<Int>?
    public var rest: Located<Int>?
    public var notes: Located<String>?
    public var exercises: [PrescriptionSpec]
    public var span: SourceSpan

    public init(kind: Located<Kind>, span: SourceSpan) {
        self.kind = kind
        self.span = span
        exercises = []
    }
}

/// One exercise as prescribed in a session.
public struct PrescriptionSpec: Sendable {
    public var exercise: Located<String>?
    public var sets: Located<Int>?
    public var reps: Located<Reps>?
    /// Set when the reps were written per side (`8/side`, `8 each`): the count without the words,
    /// at the value's place. The checker reports it, since only the exercise says whether it is
    /// per-side.
    public var repsPerSide: Located<String>?
    public var load: Located<LoadSpec>?
    /// Hold time in seconds.
    public var hold: Located<Int>?
    /// Work time in seconds.
    public var duration: Located<Int>?
    /// Distance in metres.
    public var distance: Located<Int>?
    /// Rest between sets in seconds.
    public var rest: Located<Int>?
    /// How to rest, when it is active: `jog` in `rest: 90s jog`.
    public var restActivity: Located<String>?
    /// An intensity target as written, for cardio: `5k pace`, `zone 2`, `HR 140-150`.
    public var target: Located<String>?
    public var tempo: Located<String>?
    /// Target RPE in tenths (7.5 is 75).
    public var rpe: Located<Int>?
    public var rir: Located<Int>?
    public var side: Located<String>?
    public var notes: Located<String>?
    public var optional: Located<Bool>?
    public var progress: [RuleReference] = []
    /// Keys of rules in `progress:` that could not be read (already reported), so that what they
    /// would have given (a wave's sets and reps) is not reported as missing.
    public var unreadableRuleKeys: Set<String> = []
    /// The key of the training max that percentages refer to (default: the exercise's name).
    public var trainingMax: Located<String>?
    /// The lift whose training state the item shares (default: `training-max`, else the exercise).
    public var lift: Located<String>?
    /// `sets:` written as set groups (`5x10 @ 50%`, `[1x5+ @ 85%, 4x5 @ 75%]`) instead of a count.
    public var setGroups: Located<[SetGroupSpec]>?
    /// The warm-up ramp before the work sets.
    public var warmUp: Located<WarmUpReference>?
    /// `deload: own`: the program's deloads leave this item alone.
    public var ownDeload: Located<Bool>?
    /// The span of the whole item.
    public var span: SourceSpan
    /// Keys written in the item, valid values or not, so that a bad value is not also reported
    /// as a missing one.
    public var writtenKeys = WrittenKeySet(of: SpecObjects.item)
    public var hasUnknownKeys = false

    public init(span: SourceSpan) {
        self.span = span
    }
}

/// A load as written.
public enum LoadSpec: Hashable, Sendable {
    /// A weight; `unit` is `nil` when the coach wrote a bare number (the program's `units` apply).
    case mass(thousandths: Int64, unit: MassUnit?)
    /// Bodyweight, optionally with added weight.
    case bodyweight(added: Mass?)
    /// A percentage of the athlete's training max, in tenths (72.5% is 725).
    case percent(tenths: Int)
}

/// `rotations: { workout: [workout-a, workout-b] }`: the schedule names `workout`, and each slot
/// takes the next session in turn (A/B/A, then B/A/B).
public struct RotationSpec: Sendable {
    public var name: Located<String>
    public var sessions: [Located<String>]
    public var span: SourceSpan

    public init(name: Located<String>, sessions: [Located<String>], span: SourceSpan) {
        self.name = name
        self.sessions = sessions
        self.span = span
    }
}

/// A named warm-up ramp under `warm-ups:`.
public struct WarmUpSpec: Sendable {
    public var name: Located<String>
    public var sets: [Located<SetGroupSpec>]

    public init(name: Located<String>, sets: [Located<SetGroupSpec>]) {
        self.name = name
        self.sets = sets
    }
}

/// An item's `warm-up:`: a ramp's name, a ramp written in place, or `none`.
public enum WarmUpReference: Sendable {
    case named(String)
    case inline([Located<SetGroupSpec>])
    case none
}

/// The sessions of one weekday in the weekly schedule.
public struct ScheduleDaySpec: Sendable {
    /// The weekday; `nil` when the key is not a weekday (already reported), so that the
    /// sessions it names still count as used.
    public var day: Located<Weekday>?
    /// Session references in order; empty for a rest day.
    public var sessions: [Located<String>]
    /// True when the day is written as `rest`.
    public var isRest: Bool

    public init(day: Located<Weekday>?, sessions: [Located<String>], isRest: Bool) {
        self.day = day
        self.sessions = sessions
        self.isRest = isRest
    }
}
