import Checker
import Diagnostics
import ProgramSpec
import RegimenPlan
import RegimenValues
import TrainingLog

/// One training log to check, with what the command line or the `logs:` entry that named it
/// says about it.
public struct LogInput: Sendable {
    public var log: RawLog
    /// The path as given, whose file or folder name may say whose log it is (`logs/alex/strong.csv`).
    public var path: String
    /// Whose log it is, when the `logs:` entry (or `--log ATHLETE=FILE`) says.
    public var athlete: Located<String>?
    /// Units of loads and distances written without one, when the `logs:` entry says.
    public var units: Located<MassUnit>?
    public var distanceUnits: Located<DistanceUnit>?

    public init(log: RawLog, path: String, athlete: Located<String>? = nil, units: Located<MassUnit>? = nil, distanceUnits: Located<DistanceUnit>? = nil) {
        self.log = log
        self.path = path
        self.athlete = athlete
        self.units = units
        self.distanceUnits = distanceUnits
    }
}

/// Resolves training logs against a checked program: athletes by id or name, exercises by key,
/// name or alias, sessions by name, identity or date; loads get their units, seconds become
/// holds or durations. The result is the `CheckedLog` the planner reads, and every problem as a
/// diagnostic at the place in the log it is about. Docs: docs/logs.md ("How logs are matched").
public enum LogChecker {
    /// What checking logs found.
    public struct Result: Sendable {
        public var log: CheckedLog
        public var diagnostics: [Diagnostic]
        /// Whose each input is (an index into the program's athletes), by the rules of `owner`.
        public var owners: [Int?]
    }

    public static func check(_ inputs: [LogInput], against program: CheckedProgram) -> Result {
        var pass = LogPass(program: program)
        let owners = inputs.map { pass.check($0) }
        let (log, diagnostics) = pass.result()
        return Result(log: log, diagnostics: diagnostics, owners: owners)
    }

    /// Whose log a file is, by the rules `check` applies (the `logs:` entry, the file's `log:`,
    /// the program's only athlete, the file's or folder's name): an index into the program's
    /// athletes, or `nil` when the file does not say (a log whose sessions each name theirs).
    public static func owner(of input: LogInput, in program: CheckedProgram) -> Int? {
        var pass = LogPass(program: program)
        return pass.fileAthlete(input)
    }
}

/// One run of the log checker.
struct LogPass {
    let program: CheckedProgram
    let names: ProgramNames
    /// Each athlete's planned days, by athlete index, worked out for athletes with logs.
    var plannedDays: [PlannedDays?]
    var diagnostics: [Diagnostic] = []
    /// Logged sessions by athlete index, with the order they were read in (for stable sorting).
    var sessions: [[(order: Int, session: LoggedSession)]]
    var order = 0
    /// How each exercise name written in the logs matched, worked out once per name.
    var exerciseMatches: [String: ProgramNames.ExerciseMatch] = [:]
    /// The first entry of each session instance logged, to find duplicates.
    var seen: [SessionKey: SourceSpan] = [:]

    struct SessionKey: Hashable {
        var athlete: Int
        var date: CivilDate
        /// `nil` for an entry left to the day's rotation slot (see `inferSession`).
        var session: Int?
    }

    init(program: CheckedProgram) {
        self.program = program
        names = ProgramNames(program: program)
        plannedDays = Array(repeating: nil, count: program.athletes.count)
        sessions = Array(repeating: [], count: program.athletes.count)
    }

    /// The athlete's planned days (the program personalized for them), worked out once.
    mutating func days(of athlete: Int) -> PlannedDays {
        if let known = plannedDays[athlete] { return known }
        let days = PlannedDays(program: program, athlete: program.athletes[athlete])
        plannedDays[athlete] = days
        return days
    }

    func result() -> (log: CheckedLog, diagnostics: [Diagnostic]) {
        let sorted = sessions.map { entries in
            entries.sorted { a, b in
                let left = (a.session.date, a.session.time?.secondsSinceMidnight ?? -1, a.order)
                let right = (b.session.date, b.session.time?.secondsSinceMidnight ?? -1, b.order)
                return left < right
            }.map(\.session)
        }
        return (CheckedLog(sessions: sorted), diagnostics)
    }

    /// Checks one file; returns whose it is.
    @discardableResult
    mutating func check(_ input: LogInput) -> Int? {
        var file = FileContext(input: input)
        file.defaultAthlete = fileAthlete(input)
        for session in input.log.sessions {
            check(session, file: &file)
        }
        if file.skippedOutside > 0, let first = file.firstSkipped {
            diagnostics.append(.warning(.logHistorySkipped,
                "\(file.skippedOutside) workout\(file.skippedOutside == 1 ? "" : "s") of this \(input.log.format.title) \(file.skippedOutside == 1 ? "is" : "are") outside the program's weeks and \(file.skippedOutside == 1 ? "was" : "were") left out",
                at: first, notes: [DiagnosticNote("the program runs from \(file.programSpan.map { "\($0.first) to \($0.last)" } ?? "its start")")]))
        }
        for (name, entry) in file.unknownExercises.sorted(by: { $0.value.order < $1.value.order }) {
            diagnostics.append(unknownExercise(name, at: entry.span, repeats: entry.count - 1, format: input.log.format))
        }
        return file.defaultAthlete
    }

    /// What is known about the file being checked.
    struct FileContext {
        let input: LogInput
        var defaultAthlete: Int?
        var reportedUnattributed = false
        var reportedMassUnits = false
        var reportedDistanceUnits = false
        var skippedOutside = 0
        var firstSkipped: SourceSpan?
        var programSpan: (first: CivilDate, last: CivilDate)?
        /// Unknown exercise names, reported once each with how often they appear.
        var unknownExercises: [String: (span: SourceSpan, count: Int, order: Int)] = [:]

        init(input: LogInput) {
            self.input = input
        }
    }

    // MARK: Athletes

    /// Whose log a file is when its sessions do not say: the `logs:` entry, the log's own
    /// `log:`, the program's only athlete, or an athlete named by the file or its folder.
    mutating func fileAthlete(_ input: LogInput) -> Int? {
        if let named = input.athlete {
            guard let index = names.athlete(named.value) else {
                diagnostics.append(names.unknownAthlete(named))
                return nil
            }
            return index
        }
        if let named = input.log.athlete {
            if let index = names.athlete(named.value) { return index }
            // A shared log's `log:` is only a title when every session names its athlete.
            if input.log.sessions.contains(where: { $0.athlete == nil }) { diagnostics.append(names.unknownAthlete(named)) }
            return nil
        }
        if program.athletes.count == 1 { return 0 }
        return athleteNamedByPath(input.path)
    }

    /// An athlete whose id is the file's name (`alex.csv`, `alex-strong.csv`) or its folder's
    /// (`logs/alex/strong.csv`); the longest id wins.
    func athleteNamedByPath(_ path: String) -> Int? {
        let parts = path.split(separator: "/").map { String($0).lowercased() }
        guard let name = parts.last else { return nil }
        let stem = name.firstIndex(of: ".").map { String(name[..<$0]) } ?? name
        let folder = parts.count > 1 ? parts[parts.count - 2] : ""
        var best: (index: Int, length: Int)?
        for (index, athlete) in program.athletes.enumerated() {
            let id = athlete.id.lowercased()
            let matches = stem == id || folder == id || ["-", "_", "."].contains { stem.hasPrefix(id + $0) }
            if matches, id.count > (best?.length ?? 0) { best = (index, id.count) }
        }
        return best?.index
    }

    // MARK: Sessions

    mutating func check(_ raw: RawSession, file: inout FileContext) {
        var athleteIndex = file.defaultAthlete
        if let named = raw.athlete {
            guard let index = names.athlete(named.value) else {
                diagnostics.append(names.unknownAthlete(named))
                return
            }
            athleteIndex = index
        }
        guard let athleteIndex else {
            if !file.reportedUnattributed, file.input.athlete == nil, file.input.log.athlete == nil {
                file.reportedUnattributed = true
                let format = file.input.log.format
                diagnostics.append(.error(.unattributedLog,
                    "this \(format.title) does not say whose it is, and the program has \(program.athletes.count) athletes",
                    at: raw.span,
                    notes: [DiagnosticNote(format == .yaml
                        ? "name the athlete at the top of the log (`log: \(program.athletes[0].id)`) or in each session (`athlete: \(program.athletes[0].id)`)"
                        : "say whose it is: `--log \(program.athletes[0].id)=\(file.input.path)`, a `logs:` entry with `athlete: \(program.athletes[0].id)`, or a file or folder named after the athlete")]))
            }
            return
        }
        let athlete = program.athletes[athleteIndex]
        let days = self.days(of: athleteIndex)
        var identityWeek: Int?, identityOccurrence: Int?
        var sessionIndex: Int?
        var date = raw.date
        if let identity = raw.identity {
            guard let (session, plannedDate) = resolve(identity, days: days) else { return }
            sessionIndex = session
            identityWeek = identity.value.week
            identityOccurrence = identity.value.occurrence
            if date == nil { date = Located(plannedDate, at: identity.span) }
        }
        guard let date else { return }
        let span = days.span
        guard date.value >= span.first, date.value <= span.last else {
            if file.input.log.format.isAppExport {
                file.skippedOutside += 1
                if file.firstSkipped == nil { file.firstSkipped = raw.span }
                file.programSpan = span
            } else {
                let when = date.value < span.first ? "before" : "after"
                let edge = date.value < span.first ? "starts on \(span.first)" : "ends on \(span.last)"
                diagnostics.append(.error(.logDateOutsideProgram,
                    "\(date.value) is \(when) the program for \(athlete.name ?? athlete.id): it \(edge)", at: date.span))
            }
            return
        }
        let exercises = raw.exercises.compactMap { exercise($0, athlete: athlete, file: &file) }
        if sessionIndex == nil, let name = raw.name {
            let named = names.sessions(named: name.value)
            if named.count == 1 {
                sessionIndex = named[0]
            } else if raw.nameIsSessionKey {
                if named.isEmpty {
                    diagnostics.append(names.unknownSession(name))
                    return
                }
                sessionIndex = pick(named, days: days, on: date.value, logged: exercises)
            }
        }
        if sessionIndex == nil {
            switch inferSession(on: date, days: days, logged: exercises, raw: raw, file: file) {
            case .session(let index)?: sessionIndex = index
            case .rotationSlot?: break
            case nil: return
            }
        }
        let key = SessionKey(athlete: athleteIndex, date: date.value, session: sessionIndex)
        if let first = seen[key] {
            let name = sessionIndex.map { program.sessions[$0].id } ?? days.rotation(on: date.value).map { program.rotations[$0].name } ?? "the session"
            diagnostics.append(.error(.duplicateLogEntry,
                "`\(name)` on \(date.value) is logged twice for \(athlete.name ?? athlete.id)",
                at: raw.span, notes: [DiagnosticNote("it is first logged here", at: first)]))
            return
        }
        seen[key] = raw.span
        let status = sessionStatus(raw, exercises: exercises)
        let logged = LoggedSession(
            date: date.value, time: raw.time?.value, session: sessionIndex, week: identityWeek, occurrence: identityOccurrence,
            status: status, exercises: exercises, notes: raw.notes?.value, span: raw.span)
        sessions[athleteIndex].append((order, logged))
        order += 1
    }

    /// The session and planned day an identity names, or a diagnostic.
    mutating func resolve(_ identity: Located<SessionIdentity>, days: PlannedDays) -> (session: Int, date: CivilDate)? {
        let value = identity.value
        let athlete = days.athlete
        func refuse(_ message: String) -> (Int, CivilDate)? {
            diagnostics.append(.error(.unknownLoggedSession, message, at: identity.span))
            return nil
        }
        guard value.program == program.id else {
            return refuse("the identity is of program `\(value.program)`, but this program is `\(program.id)`")
        }
        guard value.athlete == athlete.id else {
            return refuse("the identity is of athlete `\(value.athlete)`, but the session is logged for `\(athlete.id)`")
        }
        guard let session = program.sessions.firstIndex(where: { $0.id == value.session }) else {
            diagnostics.append(names.unknownSession(Located(value.session, at: identity.span)))
            return nil
        }
        guard (1...program.weeks.count).contains(value.week) else {
            return refuse("the program has \(program.weeks.count) weeks; there is no week \(value.week)")
        }
        guard let date = days.date(of: session, week: value.week, occurrence: value.occurrence) else {
            let count = days.occurrences(of: session, week: value.week)
            return refuse("`\(value.session)` is planned \(count) time\(count == 1 ? "" : "s") in week \(value.week); there is no occurrence \(value.occurrence)")
        }
        return (session, date)
    }

    /// Of several sessions a name could mean, the one planned that day, else the one whose
    /// exercises the log has most of.
    func pick(_ candidates: [Int], days: PlannedDays, on date: CivilDate, logged: [LoggedExercise]) -> Int? {
        let planned = days.sessions(on: date)
        if let onDay = candidates.first(where: planned.contains) { return onDay }
        return bestMatch(among: candidates, days: days, logged: Set(logged.map(\.exercise)))
    }

    /// The session of `candidates` with the most of the logged exercises, if one has strictly most.
    func bestMatch(among candidates: [Int], days: PlannedDays, logged exercises: Set<Int>) -> Int? {
        guard !exercises.isEmpty else { return nil }
        let scored = candidates.map { ($0, days.exercises(of: $0).intersection(exercises).count) }.sorted { $0.1 > $1.1 }
        guard let best = scored.first, best.1 > 0, scored.count == 1 || scored[1].1 < best.1 else { return nil }
        return best.0
    }

    /// What an entry giving only a date means.
    enum InferredSession {
        case session(Int)
        /// The session the day's rotation slot holds, which the planner works out from the
        /// turns before it (a session missed is done next time): the entry names none.
        case rotationSlot
    }

    /// The session a log that gives only a date means: the one planned that day, or, when the
    /// day has several or none (a session moved to another day), the one whose exercises match.
    /// On a day whose one slot is a rotation's, exercises that one of its sessions has more of
    /// than the others decide; otherwise (StrongLifts' squat alone, in both workouts) the slot's
    /// turn as the plan has it.
    mutating func inferSession(
        on date: Located<CivilDate>, days: PlannedDays, logged: [LoggedExercise], raw: RawSession, file: FileContext
    ) -> InferredSession? {
        let athlete = days.athlete
        let planned = days.sessions(on: date.value)
        let unique = Array(Set(planned)).sorted()
        let logged = Set(logged.map(\.exercise))
        // The day's session, unless what was logged is another session's (a moved session).
        if unique.count == 1, logged.isEmpty || !days.exercises(of: unique[0]).isDisjoint(with: logged) { return .session(unique[0]) }
        if let match = bestMatch(among: unique.isEmpty || unique.count == 1 ? Array(program.sessions.indices) : unique, days: days, logged: logged) {
            return .session(match)
        }
        if unique.count == 1 { return .session(unique[0]) }
        if days.rotation(on: date.value) != nil, logged.isEmpty || unique.contains(where: { !days.exercises(of: $0).isDisjoint(with: logged) }) {
            return .rotationSlot
        }
        // A skipped session with nothing logged cannot be matched by exercises.
        let dayText = "\(date.value.weekday.name) \(date.value)"
        if file.input.log.format == .fit {
            // A watch records every workout, planned or not: one that is no session is left out.
            let which = unique.isEmpty ? "no session is planned for \(athlete.name ?? athlete.id) on \(dayText)"
                : unique.map { "`\(program.sessions[$0].id)`" }.joined(separator: " and ") + " are planned on \(dayText)"
            diagnostics.append(.warning(.activityWithoutSession,
                "\(which), and the exercises recorded do not say which session this activity was; it is not logged", at: date.span,
                notes: [DiagnosticNote("to log it, write the session in a Regimen log (`session:` names it); see docs/fit.md")]))
            return nil
        }
        let advice = "name it with `session:`" + (raw.name.map { " (the workout is called `\($0.value)`, which is no session's name)" } ?? "")
        if unique.isEmpty {
            diagnostics.append(.error(.unknownLoggedSession,
                "no session is planned for \(athlete.name ?? athlete.id) on \(dayText), and the exercises logged do not say which session this was; \(advice)",
                at: date.span, notes: [DiagnosticNote("a session done on another day than planned is accepted and shown as moved")]))
        } else {
            let list = unique.map { "`\(program.sessions[$0].id)`" }.joined(separator: " and ")
            diagnostics.append(.error(.unknownLoggedSession,
                "\(list) are both planned on \(dayText), and the exercises logged do not say which this was; \(advice)", at: date.span))
        }
        return nil
    }

    func sessionStatus(_ raw: RawSession, exercises: [LoggedExercise]) -> LoggedSession.Status {
        if let status = raw.status?.value {
            switch status {
            case .done: return .done
            case .partial: return .partial
            case .skipped: return .skipped
            }
        }
        let skippedExercise = raw.exercises.contains { $0.status?.value == .skipped }
        if !raw.exercises.isEmpty, raw.exercises.allSatisfy({ $0.status?.value == .skipped }) { return .skipped }
        if skippedExercise || exercises.contains(where: { $0.sets.contains { $0.status != .done } }) { return .partial }
        return .done
    }
}
