/// The compiled program: every session of every athlete, dated and with concrete numbers.
///
/// The Plan is Regimen's intermediate representation. Backends see the Plan and nothing
/// upstream of it. The `json` backend writes it as JSON (`schema/plan.schema.json`), and external
/// backends receive that same JSON, so the field names here are a public contract.
public struct Plan: Hashable, Sendable, Codable {
    /// The version of the Plan's JSON form. Incremented on any incompatible change.
    public static let currentSchemaVersion = 1

    public var schemaVersion: Int
    public var program: ProgramInfo
    /// Every exercise some session uses, sorted by id.
    public var exercises: [ExerciseInfo]
    /// One entry per athlete; a program without a roster has one athlete.
    public var athletes: [AthletePlan]

    public init(program: ProgramInfo, exercises: [ExerciseInfo], athletes: [AthletePlan]) {
        self.schemaVersion = Plan.currentSchemaVersion
        self.program = program
        self.exercises = exercises
        self.athletes = athletes
    }

    /// The exercise with `id`, if the plan uses it.
    public func exercise(_ id: String) -> ExerciseInfo? {
        var low = 0, high = exercises.count
        while low < high {
            let mid = (low + high) / 2
            if exercises[mid].id < id { low = mid + 1 } else { high = mid }
        }
        return low < exercises.count && exercises[low].id == id ? exercises[low] : nil
    }
}

/// What the program is, independent of any athlete.
public struct ProgramInfo: Hashable, Sendable, Codable {
    /// A stable identifier (the spec's `id`, or its file name): part of every session identity.
    public var id: String
    public var name: String
    public var coach: String?
    public var notes: String?
    public var weeks: Int
    public var units: MassUnit
    /// Named phases, in week order.
    public var phases: [PhaseInfo]
    /// One entry per week: its phase, whether it is a deload, and how it scales the numbers.
    public var weekInfo: [WeekInfo]

    public init(
        id: String, name: String, coach: String?, notes: String?, weeks: Int, units: MassUnit, phases: [PhaseInfo],
        weekInfo: [WeekInfo]
    ) {
        self.id = id
        self.name = name
        self.coach = coach
        self.notes = notes
        self.weeks = weeks
        self.units = units
        self.phases = phases
        self.weekInfo = weekInfo
    }
}

/// One week of the program.
public struct WeekInfo: Hashable, Sendable, Codable {
    public var week: Int
    public var phase: String?
    public var isDeload: Bool
    /// Percentage of sets and rounds kept (100 in a normal week).
    public var volumePercent: Int
    /// Percentage of load used (100 in a normal week).
    public var intensityPercent: Int
    /// Progressions hold at the last progressing week's numbers.
    public var progressionPaused: Bool

    public init(week: Int, phase: String?, isDeload: Bool, volumePercent: Int, intensityPercent: Int, progressionPaused: Bool) {
        self.week = week
        self.phase = phase
        self.isDeload = isDeload
        self.volumePercent = volumePercent
        self.intensityPercent = intensityPercent
        self.progressionPaused = progressionPaused
    }
}

/// A named run of weeks, such as "Foundation" for weeks 1–3.
public struct PhaseInfo: Hashable, Sendable, Codable {
    public var name: String
    public var firstWeek: Int
    public var lastWeek: Int
    /// True for a lighter week or phase (a deload).
    public var isDeload: Bool

    public init(name: String, firstWeek: Int, lastWeek: Int, isDeload: Bool) {
        self.name = name
        self.firstWeek = firstWeek
        self.lastWeek = lastWeek
        self.isDeload = isDeload
    }
}

/// An exercise of the library, as athletes see it.
public struct ExerciseInfo: Hashable, Sendable, Codable {
    public var id: String
    public var name: String
    public var kind: ExerciseKind
    /// Primary target muscles.
    public var targets: [String]
    /// Muscles the exercise also works, to a lesser degree.
    public var secondaryTargets: [String]
    /// Done on each side in turn (a set means one set per side).
    public var perSide: Bool
    public var equipment: [String]
    public var cues: [String]
    /// The exercise in the FIT exercise catalog, for watches: as the spec's `fit:` gives it, or as
    /// Regimen matched it.
    public var fit: FITExercise?

    public init(
        id: String, name: String, kind: ExerciseKind, targets: [String], secondaryTargets: [String],
        perSide: Bool, equipment: [String], cues: [String], fit: FITExercise? = nil
    ) {
        self.id = id
        self.name = name
        self.kind = kind
        self.targets = targets
        self.secondaryTargets = secondaryTargets
        self.perSide = perSide
        self.equipment = equipment
        self.cues = cues
        self.fit = fit
    }
}

/// One athlete's dated sessions.
public struct AthletePlan: Hashable, Sendable, Codable {
    /// A stable identifier, part of every session identity (a slug of the name by default).
    public var id: String
    public var name: String?
    public var startDate: CivilDate
    public var timeZone: ZoneSnapshot
    /// The units this athlete's loads are shown in, when the roster sets them.
    public var units: MassUnit?
    /// Training maxes by key, sorted by key.
    public var trainingMaxes: [TrainingMax]
    /// Sessions in date and time order.
    public var sessions: [SessionInstance]

    public init(
        id: String, name: String?, startDate: CivilDate, timeZone: ZoneSnapshot, units: MassUnit?,
        trainingMaxes: [TrainingMax], sessions: [SessionInstance]
    ) {
        self.id = id
        self.name = name
        self.startDate = startDate
        self.timeZone = timeZone
        self.units = units
        self.trainingMaxes = trainingMaxes
        self.sessions = sessions
    }
}

/// An athlete's training max for one lift, at the start of the program.
public struct TrainingMax: Hashable, Sendable, Codable {
    public var key: String
    public var mass: Mass

    public init(key: String, mass: Mass) {
        self.key = key
        self.mass = mass
    }
}
