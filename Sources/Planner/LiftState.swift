import Checker
import RegimenValues

/// What a rule keeps in a lift's state: one track per number it progresses.
enum TrackField: Int, CaseIterable {
    case load
    case reps
    case sets
    case hold
    case duration
    case distance
    case trainingMax
    case stage
    case variant

    /// The track a linear rule's step moves.
    init(_ step: ProgressionStep) {
        switch step {
        case .load: self = .load
        case .reps: self = .reps
        case .sets: self = .sets
        case .hold: self = .hold
        case .duration: self = .duration
        case .distance: self = .distance
        }
    }
}

/// One progressing number of a lift: where it started (`base`) and how many counting events
/// (progressing weeks, successful sessions) have passed since. A rule's value is a formula of
/// the two — `docs/spec-language.md` ("Counting steps") gives each — so a paused week can show
/// the numbers of the last progressing one, and results move the state by moving its counts or
/// its base.
struct Track {
    /// The rule in force when the track was last used, and the phase whose replacement it is; a
    /// phase that replaces the rule rebases the track.
    var progression: CheckedProgression
    /// The rule's name under `rules:`.
    var ruleName: String? { progression.name }
    var phase: Int?
    /// A load (for load, double and stages rules) or the training max.
    var baseLoad: LoadValue?
    /// Reps, sets, a hold or a duration in seconds, or a distance in metres.
    var baseCount: Int
    /// The item's own start, which a move to a harder variant starts again from.
    var restartCount: Int
    var restartLoad: LoadValue?
    /// The exercise the counts start on (a harder variant once a rule has moved on).
    var baseExercise: Int
    /// Progressing weeks counted since the base, and successful sessions.
    var weeks = 0
    var sessions = 0
    /// A failure this week: week-counted rules do not step at its end.
    var failedThisWeek = false
    /// Sessions in a row that failed, and that succeeded, for actions `after` N of them.
    var failures = 0
    var successes = 0
    /// Counts through program deloads (`deload: own`).
    var countsPausedWeeks = false
    /// A wave's cycle the training max's base belongs to.
    var baseCycle = 0

    init(progression: CheckedProgression, exercise: Int) {
        self.progression = progression
        baseCount = 0
        restartCount = 0
        baseExercise = exercise
    }

    /// Counting events under `cadence`: in a paused week, those of the last progressing week or session.
    func events(_ cadence: Cadence, paused: Bool) -> Int {
        switch cadence {
        case .weeks(let n): (paused ? max(weeks - 1, 0) : weeks) / n
        case .sessions(let n): (paused ? max(sessions - 1, 0) : sessions) / n
        }
    }

    /// Starts counting again from `load`/`count`, as after a deload or a phase's new rule.
    /// A load a result gives is kept to a thousandth of its unit, so that fractions from unit
    /// conversions never pile up over a season of rebases.
    mutating func rebase(load: LoadValue?, count: Int? = nil, exercise: Int? = nil) {
        if let load { baseLoad = load.toThousandths }
        if let count { baseCount = count }
        if let exercise { baseExercise = exercise }
        weeks = 0
        sessions = 0
    }
}

/// A lift's tracks by the number they keep, in a fixed array (no hashing on the hot path).
struct TrackTable {
    private var storage = [Track?](repeating: nil, count: TrackField.allCases.count)

    subscript(field: TrackField) -> Track? {
        get { storage[field.rawValue] }
        set { storage[field.rawValue] = newValue }
    }

    /// Changes every track there is, in place.
    mutating func updateEach(_ change: (inout Track) -> Void) {
        for index in storage.indices {
            guard var track = storage[index] else { continue }
            storage[index] = nil
            change(&track)
            storage[index] = track
        }
    }
}

/// The training state of one lift for one athlete, shared by every item that names the lift.
struct LiftState {
    var tracks = TrackTable()
    /// The estimated one-rep max: from the roster, then from logged sets (RPE chart).
    var estimatedOneRepMax: ExactLoad?
    /// A `stages` rule's position when it moves on failures.
    var stage = 0
    /// The working load the last time the lift was done at its first stage.
    var firstStageLoad: LoadValue?
    /// After the last stage failed: the rep max to test, and the share of it to start again at.
    var retest: (reps: Int, percentTenths: Int)?
    /// A training-max change waiting for the wave's next cycle (tenths of a percent).
    var pendingTrainingMaxChange: Int?
    /// The highest wave cycle seen, so that a pending change applies once.
    var lastCycle = 0
}
