import Foundation
import Testing

@Suite("CLI: regimen build")
struct BuildCommandTests {
    @Test func buildsAllThreeOutputs() throws {
        let out = try CLI.temporaryFolder()
        let result = try CLI.run(["build", "Programs/runner-hip-balance.yaml", "--to", "all", "-o", out])
        #expect(result.status == 0)
        #expect(result.standardOutput == "built 1 program: 3 files in \(out)\n", "one summary line by default")
        #expect(Set(CLI.snapshot(out).keys) == ["runner-hip-balance.txt", "runner-hip-balance.ics", "runner-hip-balance.json", ".regimen-manifest"])
    }

    @Test func verboseListsEveryFileAndQuietSaysNothing() throws {
        let out = try CLI.temporaryFolder()
        let verbose = try CLI.run(["build", "Programs/runner-hip-balance.yaml", "--to", "all", "-v", "-o", out])
        #expect(verbose.status == 0)
        #expect(verbose.standardOutput == """
        wrote \(out)/runner-hip-balance.txt
        wrote \(out)/runner-hip-balance.ics
        wrote \(out)/runner-hip-balance.json
        built 1 program: 3 files in \(out)

        """)
        let quiet = try CLI.run(["build", "Programs/runner-hip-balance.yaml", "--to", "all", "-q", "-o", out])
        #expect(quiet.status == 0)
        #expect(quiet.standardOutput == "")
        #expect(quiet.standardError == "")
        let both = try CLI.run(["build", "Programs/runner-hip-balance.yaml", "-q", "-v", "-o", out])
        #expect(both.status == 2)
        #expect(both.standardError.contains("give -q or -v, not both"))
    }

    @Test func severalProgramsMakeOneSummaryLine() throws {
        let out = try CLI.temporaryFolder()
        let result = try CLI.run(["build", "Programs/runner-hip-balance.yaml", "Programs/beginner-full-body.yaml", "--to", "ics", "-o", out])
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardOutput == "built 2 programs: 2 files in \(out)\n")
    }

    @Test func fitWritesOneWorkoutPerSessionAndIsNotPartOfAll() throws {
        let out = try CLI.temporaryFolder()
        let result = try CLI.run(["build", "Programs/runner-hip-balance.yaml", "--to", "fit", "-o", out])
        #expect(result.status == 0)
        #expect(result.standardError.isEmpty)
        let files = CLI.snapshot(out).keys.filter { $0 != ".regimen-manifest" }
        #expect(files.count == 60, "7 sessions a week in weeks 1–4, 8 in the Build weeks 5–8")
        #expect(files.allSatisfy { $0.hasPrefix("runner-hip-balance/fit/2027-") && $0.hasSuffix(".fit") })
        #expect(files.contains("runner-hip-balance/fit/2027-03-01-glutes-hamstrings-w1.fit"))
        #expect(result.standardOutput == "built 1 program: 60 files in \(out)\n", "\(result.standardOutput)")
    }

    @Test func oneBackendAtATime() throws {
        let out = try CLI.temporaryFolder()
        let result = try CLI.run(["build", "Programs/beginner-full-body.yaml", "--to", "ics", "-o", out])
        #expect(result.status == 0)
        #expect(Set(CLI.snapshot(out).keys) == ["beginner-full-body.ics", ".regimen-manifest"])
    }

    @Test func nothingIsWrittenWhenTheSpecHasErrors() throws {
        let out = try CLI.temporaryFolder()
        try "keep me".write(toFile: out + "/existing.txt", atomically: true, encoding: .utf8)
        let before = CLI.snapshot(out)
        let result = try CLI.run(["build", "Tests/SpecTests/Fixtures/invalid/unknown-session.yaml", "-o", out])
        #expect(result.status == 1)
        #expect(result.standardError.contains("error: there is no session `b`; did you mean `a`? [R202]"))
        #expect(result.standardError.hasSuffix("regimen: Tests/SpecTests/Fixtures/invalid/unknown-session.yaml has errors; nothing was written\n"))
        #expect(CLI.snapshot(out) == before)
    }

    @Test func anUnknownBackendIsAUsageProblem() throws {
        let out = try CLI.temporaryFolder()
        let result = try CLI.run(["build", "Programs/runner-hip-balance.yaml", "--to", "pdf", "-o", out])
        #expect(result.status == 2)
        #expect(result.standardError == "regimen: there is no backend `pdf`; use one of text, ics, json, fit, all, or install an executable named regimen-backend-pdf on PATH (or in --plugin-path)\n")
        #expect(CLI.snapshot(out).isEmpty)
    }

    @Test func aMissingProgramIsAUsageProblem() throws {
        let result = try CLI.run(["build", "Programs/nope.yaml", "-o", try CLI.temporaryFolder()])
        #expect(result.status == 2)
    }

    @Test func buildingALibraryIsAnError() throws {
        let out = try CLI.temporaryFolder()
        let result = try CLI.run(["build", "Programs/library/hips.yaml", "-o", out])
        #expect(result.status == 1)
        #expect(result.standardError.contains("Programs/library/hips.yaml is an exercise library, not a program; build a program that includes it [R110]"))
    }
}

@Suite("CLI: building several programs")
struct MultipleProgramTests {
    @Test func aFolderOfProgramsBuildsEachProgramAndSkipsLibraries() throws {
        let out = try CLI.temporaryFolder()
        let result = try CLI.run(["build", "Programs", "--to", "json", "-o", out])
        #expect(result.status == 0, "\(result.standardError)")
        #expect(Set(CLI.snapshot(out).keys) == Set([
            "beginner-full-body", "boring-but-big", "five-three-one", "five-three-one-beginners", "gzclp", "hamstring-nordic",
            "madcow-5x5", "nsuns-4-day", "reddit-ppl", "runner-10k-build", "runner-hip-balance", "starting-strength", "stronglifts-5x5",
            "texas-method",
        ].map { $0 + ".json" } + [".regimen-manifest"]))
    }

    @Test func oneFailingProgramDoesNotStopTheOthers() throws {
        let out = try CLI.temporaryFolder()
        let result = try CLI.run(["build", "Programs/runner-hip-balance.yaml", "Tests/SpecTests/Fixtures/invalid/unknown-session.yaml", "--to", "json", "-o", out])
        #expect(result.status == 1)
        #expect(result.standardError.hasSuffix("regimen: Tests/SpecTests/Fixtures/invalid/unknown-session.yaml has errors; nothing was written for it\nregimen: 1 of 2 programs failed\n"))
        #expect(Set(CLI.snapshot(out).keys) == ["runner-hip-balance.json", ".regimen-manifest"])
    }
}
