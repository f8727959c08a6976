import Foundation
import Testing

/// `regimen build` and `regimen backends` reading `regimen-project.yaml`.
@Suite("CLI: the project file")
struct ProjectFileCommandTests {
    /// A project folder holding `regimen-project.yaml` with `text`, a copy of an example program
    /// and the libraries it includes.
    static func project(_ text: String) throws -> String {
        let folder = try CLI.temporaryFolder()
        try text.write(toFile: folder + "/regimen-project.yaml", atomically: true, encoding: .utf8)
        try FileManager.default.copyItem(atPath: CLI.repositoryRoot + "/Programs/beginner-full-body.yaml", toPath: folder + "/program.yaml")
        try FileManager.default.copyItem(atPath: CLI.repositoryRoot + "/Programs/library", toPath: folder + "/library")
        return folder
    }

    @Test func buildTakesTheOutputFolderAndOptionsFromTheProjectFile() throws {
        let folder = try Self.project("output: built\noptions:\n  ics:\n    alarm: 30\n")
        let result = try CLI.run(["build", "program.yaml", "--to", "ics"], in: folder)
        #expect(result.status == 0, "\(result.standardError)")
        let feed = try String(contentsOfFile: folder + "/built/beginner-full-body.ics", encoding: .utf8)
        #expect(feed.contains("TRIGGER:-PT30M"))
        // A rebuild that forgets the option keeps it; one that overrides it wins.
        let again = try CLI.run(["build", "program.yaml", "--to", "ics", "--option", "ics.alarm=0"], in: folder)
        #expect(again.status == 0)
        #expect(try !String(contentsOfFile: folder + "/built/beginner-full-body.ics", encoding: .utf8).contains("BEGIN:VALARM"))
    }

    @Test func aBadOptionInTheProjectFileIsAnErrorAtItsPlaceAndNothingIsWritten() throws {
        let folder = try Self.project("options:\n  text:\n    width: 20\n")
        let result = try CLI.run(["build", "program.yaml", "-o", "out"], in: folder)
        #expect(result.status == 1)
        #expect(result.standardError.contains("regimen-project.yaml:3:12: in the project file: `20` is not a valid value for `text.width`"))
        #expect(!FileManager.default.fileExists(atPath: folder + "/out/program.txt"))
    }

    @Test func backendsShowsWhereEachValueComesFrom() throws {
        let folder = try Self.project("options:\n  ics:\n    alarm: 30\n    refresh-hours: 6\n")
        let result = try CLI.run(["backends", "--option", "ics.refresh-hours=12"], in: folder)
        #expect(result.status == 0)
        let lines = result.standardOutput.split(separator: "\n").map(String.init)
        #expect(lines.contains("      = 30  (project file \(folder)/regimen-project.yaml:3:12)"))
        #expect(lines.contains("      = 12  (command line)"))
        #expect(lines.contains("      = 80  (default)"))
    }
}
