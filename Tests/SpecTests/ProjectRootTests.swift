import Foundation
import RegimenKit
import Testing

/// Includes and rosters may reach anywhere inside a project (the nearest folder above the program
/// with a `regimen-project.yaml`), never outside it; without a marker, the program's own folder.
@Suite("Loader: includes within the project root")
struct ProjectRootTests {
    static let library = "regimen: 1\nlibrary: Hips\nexercises:\n  low-lunge: {name: Low lunge, kind: mobility, per-side: true}\n"
    static let roster = "regimen: 1\nroster: Runners\nathletes:\n  - name: Alex Morgan\n"

    static func program(include: String, roster: String? = nil) -> String {
        """
        regimen: 1
        program: Test program
        start: 2027-01-04
        weeks: 2
        timezone: UTC
        include: [\(include)]
        \(roster.map { "roster: \($0)" } ?? "")
        sessions:
          a:
            title: A
            items:
              - { exercise: low-lunge, sets: 2, hold: 30s }
        schedule:
          mon: a

        """
    }

    /// A team's repository in a new temporary folder:
    ///
    ///     outside/hips.yaml                 a library outside the project
    ///     team/regimen-project.yaml         the marker (`marker` is its text)
    ///     team/library/hips.yaml
    ///     team/library/elsewhere.yaml       a symbolic link to outside/hips.yaml
    ///     team/rosters/runners.yaml
    ///     team/programs/runners/*.yaml      the programs `programs` gives
    func project(marker: String = "", programs: [String: String]) throws -> String {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("regimen-project-\(UUID().uuidString)").path
        let files = [
            "outside/hips.yaml": Self.library, "team/library/hips.yaml": Self.library, "team/rosters/runners.yaml": Self.roster,
            "team/regimen-project.yaml": marker,
        ].merging(programs.map { ("team/programs/runners/" + $0.key, $0.value) }) { $1 }
        for (path, text) in files {
            try FileManager.default.createDirectory(atPath: root + "/" + (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try text.write(toFile: root + "/" + path, atomically: true, encoding: .utf8)
        }
        try FileManager.default.createSymbolicLink(atPath: root + "/team/library/elsewhere.yaml", withDestinationPath: root + "/outside/hips.yaml")
        return root
    }

    func diagnostics(_ path: String, in root: String) -> [String] {
        Compiler().check(root + "/" + path).diagnostics.map { $0.summaryLine.replacingOccurrences(of: root + "/", with: "") }
    }

    @Test func aLibraryAndARosterAboveTheProgramsFolderInsideTheProjectAreUsed() throws {
        let root = try project(programs: ["shared.yaml": Self.program(include: "../../library/hips.yaml", roster: "../../rosters/runners.yaml")])
        defer { try? FileManager.default.removeItem(atPath: root) }
        let outcome = Compiler().check(root + "/team/programs/runners/shared.yaml")
        #expect(outcome.diagnostics.map(\.summaryLine) == [])
        #expect(outcome.program?.athletes.map(\.name) == ["Alex Morgan"])
    }

    @Test func aCommentOnlyMarkerCountsLikeAnEmptyOne() throws {
        let root = try project(marker: "# The root of our team's programs.\n",
                               programs: ["shared.yaml": Self.program(include: "../../library/hips.yaml")])
        defer { try? FileManager.default.removeItem(atPath: root) }
        #expect(diagnostics("team/programs/runners/shared.yaml", in: root) == [])
    }

    @Test func anIncludeThatClimbsOutOfTheProjectIsRefused() throws {
        let root = try project(programs: [
            "escape.yaml": Self.program(include: "../../../outside/hips.yaml"),
            "roster-escape.yaml": Self.program(include: "../../library/hips.yaml", roster: "../../../outside/hips.yaml"),
        ])
        defer { try? FileManager.default.removeItem(atPath: root) }
        #expect(diagnostics("team/programs/runners/escape.yaml", in: root) == [
            "team/programs/runners/escape.yaml:6:11: error: `../../../outside/hips.yaml` is outside the project (team, the folder with `regimen-project.yaml`); files a program uses must be inside its project [R205]",
        ])
        #expect(diagnostics("team/programs/runners/roster-escape.yaml", in: root) == [
            "team/programs/runners/roster-escape.yaml:7:9: error: `../../../outside/hips.yaml` is outside the project (team, the folder with `regimen-project.yaml`); files a program uses must be inside its project [R205]",
        ])
    }

    @Test func aSymbolicLinkIsFollowedBeforeTheBoundaryIsChecked() throws {
        let root = try project(programs: ["linked.yaml": Self.program(include: "../../library/elsewhere.yaml")])
        defer { try? FileManager.default.removeItem(atPath: root) }
        #expect(diagnostics("team/programs/runners/linked.yaml", in: root) == [
            "team/programs/runners/linked.yaml:6:11: error: `../../library/elsewhere.yaml` is outside the project (team, the folder with `regimen-project.yaml`); files a program uses must be inside its project [R205]",
        ])
    }

    @Test func withoutAMarkerIncludesStayInTheProgramsFolder() throws {
        let root = try project(programs: ["shared.yaml": Self.program(include: "../../library/hips.yaml")])
        defer { try? FileManager.default.removeItem(atPath: root) }
        try FileManager.default.removeItem(atPath: root + "/team/regimen-project.yaml")
        #expect(diagnostics("team/programs/runners/shared.yaml", in: root) == [
            "team/programs/runners/shared.yaml:6:11: error: `../../library/hips.yaml` is outside the program's folder (team/programs/runners); move it into that folder, or mark your project's root folder with a `regimen-project.yaml` file so that programs can include files from anywhere inside the project [R205]",
        ])
    }

    @Test func theMarkerIsNotCheckedAsASpecWhenAFolderIsScanned() throws {
        let root = try project(programs: ["shared.yaml": Self.program(include: "../../library/hips.yaml")])
        defer { try? FileManager.default.removeItem(atPath: root) }
        let files = try ProgramFiles.expand([root + "/team"]).get().map { $0.replacingOccurrences(of: root + "/", with: "") }
        #expect(files == ["team/library/elsewhere.yaml", "team/library/hips.yaml", "team/programs/runners/shared.yaml", "team/rosters/runners.yaml"])
        #expect(Compiler().check(root + "/team/regimen-project.yaml").diagnostics.isEmpty)
    }
}
