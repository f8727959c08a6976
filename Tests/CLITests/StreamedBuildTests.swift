import Foundation
import RegimenKit
import RegimenPlan
import Testing

/// A build that plans, renders and writes one athlete at a time gives exactly the files of the
/// whole plan rendered at once, all or nothing, and carries calendars forward per file.
@Suite("Streamed builds", .serialized)
struct StreamedBuildTests {
    /// Every program in `Programs/` (not the libraries, rosters or project file), by path below it.
    static let programs: [String] = {
        let root = CLI.repositoryRoot + "/Programs"
        let files = (try? ProgramFiles.expand([root]).get()) ?? []
        return files.filter { path in
            let outcome = Compiler().check(path)
            return !outcome.isLibrary && !outcome.isRoster && outcome.program != nil
        }.map { String($0.dropFirst(root.count + 1).dropLast(".yaml".count)) }
    }()

    @Test func everyExampleProgramIsCovered() {
        #expect(Self.programs.count >= 10)
        #expect(Self.programs.contains("running/runner-10k-build"))
    }

    /// Every backend, with the coach's calendar (a file written in pieces besides the JSON plan).
    func pipeline() throws -> BuildPipeline {
        let options = try OptionArguments.parse(["ics.combined=true", "ics.alarm=30"],
                                                owners: [.init(name: "ics", options: BackendRegistry.builtIn.backend(named: "ics")?.options)]).get()
        return BuildPipeline(backends: BackendRegistry.builtIn.backends, options: options, buildTimestamp: 1_800_000_000)
    }

    func build(_ program: String, into out: String, pipeline: BuildPipeline) throws -> BuildResult {
        let planned = try #require(Compiler().compileByAthlete(program).program)
        let session = try OutputSession.open(out).get()
        return try pipeline.write(planned, into: session, settings: WriteSettings(program: program)).get()
    }

    @Test(arguments: programs) func streamingWritesWhatTheWholePlanRenders(_ name: String) throws {
        let program = CLI.repositoryRoot + "/Programs/\(name).yaml"
        let pipeline = try pipeline()
        #expect(pipeline.streamingBackends != nil)
        let whole = pipeline.renderFiles(try #require(Compiler().compile(program).plan))
        let out = try CLI.temporaryFolder()
        let result = try build(program, into: out, pipeline: pipeline)
        #expect(result.paths == whole.files.map { out + "/" + $0.path })
        let written = CLI.snapshot(out).filter { !$0.key.hasPrefix(".") }
        #expect(written.count == whole.files.count)
        for file in whole.files {
            #expect(written[file.path] == Data(file.contents), "\(file.path) differs from the whole plan's")
        }
        #expect(result.warnings == whole.warnings)
    }

    @Test func theOutlineHoldsEveryAthleteWithoutSessionsAndTheWholePlansExercises() throws {
        let program = CLI.repositoryRoot + "/Programs/five-three-one.yaml"
        let whole = try #require(Compiler().compile(program).plan)
        let planned = try #require(Compiler().compileByAthlete(program).program)
        #expect(whole.athletes.count > 1)
        #expect(planned.outline == whole.outline)
        for index in whole.athletes.indices { #expect(planned.athlete(index) == whole.athletes[index]) }
        #expect(planned.whole() == whole)
    }

    /// A rebuild after a change carries each calendar's SEQUENCE and DTSTAMP forward from its own
    /// previous file, exactly as the whole plan rendered over the same folder does; files whose
    /// bytes are unchanged (pieced or whole) are left in place.
    @Test func aRebuildCarriesEachCalendarForward() throws {
        let folder = try CLI.temporaryFolder()
        for part in ["library", "rosters"] {
            try FileManager.default.copyItem(atPath: CLI.repositoryRoot + "/Programs/" + part, toPath: folder + "/" + part)
        }
        let text = try String(contentsOfFile: CLI.repositoryRoot + "/Programs/five-three-one.yaml", encoding: .utf8)
        try text.write(toFile: folder + "/program.yaml", atomically: true, encoding: .utf8)
        let out = try CLI.temporaryFolder()
        let pipeline = try pipeline()
        _ = try build(folder + "/program.yaml", into: out, pipeline: pipeline)
        let before = CLI.snapshot(out)
        let unchangedInode = try inode(out, named: before.keys.first { $0.hasSuffix(".json") } ?? "")

        // The same program again: nothing changes, not even the files' identity.
        _ = try build(folder + "/program.yaml", into: out, pipeline: pipeline)
        #expect(CLI.snapshot(out) == before)
        #expect(try inode(out, named: before.keys.first { $0.hasSuffix(".json") } ?? "") == unchangedInode)

        // A changed session title: every calendar's events for it move to SEQUENCE:1.
        try text.replacingOccurrences(of: "title: Squat\n", with: "title: Squat day\n")
            .write(toFile: folder + "/program.yaml", atomically: true, encoding: .utf8)
        let previous = CLI.snapshot(out)
        let plan = try #require(Compiler().compile(folder + "/program.yaml").plan)
        let context = RenderContext(compilerVersion: RegimenVersion.current, buildTimestamp: 1_800_000_000,
                                    previousOutput: { path in previous[path].map { [UInt8]($0) } })
        var expected: [OutputFile] = []
        for backend in pipeline.backends {
            expected += try backend.render(plan, options: pipeline.options[backend.name] ?? BackendOptionValues(), context: context).files
        }
        _ = try build(folder + "/program.yaml", into: out, pipeline: pipeline)
        let after = CLI.snapshot(out)
        #expect(!expected.isEmpty)
        for file in expected { #expect(after[file.path] == Data(file.contents), "\(file.path)") }
        let calendars = expected.filter { $0.path.hasSuffix(".ics") }
        #expect(calendars.count > 1)
        for calendar in calendars {
            #expect(String(decoding: calendar.contents, as: UTF8.self).contains("SEQUENCE:1\r\n"), "\(calendar.path) carried nothing forward")
        }
    }

    /// A hand-edited JSON plan (a file written in pieces) is refused like any other file, and the
    /// folder is left exactly as it was.
    @Test func aHandEditedPiecedFileStopsTheWholeBuild() throws {
        let program = CLI.repositoryRoot + "/Programs/five-three-one.yaml"
        let out = try CLI.temporaryFolder()
        let pipeline = try pipeline()
        _ = try build(program, into: out, pipeline: pipeline)
        let json = try #require(CLI.snapshot(out).keys.first { $0.hasSuffix(".json") })
        try Data("{}\n".utf8).write(to: URL(fileURLWithPath: out + "/" + json))
        let before = CLI.snapshot(out)
        let planned = try #require(Compiler().compileByAthlete(program).program)
        let session = try OutputSession.open(out).get()
        guard case .failure(let failure) = pipeline.write(planned, into: session, settings: WriteSettings(program: program)) else {
            Issue.record("a hand-edited file was overwritten")
            return
        }
        #expect(failure.messages.contains { $0.contains(json) && $0.contains("hand-edited") })
        #expect(CLI.snapshot(out) == before)
    }

    func inode(_ folder: String, named name: String) throws -> UInt64 {
        let attributes = try FileManager.default.attributesOfItem(atPath: folder + "/" + name)
        return (attributes[.systemFileNumber] as? NSNumber)?.uint64Value ?? 0
    }
}
