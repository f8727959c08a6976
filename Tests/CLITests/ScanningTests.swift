import Foundation
@testable import RegimenKit
import Testing

/// Issue 19, case 8, and issue 16: pointing `regimen check` at a real repository's root. A YAML
/// file a search finds is checked only when it says it is a Regimen file; `.gitignore` and
/// `.regimenignore` are honoured; hidden folders only on request; a folder with no Regimen file
/// fails rather than passing with "0 files checked".
@Suite("CLI: searching folders for Regimen files")
struct ScanningTests {
    /// A repository: one program with its library, and the YAML of other tools around it.
    func repository() throws -> String {
        let root = try CLI.temporaryFolder()
        let manager = FileManager.default
        try manager.createDirectory(atPath: root + "/.git", withIntermediateDirectories: true)
        try manager.createDirectory(atPath: root + "/programs", withIntermediateDirectories: true)
        // The program and the two libraries it includes.
        try manager.createDirectory(atPath: root + "/programs/library", withIntermediateDirectories: true)
        for library in ["hips.yaml", "strength.yaml"] {
            try manager.copyItem(atPath: CLI.repositoryRoot + "/Programs/library/" + library, toPath: root + "/programs/library/" + library)
        }
        try manager.copyItem(atPath: CLI.repositoryRoot + "/Programs/runner-hip-balance.yaml", toPath: root + "/programs/runner.yaml")
        let others = [
            "docker-compose.yml": "version: \"3.8\"\nservices:\n  web:\n    image: nginx:1.25\n    ports: [\"80:80\"]\n",
            "mkdocs.yml": "site_name: Coaching notes\nnav:\n  - Home: index.md\n",
            "deploy/service.yaml": "apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n  ports:\n    - port: 80\n",
            ".github/workflows/ci.yml": "on: push\njobs:\n  check:\n    runs-on: ubuntu-latest\n",
            "node_modules/some-package/regimen.yaml": "regimen: 1\nprogram: not ours\n",
            "build/copy.yaml": "regimen: 1\nprogram: a stale copy\n",
        ]
        for (path, text) in others {
            try manager.createDirectory(atPath: (root + "/" + path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try text.write(toFile: root + "/" + path, atomically: true, encoding: .utf8)
        }
        try "node_modules/\n/build\n".write(toFile: root + "/.gitignore", atomically: true, encoding: .utf8)
        return root
    }

    @Test func aRepositoryRootChecksOnlyItsRegimenFiles() throws {
        let root = try repository()
        let result = try CLI.run(["check", "."], in: root)
        #expect(result.status == 0, "\(result.standardOutput)")
        // The program and its two libraries; compose, mkdocs and the manifest are skipped; the
        // workflow is hidden; node_modules/ and build/ are ignored.
        #expect(result.standardOutput == "3 files checked, 3 other YAML files skipped, 0 errors, 0 warnings\n")
        #expect(result.standardError.isEmpty)
    }

    @Test func withoutAPathTheCurrentFolderIsChecked() throws {
        let root = try repository()
        let result = try CLI.run(["check"], in: root)
        #expect(result.status == 0)
        #expect(result.standardOutput == "3 files checked, 3 other YAML files skipped, 0 errors, 0 warnings\n")
    }

    @Test func aFileNamedExplicitlyIsAlwaysChecked() throws {
        let root = try repository()
        let result = try CLI.run(["check", "docker-compose.yml"], in: root)
        #expect(result.status == 1)
        #expect(result.standardOutput.hasPrefix("docker-compose.yml:1:1: error: the program has no key `version` [R111]\n"))
        #expect(result.standardOutput.hasSuffix("1 file checked, 9 errors, 0 warnings\n"))
    }

    @Test func ignoredAndHiddenFilesOnRequest() throws {
        let root = try repository()
        let ignored = try CLI.run(["check", ".", "--no-ignore"], in: root)
        #expect(ignored.standardOutput.hasSuffix("5 files checked, 3 other YAML files skipped, 10 errors, 0 warnings\n"), "\(ignored.standardOutput)")
        let hidden = try CLI.run(["check", ".", "--include-hidden"], in: root)
        #expect(hidden.standardOutput == "3 files checked, 4 other YAML files skipped, 0 errors, 0 warnings\n")
    }

    @Test func aRegimenIgnoreFileIsHonoured() throws {
        let root = try repository()
        try "library/\n".write(toFile: root + "/programs/.regimenignore", atomically: true, encoding: .utf8)
        let result = try CLI.run(["check", "programs"], in: root)
        #expect(result.standardOutput == "1 file checked, 0 errors, 0 warnings\n")
        // A negation re-includes.
        try "library/\n!library/\n".write(toFile: root + "/programs/.regimenignore", atomically: true, encoding: .utf8)
        #expect(try CLI.run(["check", "programs"], in: root).standardOutput == "3 files checked, 0 errors, 0 warnings\n")
    }

    @Test func aFolderWithoutRegimenFilesFails() throws {
        let root = try repository()
        let result = try CLI.run(["check", "deploy"], in: root)
        #expect(result.status == 1)
        #expect(result.standardOutput == "0 files checked, 1 other YAML file skipped, 0 errors, 0 warnings\n")
        #expect(result.standardError == "regimen: no Regimen files in deploy (1 other YAML file skipped: a Regimen file has `regimen: 1` at the top)\n")
        try FileManager.default.createDirectory(atPath: root + "/empty", withIntermediateDirectories: true)
        let empty = try CLI.run(["check", "programs", "empty"], in: root)
        #expect(empty.status == 1)
        #expect(empty.standardOutput == "3 files checked, 0 errors, 0 warnings\n")
        #expect(empty.standardError == "regimen: no Regimen files in empty\n")
    }

    @Test func buildingARepositoryRootBuildsItsProgramsOnly() throws {
        let root = try repository()
        let out = try CLI.temporaryFolder()
        let result = try CLI.run(["build", ".", "--to", "json", "-o", out], in: root)
        #expect(result.status == 0, "\(result.standardError)")
        #expect(Set(CLI.snapshot(out).keys) == ["runner-hip-balance.json", ".regimen-manifest"])
        let nothing = try CLI.run(["build", "deploy", "-o", out], in: root)
        #expect(nothing.status == 1)
        #expect(nothing.standardError == "regimen: no programs to build in deploy; a program has `regimen: 1` and `program:` at the top\n")
    }

    @Test func theJSONSummaryCountsSkippedFiles() throws {
        let root = try repository()
        let result = try CLI.run(["check", ".", "--format", "json"], in: root)
        let report = try #require(try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any])
        #expect(report["summary"] as? [String: Int] == ["files": 3, "errors": 0, "warnings": 0, "skipped": 3])
    }
}

/// `RegimenFileMark` reads bytes, not lines of text, so that the scan of a large repository does
/// not decode every YAML file it meets: the cases a line-based reading would get right.
@Suite("The regimen: mark of a scanned file")
struct RegimenFileMarkTests {
    func marked(_ text: String) -> Bool { RegimenFileMark.isPresent(in: Array(text.utf8)) }

    @Test func theKeyOnAnyTopLevelLineMarksAFile() {
        #expect(marked("regimen: 1\nprogram: x\n"))
        #expect(marked("# a comment\n\nprogram: x\nregimen: 1\n"))
        #expect(marked("\u{FEFF}regimen: 1\n"))
        #expect(marked("\"regimen\": 1\r\n"))
        #expect(marked("'regimen' : 1"))
        #expect(marked("program: x\r\rregimen:\t1"))
    }

    @Test func otherKeysAndNestedKeysDoNot() {
        #expect(!marked(""))
        #expect(!marked("version: \"3.8\"\nservices:\n  regimen: 1\n"))
        #expect(!marked("regimens: 1\n"))
        #expect(!marked("regimen 1\n"))
        #expect(!marked("# regimen: 1\n"))
        #expect(!marked("x: regimen: 1\n"))
    }

    @Test func onlyTheFirst64KiBAreRead() {
        let padding = String(repeating: "# padding line\n", count: RegimenFileMark.window / 15 + 1)
        #expect(!marked(padding + "regimen: 1\n"))
    }
}
