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

/// `options:`, `output:` and `plugin-paths:`: read with their places, merged under `--option`.
struct ProjectFileOptionsTests {
    static let owners = BackendRegistry.builtIn.backends.map { OptionArguments.Owner(name: $0.name, options: $0.options) }

    static func load(_ text: String) throws -> ProjectFile {
        let (_, file) = try ProjectFileTests.project(text)
        let (project, diagnostics, _) = ProjectFile.load(file, home: nil)
        #expect(diagnostics.isEmpty)
        return try #require(project)
    }

    @Test("Options, output folder and plugin paths are read; paths against the file's folder")
    func reads() throws {
        let project = try Self.load("""
        output: build/out
        plugin-paths: [tools, /opt/regimen]
        options:
          ics:
            alarm: 30
          text:
            width: 72
            page-length: 62
        """)
        let folder = String(project.path[..<project.path.lastIndex(of: "/")!])
        #expect(project.output == folder + "/build/out")
        #expect(project.pluginPaths == [folder + "/tools", "/opt/regimen"])
        #expect(project.options.map { "\($0.owner).\($0.key)=\($0.value)@\($0.span.start.line):\($0.span.start.column)" }
            == ["ics.alarm=30@5:12", "text.width=72@7:12", "text.page-length=62@8:18"])
    }

    @Test("The command line overrides the project file; each value knows where it came from")
    func precedence() throws {
        let project = try Self.load("options:\n  ics:\n    alarm: 30\n    refresh-hours: 12\n")
        let resolved = try ResolvedOptions.resolve(arguments: ["ics.alarm=15"], project: project.options, owners: Self.owners,
                                                   known: Self.owners, isPlugin: { _ in false }).get()
        #expect(resolved.values["ics"]?.values == ["alarm": "15", "refresh-hours": "12"])
        #expect(resolved.origins["ics"]?["alarm"] == .commandLine)
        guard case .projectFile(let span) = resolved.origins["ics"]?["refresh-hours"] else {
            Issue.record("refresh-hours should come from the project file")
            return
        }
        #expect(span.start.line == 4 && span.file == project.path)
    }

    @Test("A misspelt option, a bad value or an unknown backend: an error at its place, even for a backend not built")
    func problems() throws {
        let textOnly = Self.owners.filter { $0.name == "text" }
        let cases: [(String, String)] = [
            ("options:\n  ics:\n    alarn: 30\n", ":3:5: in the project file: backend `ics` has no option `alarn`"),
            ("options:\n  ics:\n    alarm: soon\n", ":3:12: in the project file: `soon` is not a valid value for `ics.alarm`"),
            ("options:\n  icz:\n    alarm: 30\n", ":2:3: the project file sets options for `icz`, which is neither a backend nor a filter"),
        ]
        for (text, expected) in cases {
            let project = try Self.load(text)
            let result = ResolvedOptions.resolve(arguments: [], project: project.options, owners: textOnly, known: Self.owners, isPlugin: { _ in false })
            guard case .failure(let problem) = result else {
                Issue.record("\(text) should be refused")
                continue
            }
            #expect(problem.message.hasPrefix(project.path + expected), "\(problem.message)")
            #expect(problem.isInProjectFile)
        }
    }

    @Test("Options for a backend this build does not use are checked, not applied; a plugin's are left to it")
    func unusedOwners() throws {
        let project = try Self.load("options:\n  ics:\n    alarm: 30\n  pdf:\n    paper: a4\n")
        let textOnly = Self.owners.filter { $0.name == "text" }
        let resolved = try ResolvedOptions.resolve(arguments: [], project: project.options, owners: textOnly, known: Self.owners,
                                                   isPlugin: { $0 == "pdf" }).get()
        #expect(resolved.values.isEmpty)
    }

    @Test("Shape problems in options, output and plugin-paths are errors at their place")
    func shapes() throws {
        let (_, file) = try ProjectFileTests.project("options:\n  ics: 30\noutput: [a, b]\nplugin-paths:\n  - {x: 1}\n")
        let (project, diagnostics, _) = ProjectFile.load(file, home: nil)
        #expect(project == nil)
        #expect(diagnostics.map { "\($0.span?.start.line ?? 0):\($0.span?.start.column ?? 0)" } == ["2:8", "3:9", "5:5"])
    }
}

/// `publish.session-per-page`.
struct ProjectFileSessionPerPageTests {
    @Test("`session-per-page` takes true or false; anything else is an error at its place")
    func sessionPerPage() throws {
        let (_, file) = try ProjectFileTests.project("publish:\n  session-per-page: true\n")
        #expect(ProjectFile.load(file, home: nil).project?.publish.sessionPerPage == true)
        let (_, bad) = try ProjectFileTests.project("publish:\n  session-per-page: maybe\n")
        let (project, diagnostics, _) = ProjectFile.load(bad, home: nil)
        #expect(project == nil)
        #expect(diagnostics.map { "\($0.span?.start.line ?? 0):\($0.span?.start.column ?? 0)" } == ["2:21"])
    }
}
