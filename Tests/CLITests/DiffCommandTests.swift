import Foundation
import Testing

/// `regimen diff` over each kind of change, against golden output in every format. Each case
/// edits a copy of `Fixtures/diff/base.yaml` and compares the two as `old.yaml` and `new.yaml`;
/// the golden files are `Fixtures/diff/CASE.{txt,md,json,note}` (regenerate with
/// `scripts/update-golden` and review the diff). `scripts/validate_diff.py` renders the Markdown
/// with a CommonMark parser and validates the JSON against `schema/diff.schema.json`.
@Suite("CLI: regimen diff, each kind of change")
struct DiffGoldenTests {
    static let fixtures = CLI.repositoryRoot + "/Tests/CLITests/Fixtures/diff"

    struct Case: CustomStringConvertible, Sendable {
        var name: String
        /// Text replaced in the base program, each found exactly once.
        var edits: [(String, String)]
        var description: String { name }
    }

    static let cases: [Case] = [
        Case(name: "identical", edits: []),
        // A session added on Saturdays.
        Case(name: "add", edits: [("  thu: strength\n", "  thu: strength\n  sat: hips\n")]),
        // Thursday's strength session dropped: cancelled.
        Case(name: "remove", edits: [("  thu: strength\n", "")]),
        // Thursday's session to Friday, and the hips session half an hour later.
        Case(name: "move", edits: [("  thu: strength\n", "  fri: strength\n"), ("at: \"07:00\"", "at: \"07:30\"")]),
        Case(name: "rename", edits: [("title: Hip mobility", "title: Hip flexor mobility")]),
        // A load rule's step doubled, and longer rest.
        Case(name: "load-rule", edits: [
            ("rest: 90s, progress: { load: +2.5kg, every: week }", "rest: 2min, progress: { load: +5kg, every: week }"),
        ]),
        // The deload a week earlier, a week added, a new phase.
        Case(name: "phase", edits: [
            ("weeks: 4\n", "weeks: 5\n"),
            ("  - { name: Build, weeks: 1-3 }\n  - { name: Deload, weeks: 4, volume: 60% }\n",
             "  - { name: Build, weeks: 1-2 }\n  - { name: Deload, weeks: 3, volume: 60% }\n  - { name: Peak, weeks: 4-5 }\n"),
        ]),
        // A training max raised, one athlete gone and one new.
        Case(name: "roster", edits: [
            ("training-max: { back-squat: 100kg }", "training-max: { back-squat: 105kg }"),
            ("  - name: Casey Park\n    units: lb\n    training-max: { back-squat: 225lb }\n",
             "  - name: Jamie Lee\n    start: 2027-03-08\n    training-max: { back-squat: 80kg }\n"),
        ]),
        // One athlete's own times, days, swap and equipment.
        Case(name: "override", edits: [
            ("    units: lb\n", """
                units: lb
                at: { strength: "06:30" }
                days: { mon: tue }
                swap: { romanian-deadlift: good-morning }
                equipment: [barbell, dumbbells]

            """),
        ]),
        // Exercises added, removed, regrouped and given a tempo; a session's notes and duration.
        Case(name: "exercises", edits: [
            ("      - { exercise: back-squat, sets: 3, reps: 5, load: 70%, rest: 3min }\n",
             "      - { exercise: back-squat, sets: 3, reps: 5, load: 70%, rest: 3min, tempo: 3-1-1-0 }\n      - { exercise: good-morning, sets: 2, reps: 10, load: 30kg }\n"),
            ("      - superset:\n          - { exercise: glute-bridge, reps: 12 }\n          - { exercise: dead-bug, reps: 10 }\n",
             "      - circuit:\n          - { exercise: couch-stretch, hold: 30s }\n          - { exercise: glute-bridge, reps: 12 }\n"),
            ("    duration: 15min\n", "    duration: 20min\n    notes: Before the run\n"),
        ]),
    ]

    static let formats: [(option: String, suffix: String)] = [("human", "txt"), ("markdown", "md"), ("json", "json"), ("note", "note")]

    /// A folder holding `old.yaml` (the base program) and `new.yaml` (it, edited).
    static func folder(for diffCase: Case) throws -> String {
        let base = try String(contentsOfFile: fixtures + "/base.yaml", encoding: .utf8)
        var edited = base
        for (old, new) in diffCase.edits {
            let found = edited.components(separatedBy: old).count - 1
            #expect(found == 1, "case \(diffCase.name): `\(old)` is in the base program \(found) times, not once")
            edited = edited.replacingOccurrences(of: old, with: new)
        }
        let folder = try CLI.temporaryFolder()
        try base.write(toFile: folder + "/old.yaml", atomically: true, encoding: .utf8)
        try edited.write(toFile: folder + "/new.yaml", atomically: true, encoding: .utf8)
        return folder
    }

    /// Compares `output` with the golden file `name`, or writes it when updating.
    static func checkGolden(_ output: String, _ name: String) throws {
        let path = fixtures + "/" + name
        if ProcessInfo.processInfo.environment["REGIMEN_UPDATE_GOLDEN"] == "1" {
            try output.write(toFile: path, atomically: true, encoding: .utf8)
            return
        }
        let expected = try #require(try? String(contentsOfFile: path, encoding: .utf8), "missing golden file \(path); run scripts/update-golden")
        #expect(output == expected, "\(name) differs from its golden copy; run scripts/update-golden if the change is intended, and review the diff")
    }

    @Test("every format against its golden file", arguments: cases)
    func golden(_ diffCase: Case) throws {
        let folder = try Self.folder(for: diffCase)
        for format in Self.formats {
            let result = try CLI.run(["diff", "old.yaml", "new.yaml", "--format", format.option], in: folder)
            #expect(result.status == (diffCase.name == "identical" ? 0 : 1), "\(diffCase.name) \(format.option): \(result.standardError)")
            #expect(result.standardError == "")
            try Self.checkGolden(result.standardOutput, "\(diffCase.name).\(format.suffix)")
        }
    }

    @Test("the same inputs give the same bytes", arguments: ["load-rule", "roster"])
    func deterministic(_ name: String) throws {
        let folder = try Self.folder(for: try #require(Self.cases.first { $0.name == name }))
        let first = try CLI.run(["diff", "old.yaml", "new.yaml", "--format", "json", "--jobs", "1"], in: folder)
        let second = try CLI.run(["diff", "old.yaml", "new.yaml", "--format", "json", "--jobs", "2"], in: folder)
        #expect(first.standardOutput == second.standardOutput)
    }
}

@Suite("CLI: regimen diff, inputs and guarantees")
struct DiffCommandTests {
    static func loadRuleFolder() throws -> String {
        try DiffGoldenTests.folder(for: try #require(DiffGoldenTests.cases.first { $0.name == "load-rule" }))
    }

    @Test func aProgramComparedWithItselfHasNoChanges() throws {
        let result = try CLI.run(["diff", "Programs/five-three-one.yaml", "Programs/five-three-one.yaml"])
        #expect(result.status == 0)
        #expect(result.standardOutput == "no changes (1 program compared, 0 changed; 2 athletes, 0 changed)\n")
        let folders = try CLI.run(["diff", "Programs", "Programs", "--format", "markdown"])
        #expect(folders.status == 0)
        #expect(folders.standardOutput.contains("No changes for any athlete."))
    }

    /// The rules of the language for canonical programs are put in words: a stages rule and its
    /// reset, and what a load rule does after failures.
    @Test func rulesThatReadResultsAreNamed() throws {
        let folder = try CLI.temporaryFolder()
        func program(squat: String, bench: String) -> String {
            """
            regimen: 1
            id: rules
            program: Rules
            start: 2027-01-04
            weeks: 2
            timezone: UTC
            exercises:
              back-squat: {name: Back squat, kind: strength, bar: 20kg}
              bench-press: {name: Bench press, kind: strength, bar: 20kg}
            sessions:
              a:
                title: A
                items:
                  - {exercise: back-squat, load: 60kg, progress: \(squat)}
                  - {exercise: bench-press, sets: 5, reps: 5, load: 40kg, progress: \(bench)}
            schedule: {mon: a}
            """
        }
        try program(squat: "{ stages: [5x3+, 6x2+, 10x1+], reset: { retest: 5RM, load: 85% } }", bench: "{ load: +2.5kg, every: session }")
            .write(toFile: folder + "/old.yaml", atomically: true, encoding: .utf8)
        try program(squat: "{ stages: [5x3+, 6x2+, 10x1+], reset: { load: [+5kg, +10lb] } }",
                     bench: "{ load: +2.5kg, every: session, on-failure: { deload: 10%, after: 3 } }")
            .write(toFile: folder + "/new.yaml", atomically: true, encoding: .utf8)
        let result = try CLI.run(["diff", "old.yaml", "new.yaml"], in: folder)
        #expect(result.status == 1, "\(result.standardError)")
        #expect(result.standardOutput.contains(
            "rules for Back squat in A: stages 5×3+ / 6×2+ / 10×1+, the next on a failure, after the last a 5-rep max test and 85% of it → the first stage again at its last load +5 kg or +10 lb"))
        #expect(result.standardOutput.contains("rules for Bench press in A: load +2.5 kg every session → session, on 3 failures in a row: deload 10%"))
    }

    @Test func exitZeroReportsWithoutFailing() throws {
        let folder = try Self.loadRuleFolder()
        let result = try CLI.run(["diff", "old.yaml", "new.yaml", "--exit-zero"], in: folder)
        #expect(result.status == 0)
        #expect(result.standardOutput.contains("Romanian deadlift"))
    }

    @Test func oneAthlete() throws {
        let folder = try Self.loadRuleFolder()
        let result = try CLI.run(["diff", "old.yaml", "new.yaml", "--athlete", "casey-park", "--format", "note"], in: folder)
        #expect(result.status == 1)
        #expect(result.standardOutput.hasPrefix("Casey Park: Strength and hips\n"))
        #expect(!result.standardOutput.contains("Alex Morgan"))
        #expect(result.standardOutput.contains(" lb"))
        let unknown = try CLI.run(["diff", "old.yaml", "new.yaml", "--athlete", "nobody"], in: folder)
        #expect(unknown.status == 2)
        #expect(unknown.standardError == "regimen: no program compared has an athlete `nobody`\n")
    }

    @Test func aSideWithErrorsIsShownAndNothingIsPresentedAsComplete() throws {
        let folder = try Self.loadRuleFolder()
        var broken = try String(contentsOfFile: folder + "/new.yaml", encoding: .utf8)
        broken = broken.replacingOccurrences(of: "exercise: good-morning", with: "exercise: good-mornin")
            .replacingOccurrences(of: "exercise: dead-bug", with: "exercise: dead-bugg")
        try broken.write(toFile: folder + "/new.yaml", atomically: true, encoding: .utf8)
        let result = try CLI.run(["diff", "old.yaml", "new.yaml"], in: folder)
        #expect(result.status == 2)
        #expect(result.standardError.contains("new.yaml:43:25: error: there is no exercise `dead-bugg`; did you mean `dead-bug`? [R201]"))
        #expect(result.standardError.hasSuffix("regimen: new.yaml has errors, so it cannot be compared\nregimen: the diff is incomplete: a program could not be compared\n"))
        #expect(result.standardOutput.contains("cannot compare: new.yaml has errors"))
        #expect(!result.standardOutput.contains("Romanian deadlift"))
        let json = try CLI.run(["diff", "old.yaml", "new.yaml", "--format", "json"], in: folder)
        #expect(json.status == 2)
        let document = try #require(try JSONSerialization.jsonObject(with: Data(json.standardOutput.utf8)) as? [String: Any])
        #expect(document["complete"] as? Bool == false)
        let problems = try #require(document["problems"] as? [[String: Any]])
        #expect(problems.first?["side"] as? String == "new")
        #expect((problems.first?["diagnostics"] as? [[String: Any]])?.first?["code"] as? String == "R201")
    }

    @Test func foldersMatchFilesByPathAndAMovedProgramKeepsItsIdentity() throws {
        let old = try CLI.temporaryFolder(), new = try CLI.temporaryFolder()
        let base = try String(contentsOfFile: DiffGoldenTests.fixtures + "/base.yaml", encoding: .utf8)
        try base.write(toFile: old + "/strength.yaml", atomically: true, encoding: .utf8)
        // Renamed file, same `id`: the calendar sees the same events, so it is one program.
        try base.replacingOccurrences(of: "rest: 3min", with: "rest: 4min").write(toFile: new + "/strength-and-hips.yaml", atomically: true, encoding: .utf8)
        let result = try CLI.run(["diff", old, new])
        #expect(result.status == 1)
        #expect(result.standardOutput.contains("strength.yaml → strength-and-hips.yaml (Strength and hips)"))
        #expect(result.standardOutput.contains("from week 1: Back squat rest 3 min → 4 min (8 sessions)"))
    }

    @Test func usageProblems() throws {
        let one = try CLI.run(["diff", "Programs/five-three-one.yaml"])
        #expect(one.status == 2)
        #expect(one.standardError.contains("give two files or two folders to compare"))
        let toRev = try CLI.run(["diff", "a.yaml", "b.yaml", "--to-rev", "HEAD"])
        #expect(toRev.status == 2)
        let missing = try CLI.run(["diff", "Programs/five-three-one.yaml", "Programs/nope.yaml"])
        #expect(missing.status == 2)
        #expect(missing.standardError == "regimen: cannot find Programs/nope.yaml\n")
        let library = try CLI.run(["diff", "Programs/library/hips.yaml", "Programs/library/hips.yaml"])
        #expect(library.status == 2)
        #expect(library.standardError.contains("there is no program to compare"))
    }
}
