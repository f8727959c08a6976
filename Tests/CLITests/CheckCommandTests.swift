import Foundation
import Testing

@Suite("CLI: regimen check")
struct CheckCommandTests {
    @Test func cleanProgramsExitZero() throws {
        let result = try CLI.run(["check", "Programs"])
        #expect(result.status == 0)
        #expect(result.standardOutput == "6 files checked, 0 errors, 0 warnings\n")
    }

    @Test func errorsExitOneWithFileLineColumn() throws {
        let result = try CLI.run(["check", "Tests/SpecTests/Fixtures/invalid/unknown-exercise.yaml"])
        #expect(result.status == 1)
        #expect(result.standardOutput == """
        Tests/SpecTests/Fixtures/invalid/unknown-exercise.yaml:13:19: error: there is no exercise `glute-bridg`; did you mean `glute-bridge`? [R201]
         13 |       - exercise: glute-bridg
            |                   ^~~~~~~~~~~
            = note: `glute-bridge` is defined here (Tests/SpecTests/Fixtures/invalid/unknown-exercise.yaml:7:3)
            = fix: write `glute-bridge`
        1 file checked, 1 error, 0 warnings

        """)
    }

    @Test func warningsAloneExitZeroUnlessPromoted() throws {
        let file = "Tests/SpecTests/Fixtures/invalid/time-unquoted.yaml"
        #expect(try CLI.run(["check", file]).status == 0)
        #expect(try CLI.run(["check", "--warnings-as-errors", file]).status == 1)
    }

    @Test func aMissingPathIsAUsageProblem() throws {
        let result = try CLI.run(["check", "no/such/file.yaml"])
        #expect(result.status == 2)
        #expect(result.standardError == "regimen: cannot find no/such/file.yaml\n")
    }

    @Test func badOptionsExitTwo() throws {
        let result = try CLI.run(["check", "--no-such-option", "Programs"])
        #expect(result.status == 2)
        #expect(result.standardError.contains("Unknown option '--no-such-option'"))
    }

    @Test func foldersAreSearchedRecursivelyForYAMLAndSkipHiddenFolders() throws {
        let folder = try CLI.temporaryFolder()
        let good = try String(contentsOfFile: CLI.repositoryRoot + "/Tests/SpecTests/Fixtures/invalid/unknown-exercise.yaml", encoding: .utf8)
            .replacingOccurrences(of: "glute-bridg\n", with: "glute-bridge\n")
        try FileManager.default.createDirectory(atPath: folder + "/nested/.hidden", withIntermediateDirectories: true)
        try good.write(toFile: folder + "/a.yaml", atomically: true, encoding: .utf8)
        try good.write(toFile: folder + "/nested/b.yml", atomically: true, encoding: .utf8)
        try "not: [valid".write(toFile: folder + "/nested/.hidden/c.yaml", atomically: true, encoding: .utf8)
        try "not yaml at all: [".write(toFile: folder + "/nested/notes.txt", atomically: true, encoding: .utf8)
        let result = try CLI.run(["check", folder])
        #expect(result.status == 0)
        #expect(result.standardOutput == "2 files checked, 0 errors, 0 warnings\n")
    }
}
