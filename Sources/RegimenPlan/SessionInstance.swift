/// One session on one day for one athlete: what a calendar event and a workout card show.
public struct SessionInstance: Hashable, Sendable {
    public var identity: SessionIdentity
    public var date: CivilDate
    public var weekday: Weekday
    /// The program week, from 1.
    public var week: Int
    /// The phase the week belongs to, if the program has phases.
    public var phase: String?
    /// True in a deload week.
    public var isDeload: Bool
    /// The session's key in the spec (`hips-am`).
    public var session: String
    public var title: String
    /// Local start time, as clocks show it on `date`; `nil` for an all-day session. Together with
    /// `utcOffset` it names one instant, the one every backend uses.
    public var start: LocalTime?
    /// The UTC offset in effect at `start` (or at midnight for an all-day session), in seconds east.
    public var utcOffset: Int
    /// The start time the spec gives, when clocks skip it on `date` (it falls in a daylight-saving
    /// gap); `nil` otherwise. `start` is then the time after the gap, as RFC 5545 (§3.3.5) reads
    /// such a time: 01:30 in London on 28 March 2027 is 02:30 BST, 01:30 UTC.
    public var scheduledStart: LocalTime?
    /// The stated duration, or an estimate from the items when the spec gives none.
    public var durationMinutes: Int
    public var durationIsEstimate: Bool
    /// Regimen's estimate of the session's length from its items, stated duration or not.
    public var estimatedMinutes: Int
    /// The kinds of the exercises in the session, in the order they first appear.
    public var kinds: [ExerciseKind]
    public var location: String?
    public var notes: String?
    public var items: [PlannedItem]
    /// What the training log says happened; `nil` when no log covers this session.
    public var record: SessionRecord?
    /// True when the plan was built with logs and this session comes after the athlete's last
    /// logged one: its numbers assume every session until then succeeds.
    public var isProjected: Bool

    public init(
        identity: SessionIdentity, date: CivilDate, week: Int, phase: String?, isDeload: Bool, session: String, title: String,
        start: LocalTime?, utcOffset: Int, durationMinutes: Int, durationIsEstimate: Bool, estimatedMinutes: Int,
        kinds: [ExerciseKind], location: String?, notes: String?, items: [PlannedItem], record: SessionRecord? = nil,
        isProjected: Bool = false, scheduledStart: LocalTime? = nil
    ) {
        self.identity = identity
        self.date = date
        self.weekday = date.weekday
        self.week = week
        self.phase = phase
        self.isDeload = isDeload
        self.session = session
        self.title = title
        self.start = start
        self.utcOffset = utcOffset
        self.durationMinutes = durationMinutes
        self.durationIsEstimate = durationIsEstimate
        self.estimatedMinutes = estimatedMinutes
        self.kinds = kinds
        self.location = location
        self.notes = notes
        self.items = items
        self.record = record
        self.isProjected = isProjected
        self.scheduledStart = scheduledStart
    }
}

/// The identity of a session instance: which program, athlete and session, in which week, and
/// which occurrence of that session within the week. It does not depend on the date, so moving a
/// session to another weekday keeps its identity, and it does not depend on any output format.
public struct SessionIdentity: Hashable, Sendable, Codable, CustomStringConvertible {
    public var program: String
    public var athlete: String
    public var session: String
    public var week: Int
    /// 1 for the first time the session is scheduled in its week, 2 for the second, and so on.
    public var occurrence: Int

    public init(program: String, athlete: String, session: String, week: Int, occurrence: Int) {
        self.program = program
        self.athlete = athlete
        self.session = session
        self.week = week
        self.occurrence = occurrence
    }

    /// `runner-hip-balance/alex/hips-am/w3/2`.
    public var description: String { "\(program)/\(athlete)/\(session)/w\(week)/\(occurrence)" }
}

/// One entry of a session: a single exercise, or a superset or circuit of several.
public enum PlannedItem: Hashable, Sendable {
    case exercise(Prescription)
    case group(ExerciseGroup)

    /// The prescriptions of the item, in order.
    public var prescriptions: [Prescription] {
        switch self {
        case .exercise(let prescription): [prescription]
        case .group(let group): group.exercises
        }
    }
}

/// Exercises done back to back, `rounds` times through.
public struct ExerciseGroup: Hashable, Sendable, Codable {
    public enum Kind: String, Hashable, Sendable, Codable {
        case superset
        case circuit
    }

    public var kind: Kind
    public var rounds: Int
    /// Rest after each round, in seconds.
    public var restSeconds: Int?
    public var notes: String?
    /// Each exercise has one set per round.
    public var exercises: [Prescription]

    public init(kind: Kind, rounds: Int, restSeconds: Int?, notes: String?, exercises: [Prescription]) {
        self.kind = kind
        self.rounds = rounds
        self.restSeconds = restSeconds
        self.notes = notes
        self.exercises = exercises
    }
}

/// What to do with one exercise in one session instance, with this week's numbers.
public struct Prescription: Hashable, Sendable, Codable {
    /// The exercise to do this week: a harder variant once a progression has moved on.
    public var exercise: String
    /// The exercise the item names, when a progression has moved on to a harder variant.
    public var advancedFrom: String?
    /// The training max this week's percentages are of, for percentage-based loads.
    public var trainingMax: Mass?
    /// Every set in order. Most prescriptions repeat one set; waves vary reps and load by set.
    public var sets: [WorkSet]
    /// Rest between sets, in seconds.
    public var restSeconds: Int?
    /// How to rest, when the rest is active: `jog` for intervals with jogged recoveries.
    public var restActivity: String?
    /// Tempo as written (`3-1-1-0`: lowering, pause, lifting, pause, in seconds).
    public var tempo: String?
    /// Which side, for a per-side exercise done on one side only.
    public var side: Side?
    public var notes: String?
    /// The athlete may skip it.
    public var optional: Bool
    /// The lift whose training state this prescription follows (working load, training max,
    /// stage), shared by every item of the program that names it; `nil` for exercises without one.
    public var lift: String?
    /// The sets the athlete logged for this exercise in this session, in order (warm-ups
    /// included, marked); `nil` when no log covers the session.
    public var done: [ActualSet]?

    public init(
        exercise: String, advancedFrom: String? = nil, trainingMax: Mass? = nil, sets: [WorkSet], restSeconds: Int?,
        tempo: String?, side: Side?, notes: String?, optional: Bool, lift: String? = nil, done: [ActualSet]? = nil,
        restActivity: String? = nil
    ) {
        self.restActivity = restActivity
        self.exercise = exercise
        self.advancedFrom = advancedFrom
        self.trainingMax = trainingMax
        self.sets = sets
        self.restSeconds = restSeconds
        self.tempo = tempo
        self.side = side
        self.notes = notes
        self.optional = optional
        self.lift = lift
        self.done = done
    }
}

/// A side of the body, for per-side exercises prescribed for one side.
public enum Side: String, Hashable, Sendable, Codable {
    case left
    case right
}

/// One set.
public struct WorkSet: Hashable, Sendable {
    public var reps: Reps?
    public var load: Load?
    /// Hold time in seconds (per side for a per-side exercise).
    public var holdSeconds: Int?
    /// Work time in seconds, for timed work such as an easy run or a plank.
    public var durationSeconds: Int?
    /// Distance in metres.
    public var distanceMeters: Int?
    /// Target rate of perceived exertion (1–10).
    public var rpe: Double?
    /// Target reps in reserve.
    public var rir: Int?
    /// An intensity target as the coach wrote it, for cardio: `5:30/km`, `zone 2`, `HR 140-150`.
    public var target: String?
    /// A warm-up set before the work sets: shown apart, never counted as a hard set.
    public var isWarmUp: Bool

    public init(
        reps: Reps? = nil, load: Load? = nil, holdSeconds: Int? = nil, durationSeconds: Int? = nil,
        distanceMeters: Int? = nil, rpe: Double? = nil, rir: Int? = nil, target: String? = nil, isWarmUp: Bool = false
    ) {
        self.reps = reps
        self.load = load
        self.holdSeconds = holdSeconds
        self.durationSeconds = durationSeconds
        self.distanceMeters = distanceMeters
        self.rpe = rpe
        self.rir = rir
        self.target = target
        self.isWarmUp = isWarmUp
    }
}

/// The load for a set.
public struct Load: Hashable, Sendable, Codable, CustomStringConvertible {
    /// The weight to use; for a bodyweight exercise, the weight added (`nil` for none).
    public var mass: Mass?
    public var bodyweight: Bool
    /// The percentage of the training max the mass was computed from, in tenths of a percent.
    public var percentOfTrainingMaxTenths: Int?

    public init(mass: Mass?, bodyweight: Bool = false, percentOfTrainingMaxTenths: Int? = nil) {
        self.mass = mass
        self.bodyweight = bodyweight
        self.percentOfTrainingMaxTenths = percentOfTrainingMaxTenths
    }

    /// `42.5 kg`, `bodyweight`, `bodyweight + 10 kg`.
    public var description: String {
        switch (bodyweight, mass) {
        case (true, let mass?): "bodyweight + \(mass)"
        case (true, nil): "bodyweight"
        case (false, let mass?): mass.description
        case (false, nil): "no load"
        }
    }
}
