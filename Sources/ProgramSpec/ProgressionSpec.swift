import Diagnostics
import RegimenValues

/// A progression rule as written, under `rules:` or inline in an item's `progress:`.
public enum RuleKindSpec: Sendable {
    /// Add `step` every `cadence`, up to `max`; optionally in blocks of `up` weeks up and
    /// `down` weeks back (step loading).
    case linear(step: Located<ProgressionStep>, cadence: Cadence, max: Located<ProgressionStep>?, then: Located<CapAction>?,
                stepLoading: Located<StepLoading>?)
    /// Work up the item's rep range one rep per step, then add `increment` and start again at
    /// the bottom of the range.
    case double(increment: Located<Mass>, cadence: Cadence, max: Located<Mass>?)
    /// Percentages of a training max, one list of sets per week, repeating; the training max
    /// rises by `increase` after each pass through the wave.
    case wave(weeks: [[WaveSet]], increase: Located<Mass>?)
    /// RPE targets by progressing week, in tenths; the last repeats.
    case rpe([Int])
    /// Reps-in-reserve targets by progressing week; the last repeats.
    case rir([Int])
    /// Move to the exercise's harder variant every `weeks` progressing weeks.
    case harderAfter(weeks: Int)
    /// Change the lift's training max: by a step every `cadence`, or by the reps of the `+` set.
    case trainingMax(TrainingMaxChange, cadence: Cadence)
    /// Set schemes in turn (`[5x3+, 6x2+, 10x1+]`), moving on by `advance`; after the last, `reset`.
    case stages([[SetGroupSpec]], advance: Located<StageAdvance>?, cadence: Cadence, reset: StageReset?)
}

/// Options any rule may carry, besides what it progresses.
public struct RuleOptionsSpec: Sendable {
    /// Steps in other units, after the first (`load: [+2.5kg, +5lb]`): the athlete's unit picks one.
    public var alternates: [Mass] = []
    public var success: Located<SuccessCriterion>?
    public var onSuccess: Located<ProgressionAction>?
    public var onFailure: Located<ProgressionAction>?
    /// `deload: own`: the program's deloads neither pause this rule nor scale what it sets.
    public var ownDeload: Located<Bool>?
    /// A wave's First Set Last sets (`5x5`): after the `+` set, at the week's first percentage.
    public var firstSetLast: Located<SetGroupSpec>?
    /// A wave's Joker sets: after the `+` set, at these points above its percentage (tenths).
    public var jokers: [Int] = []

    public init() {}
}

/// A named or inline progression rule.
public struct RuleSpec: Sendable {
    /// The name under `rules:`, or `nil` for an inline rule.
    public var name: Located<String>?
    public var kind: RuleKindSpec
    public var options = RuleOptionsSpec()
    /// The span of the whole rule.
    public var span: SourceSpan

    public init(name: Located<String>?, kind: RuleKindSpec, span: SourceSpan) {
        self.name = name
        self.kind = kind
        self.span = span
    }
}

/// An item's `progress:`: rule names and inline rules, in order.
public enum RuleReference: Sendable {
    case named(Located<String>)
    case inline(RuleSpec)
}

/// A named run of weeks.
public struct PhaseSpec: Sendable {
    public var name: Located<String>
    public var weeks: Located<ClosedRange<Int>>
    /// Percentage of sets (and rounds) to keep, e.g. 60.
    public var volume: Located<Int>?
    /// Percentage of load to use, e.g. 90.
    public var intensity: Located<Int>?
    /// `progression: pause` keeps this phase's numbers at the last progressing week's.
    public var pausesProgression: Located<Bool>?
    /// Marks the phase as a deload (also implied when volume or intensity is below 100%).
    public var deload: Located<Bool>?
    /// A weekly schedule that replaces the program's for these weeks.
    public var schedule: [ScheduleDaySpec]?
    /// Named rules replaced for these weeks (`rules: { squat-lp: { load: +5lb } }`).
    public var rules: [RuleSpec] = []
    /// In a deload, the percentage of reps kept in each set.
    public var reps: Located<Int>?
    public var span: SourceSpan

    public init(name: Located<String>, weeks: Located<ClosedRange<Int>>, span: SourceSpan) {
        self.name = name
        self.weeks = weeks
        self.span = span
    }
}

/// `deload: { every: 4, volume: 60%, intensity: 90% }`: every `every`-th week is a deload week.
public struct DeloadSpec: Sendable {
    public var every: Located<Int>
    public var volume: Located<Int>?
    public var intensity: Located<Int>?
    /// The percentage of reps kept in each set.
    public var reps: Located<Int>?
    public var span: SourceSpan

    public init(every: Located<Int>, span: SourceSpan) {
        self.every = every
        self.span = span
    }
}

/// How loads computed by Regimen are rounded to what can be loaded.
public struct RoundingSpec: Sendable {
    /// Steps by unit (`2.5kg`, `5lb`); a unit not listed uses the default step.
    public var steps: [Located<Mass>]
    public var direction: Located<RoundingDirection>?

    public init(steps: [Located<Mass>], direction: Located<RoundingDirection>?) {
        self.steps = steps
        self.direction = direction
    }
}
