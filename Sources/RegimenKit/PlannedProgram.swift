import Checker
import Planner
import RegimenPlan

/// A checked program planned one athlete at a time, for a build that streams: the plan's outline
/// (the program, every exercise any athlete uses, every athlete without sessions) is kept, and
/// each athlete's sessions are planned again when asked for, so that at most one athlete's
/// sessions are held at a time whatever the size of the roster.
///
/// Each athlete is planned on its own (`Planner` plans athletes independently), so the outline
/// and the athletes are exactly those of `Planner().plan` over the whole program.
public struct PlannedProgram: Sendable {
    let program: CheckedProgram
    /// The plan without sessions.
    public let outline: Plan

    public var athleteCount: Int { outline.athletes.count }

    /// Plans `program` one athlete at a time and keeps its outline.
    public init(_ program: CheckedProgram) {
        self = Self.plan(program).0
    }

    private init(program: CheckedProgram, outline: Plan) {
        self.program = program
        self.outline = outline
    }

    /// Plans each athlete once to find the outline; returns it and the first athlete's plan (which
    /// the lints read).
    static func plan(_ program: CheckedProgram) -> (PlannedProgram, firstAthlete: AthletePlan?) {
        var unplanned = program
        unplanned.athletes = []
        var outline = Planner().plan(unplanned)
        var exercises: [String: ExerciseInfo] = [:]
        var first: AthletePlan?
        for index in program.athletes.indices {
            let plan = planOne(program, index)
            for exercise in plan.exercises { exercises[exercise.id] = exercise }
            guard var athlete = plan.athletes.first else { continue }
            if index == 0 { first = athlete }
            athlete.sessions = []
            outline.athletes.append(athlete)
        }
        outline.exercises = exercises.values.sorted { $0.id < $1.id }
        return (PlannedProgram(program: program, outline: outline), first)
    }

    /// The athlete at `index` of the outline, with every session.
    public func athlete(_ index: Int) -> AthletePlan {
        Self.planOne(program, index).athletes[0]
    }

    /// The whole plan at once (for filters and external backends, which need it).
    public func whole() -> Plan {
        Planner().plan(program)
    }

    /// The program as if `athletes[index]` were its only athlete: its own logged sessions first
    /// (the planner reads the log by athlete position), and the log as a whole as empty, or not,
    /// as the program's (a plan built with logs projects the sessions after the last one logged).
    private static func planOne(_ program: CheckedProgram, _ index: Int) -> Plan {
        var one = program
        one.athletes = [program.athletes[index]]
        let logged = program.log.sessions
        var sessions = [index < logged.count ? logged[index] : []]
        if sessions[0].isEmpty, let other = logged.first(where: { !$0.isEmpty }) { sessions.append(other) }
        one.log = CheckedLog(sessions: sessions)
        return Planner().plan(one)
    }
}
