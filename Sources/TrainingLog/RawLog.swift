import Diagnostics
import ProgramSpec
import RegimenPlan
import RegimenValues

/// A training log as read from one file, before anything in it is checked against a program:
/// names are as written, loads may lack units. Every reader (Regimen's YAML log, the Strong and
/// Hevy CSV exports, and any later format such as FIT activities) produces this one model, and
/// `LogChecker` resolves it against a checked program. Values carry where they were written, for
/// diagnostics: a line and column in a YAML log, a row's line and a field's column in a CSV.
public struct RawLog: Sendable {
    /// The file name diagnostics use.
    public var file: String
    public var format: LogFormat
    /// Whose log the file is (`log:` in a YAML log), when the file says.
    public var athlete: Located<String>?
    /// The units of loads written without one, when the file says (a YAML log's `units:`, a
    /// Hevy export's `weight_kg` column).
    public var units: Located<MassUnit>?
    /// The units of distances written without one, when the file says.
    public var distanceUnits: Located<DistanceUnit>?
    /// Where to point when a load needs units and the file has none: the `Weight` column of a
    /// Strong export, say.
    public var unitsAnchor: SourceSpan?
    public var sessions: [RawSession]

    public init(file: String, format: LogFormat, sessions: [RawSession] = []) {
        self.file = file
        self.format = format
        self.sessions = sessions
    }
}

/// The formats Regimen reads training logs in.
public enum LogFormat: String, Sendable, Hashable {
    /// Regimen's own YAML log (docs/logs.md, `schema/log.schema.json`).
    case yaml
    /// The Strong app's CSV export.
    case strong
    /// The Hevy app's CSV export.
    case hevy
    /// A watch's recorded activity (a FIT file). It is read against the program's plan
    /// (`ActivityImport`), not by `TrainingLogReader`; see docs/fit.md.
    case fit

    /// True for exports of an athlete's whole history from another app (or a watch's activities),
    /// rather than a log kept for this program: workouts before the program are left out instead
    /// of being reported.
    public var isAppExport: Bool { self != .yaml }

    /// How people call it.
    public var title: String {
        switch self {
        case .yaml: "Regimen log"
        case .strong: "Strong export"
        case .hevy: "Hevy export"
        case .fit: "FIT activity"
        }
    }
}

/// One logged session (a workout, in the apps' words).
public struct RawSession: Sendable {
    /// Whose session it is, when the entry says (`athlete:` in a YAML log).
    public var athlete: Located<String>?
    /// The day it was done; `nil` only when an identity gives the day instead.
    public var date: Located<CivilDate>?
    public var time: Located<LocalTime>?
    /// The session as the log names it: a session key of the program (`session:` in a YAML log),
    /// or an app's workout name, which may be anything ("Evening workout").
    public var name: Located<String>?
    /// True when `name` is a session key the log insists on; false for an app's workout title,
    /// which is used only when it happens to match a session.
    public var nameIsSessionKey: Bool
    /// A session instance's identity, `PROGRAM/ATHLETE/SESSION/wWEEK/OCCURRENCE`, as in the Plan.
    public var identity: Located<SessionIdentity>?
    /// As logged; `nil` when the entry does not say (done, or partial when sets are missing).
    public var status: Located<RawStatus>?
    public var exercises: [RawExercise]
    public var notes: Located<String>?
    /// The whole entry: a YAML log's list item, or an export's first row of the workout.
    public var span: SourceSpan

    public init(
        athlete: Located<String>? = nil, date: Located<CivilDate>?, time: Located<LocalTime>? = nil, name: Located<String>? = nil,
        nameIsSessionKey: Bool = false, identity: Located<SessionIdentity>? = nil, status: Located<RawStatus>? = nil,
        exercises: [RawExercise] = [], notes: Located<String>? = nil, span: SourceSpan
    ) {
        self.athlete = athlete
        self.date = date
        self.time = time
        self.name = name
        self.nameIsSessionKey = nameIsSessionKey
        self.identity = identity
        self.status = status
        self.exercises = exercises
        self.notes = notes
        self.span = span
    }
}

/// Done, cut short, or not done.
public enum RawStatus: String, Sendable, Hashable, CaseIterable {
    case done
    case partial
    case skipped
}

/// One exercise of a logged session.
public struct RawExercise: Sendable {
    /// As written: a key, a name or an app's name (`Squat (Barbell)`).
    public var name: Located<String>
    public var sets: [RawSet]
    /// `skipped` when the whole exercise was left out.
    public var status: Located<RawStatus>?
    public var notes: Located<String>?
    public var span: SourceSpan

    public init(name: Located<String>, sets: [RawSet] = [], status: Located<RawStatus>? = nil, notes: Located<String>? = nil, span: SourceSpan) {
        self.name = name
        self.sets = sets
        self.status = status
        self.notes = notes
        self.span = span
    }
}

/// One logged set. The set's `span` locates its values; a load and a distance, which may need
/// their units resolved, carry their own.
public struct RawSet: Sendable {
    public var status: RawStatus
    public var reps: Int?
    public var load: Located<RawLoad>?
    /// RPE in tenths (85 is 8.5).
    public var rpeTenths: Int?
    /// Seconds of work that the log does not say are a hold or a duration (`30s` in the set
    /// notation, an export's seconds column): a duration for cardio, a hold for anything else.
    public var seconds: Int?
    /// Seconds written as a hold (`hold:`).
    public var holdSeconds: Int?
    /// Seconds written as a duration (`duration:`).
    public var durationSeconds: Int?
    public var distance: Located<RawDistance>?
    public var isWarmUp: Bool
    public var notes: String?
    public var span: SourceSpan

    public init(
        status: RawStatus = .done, reps: Int? = nil, load: Located<RawLoad>? = nil, rpeTenths: Int? = nil, seconds: Int? = nil,
        holdSeconds: Int? = nil, durationSeconds: Int? = nil, distance: Located<RawDistance>? = nil, isWarmUp: Bool = false,
        notes: String? = nil, span: SourceSpan
    ) {
        self.status = status
        self.reps = reps
        self.load = load
        self.rpeTenths = rpeTenths
        self.seconds = seconds
        self.holdSeconds = holdSeconds
        self.durationSeconds = durationSeconds
        self.distance = distance
        self.isWarmUp = isWarmUp
        self.notes = notes
        self.span = span
    }
}

/// A load as logged.
public enum RawLoad: Sendable, Hashable {
    /// A weight; `unit` is `nil` when the log wrote none.
    case mass(thousandths: Int64, unit: MassUnit?)
    /// Bodyweight, with any weight added.
    case bodyweight(added: Mass?)
}

/// A distance as logged.
public struct RawDistance: Sendable, Hashable {
    /// Thousandths of `unit`.
    public var thousandths: Int64
    /// `nil` when the log wrote none.
    public var unit: DistanceUnit?

    public init(thousandths: Int64, unit: DistanceUnit?) {
        self.thousandths = thousandths
        self.unit = unit
    }
}

/// What reading one log file produced: the raw log (when the file could be read at all) and the
/// problems found on the way.
public struct RawLogReading: Sendable {
    public var log: RawLog?
    public var diagnostics: [Diagnostic]

    public init(log: RawLog?, diagnostics: [Diagnostic]) {
        self.log = log
        self.diagnostics = diagnostics
    }
}
