#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Checker
import Diagnostics
import LogChecker
import Planner
import ProgramSpec
import RegimenPlan
import RegimenValues
import TrainingLog

/// `regimen log`: adds one session's results to the right YAML training log, after checking that
/// the log, with the entry, still reads cleanly against the program. The file is written
/// atomically (a temporary file renamed over it), never reordered or reformatted, and only if
/// it is a regular file: a link or a pipe is refused.
public struct LogAppender: Sendable {
    public var compiler: Compiler

    public init(compiler: Compiler) {
        self.compiler = compiler
    }

    public struct Request: Sendable {
        public var program: String
        /// The athlete's id or name; may be left out when the program has one athlete.
        public var athlete: String?
        /// The day; `nil` for today in the athlete's time zone.
        public var date: CivilDate?
        public var session: String?
        public var time: LocalTime?
        public var status: String?
        public var notes: String?
        public var exercises: [String]
        /// The log file to add to, instead of the one the program's `logs:` gives the athlete.
        public var file: String?

        public init(program: String, athlete: String? = nil, date: CivilDate? = nil, session: String? = nil, time: LocalTime? = nil,
                    status: String? = nil, notes: String? = nil, exercises: [String], file: String? = nil) {
            self.program = program
            self.athlete = athlete
            self.date = date
            self.session = session
            self.time = time
            self.status = status
            self.notes = notes
            self.exercises = exercises
            self.file = file
        }
    }

    public struct Added: Sendable {
        /// The file written, as the user named it.
        public var file: String
        public var created: Bool
        /// The session as the program reads it, in words.
        public var summary: [String]
    }

    public enum Failure: Error, Sendable {
        /// A usage problem: a missing program, no file to add to, an unsafe file (exit 2).
        case usage(String)
        /// The program, its logs or the entry have errors (exit 1); nothing was written.
        case errors([Diagnostic], sources: [String: [UInt8]], message: String)
    }

    public func append(_ request: Request, now: Int64) -> Result<Added, Failure> {
        let fileSystem = compiler.fileSystem
        guard fileSystem.kind(of: request.program) == .file else { return .failure(.usage("cannot read \(request.program): no such file")) }
        let before = compiler.checkWithoutLints(request.program)
        guard let program = before.program else {
            return .failure(.errors(before.diagnostics, sources: before.sources,
                                    message: "\(request.program) or its logs have errors; fix them first, nothing was written"))
        }
        // The athlete.
        let athleteIndex: Int
        if let named = request.athlete {
            guard let index = program.athletes.firstIndex(where: { $0.id == named || $0.name?.lowercased() == named.lowercased() }) else {
                return .failure(.usage("there is no athlete `\(named)`; the athletes are \(program.athletes.map(\.id).joined(separator: ", "))"))
            }
            athleteIndex = index
        } else {
            guard program.athletes.count == 1 else {
                return .failure(.usage("the program has \(program.athletes.count) athletes; say whose session it is with --athlete (\(program.athletes.map(\.id).joined(separator: ", ")))"))
            }
            athleteIndex = 0
        }
        let athlete = program.athletes[athleteIndex]
        let date = request.date ?? CivilDate(daysSinceEpoch: Int((now + Int64(athlete.timeZone.type(at: now).offset)).floorDivided(by: 86_400)))
        var exercises: [(name: String, sets: String)] = []
        for text in request.exercises {
            guard let exercise = LogEntry.exercise(parsing: text) else {
                return .failure(.usage("`\(text)` is not an exercise and its sets; write `back-squat 5,5,7 @ 100kg`, or `Back squat: 5,5,7 @ 100kg` for a name with spaces"))
            }
            exercises.append(exercise)
        }
        if exercises.isEmpty, request.status != "skipped" {
            return .failure(.usage("give the exercises done, like 'back-squat 5,5,7 @ 100kg', or --status skipped for a session that was missed"))
        }
        // The file.
        let target: (path: String, shown: String)
        switch file(for: request, athlete: athleteIndex, program: program, outcome: before) {
        case .success(let found): target = found
        case .failure(let failure): return .failure(failure)
        }
        var entry = LogEntry(date: date, session: request.session, time: request.time, status: request.status, notes: request.notes, exercises: exercises)
        let existing: [UInt8]?
        switch fileSystem.kind(of: target.path) {
        case .missing:
            existing = nil
        case .file where !Self.isSymbolicLink(target.path):
            switch fileSystem.read(target.path, limit: compiler.readerLimits.maxBytes) {
            case .success(let bytes): existing = bytes
            case .failure(let failure): return .failure(.usage("cannot read \(target.shown): \(failure.message)"))
            }
        default:
            return .failure(.usage("\(target.shown) is not a regular file (a link, a folder or a pipe); regimen log writes only to a regular file"))
        }
        let updated: [UInt8]
        if let existing {
            let reading = TrainingLogReader(limits: compiler.readerLimits).read(existing, file: target.shown)
            guard reading.log?.format == .yaml, !reading.diagnostics.contains(where: { $0.severity == .error }) else {
                return .failure(.errors(reading.diagnostics, sources: [target.shown: existing],
                                        message: "\(target.shown) is not a training log regimen log can read; fix it first, nothing was written"))
            }
            let owner = reading.log.map { LogChecker.owner(of: LogInput(log: $0, path: target.shown), in: program) } ?? nil
            if owner != athleteIndex { entry.athlete = athlete.id }
            switch LogFileEditor.appending(entry, to: existing, file: target.shown) {
            case .success(let bytes): updated = bytes
            case .failure(let refusal): return .failure(.usage(refusal.message))
            }
        } else {
            guard fileSystem.kind(of: PathText.directory(of: target.path)) == .directory else {
                return .failure(.usage("cannot create \(target.shown): its folder does not exist"))
            }
            updated = LogFileEditor.newFile(athlete: athlete.id, entry: entry)
        }
        // The whole program again, with the file as it would be.
        var checking = compiler
        checking.logOverrides[target.path] = updated
        checking.logOverrides[target.shown] = updated
        if !before.logFiles.contains(where: { $0.path == target.path || fileSystem.resolve($0.path) == fileSystem.resolve(target.path) }) {
            checking.logs.append(LogArgument(path: target.shown))
        }
        let after = checking.checkWithoutLints(request.program)
        guard let checked = after.program else {
            return .failure(.errors(after.diagnostics, sources: after.sources, message: "the entry does not fit the program; nothing was written"))
        }
        // Written atomically, keeping the file's permissions.
        var mode: mode_t = 0o644
        var info = stat()
        if existing != nil, lstat(target.path, &info) == 0 { mode = info.st_mode & 0o7777 }
        if case .failure(let failure) = LogFileWriter.replace(target.path, with: updated, mode: mode) {
            return .failure(.usage(failure.messages.joined(separator: "; ")))
        }
        let shown = after.logFiles.first { $0.path == target.path }?.displayName ?? target.shown
        var logged = checked.log.sessions[athleteIndex].filter { $0.span.file == shown && $0.date == date }.last
        if let entry = logged, entry.session == nil {
            logged?.session = Self.plannedSession(of: entry, athlete: athleteIndex, in: checked)
        }
        return .success(Added(file: target.shown, created: existing == nil,
                              summary: logged.map { LogSummary.lines($0, program: checked) } ?? []))
    }

    /// The session the plan puts an entry that names none in (a rotation's turn that day), for
    /// the summary: the planner, not the log checker, knows the rotation's turns.
    static func plannedSession(of entry: LoggedSession, athlete: Int, in program: CheckedProgram) -> Int? {
        let plan = Planner().plan(program)
        guard plan.athletes.indices.contains(athlete) else { return nil }
        let instance = plan.athletes[athlete].sessions.first { $0.record != nil && ($0.record?.doneOn ?? $0.date) == entry.date }
        return instance.flatMap { instance in program.sessions.firstIndex { $0.id == instance.session } }
    }

    /// The file to add to: `--file`, else the athlete's one YAML log among the program's logs,
    /// else `ATHLETE.yaml` in the program's one folder of logs.
    func file(for request: Request, athlete: Int, program: CheckedProgram, outcome: Compiler.CheckOutcome)
        -> Result<(path: String, shown: String), Failure>
    {
        if let file = request.file { return .success((file, file)) }
        let id = program.athletes[athlete].id
        let own = outcome.logFiles.filter { $0.format == .yaml && $0.owner == athlete }
        if own.count == 1 { return .success((own[0].path, own[0].displayName)) }
        if own.count > 1 {
            return .failure(.usage("\(id) has several logs (\(own.map(\.displayName).joined(separator: ", "))); say which with --file"))
        }
        if outcome.logFolders.count == 1, let folder = outcome.logFolders.first {
            return .success(((compiler.fileSystem.resolve(folder) ?? folder) + "/" + id + ".yaml", PathText.join(folder, id + ".yaml")))
        }
        return .failure(.usage("the program names no log for \(id) (`logs:`); give the file with --file, or add `logs: logs/` to the program"))
    }

    static func isSymbolicLink(_ path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFLNK
    }
}

extension Int64 {
    /// Division rounding toward negative infinity.
    func floorDivided(by divisor: Int64) -> Int64 {
        let (quotient, remainder) = quotientAndRemainder(dividingBy: divisor)
        return remainder < 0 ? quotient - 1 : quotient
    }
}
