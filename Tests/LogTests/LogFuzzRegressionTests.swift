import Foundation
import RegimenKit
import Testing

/// Every input the log fuzzer (`scripts/fuzz SECONDS logs`) found crashing, hanging or leaking
/// is kept in Tests/Fuzz/log-crashers once fixed, and replayed here; so are the good and bad
/// fixtures, which seed it.
@Suite("Training logs: fuzzing regressions")
struct LogFuzzRegressionTests {
    static let repository = Fixtures.root + "/../../.."
    static let folder = repository + "/Tests/Fuzz/log-crashers"

    static let program: LogPipeline.Program = {
        let files = ["program.yaml", "library.yaml"].reduce(into: [String: [UInt8]]()) { files, name in
            files["/fuzz/" + name] = Array(FileManager.default.contents(atPath: Fixtures.root + "/" + name) ?? Data())
        }
        return LogPipeline.Program(program: "/fuzz/program.yaml", files: files)
    }()

    static let inputs: [String] = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [])
        .filter { !$0.hasPrefix(".") && $0 != "README.md" }.sorted()

    @Test("replays without crashing", arguments: inputs)
    func replay(name: String) throws {
        let bytes = try #require(FileManager.default.contents(atPath: Self.folder + "/" + name))
        _ = LogPipeline.run(Array(bytes), against: Self.program)
    }

    @Test func theFixturesRunThroughTheFuzzedPipeline() throws {
        let good = try FileManager.default.contentsOfDirectory(atPath: Fixtures.root + "/good").filter { $0.hasSuffix(".csv") }
        #expect(good.count >= 5)
        for name in good {
            let bytes = try #require(FileManager.default.contents(atPath: Fixtures.root + "/good/" + name))
            // As a CSV the export is clean; as YAML it is not a log, which must be said, not crash.
            let diagnostics = LogPipeline.run(Array(bytes), against: Self.program)
            #expect(diagnostics.contains { $0.span?.file == "/fuzz/log.yaml" }, "\(name)")
            #expect(!diagnostics.contains { $0.span?.file == "/fuzz/log.csv" && $0.severity == .error }, "\(name)")
        }
    }
}
