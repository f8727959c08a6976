// The vocabulary of progression rules, shared by the spec, the checker and the planner.

/// How often a progression takes a step.
public enum Cadence: Hashable, Sendable {
    /// Every `n` progressing weeks.
    case weeks(Int)
    /// Every `n` times the session is done (in progressing weeks).
    case sessions(Int)
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
