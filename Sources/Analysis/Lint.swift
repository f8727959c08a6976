import Diagnostics
import RegimenPlan

/// A coaching lint: a warning about a program as training, read the way a coach would read it.
/// Each lint is a type in a file of its own under `Lints/`, registered in `Linter.lints`, and
/// explained, with its rationale and sources, in `docs/lints.md`.
public protocol Lint: Sendable {
    /// The lint's code (W5xx), which `--allow`, `--deny` and `lints:` name.
    var code: DiagnosticCode { get }
    /// What the lint finds in `input`, as warnings.
    func findings(in input: LintInput) -> [Diagnostic]
}

/// What a lint reads: one athlete's plan and its numbers, the program's thresholds, where things
/// are in the spec, and the few facts of the program as written that the plan does not carry.
public struct LintInput: Sendable {
    public var analysis: PlanAnalysis
    public var settings: LintSettings
    public var anchors: SourceMap
    public var facts: ProgramFacts

    public init(analysis: PlanAnalysis, settings: LintSettings, anchors: SourceMap, facts: ProgramFacts) {
        self.analysis = analysis
        self.settings = settings
        self.anchors = anchors
        self.facts = facts
    }

    public var plan: Plan { analysis.plan }

    /// Where a lint about the program as a whole points: the schedule, or the program.
    var programAnchor: SourceSpan { anchors.schedule ?? anchors.program }

    /// An exercise's name, by id.
    func name(_ exercise: String) -> String { plan.exercise(exercise)?.name ?? exercise }

    /// " (and 3 more weeks)" after the first of `weeks`.
    static func moreWeeks(_ weeks: [Int]) -> String {
        weeks.count <= 1 ? "" : " (and \(weeks.count - 1) more week\(weeks.count == 2 ? "" : "s"))"
    }
}

/// Facts of a program as written that its plan does not carry.
public struct ProgramFacts: Sendable {
    /// The step computed loads of each exercise are rounded to, by exercise id and unit.
    public var loadSteps: [String: [MassUnit: Mass]]
    /// The training-max increases of wave progressions, in the order written.
    public var trainingMaxIncreases: [TrainingMaxIncrease]
    /// The sessions as written, in order.
    public var sessions: [WrittenSession]

    /// Where each athlete's logged sessions are written, by athlete id, in date order (empty for
    /// a program built without training logs): the lints over logs point at these entries.
    public var logEntries: [String: [LogEntry]]

    public init(loadSteps: [String: [MassUnit: Mass]] = [:], trainingMaxIncreases: [TrainingMaxIncrease] = [], sessions: [WrittenSession] = [],
                logEntries: [String: [LogEntry]] = [:]) {
        self.loadSteps = loadSteps
        self.trainingMaxIncreases = trainingMaxIncreases
        self.sessions = sessions
        self.logEntries = logEntries
    }

    /// A logged session: the day it was done and where the log says so.
    public struct LogEntry: Sendable {
        public var date: CivilDate
        public var span: SourceSpan

        public init(date: CivilDate, span: SourceSpan) {
            self.date = date
            self.span = span
        }
    }

    /// A rule that raises a training max by a fixed step: a wave progression each cycle, or a
    /// `training-max:` rule at its cadence.
    public struct TrainingMaxIncrease: Sendable {
        /// What a step adds to the training max.
        public enum Step: Sendable {
            /// A load, and the same step in other units (`[+10lb, +5kg]`): the one in the
            /// training max's unit is compared with it.
            case load(Mass, alternates: [Mass])
            /// A share of the training max, in tenths of a percent.
            case percent(tenths: Int)
        }

        public var exercise: String
        public var trainingMaxKey: String
        public var step: Step
        /// How often the step comes: `a cycle`, `a week`, `every 2 sessions`.
        public var every: String

        public init(exercise: String, trainingMaxKey: String, step: Step, every: String = "a cycle") {
            self.exercise = exercise
            self.trainingMaxKey = trainingMaxKey
            self.step = step
            self.every = every
        }
    }

    /// A session as written: its prescriptions in order (groups flattened).
    public struct WrittenSession: Sendable {
        public var id: String
        public var title: String
        public var prescriptions: [WrittenPrescription]

        public init(id: String, title: String, prescriptions: [WrittenPrescription]) {
            self.id = id
            self.title = title
            self.prescriptions = prescriptions
        }
    }

    /// One prescription as written.
    public struct WrittenPrescription: Sendable {
        public var exercise: String
        public var kind: ExerciseKind
        public var side: String?
        public var holdSeconds: Int?

        public init(exercise: String, kind: ExerciseKind, side: String?, holdSeconds: Int?) {
            self.exercise = exercise
            self.kind = kind
            self.side = side
            self.holdSeconds = holdSeconds
        }
    }
}

/// Runs the coaching lints.
public enum Linter {
    /// Every lint, in code order: the catalog `--allow`, `--deny` and `lints:` are checked against.
    public static let lints: [any Lint] = [
        LoadedButNotStretched(), HamstringGluteImbalance(), NoRestDay(), SameGroupOnConsecutiveDays(), LoadJump(),
        TrainingMaxJump(), NoDeload(), OneSidedMobility(), ShortStretch(), SessionTooLong(),
        LiftStalled(), SessionsMissedInARow(), RPECreeping(), UnmarkedWarmUps(),
    ]

    /// The codes of every lint.
    public static var codes: [DiagnosticCode] { lints.map(\.code) }

    /// Every lint's findings for `input`, with the program's `lints:` and the command line's allow
    /// and deny applied: allowed lints are dropped, denied ones become errors.
    public static func run(_ input: LintInput, allow: Set<DiagnosticCode> = [], deny: Set<DiagnosticCode> = []) -> [Diagnostic] {
        let allowed = input.settings.allowed.union(allow).subtracting(deny)
        let denied = input.settings.denied.subtracting(allow).union(deny)
        return lints.filter { !allowed.contains($0.code) }.flatMap { lint in
            lint.findings(in: input).map { finding in
                var result = finding
                if denied.contains(finding.code) { result.severity = .error }
                return result
            }
        }
    }
}
