import Foundation
import Testing

/// A watch's recorded activity (FIT) as a training log, run as a coach runs it: `--log` on build
/// and report, `logs:` naming a folder of activities, and damaged files. The activities are
/// Tests/Fuzz/fit-seeds/activity*-fit-tool.fit, written by fit-tool (an independent FIT encoder)
/// for the seed's first Monday session; scripts/validate_fit_activities.py writes more with it.
@Suite("Command line: FIT activities as training logs")
struct FITLogCommandTests {
    static let seed = CLI.repositoryRoot + "/Programs/runner-hip-balance.yaml"
    static let seeds = CLI.repositoryRoot + "/Tests/Fuzz/fit-seeds"
    /// Every set done, the hip thrusts at the top of their range (12 reps).
    static let full = seeds + "/activity-full-fit-tool.fit"
    /// The third Romanian deadlift set cut short: 5 of 8 reps.
    static let cutShort = seeds + "/activity-fit-tool.fit"

    /// The plan `regimen build --to json` writes for the seed with `arguments`.
    func plan(_ arguments: [String], in folder: String? = nil, program: String = seed) throws -> [String: Any] {
        let out = try folder ?? CLI.temporaryFolder()
        let result = try CLI.run(["build", program, "--to", "json", "-o", out + "/out"] + arguments, in: out)
        #expect(result.status == 0, "\(result.standardError)")
        let data = try Data(contentsOf: URL(fileURLWithPath: out + "/out/runner-hip-balance.json"))
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    /// The Monday session of `week`.
    func monday(_ plan: [String: Any], week: Int) -> [String: Any]? {
        let athletes = plan["athletes"] as? [[String: Any]] ?? []
        let sessions = athletes.first?["sessions"] as? [[String: Any]] ?? []
        return sessions.first { $0["session"] as? String == "glutes-hamstrings" && $0["week"] as? Int == week }
    }

    func prescription(_ session: [String: Any]?, _ exercise: String) -> [String: Any]? {
        for item in session?["items"] as? [[String: Any]] ?? [] {
            if let prescription = item["exercise"] as? [String: Any], prescription["exercise"] as? String == exercise { return prescription }
        }
        return nil
    }

    /// The last planned set's weight in kilograms.
    func load(_ plan: [String: Any], _ exercise: String, week: Int) -> Double? {
        let sets = prescription(monday(plan, week: week), exercise)?["sets"] as? [[String: Any]] ?? []
        return ((sets.last?["load"] as? [String: Any])?["mass"] as? [String: Any])?["amount"] as? Double
    }

    @Test func anActivityCutShortHoldsTheLoadAndAFullOneStepsItUp() throws {
        let forecast = try plan([])
        #expect(load(forecast, "romanian-deadlift", week: 2) == 42.5)
        #expect(load(forecast, "hip-thrust", week: 2) == 50)

        // weekly-load: +2.5 kg only after every rep of every set; the third set was 5 of 8.
        let short = try plan(["--log", Self.cutShort])
        #expect(load(short, "romanian-deadlift", week: 2) == 40)
        let done = prescription(monday(short, week: 1), "romanian-deadlift")?["done"] as? [[String: Any]] ?? []
        #expect(done.map { $0["reps"] as? Int } == [8, 8, 5])
        #expect((monday(short, week: 1)?["record"] as? [String: Any])?["status"] as? String == "partial")

        // Every set done: the deadlift steps up, and the hip thrust (3 × 8–12, double
        // progression) goes up once the 12s are done.
        let full = try plan(["--log", Self.full])
        #expect(load(full, "romanian-deadlift", week: 2) == 42.5)
        #expect(load(full, "hip-thrust", week: 2) == 55)
    }

    @Test func theSameActivityGivesTheSameBytes() throws {
        let folder = try CLI.temporaryFolder()
        for name in ["a", "b"] {
            let result = try CLI.run(["build", Self.seed, "--log", Self.cutShort, "-o", name], in: folder,
                                     environment: ["SOURCE_DATE_EPOCH": "1800000000"])
            #expect(result.status == 0, "\(result.standardError)")
        }
        #expect(!CLI.snapshot(folder + "/a").isEmpty)
        #expect(CLI.snapshot(folder + "/a") == CLI.snapshot(folder + "/b"))
    }

    /// The seed program copied into a folder, with `logs: watch/` and the activity in it.
    func projectWithWatchFolder(_ activity: String) throws -> String {
        let folder = try CLI.temporaryFolder()
        let manager = FileManager.default
        try manager.createDirectory(atPath: folder + "/library", withIntermediateDirectories: true)
        try manager.createDirectory(atPath: folder + "/watch/2027", withIntermediateDirectories: true)
        for name in ["library/hips.yaml", "library/strength.yaml"] {
            try manager.copyItem(atPath: CLI.repositoryRoot + "/Programs/" + name, toPath: folder + "/" + name)
        }
        let spec = try String(contentsOfFile: Self.seed, encoding: .utf8) + "\nlogs: watch/\n"
        try spec.write(toFile: folder + "/runner-hip-balance.yaml", atomically: false, encoding: .utf8)
        try manager.copyItem(atPath: activity, toPath: folder + "/watch/2027/Monday.FIT")
        return folder
    }

    @Test func logsNamingAFolderReadItsActivities() throws {
        let folder = try projectWithWatchFolder(Self.cutShort)
        let built = try plan([], in: folder, program: "runner-hip-balance.yaml")
        #expect(load(built, "romanian-deadlift", week: 2) == 40)
        let check = try CLI.run(["check", "runner-hip-balance.yaml"], in: folder)
        #expect(check.status == 0, "\(check.standardOutput)\(check.standardError)")
    }

    @Test func reportReadsAnActivity() throws {
        let result = try CLI.run(["report", Self.seed, "--log", Self.cutShort, "--format", "json"])
        #expect(result.status == 0, "\(result.standardError)")
        let report = try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any]
        let log = report?["log"] as? [String: Any]
        #expect(log?["lastLogged"] as? String == "2027-03-01")
        let firstWeek = (log?["weeks"] as? [[String: Any]])?.first
        #expect(firstWeek?["partial"] as? Int == 1 && firstWeek?["done"] as? Int == 0)
    }

    @Test func aDamagedActivityStopsTheBuildNamingTheByte() throws {
        let folder = try CLI.temporaryFolder()
        let bytes = try Data(contentsOf: URL(fileURLWithPath: Self.cutShort))
        try bytes.prefix(400).write(to: URL(fileURLWithPath: folder + "/cut.fit"))
        var changed = bytes
        changed[300] ^= 0x40
        try changed.write(to: URL(fileURLWithPath: folder + "/changed.fit"))
        let cut = try CLI.run(["build", Self.seed, "--log", "cut.fit", "-o", "out"], in: folder)
        #expect(cut.status == 1)
        #expect(cut.standardError.contains("cut.fit:1:401: error: byte 400: "), "\(cut.standardError)")
        #expect(cut.standardError.contains("[R653]"))
        let damaged = try CLI.run(["build", Self.seed, "--log", "changed.fit", "-o", "out"], in: folder)
        #expect(damaged.status == 1)
        #expect(damaged.standardError.contains("changed.fit:1:\(bytes.count - 1): error: byte \(bytes.count - 2): "), "\(damaged.standardError)")
        #expect(damaged.standardError.contains("[R654]"))
        #expect(!FileManager.default.fileExists(atPath: folder + "/out"))
    }

    @Test func checkReadsAnActivityOnItsOwn() throws {
        let good = try CLI.run(["check", Self.cutShort])
        #expect(good.status == 0, "\(good.standardOutput)\(good.standardError)")
        let workout = try CLI.run(["check", Self.seeds + "/workout.fit"])
        #expect(workout.status == 1)
        #expect((workout.standardOutput + workout.standardError).contains("workout.fit:1:36: error: byte 35: this is a workout"))
    }

    @Test func aWorkoutIsNotAnActivity() throws {
        let folder = try CLI.temporaryFolder()
        let result = try CLI.run(["build", Self.seed, "--log", Self.seeds + "/workout.fit", "-o", "out"], in: folder)
        #expect(result.status == 1)
        #expect(result.standardError.contains("[R658]"), "\(result.standardError)")
        #expect(!FileManager.default.fileExists(atPath: folder + "/out"))
    }

    @Test func anActivityLoggedTwiceIsADuplicate() throws {
        let folder = try CLI.temporaryFolder()
        try FileManager.default.copyItem(atPath: Self.cutShort, toPath: folder + "/copy.fit")
        let result = try CLI.run(["build", Self.seed, "--log", Self.cutShort, "--log", "copy.fit", "-o", "out"], in: folder)
        #expect(result.status == 1)
        #expect(result.standardError.contains("copy.fit:1:1: error: `glutes-hamstrings` on 2027-03-01 is logged twice"), "\(result.standardError)")
    }
}
