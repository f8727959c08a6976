import Foundation
import Testing

/// `regimen init` and `regimen schema`: a new coach's first commands.
@Suite("CLI: regimen init and regimen schema")
struct InitCommandTests {
    static let templates = ["runner", "strength", "team"]

    @Test("every template checks clean with no warnings and builds", arguments: templates)
    func templatesCheckCleanAndBuild(template: String) throws {
        let folder = try CLI.temporaryFolder() + "/project"
        let created = try CLI.run(["init", folder, "--template", template, "--start", "2027-01-04", "--timezone", "Europe/London"])
        #expect(created.status == 0, "\(created.standardError)")
        let written = created.standardOutput.split(separator: "\n").filter { $0.hasPrefix("wrote ") }.map { String($0.dropFirst(6)) }
        #expect(written.contains(folder + "/.regimen/program.schema.json"))
        let specs = written.filter { $0.hasSuffix(".yaml") }
        #expect(specs.count == (template == "team" ? 3 : 2))
        let check = try CLI.run(["check", "--warnings-as-errors", folder])
        #expect(check.status == 0)
        #expect(check.standardOutput == "\(specs.count) files checked, 0 errors, 0 warnings\n", "\(check.standardOutput)")
        let program = try #require(specs.first { !$0.contains("/library/") && !$0.contains("/rosters/") })
        let build = try CLI.run(["build", program, "--to", "all", "-o", folder + "/out"])
        #expect(build.status == 0, "\(build.standardError)")
        #expect(try String(contentsOfFile: program, encoding: .utf8).contains("start: 2027-01-04\n"))
    }

    @Test("every file's modeline points at the schema init saved, which is regimen schema", arguments: templates)
    func modelinesPointAtTheSavedSchema(template: String) throws {
        let folder = try CLI.temporaryFolder()
        #expect(try CLI.run(["init", folder, "--template", template]).status == 0)
        let schema = try CLI.run(["schema"]).standardOutput
        for (path, _) in CLI.snapshot(folder) where path.hasSuffix(".yaml") {
            let text = try String(contentsOfFile: folder + "/" + path, encoding: .utf8)
            let first = try #require(text.split(separator: "\n").first.map(String.init))
            let prefix = "# yaml-language-server: $schema="
            #expect(first.hasPrefix(prefix), "\(path)")
            let target = URL(fileURLWithPath: folder + "/" + path).deletingLastPathComponent()
                .appendingPathComponent(String(first.dropFirst(prefix.count))).standardized.path
            #expect(try String(contentsOfFile: target, encoding: .utf8) == schema, "\(path) → \(target)")
        }
    }

    @Test func defaultsAreTheNextMondayAndAUsableZone() throws {
        let folder = try CLI.temporaryFolder()
        let created = try CLI.run(["init", folder, "--template", "strength"], environment: ["TZ": "America/Chicago"])
        #expect(created.status == 0)
        #expect(created.standardOutput.contains(" in America/Chicago. Next:"))
        let text = try String(contentsOfFile: folder + "/full-body-strength.yaml", encoding: .utf8)
        let start = try #require(text.split(separator: "\n").first { $0.hasPrefix("start: ") }?.dropFirst(7))
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withFullDate]
        let date = try #require(formatter.date(from: String(start)))
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        #expect(calendar.component(.weekday, from: date) == 2)  // Monday
        let days = calendar.dateComponents([.day], from: calendar.startOfDay(for: Date()), to: date).day ?? 0
        #expect((1...7).contains(days))
        // An abbreviation in TZ is not used: the program would drift by an hour.
        let other = try CLI.temporaryFolder()
        let fallback = try CLI.run(["init", other], environment: ["TZ": "EST"])
        #expect(fallback.status == 0)
        #expect(!fallback.standardOutput.contains(" in EST."))
    }

    @Test func aFolderWithFilesIsRefusedAndNothingIsOverwritten() throws {
        let folder = try CLI.temporaryFolder()
        try "my own program\n".write(toFile: folder + "/notes.txt", atomically: true, encoding: .utf8)
        let refused = try CLI.run(["init", folder])
        #expect(refused.status == 2)
        #expect(refused.standardError.contains("is not empty"))
        #expect(CLI.snapshot(folder).keys.sorted() == ["notes.txt"])

        #expect(try CLI.run(["init", folder, "--force"]).status == 0)
        try "regimen: 1\n# edited\n".write(toFile: folder + "/library/hips.yaml", atomically: true, encoding: .utf8)
        let before = CLI.snapshot(folder)
        let again = try CLI.run(["init", folder, "--force"])
        #expect(again.status == 2)
        #expect(again.standardError.contains("library/hips.yaml already exists; init never overwrites a file, so nothing was written"))
        #expect(CLI.snapshot(folder) == before)
    }

    @Test func badChoicesAreUsageErrors() throws {
        let folder = try CLI.temporaryFolder() + "/new"
        #expect(try CLI.run(["init", folder, "--template", "yoga"]).status == 2)
        #expect(try CLI.run(["init", folder, "--start", "next monday"]).status == 2)
        let zone = try CLI.run(["init", folder, "--timezone", "PST"])
        #expect(zone.status == 2)
        #expect(zone.standardError.contains("did you mean `America/Los_Angeles`?"))
        #expect(!FileManager.default.fileExists(atPath: folder))
    }

    @Test func schemaPrintsTheSchemasOfThisRepository() throws {
        for (name, file) in [("program", "program"), ("plan", "plan"), ("diagnostics", "diagnostics"), ("plugin-protocol", "plugin-protocol")] {
            let printed = try CLI.run(["schema", name])
            #expect(printed.status == 0)
            let expected = try String(contentsOfFile: CLI.repositoryRoot + "/schema/\(file).schema.json", encoding: .utf8)
            #expect(printed.standardOutput == expected, "\(name)")
        }
        #expect(try CLI.run(["schema"]).standardOutput == CLI.run(["schema", "program"]).standardOutput)
        #expect(try CLI.run(["schema", "nope"]).status == 2)
    }
}
