import ActivityImport
import FITFormat
import Foundation
import RegimenKit
import Testing

/// Every input the fuzzer (scripts/fuzz) ever found crashing, hanging or leaking is kept in
/// Tests/Fuzz/crashers once fixed, and replayed here through the same whole pipeline.
@Suite("Fuzzing: regressions")
struct FuzzRegressionTests {
    static let folder = CLI.repositoryRoot + "/Tests/Fuzz/crashers"

    static let inputs: [String] = (try? FileManager.default.contentsOfDirectory(atPath: folder))?
        .filter { !$0.hasPrefix(".") && $0 != "README.md" }.sorted() ?? []

    static let companions = WholePipeline.companions(from: CLI.repositoryRoot + "/Programs")

    @Test("replays without crashing", arguments: inputs)
    func replay(name: String) throws {
        let bytes = try #require(FileManager.default.contents(atPath: Self.folder + "/" + name))
        let result = WholePipeline.run(Array(bytes), companions: Self.companions)
        // Reaching here is the test; the input must also be either reported or compiled.
        #expect(!result.diagnostics.isEmpty || !result.files.isEmpty)
    }

    // MARK: FIT (scripts/fuzz fit)

    static let fitFolders = ["Tests/Fuzz/fit-crashers", "Tests/Fuzz/fit-seeds"].map { CLI.repositoryRoot + "/" + $0 }

    static let fitInputs: [String] = fitFolders.flatMap { folder in
        ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [])
            .filter { !$0.hasPrefix(".") && $0 != "README.md" }.sorted().map { folder + "/" + $0 }
    }

    static let importer: FITActivityImporter? = {
        let (outcome, plan) = Compiler().compile(CLI.repositoryRoot + "/Programs/runner-hip-balance.yaml")
        return plan.flatMap { plan in outcome.program.map { FITActivityImporter(program: $0, plan: plan) } }
    }()

    @Test("FIT inputs replay without crashing", arguments: fitInputs)
    func replayFIT(path: String) throws {
        let bytes = Array(try #require(FileManager.default.contents(atPath: path)))
        // As the fuzzer runs it: as it is, and resealed.
        for input in [bytes, FITWriter.resealing(bytes)] {
            _ = try? FITReader().read(input)
            let result = try #require(Self.importer).read(input, file: path, athlete: 0)
            // Read, or refused with a diagnostic.
            #expect(result.activity != nil || result.diagnostics.contains { $0.severity == .error })
        }
    }

    @Test func theFITSeedsAreWhatTheyClaim() throws {
        #expect(Self.fitInputs.count >= 4)
        let activity = try #require(FileManager.default.contents(atPath: CLI.repositoryRoot + "/Tests/Fuzz/fit-seeds/activity-fit-tool.fit"))
        let result = try #require(Self.importer).read(Array(activity), file: "activity-fit-tool.fit", athlete: 0)
        #expect(result.diagnostics.isEmpty)
        #expect(result.session?.exercises.count == 3)
    }

    @Test func theSeedProgramsRunThroughTheFuzzedPipeline() throws {
        for name in ["runner-hip-balance", "five-three-one", "beginner-full-body"] {
            let bytes = try #require(FileManager.default.contents(atPath: CLI.repositoryRoot + "/Programs/\(name).yaml"))
            let result = WholePipeline.run(Array(bytes), companions: Self.companions)
            #expect(result.diagnostics.filter { $0.severity == .error }.map(\.summaryLine) == [])
            #expect(result.files.count >= 3)
        }
    }
}
