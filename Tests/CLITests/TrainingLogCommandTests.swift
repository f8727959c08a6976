import Foundation
import Testing

/// `--log` on build and report, and `regimen log`, run as a user runs them.
@Suite("Command line: training logs")
struct TrainingLogCommandTests {
    static let fixtures = CLI.repositoryRoot + "/Tests/LogTests/Fixtures"

    /// A folder with the log test program and library, and `files` (name → fixture path or text).
    func project(_ files: [String: String] = [:]) throws -> String {
        let folder = try CLI.temporaryFolder()
        for name in ["program.yaml", "library.yaml"] {
            try FileManager.default.copyItem(atPath: Self.fixtures + "/" + name, toPath: folder + "/" + name)
        }
        for (name, contents) in files {
            let path = folder + "/" + name
            try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            if contents.hasPrefix("fixture:") {
                try FileManager.default.copyItem(atPath: Self.fixtures + "/" + contents.dropFirst(8), toPath: path)
            } else {
                try contents.write(toFile: path, atomically: false, encoding: .utf8)
            }
        }
        return folder
    }

    @Test func buildReadsAStrongExportAndNeverChangesIt() throws {
        let folder = try project(["strong.csv": "fixture:good/strong-comma.csv"])
        let before = try Data(contentsOf: URL(fileURLWithPath: folder + "/strong.csv"))
        let result = try CLI.run(["build", "program.yaml", "--log", "strong.csv", "-o", "out"], in: folder)
        #expect(result.status == 0, "\(result.standardError)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: folder + "/strong.csv")) == before)
        #expect(FileManager.default.fileExists(atPath: folder + "/out/log-test.json"))
    }

    @Test func theSameSpecAndLogsGiveTheSameBytes() throws {
        let folder = try project(["logs/alex.yaml": "fixture:good/alex.yaml", "logs/hevy.csv": "fixture:good/hevy-kg.csv"])
        // Two logs of the same sessions would be duplicates; give each its own weeks.
        let hevy = try String(contentsOfFile: folder + "/logs/hevy.csv", encoding: .utf8)
            .replacingOccurrences(of: "1 Mar 2027", with: "15 Mar 2027").replacingOccurrences(of: "3 Mar 2027", with: "17 Mar 2027")
        try hevy.write(toFile: folder + "/logs/hevy.csv", atomically: false, encoding: .utf8)
        let first = try CLI.run(["build", "program.yaml", "--log", "logs", "-o", "a"], in: folder, environment: ["SOURCE_DATE_EPOCH": "1800000000"])
        let second = try CLI.run(["build", "program.yaml", "--log", "logs", "-o", "b"], in: folder, environment: ["SOURCE_DATE_EPOCH": "1800000000"])
        #expect(first.status == 0, "\(first.standardError)")
        #expect(second.status == 0)
        #expect(CLI.snapshot(folder + "/a") == CLI.snapshot(folder + "/b"))
    }

    /// A folder built or checked as a whole holds logs beside programs: they are read with the
    /// program that names them, never built as programs themselves.
    @Test func aFolderWithLogsBuildsItsProgramsOnly() throws {
        let folder = try project(["logs/alex.yaml": "fixture:good/alex.yaml"])
        let spec = try String(contentsOfFile: folder + "/program.yaml", encoding: .utf8) + "\nlogs: logs/\n"
        try spec.write(toFile: folder + "/program.yaml", atomically: false, encoding: .utf8)
        let build = try CLI.run(["build", ".", "-o", "out"], in: folder)
        #expect(build.status == 0, "\(build.standardError)")
        #expect(!build.standardError.contains("alex.yaml"), "\(build.standardError)")
        let check = try CLI.run(["check", "."], in: folder)
        #expect(check.status == 0, "\(check.standardOutput)\(check.standardError)")
    }

    @Test func aBadLogStopsTheBuildAndWritesNothing() throws {
        let folder = try project(["strong.csv": "fixture:bad/strong-unknown-exercises.csv"])
        let result = try CLI.run(["build", "program.yaml", "--log", "strong.csv", "-o", "out"], in: folder)
        #expect(result.status == 1)
        #expect(result.standardError.contains("strong.csv:2:38: error: `Front Squat (Barbell)` is not an exercise of the program (by key, name or alias) [R604]"))
        #expect(!FileManager.default.fileExists(atPath: folder + "/out"))
    }

    @Test func aMissingLogIsAUsageProblem() throws {
        let folder = try project()
        let result = try CLI.run(["build", "program.yaml", "--log", "nowhere.csv", "-o", "out"], in: folder)
        #expect(result.status == 2)
        #expect(result.standardError.contains("cannot find the training log nowhere.csv"))
    }

    @Test func logsNamedInTheSpecAreRead() throws {
        let folder = try project(["logs/alex.yaml": "fixture:good/alex.yaml"])
        let spec = try String(contentsOfFile: folder + "/program.yaml", encoding: .utf8) + "\nlogs: logs/\n"
        try spec.write(toFile: folder + "/program.yaml", atomically: false, encoding: .utf8)
        try "regimen: 1\nlog: alex-morgan\nsessions:\n  - date: 2027-03-01\n    exercises: { back-sqat: 5 @ 100kg }\n"
            .write(toFile: folder + "/logs/bad.yaml", atomically: false, encoding: .utf8)
        let result = try CLI.run(["check", "program.yaml"], in: folder)
        #expect(result.status == 1)
        #expect(result.standardError.contains("logs/bad.yaml:5:18: error: `back-sqat` is not an exercise of the program; did you mean `back-squat` (Back squat)? [R604]")
                || result.standardOutput.contains("logs/bad.yaml:5:18: error: `back-sqat` is not an exercise of the program; did you mean `back-squat` (Back squat)? [R604]"))
    }

    @Test func logsOutsideTheProgramsFolderAreRefused() throws {
        let folder = try project()
        let outside = try CLI.temporaryFolder()
        try FileManager.default.copyItem(atPath: Self.fixtures + "/good/alex.yaml", toPath: outside + "/alex.yaml")
        let spec = try String(contentsOfFile: folder + "/program.yaml", encoding: .utf8) + "\nlogs: [\(outside)/alex.yaml]\n"
        try spec.write(toFile: folder + "/program.yaml", atomically: false, encoding: .utf8)
        let result = try CLI.run(["check", "program.yaml"], in: folder)
        #expect(result.status == 1)
        #expect((result.standardOutput + result.standardError).contains("[R613]"))
    }

    @Test func logAppendsInTheFilesOwnStyleAndTouchesNothingElse() throws {
        let existing = """
        # Alex's log, kept by the coach
        regimen: 1
        log: Alex Morgan
        units: kg
        sessions:
        -   date: 2027-03-01
            exercises:
                back-squat: 5,5,5 @ 100   # felt easy
        # more to come

        """
        let folder = try project(["logs/alex.yaml": existing])
        let spec = try String(contentsOfFile: folder + "/program.yaml", encoding: .utf8) + "\nlogs: logs/\n"
        try spec.write(toFile: folder + "/program.yaml", atomically: false, encoding: .utf8)
        #expect(chmod(folder + "/logs/alex.yaml", 0o600) == 0)
        let result = try CLI.run(["log", "program.yaml", "--date", "2027-03-03", "bench-press 5,5,4 @ 70kg rpe 9", "Romanian deadlift: 3x8 @ 60kg"], in: folder)
        #expect(result.status == 0, "\(result.standardError)")
        // Replaced atomically: the file keeps its permissions, and no temporary file is left.
        let attributes = try FileManager.default.attributesOfItem(atPath: folder + "/logs/alex.yaml")
        #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder + "/logs") == ["alex.yaml"])
        #expect(result.standardOutput == """
        added to logs/alex.yaml:
          2027-03-03 strength-b done
            bench-press: 5 @ 70 kg RPE 9, 5 @ 70 kg RPE 9, 4 @ 70 kg RPE 9
            romanian-deadlift: 8 @ 60 kg, 8 @ 60 kg, 8 @ 60 kg

        """)
        let after = try String(contentsOfFile: folder + "/logs/alex.yaml", encoding: .utf8)
        #expect(after == existing + """
        -   date: 2027-03-03
            exercises:
                bench-press: 5,5,4 @ 70kg rpe 9
                Romanian deadlift: 3x8 @ 60kg

        """)
    }

    @Test func logRefusesWhatWouldNotCheckAndWritesNothing() throws {
        let folder = try project(["alex.yaml": "fixture:good/alex.yaml"])
        let before = try Data(contentsOf: URL(fileURLWithPath: folder + "/alex.yaml"))
        let duplicate = try CLI.run(["log", "program.yaml", "--file", "alex.yaml", "--date", "2027-03-01", "back-squat 5,5,5 @ 100kg"], in: folder)
        #expect(duplicate.status == 1)
        #expect(duplicate.standardError.contains("is logged twice for Alex Morgan [R607]"))
        let typo = try CLI.run(["log", "program.yaml", "--file", "alex.yaml", "--date", "2027-03-15", "back-squat 5,5,5 at 100kg"], in: folder)
        #expect(typo.status == 1)
        #expect(typo.standardError.contains("write the load after `@`"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: folder + "/alex.yaml")) == before)
    }

    @Test func logRefusesALogItCannotParse() throws {
        let broken = "regimen: 1\nlog: alex-morgan\nsessions:\n  - date: 2027-03-01\n    exercises: [oops\n"
        let folder = try project(["alex.yaml": broken])
        let result = try CLI.run(["log", "program.yaml", "--file", "alex.yaml", "--date", "2027-03-03", "bench-press 5 @ 70kg"], in: folder)
        #expect(result.status == 1)
        #expect(try String(contentsOfFile: folder + "/alex.yaml", encoding: .utf8) == broken)
    }

    @Test func logRefusesLinksAndPipes() throws {
        let folder = try project(["real.yaml": "fixture:good/alex.yaml"])
        try FileManager.default.createSymbolicLink(atPath: folder + "/link.yaml", withDestinationPath: folder + "/real.yaml")
        let linked = try CLI.run(["log", "program.yaml", "--file", "link.yaml", "--date", "2027-03-15", "back-squat 5 @ 100kg"], in: folder)
        #expect(linked.status == 2)
        #expect(linked.standardError.contains("not a regular file"))
        #expect(mkfifo(folder + "/pipe.yaml", 0o644) == 0)
        let piped = try CLI.run(["log", "program.yaml", "--file", "pipe.yaml", "--date", "2027-03-15", "back-squat 5 @ 100kg"], in: folder)
        #expect(piped.status == 2)
    }

    @Test func logCreatesTheAthletesFileInTheFolderOfLogs() throws {
        let folder = try project(["logs/.keep": ""])
        let spec = try String(contentsOfFile: folder + "/program.yaml", encoding: .utf8) + "\nlogs: logs\n"
        try spec.write(toFile: folder + "/program.yaml", atomically: false, encoding: .utf8)
        let result = try CLI.run(["log", "program.yaml", "--date", "2027-03-05", "--session", "run", "easy-run 5km in 28:40"], in: folder)
        #expect(result.status == 0, "\(result.standardError)")
        #expect(try String(contentsOfFile: folder + "/logs/alex-morgan.yaml", encoding: .utf8) == """
        regimen: 1
        log: alex-morgan
        sessions:
          - date: 2027-03-05
            session: run
            exercises:
              easy-run: 5km in 28:40

        """)
    }

    @Test func aRosterNamesItsAthletesLogs() throws {
        let folder = try project(["exports/sam.csv": "fixture:good/hevy-kg.csv"])
        // Sam starts a week later: the export's sessions move to Sam's last week, after Alex's weeks.
        let export = try String(contentsOfFile: folder + "/exports/sam.csv", encoding: .utf8)
            .replacingOccurrences(of: "1 Mar 2027", with: "29 Mar 2027").replacingOccurrences(of: "3 Mar 2027", with: "31 Mar 2027")
        try export.write(toFile: folder + "/exports/sam.csv", atomically: false, encoding: .utf8)
        try """
        regimen: 1
        roster: Log team
        athletes:
          - { name: Alex Morgan, id: alex }
          - { name: Sam Lee, id: sam, start: 2027-03-08 }
        logs:
          - { path: exports/sam.csv, athlete: Sam Lee }

        """.write(toFile: folder + "/roster.yaml", atomically: false, encoding: .utf8)
        let spec = try String(contentsOfFile: folder + "/program.yaml", encoding: .utf8)
            .replacingOccurrences(of: "athlete: Alex Morgan\n", with: "roster: roster.yaml\n")
        try spec.write(toFile: folder + "/program.yaml", atomically: false, encoding: .utf8)
        let result = try CLI.run(["check", "program.yaml"], in: folder)
        #expect(result.status == 0, "\(result.standardOutput)")
        // Read as Sam's: nothing is left out of the export (no R611). Sam started on 8 March and
        // logged from the 29th, so the lint over logs sees the sessions missed before (W521).
        #expect(!result.standardOutput.contains("R611") && result.standardOutput.contains("1 file checked, 0 errors"), "\(result.standardOutput)")
        #expect(result.standardOutput.contains("9 sessions in a row were missed (Sam Lee), from 2027-03-08 to 2027-03-26"))
        // Given for Alex instead, the same sessions fall after Alex's last week and are left out.
        let forAlex = try CLI.run(["check", "program.yaml", "--log", "alex=exports/sam.csv"], in: folder)
        #expect(!forAlex.standardOutput.contains("R611") && forAlex.standardOutput.contains("1 file checked, 0 errors"),
                "a file named twice is read once, as its first naming says")
    }

    @Test func reportWithALogShowsPlannedAgainstDone() throws {
        let folder = try project(["alex.yaml": "fixture:good/alex.yaml"])
        let result = try CLI.run(["report", "program.yaml", "--log", "alex.yaml", "--format", "json"], in: folder)
        #expect(result.status == 0, "\(result.standardError)")
        // The planner fills the plan's results from logs; until it does, the report has no log section.
        let json = try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any]
        #expect(json?["program"] as? String == "log-test")
    }
}

/// Issue 12's loop, as a new user runs it: StrongLifts 5×5 from Programs/, built, then built
/// again into the same folder with the athlete's Strong export (Programs/logs), in which the
/// first squat session fell short. The program's rule (miss a rep, repeat the weight) holds
/// Wednesday's squat at 20 kg where the forecast had 22.5 kg, and the calendar is updated in
/// place: the same events by UID, none added, the changed ones with a higher SEQUENCE.
@Suite("Command line: an app export changes the next loads")
struct ExportChangesThePlanTests {
    static let programs = CLI.repositoryRoot + "/Programs"

    /// The first working load of `exercise` in the session on `date`, as the JSON plan gives it.
    func workingLoad(_ exercise: String, on date: String, in plan: String) throws -> Double? {
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: plan))) as? [String: Any]
        let athletes = json?["athletes"] as? [[String: Any]] ?? []
        for session in athletes.first?["sessions"] as? [[String: Any]] ?? [] where session["date"] as? String == date {
            for item in session["items"] as? [[String: Any]] ?? [] {
                guard let prescription = item["exercise"] as? [String: Any], prescription["exercise"] as? String == exercise else { continue }
                let sets = prescription["sets"] as? [[String: Any]] ?? []
                let work = sets.first { ($0["warmUp"] as? Bool) != true }
                return ((work?["load"] as? [String: Any])?["mass"] as? [String: Any])?["amount"] as? Double
            }
        }
        return nil
    }

    /// UID → SEQUENCE of every event in a calendar file.
    func events(_ path: String) throws -> [String: Int] {
        let text = try String(contentsOfFile: path, encoding: .utf8)
        var result: [String: Int] = [:]
        var uid: String?
        for line in text.components(separatedBy: "\r\n") {
            if line.hasPrefix("UID:") { uid = String(line.dropFirst(4)) }
            if line.hasPrefix("SEQUENCE:"), let uid { result[uid] = Int(line.dropFirst(9)) }
            if line == "END:VEVENT" { uid = nil }
        }
        return result
    }

    @Test func aStrongExportHoldsTheSquatAndUpdatesTheCalendarInPlace() throws {
        let folder = try CLI.temporaryFolder()
        let program = Self.programs + "/stronglifts-5x5.yaml"
        let export = Self.programs + "/logs/sam-okafor-strong.csv"
        let forecast = try CLI.run(["build", program, "-o", "out"], in: folder, environment: ["SOURCE_DATE_EPOCH": "1800000000"])
        #expect(forecast.status == 0, "\(forecast.standardError)")
        let plan = folder + "/out/stronglifts-5x5.json", calendar = folder + "/out/stronglifts-5x5.ics"
        #expect(try workingLoad("back-squat", on: "2027-01-06", in: plan) == 22.5)
        #expect(try workingLoad("back-squat", on: "2027-01-04", in: plan) == 20)
        let before = try events(calendar)

        let logged = try CLI.run(["build", program, "--log", export, "-o", "out"], in: folder, environment: ["SOURCE_DATE_EPOCH": "1800000000"])
        #expect(logged.status == 0, "\(logged.standardError)")
        // Monday's squat fell short (5, 5, 5, 4, 3): Wednesday repeats 20 kg; bench and row went
        // up as planned (Friday's bench 22.5 kg, as in the forecast).
        #expect(try workingLoad("back-squat", on: "2027-01-06", in: plan) == 20)
        #expect(try workingLoad("back-squat", on: "2027-01-08", in: plan) == 22.5)
        #expect(try workingLoad("bench-press", on: "2027-01-08", in: plan) == 22.5)
        let after = try events(calendar)
        #expect(before.count == 36)
        #expect(Set(after.keys) == Set(before.keys))
        #expect(before.values.allSatisfy { $0 == 0 })
        #expect(after.values.contains { $0 == 1 })
    }
}
