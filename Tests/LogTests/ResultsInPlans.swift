import Checker
import Planner
import RegimenKit
import RegimenPlan

/// Plans with results written in by hand, as the planner will write them from logs (the Plan's
/// `record`, `done` and `isProjected`): for testing what reads results before the planner does.
struct ResultsInPlans {
    let program: CheckedProgram
    var plan: Plan

    init() {
        var compiler = Compiler()
        compiler.runsLints = false
        program = compiler.check(Fixtures.program).program!
        plan = Planner().plan(program)
    }

    /// The session of `key` in `week` (its first occurrence).
    func index(_ key: String, week: Int) -> Int {
        plan.athletes[0].sessions.firstIndex { $0.session == key && $0.week == week }!
    }

    /// Logs the session: its status and, for each exercise, the sets done.
    mutating func log(_ key: String, week: Int, _ status: SessionRecord.Status, doneOn: CivilDate? = nil,
                      sets: [String: [ActualSet]] = [:]) {
        let position = index(key, week: week)
        var session = plan.athletes[0].sessions[position]
        session.record = SessionRecord(status: status, doneOn: doneOn, source: "logs/alex.yaml:\(position + 3)")
        session.items = session.items.map { item in
            switch item {
            case .exercise(var prescription):
                prescription.done = sets[prescription.exercise] ?? []
                return .exercise(prescription)
            case .group(var group):
                group.exercises = group.exercises.map { prescription in
                    var prescription = prescription
                    prescription.done = sets[prescription.exercise] ?? []
                    return prescription
                }
                return .group(group)
            }
        }
        plan.athletes[0].sessions[position] = session
    }

    /// Marks every session after the last logged one as projected.
    mutating func project() {
        let last = plan.athletes[0].sessions.lastIndex { $0.record != nil } ?? -1
        for position in plan.athletes[0].sessions.indices {
            plan.athletes[0].sessions[position].isProjected = position > last
        }
    }

    static func sets(_ count: Int, reps: Int, kg: Int, rpe: Double? = nil) -> [ActualSet] {
        Array(repeating: ActualSet(reps: reps, load: Load(mass: Mass(kg, .kg)), rpe: rpe), count: count)
    }
}
