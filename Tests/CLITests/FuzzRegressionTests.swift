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

    @Test func theSeedProgramsRunThroughTheFuzzedPipeline() throws {
        for name in ["runner-hip-balance", "five-three-one", "beginner-full-body"] {
            let bytes = try #require(FileManager.default.contents(atPath: CLI.repositoryRoot + "/Programs/\(name).yaml"))
            let result = WholePipeline.run(Array(bytes), companions: Self.companions)
            #expect(result.diagnostics.filter { $0.severity == .error }.map(\.summaryLine) == [])
            #expect(result.files.count >= 3)
        }
    }
}
