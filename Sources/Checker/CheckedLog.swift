import Diagnostics
import RegimenValues

/// Training results read from logs (Regimen's YAML log, app exports, FIT activities) and
/// resolved against a checked program: athletes and exercises are indexes, loads carry units.
/// The planner reads it to show what was done and to let results drive progression.
public struct CheckedLog: Sendable {
    /// Logged sessions per athlete, indexed like `CheckedProgram.athletes`, each in date order.
    public var sessions: [[LoggedSession]]

    public init(sessions: [[LoggedSession]]) {
        self.sessions = sessions
    }

    /// No results: a forecast.
    public static let empty = CheckedLog(sessions: [])

    public var isEmpty: Bool { sessions.allSatisfy(\.isEmpty) }
}

/// One session as logged.
public struct LoggedSession: Sendable {
    public enum Status: String, Sendable {
        case done
        case partial
        /// Logged as not done.
        case skipped
    }

    /// The day the session was done.
    public var date: CivilDate
    public var time: LocalTime?
    /// The session template (index into `CheckedProgram.sessions`) when the log names it;
    /// `nil` when the log gives only a date (the planner matches it to that day's session).
    public var session: Int?
    /// The planned instance's week and occurrence, when the log names an identity.
    public var week: Int?
    public var occurrence: Int?
    public var status: Status
    public var exercises: [LoggedExercise]
    public var notes: String?
    /// Where the entry is written, for diagnostics and for `SessionRecord.source`.
    public var span: SourceSpan

    public init(
        date: CivilDate, time: LocalTime? = nil, session: Int? = nil, week: Int? = nil, occurrence: Int? = nil, status: Status,
        exercises: [LoggedExercise], notes: String? = nil, span: SourceSpan
    ) {
        self.date = date
        self.time = time
        self.session = session
        self.week = week
        self.occurrence = occurrence
        self.status = status
        self.exercises = exercises
        self.notes = notes
        self.span = span
    }
}

/// One exercise of a logged session.
public struct LoggedExercise: Sendable {
    /// Index into `CheckedProgram.exercises`.
    public var exercise: Int
    public var sets: [LoggedSet]
    public var notes: String?
    public var span: SourceSpan

    public init(exercise: Int, sets: [LoggedSet], notes: String? = nil, span: SourceSpan) {
        self.exercise = exercise
        self.sets = sets
        self.notes = notes
        self.span = span
    }
}

/// One set as logged.
public struct LoggedSet: Sendable {
    public enum Status: String, Sendable {
        case done
        /// Started but cut short.
        case partial
        case skipped
    }

    public var status: Status
    public var reps: Int?
    /// The load used, in the unit it was logged in; `nil` for none.
    public var load: CheckedLoad?
    /// RPE in tenths (75 is 7.5).
    public var rpeTenths: Int?
    public var holdSeconds: Int?
    public var durationSeconds: Int?
    public var distanceMeters: Int?
    public var isWarmUp: Bool
    public var notes: String?
    public var span: SourceSpan

    public init(
        status: Status = .done, reps: Int? = nil, load: CheckedLoad? = nil, rpeTenths: Int? = nil, holdSeconds: Int? = nil,
        durationSeconds: Int? = nil, distanceMeters: Int? = nil, isWarmUp: Bool = false, notes: String? = nil, span: SourceSpan
    ) {
        self.status = status
        self.reps = reps
        self.load = load
        self.rpeTenths = rpeTenths
        self.holdSeconds = holdSeconds
        self.durationSeconds = durationSeconds
        self.distanceMeters = distanceMeters
        self.isWarmUp = isWarmUp
        self.notes = notes
        self.span = span
    }
}
