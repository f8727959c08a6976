import Foundation
import Testing

/// External plugins through `regimen build --to NAME`: the examples that ship in the repository,
/// and hostile or broken plugins, each of which must be refused with a clear message naming it
/// while the output folder stays exactly as it was.
@Suite("CLI: external plugins")
struct PluginTests {
    static let hostile = CLI.repositoryRoot + "/Tests/CLITests/Fixtures/plugins"
    static let golden = CLI.repositoryRoot + "/Tests/CLITests/Fixtures/golden"
    static var buildFolder: String { URL(fileURLWithPath: CLI.executable).deletingLastPathComponent().path }

    /// Builds into a folder that already holds a file, and checks the folder after.
    func refused(_ plugin: String, extra: [String] = [], message: String) throws {
        let out = try CLI.temporaryFolder()
        try "an earlier card".write(toFile: out + "/runner-hip-balance.txt", atomically: true, encoding: .utf8)
        let before = CLI.snapshot(out)
        let result = try CLI.run(["build", "Programs/runner-hip-balance.yaml", "--to", "text," + plugin,
                                  "--plugin-path", Self.hostile, "-o", out] + extra)
        #expect(result.status == 1, "\(plugin): status \(result.status)")
        #expect(result.standardError.contains(message), "\(plugin): \(result.standardError)")
        #expect(result.standardError.hasSuffix("regimen: nothing was written\n"))
        #expect(CLI.snapshot(out) == before, "\(plugin) changed the output folder")
        #expect(!FileManager.default.fileExists(atPath: "/tmp/regimen-evil.txt"))
    }

    @Test func aPluginThatFailsIsNamed() throws {
        try refused("fails", message: "regimen: backend `fails`: plugin `fails` (\(Self.hostile)/regimen-backend-fails) failed with exit status 3")
    }

    @Test func aPluginsStandardErrorIsPassedThrough() throws {
        try refused("fails", message: "regimen-backend-fails: the disk is on fire\n")
    }

    @Test func aPluginThatHangsIsStoppedAfterTheTimeout() throws {
        let started = Date()
        try refused("hangs", extra: ["--plugin-timeout", "1"],
                    message: "plugin `hangs` (\(Self.hostile)/regimen-backend-hangs) did not finish within 1 s and was stopped; raise the limit with --plugin-timeout")
        // Stopped, not waited for: the script sleeps 30 s.
        #expect(Date().timeIntervalSince(started) < 20)
    }

    @Test func aPluginThatFloodsItsOutputIsStopped() throws {
        try refused("flood", extra: ["--plugin-output-limit", "1000000"],
                    message: "plugin `flood` (\(Self.hostile)/regimen-backend-flood) wrote more than 1000000 bytes and was stopped; raise the limit with --plugin-output-limit")
    }

    @Test func invalidJSONIsRefused() throws {
        try refused("garbage", message: "plugin `garbage` (\(Self.hostile)/regimen-backend-garbage) did not answer with JSON carrying a \"protocolVersion\"")
    }

    @Test func aResponseOfTheWrongShapeIsRefused() throws {
        try refused("wrongshape", message: "answered with JSON that is not a valid response: missing \"path\" at .files[0]")
    }

    @Test func anotherMajorProtocolVersionIsRefused() throws {
        try refused("future", message: "speaks plugin protocol 2.0, and this Regimen speaks 1.1; use a version of the plugin made for protocol 1.x")
    }

    @Test func absolutePathsAreRefused() throws {
        try refused("absolute", message: "backend `absolute` returned the unsafe file name `/tmp/regimen-evil.txt`; names must be relative and stay inside the output folder")
    }

    @Test func pathsThatClimbOutAreRefused() throws {
        try refused("escape", message: "backend `escape` returned the unsafe file name `../regimen-evil.txt`")
    }

    @Test func duplicateNamesAreRefused() throws {
        try refused("twice", message: "backend `twice` returned the file name `a.txt` twice")
    }

    @Test func anErrorThePluginReportsStopsTheBuild() throws {
        try refused("reporterror", message: "regimen: backend `reporterror`: no session has a location")
    }

    @Test func aPluginThatCannotDescribeItselfIsRefused() throws {
        try refused("nodescribe", message: "plugin `nodescribe` (\(Self.hostile)/regimen-backend-nodescribe) did not answer with JSON")
    }

    @Test func badBase64IsRefused() throws {
        try refused("badbase64", message: "plugin `badbase64` (\(Self.hostile)/regimen-backend-badbase64) returned `broken.bin` with \"base64\" that is not standard base64")
    }

    // MARK: Protocol 1.1: binary files

    @Test func aPluginWritesBinaryFiles() throws {
        let out = try CLI.temporaryFolder()
        let result = try CLI.run(["build", "Programs/runner-hip-balance.yaml", "--to", "binary", "--plugin-path", Self.hostile, "-o", out])
        #expect(result.status == 0, "\(result.standardError)")
        let files = CLI.snapshot(out)
        #expect(files["bytes/all.bin"] == Data((0..<768).map { UInt8($0 % 256) }))
        #expect(files["bytes/empty.bin"] == Data())
        #expect(files["bytes/note.txt"] == Data("text and bytes in one answer\n".utf8))
    }

    @Test func theRequestSaysProtocolOnePointOneAndOnePointZeroAnswersStillWork() throws {
        // The echo plugin answers in protocol 1.0 with a text file: the form before 1.1 is still read.
        let out = try CLI.temporaryFolder()
        let result = try CLI.run(["build", "Programs/runner-hip-balance.yaml", "--to", "echo", "--plugin-path", Self.hostile, "-o", out])
        #expect(result.status == 0, "\(result.standardError)")
        let request = try #require(CLI.snapshot(out)["request.json"])
        let header = try #require(try JSONSerialization.jsonObject(with: request) as? [String: Any])
        #expect(header["protocolVersion"] as? String == "1.1")
    }

    @Test func aPluginThatDoesNotReadItsInputStillWorks() throws {
        let out = try CLI.temporaryFolder()
        let result = try CLI.run(["build", "Programs/runner-hip-balance.yaml", "--to", "ignoresinput", "--plugin-path", Self.hostile, "-o", out])
        #expect(result.status == 0, "\(result.standardError)")
        #expect(CLI.snapshot(out)["quiet.txt"] == Data("done".utf8))
    }

    @Test func unknownOptionsForAPluginAreUsageErrors() throws {
        let result = try CLI.run(["build", "Programs/runner-hip-balance.yaml", "--to", "csv", "--option", "csv.colour=red",
                                  "--plugin-path", CLI.repositoryRoot + "/Plugins/External/csv", "-o", try CLI.temporaryFolder()])
        #expect(result.status == 2)
        #expect(result.standardError == "regimen: backend `csv` has no option `colour`; its options are `delimiter`\n")
    }

    @Test func pluginsAreFoundOnTheEnvironmentsPluginPath() throws {
        let out = try CLI.temporaryFolder()
        let result = try CLI.run(["build", "Programs/runner-hip-balance.yaml", "--to", "csv", "-o", out],
                                 environment: ["REGIMEN_PLUGIN_PATH": CLI.repositoryRoot + "/Plugins/External/csv"])
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardOutput == "built 1 program: 1 file in \(out)\n")
    }

    @Test func backendsListsBuiltInAndExternalBackends() throws {
        let result = try CLI.run(["backends", "--plugin-path", CLI.repositoryRoot + "/Plugins/External/csv",
                                  "--plugin-path", Self.buildFolder, "--plugin-path", CLI.repositoryRoot + "/Plugins/External/drop-optional"])
        #expect(result.status == 0)
        #expect(result.standardOutput.contains("ics (built in)\n  iCalendar files for athletes' calendars, one per athlete\n  --option ics.alarm=…"))
        #expect(result.standardOutput.contains("csv (\(CLI.repositoryRoot)/Plugins/External/csv/regimen-backend-csv)\n  A spreadsheet of every set (CSV), one file per program\n  --option csv.delimiter=…  The column separator (`comma`, `semicolon`, `tab`, default comma)"))
        #expect(result.standardOutput.contains("markdown (\(Self.buildFolder)/regimen-backend-markdown)\n  Workout sheets in Markdown, one file per athlete"))
        #expect(result.standardOutput.contains("Filters (--filter NAME):\n  drop-optional"))
    }

    // MARK: The examples, against golden output

    func checkGolden(_ file: String, in out: String) throws {
        let actual = try #require(FileManager.default.contents(atPath: out + "/" + file))
        let path = Self.golden + "/" + file
        if ProcessInfo.processInfo.environment["REGIMEN_UPDATE_GOLDEN"] == "1" {
            try FileManager.default.createDirectory(atPath: Self.golden, withIntermediateDirectories: true)
            try actual.write(to: URL(fileURLWithPath: path))
        }
        #expect(FileManager.default.contents(atPath: path) == actual, "\(file) differs from \(path); run scripts/update-golden and review the diff")
    }

    @Test func theSwiftMarkdownBackend() throws {
        let out = try CLI.temporaryFolder()
        let result = try CLI.run(["build", "Programs/five-three-one.yaml", "--to", "markdown", "--plugin-path", Self.buildFolder, "-v", "-o", out])
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardOutput == "wrote \(out)/five-three-one.alex-morgan.md\nwrote \(out)/five-three-one.casey-park.md\nbuilt 1 program: 2 files in \(out)\n")
        try checkGolden("five-three-one.alex-morgan.md", in: out)
        try checkGolden("five-three-one.casey-park.md", in: out)
    }

    @Test func thePythonCSVBackend() throws {
        let out = try CLI.temporaryFolder()
        let result = try CLI.run(["build", "Programs/runner-hip-balance.yaml", "--to", "csv", "--option", "csv.delimiter=semicolon",
                                  "--plugin-path", CLI.repositoryRoot + "/Plugins/External/csv", "-o", out])
        #expect(result.status == 0, "\(result.standardError)")
        try checkGolden("runner-hip-balance.csv", in: out)
        let lines = try String(contentsOfFile: out + "/runner-hip-balance.csv", encoding: .utf8).split(separator: "\r\n")
        #expect(lines.first?.hasPrefix("athlete;week;phase;date;") == true)
        // One row per set: week 1's Romanian deadlift is three rows at 40 kg.
        #expect(lines.filter { $0.contains(";1;Foundation;2027-03-01;") && $0.contains(";romanian-deadlift;") }.count == 3)
    }

    @Test func aFilterChangesThePlanForEveryBackend() throws {
        let out = try CLI.temporaryFolder()
        let result = try CLI.run(["build", "Programs/beginner-full-body.yaml", "--to", "json", "--filter", "drop-optional",
                                  "--plugin-path", CLI.repositoryRoot + "/Plugins/External/drop-optional", "-o", out])
        #expect(result.status == 0, "\(result.standardError)")
        #expect(result.standardError == "regimen: warning: filter `drop-optional`: dropped 12 optional items\n")
        let json = try String(contentsOfFile: out + "/beginner-full-body.json", encoding: .utf8)
        #expect(!json.contains("\"optional\" : true") && !json.contains("\"optional\": true"))
    }
}
