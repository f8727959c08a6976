import Checker
import Planner
import RegimenKit
import RegimenPlan
import Testing

/// A build that streams plans each athlete on its own (`PlannedProgram`); every athlete, with
/// or without logged sessions, must come out exactly as in the whole program's plan.
@Suite("Planning one athlete at a time")
struct PlanByAthleteTests {
    func roster() throws -> CheckedProgram {
        try TestLogs.program(TestPrograms.oneSession(
            "{exercise: back-squat, sets: 3, reps: 5, load: 60kg, progress: {load: +2.5kg, every: session}}", weeks: 2,
            extra: "athletes:\n  - name: Alex Morgan\n  - name: Maria Lopez\n  - name: Sam Lee", schedule: "{mon: s, wed: s, fri: s}"))
    }

    func expectSame(_ program: CheckedProgram) {
        let whole = Planner().plan(program)
        let planned = PlannedProgram(program)
        #expect(planned.athleteCount == whole.athletes.count)
        #expect(planned.outline == whole.outline)
        for index in whole.athletes.indices { #expect(planned.athlete(index) == whole.athletes[index], "athlete \(index)") }
    }

    @Test func withoutLogs() throws {
        expectSame(try roster())
    }

    /// Only the second athlete has logged sessions: the first and third are still planned as part
    /// of a build with logs (projected), the second from its own log, not the first's.
    @Test func withTheSecondAthletesLogOnly() throws {
        var program = try roster()
        let logged = [TestLogs.session("2027-01-04", in: program, ["back-squat": "5,5,5 @ 60kg"]),
                      TestLogs.session("2027-01-06", in: program, ["back-squat": "5,5,4 @ 62.5kg"])]
        program.log = CheckedLog(sessions: [[], logged, []])
        let whole = Planner().plan(program)
        #expect(whole.athletes[0].sessions.contains { $0.isProjected })
        #expect(whole.athletes[1].sessions[1].record != nil)
        expectSame(program)
    }
}
