import Foundation
import Testing

/// A session logged by its date alone on a day whose slot is a rotation's (StrongLifts' A/B on
/// Monday, Wednesday and Friday) is the session the plan has in that slot: the rotation's turn,
/// after the sessions done and missed before it — not an error asking for `--session`.
@Suite("Command line: a date on a rotation's day is the plan's turn")
struct RotationSlotLogTests {
    static let program = CLI.repositoryRoot + "/Programs/stronglifts-5x5.yaml"

    func log(_ arguments: [String], in folder: String) throws -> CLI.Result {
        try CLI.run(["log", Self.program, "--file", "sam.yaml"] + arguments, in: folder)
    }

    @Test func theSquatAloneIsTheWorkoutOfTheDay() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        // The squat is in both workouts: only the rotation's turn can say which this was.
        let monday = try log(["--date", "2027-01-04", "back-squat 5x5 @ 20kg"], in: folder)
        #expect(monday.status == 0, "\(monday.standardError)")
        #expect(monday.standardOutput.contains("2027-01-04 workout-a done"), "\(monday.standardOutput)")
        let wednesday = try log(["--date", "2027-01-06", "back-squat 5x5 @ 22.5kg"], in: folder)
        #expect(wednesday.status == 0, "\(wednesday.standardError)")
        #expect(wednesday.standardOutput.contains("2027-01-06 workout-b done"), "\(wednesday.standardOutput)")
        // The log says what was written, not a guess: no `session:` in it.
        let text = try String(contentsOfFile: folder + "/sam.yaml", encoding: .utf8)
        #expect(!text.contains("session:"))

        let build = try CLI.run(["build", Self.program, "--log", "sam.yaml", "--to", "json", "-o", "out"], in: folder)
        #expect(build.status == 0, "\(build.standardError)")
        let plan = try JSONDecoder().decode(BuiltPlan.File.self, from: Data(contentsOf: URL(fileURLWithPath: folder + "/out/stronglifts-5x5.json")))
        let sessions = BuiltPlan(plan).athletes[0].sessions
        #expect(sessions.prefix(3).map(\.session) == ["workout-a", "workout-b", "workout-a"])
        #expect(sessions.prefix(2).map { $0.record?.status } == ["done", "done"])
        // 20 and 22.5 kg done: Friday 25 kg.
        #expect(sessions[2].sets("back-squat") == Array(repeating: "5@25", count: 5).joined(separator: " "))
    }

    @Test func afterAMissedWorkoutTheRotationResumesWithIt() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        // Monday was not logged, so it was missed: StrongLifts does the missed workout next time,
        // and Wednesday's slot holds workout A.
        let wednesday = try log(["--date", "2027-01-06", "back-squat 5x5 @ 20kg"], in: folder)
        #expect(wednesday.status == 0, "\(wednesday.standardError)")
        #expect(wednesday.standardOutput.contains("2027-01-06 workout-a done"), "\(wednesday.standardOutput)")
    }

    @Test func exercisesOfOneWorkoutStillDecide() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        // Monday's turn is workout A, but the deadlift is only in B: the athlete did B.
        let monday = try log(["--date", "2027-01-04", "back-squat 5x5 @ 20kg", "deadlift 1x5 @ 40kg"], in: folder)
        #expect(monday.status == 0, "\(monday.standardError)")
        #expect(monday.standardOutput.contains("2027-01-04 workout-b done"), "\(monday.standardOutput)")
    }

    @Test func twoEntriesForOneRotationDayAreADuplicate() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try """
        regimen: 1
        log: Sam Okafor
        sessions:
          - date: 2027-01-04
            exercises: { back-squat: 5x5 @ 20kg }
          - date: 2027-01-04
            exercises: { back-squat: 5x5 @ 20kg }

        """.write(toFile: folder + "/sam.yaml", atomically: false, encoding: .utf8)
        let check = try CLI.run(["check", Self.program, "--log", "sam.yaml"], in: folder)
        #expect(check.status == 1)
        let said = check.standardOutput + check.standardError
        #expect(said.contains("sam.yaml:6:5: error: `workout` on 2027-01-04 is logged twice for Sam Okafor [R607]"), "\(said)")
    }
}
