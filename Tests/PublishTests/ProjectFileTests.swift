import Foundation
import RegimenKit
import Testing

/// `regimen-project.yaml`'s `publish:` settings: found above a program, read with every problem
/// at its line and column.
struct ProjectFileTests {
    static func project(_ text: String) throws -> (folder: String, file: String) {
        let folder = try PublishRunTests.folder()
        try FileManager.default.createDirectory(atPath: folder + "/Programs/deep", withIntermediateDirectories: true)
        try Data(text.utf8).write(to: URL(fileURLWithPath: folder + "/regimen-project.yaml"))
        return (folder, folder + "/regimen-project.yaml")
    }

    @Test("Found from a program below it; its publish settings read, paths against its folder")
    func settings() throws {
        let (folder, file) = try Self.project("""
        # the team's project
        publish:
          site: ../site
          base-url: https://training.example.org
          alarm: 30
          coach-alarm: 0
          refresh-hours: 6
          secret-file: ~/.config/regimen/secret
          salts:
            alex-morgan: "2027-03"
        """)
        try Data("regimen: 1\n".utf8).write(to: URL(fileURLWithPath: folder + "/Programs/deep/p.yaml"))
        #expect(ProjectFile.find(from: folder + "/Programs/deep/p.yaml") == file)
        #expect(ProjectFile.find(from: folder + "/Programs") == file)
        let (project, diagnostics, _) = ProjectFile.load(file, home: "/home/coach")
        #expect(diagnostics.isEmpty)
        let publish = try #require(project).publish
        #expect(publish.site == PathText(folder).parent + "/site")
        #expect(publish.baseURL == "https://training.example.org")
        #expect(publish.alarm == 30 && publish.coachAlarm == 0 && publish.refreshHours == 6)
        #expect(publish.secretFile == "/home/coach/.config/regimen/secret")
        #expect(publish.salts == ["alex-morgan": "2027-03"])
    }

    @Test("An empty or comment-only project file marks the root and sets nothing")
    func empty() throws {
        for text in ["", "# just the marker\n\n"] {
            let (_, file) = try Self.project(text)
            let (project, diagnostics, _) = ProjectFile.load(file, home: nil)
            #expect(diagnostics.isEmpty)
            #expect(project?.publish.alarm == nil && project?.publish.salts == [:])
        }
    }

    @Test("Unknown keys, values out of range, a secret file inside the project: each at its place")
    func problems() throws {
        let (_, file) = try Self.project("""
        publish:
          alarm: 3000
          colour: red
          secret-file: secrets/publish.txt
          base-url: ftp://example.org
        outputs: x
        """)
        let (project, diagnostics, _) = ProjectFile.load(file, home: nil)
        #expect(project == nil)
        let lines = diagnostics.map { "\($0.span?.start.line ?? 0):\($0.span?.start.column ?? 0) \($0.code.rawValue)" }
        #expect(lines == ["2:10 R305", "3:3 R111", "4:16 R110", "5:13 R110", "6:1 R111"])
    }
}

/// The folder above a path, for expectations.
private struct PathText {
    let path: String
    init(_ path: String) { self.path = path }
    var parent: String { String(path[..<path.lastIndex(of: "/")!]) }
}
