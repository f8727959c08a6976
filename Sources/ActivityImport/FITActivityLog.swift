import Checker
import Diagnostics
import FITFormat
import ProgramSpec
import RegimenPlan
import RegimenValues
import TrainingLog

extension FITActivityImporter {
    /// A recorded activity as a training log in the form every log reader gives (`RawLog`), for
    /// `--log activity.fit` and `logs:`: one session on the activity's local day, naming the
    /// planned session it was matched to, its exercises by their program keys, its sets with
    /// what the watch recorded. `LogChecker` then resolves it like any other log (whose it is,
    /// the program's weeks, duplicates) and the planner reads it unchanged. The matching is
    /// `read`'s, the same `regimen activity --program` shows.
    ///
    /// `athlete` is whose log the file is, when known; without it the activity is matched to the
    /// first athlete's plan and names no planned session, so that the log checker reports the
    /// file as not saying whose it is. An activity on a day without a planned session names none
    /// either: the log checker finds the session whose exercises it has (a moved session).
    public func rawLog(_ bytes: [UInt8], file: String, athlete: Int?) -> RawLogReading {
        let result = read(bytes, file: file, athlete: athlete ?? 0)
        let diagnostics = result.diagnostics.filter { $0.code != .activityWithoutSession }
        guard result.activity != nil else { return RawLogReading(log: nil, diagnostics: diagnostics) }
        var log = RawLog(file: file, format: .fit)
        if var session = result.session {
            if athlete == nil { session.session = nil }
            log.sessions = [rawSession(session)]
        }
        return RawLogReading(log: log, diagnostics: diagnostics)
    }

    /// The entry as a raw session that names its planned session by key (not by identity: a
    /// rotation's slot has the rotation's), so the log checker takes it as planned that day.
    func rawSession(_ session: LoggedSession) -> RawSession {
        let span = session.span
        let exercises = session.exercises.map { exercise in
            RawExercise(name: Located(program.exercises[exercise.exercise].id, at: exercise.span),
                        sets: exercise.sets.map(Self.rawSet), span: exercise.span)
        }
        return RawSession(
            date: Located(session.date, at: span), time: session.time.map { Located($0, at: span) },
            name: session.session.map { Located(program.sessions[$0].id, at: span) }, nameIsSessionKey: true,
            status: RawStatus(rawValue: session.status.rawValue).map { Located($0, at: span) },
            exercises: exercises, notes: session.notes.map { Located($0, at: span) }, span: span)
    }

    static func rawSet(_ set: LoggedSet) -> RawSet {
        let load: RawLoad? = switch set.load {
        case .mass(let mass)?: .mass(thousandths: mass.thousandths, unit: mass.unit)
        case .bodyweight(let added)?: .bodyweight(added: added)
        case .percent?, nil: nil
        }
        return RawSet(
            status: RawStatus(rawValue: set.status.rawValue) ?? .done, reps: set.reps, load: load.map { Located($0, at: set.span) },
            holdSeconds: set.holdSeconds, durationSeconds: set.durationSeconds,
            distance: set.distanceMeters.map { Located(RawDistance(thousandths: Int64($0) * 1000, unit: .m), at: set.span) },
            isWarmUp: set.isWarmUp, span: set.span)
    }
}
