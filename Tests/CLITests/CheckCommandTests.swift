import Foundation
import Testing

@Suite("CLI: regimen check")
struct CheckCommandTests {
    @Test func cleanProgramsExitZero() throws {
        let result = try CLI.run(["check", "Programs"])
        #expect(result.status == 0)
        // 14 programs, 4 libraries, a roster and 8 sample logs in YAML (the exports are CSV).
        #expect(result.standardOutput == "27 files checked, 0 errors, 0 warnings\n")
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

@Suite("CLI: machine-readable diagnostics")
struct MachineFormatTests {
    let file = "Tests/SpecTests/Fixtures/invalid/two-errors-and-a-warning.yaml"

    @Test func githubAnnotations() throws {
        let result = try CLI.run(["check", "--format", "github", file])
        #expect(result.status == 1)
        #expect(result.standardOutput == """
        ::warning file=\(file),line=12,col=9,endLine=12,endColumn=14,title=R120 Unquoted value that YAML 1.1 tools read differently::put times in quotes: YAML 1.1 tools read unquoted 07%3A00 as the number 420%0Afix: quote it
        ::error file=\(file),line=14,col=19,endLine=14,endColumn=30,title=R201 Unknown exercise::there is no exercise `glute-bridg`; did you mean `glute-bridge`?%0Anote: `glute-bridge` is defined here (\(file):7:3)%0Afix: write `glute-bridge`
        ::error file=\(file),line=17,col=15,endLine=17,endColumn=19,title=R301 Invalid duration::`1:30` is ambiguous as a duration (YAML 1.1 tools read it as the number 90); write `1min30s`%0Afix: write `1min30s`

        """.replacingOccurrences(of: "07%3A00", with: "07:00"))
        #expect(result.standardError == "1 file checked, 2 errors, 1 warning\n")
    }

    @Test func sarifLog() throws {
        let result = try CLI.run(["check", "--format", "sarif", file])
        #expect(result.status == 1)
        let log = try #require(try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any])
        #expect(log["version"] as? String == "2.1.0")
        let run = try #require((log["runs"] as? [[String: Any]])?.first)
        let results = try #require(run["results"] as? [[String: Any]])
        #expect(results.map { $0["ruleId"] as? String } == ["R120", "R201", "R301"])
        #expect(results.map { $0["level"] as? String } == ["warning", "error", "error"])
        let regions = results.compactMap { (($0["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any])?["region"] as? [String: Int] }
        #expect(regions.map { [$0["startLine"]!, $0["startColumn"]!] } == [[12, 9], [14, 19], [17, 15]])
        let rules = ((run["tool"] as? [String: Any])?["driver"] as? [String: Any])?["rules"] as? [[String: Any]]
        #expect(rules?.map { $0["id"] as? String } == ["R120", "R201", "R301"])
        #expect(run["columnKind"] as? String == "unicodeCodePoints")
    }

    @Test func jsonReport() throws {
        let result = try CLI.run(["check", "--format", "json", file])
        #expect(result.status == 1)
        let report = try #require(try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any])
        #expect(report["summary"] as? [String: Int] == ["files": 1, "errors": 2, "warnings": 1])
        let first = try #require((report["diagnostics"] as? [[String: Any]])?.first)
        #expect(first["code"] as? String == "R120")
        #expect(first["line"] as? Int == 12)
        #expect(first["column"] as? Int == 9)
        #expect(first["endColumn"] as? Int == 14)
        #expect((first["fix"] as? [String: Any])?["replacement"] as? String == "\"07:00\"")
    }

    @Test func explainPrintsTheEntry() throws {
        let result = try CLI.run(["explain", "r402"])
        #expect(result.status == 0)
        #expect(result.standardOutput.hasPrefix("R402: A progression's cap is below where it starts (error)\n"))
        #expect(try CLI.run(["explain", "R999"]).status == 2)
    }

    @Test func globsAreExpanded() throws {
        let result = try CLI.run(["check", "Programs/**/*.yaml"])
        #expect(result.status == 0)
        #expect(result.standardOutput == "27 files checked, 0 errors, 0 warnings\n")
        #expect(try CLI.run(["check", "Programs/*.nothing"]).status == 2)
    }
}
