// The vocabulary of progression rules, shared by the spec, the checker and the planner.

/// How often a progression takes a step.
public enum Cadence: Hashable, Sendable {
    /// Every `n` progressing weeks.
    case weeks(Int)
    /// Every `n` times the session is done (in progressing weeks).
    case sessions(Int)

    /// `every week`, `every 2 sessions`; with `one: "a"`, `a week` for a single step.
    public func text(one: String = "every") -> String {
        switch self {
        case .weeks(let count): count == 1 ? "\(one) week" : "every \(count) weeks"
        case .sessions(let count): count == 1 ? "\(one) session" : "every \(count) sessions"
        }
    }
}

/// An amount a linear rule adds per step, in the quantity it progresses.
public enum ProgressionStep: Hashable, Sendable {
    case load(Mass)
    case reps(Int)
    case sets(Int)
    /// Seconds.
    case hold(Int)
    /// Seconds of work, for timed cardio such as an easy run.
    case duration(Int)
    /// Metres, for runs and walks.
    case distance(Int)

    /// The item field this step changes: `load`, `reps`, `sets`, `hold`, `duration` or `distance`.
    public var field: String {
        switch self {
        case .load: "load"
        case .reps: "reps"
        case .sets: "sets"
        case .hold: "hold"
        case .duration: "duration"
        case .distance: "distance"
        }
    }
}

/// One week of a percentage wave: a set per entry.
public struct WaveSet: Hashable, Sendable {
    /// Percentage of the training max, in tenths (65% is 650).
    public var percentTenths: Int
    public var reps: Int
    /// The last set of a 5/3/1 week: as many reps as possible, at least `reps`.
    public var asManyAsPossible: Bool

    public init(percentTenths: Int, reps: Int, asManyAsPossible: Bool) {
        self.percentTenths = percentTenths
        self.reps = reps
        self.asManyAsPossible = asManyAsPossible
    }
}

/// What to do when a linear progression reaches its cap.
public enum CapAction: String, Hashable, Sendable {
    /// Stay at the cap.
    case stay
    /// Move on to the exercise's harder variant, starting again from the item's values.
    case harder
}

/// Which way a computed load is rounded to a multiple of the step.
public enum RoundingDirection: String, Hashable, Sendable, CaseIterable {
    /// To the nearest multiple; halfway goes up.
    case nearest
    case down
    case up
}


/// Step loading: `up` weeks of rising numbers, then `down` weeks back at the block's start, each
/// block starting one step higher than the last.
public struct StepLoading: Hashable, Sendable {
    public var up: Int
    public var down: Int

    public init(up: Int, down: Int) {
        self.up = up
        self.down = down
    }
}

/// What counts as a successful session for a rule that reads results.
public enum SuccessCriterion: Hashable, Sendable {
    /// Every work set reached its prescribed reps (the bottom of a range, the minimum of a `+` set).
    case allReps
    /// The `+` set (the heaviest as-many-as-possible set) reached its minimum, or `reps` when given.
    case plusSet(reps: Int?)
    /// Every work set was at or under its target RPE, with its reps done.
    case rpe
    /// Every set's hold was reached.
    case hold
}

/// What a rule does after a session, by its outcome (`on-success:`, `on-failure:`).
public enum ProgressionAction: Hashable, Sendable {
    /// Keep the numbers: the next session repeats them.
    case `repeat`
    /// Lower the working load by a share (tenths of a percent) once `after` sessions in a row failed.
    case deload(percentTenths: Int, after: Int)
    /// Change the training max by a share (tenths of a percent; negative to lower it) once `after`
    /// sessions in a row went this way.
    case trainingMax(percentTenths: Int, after: Int)
    /// Move to the next stage of a `stages` rule.
    case nextStage(after: Int)
    /// Move on to the exercise's harder variant.
    case harder(after: Int)

    /// How many sessions in a row it waits for.
    public var after: Int {
        switch self {
        case .repeat: 1
        case .deload(_, let after), .trainingMax(_, let after), .nextStage(let after), .harder(let after): after
        }
    }
}

/// When a `stages` rule moves on to its next stage.
public enum StageAdvance: String, Hashable, Sendable {
    /// When a session fails (GZCLP: 5×3+ → 6×2+ → 10×1+).
    case onFailure = "on-failure"
    /// When a session succeeds, at the rule's cadence (a rehab progression gated on what was managed).
    case onSuccess = "on-success"
}

/// How a `training-max` rule changes the training max.
public enum TrainingMaxChange: Sendable, Hashable {
    /// Add a load (the first that matches the athlete's units, from a per-unit list).
    case step([Mass])
    /// Add a share of the training max, in tenths of a percent (`+2.5%` is 25).
    case percent(tenths: Int)
    /// By the reps of the `+` set: each row a range of reps and the change (per-unit list; empty for none).
    case table([RepsTableRow])
}

/// One row of a training-max table: `2-3: +5lb`.
public struct RepsTableRow: Sendable, Hashable {
    public var lower: Int
    /// `nil` for an open row like `6+`.
    public var upper: Int?
    /// The change, per unit; empty for `+0`.
    public var change: [Mass]

    public init(lower: Int, upper: Int?, change: [Mass]) {
        self.lower = lower
        self.upper = upper
        self.change = change
    }

    public func contains(_ reps: Int) -> Bool { reps >= lower && (upper.map { reps <= $0 } ?? true) }
}

/// What a `stages` rule does when its last stage fails.
public enum StageReset: Sendable, Hashable {
    /// Test a rep max (`retest: 5RM`), then start again at the first stage at a share of it
    /// (tenths of a percent: 85% is 850).
    case retest(reps: Int, percentTenths: Int)
    /// Start again at the first stage, at the load last used there plus this (per-unit list).
    case addToFirstStageLoad([Mass])
}


/// What follows a session the log shows was missed.
public enum MissedPolicy: String, Sendable, Hashable, CaseIterable {
    /// The session is dropped; the schedule carries on.
    case skip
    /// The missed session and every later one move one slot later.
    case shift
    /// The next session of the same kind repeats the missed one's numbers.
    case `repeat`
}

