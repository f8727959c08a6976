import Checker
import Diagnostics
import Planner
import ProgramSpec
import RegimenPlan
import YAMLReader

/// The whole front end and every built-in backend over one in-memory file, through the same
/// `BuildPipeline` as `regimen build` (without writing): what the fuzzer exercises, and what the
/// regression tests replay the fuzzer's findings through.
public enum WholePipeline {
    /// What a run produced: diagnostics, and the files when the program compiled.
    public struct Result: Sendable {
        public var diagnostics: [Diagnostic]
        public var files: [OutputFile]
    }

    public static let fileName = "/fuzz/program.yaml"

    /// Runs `bytes` as `/fuzz/program.yaml`, next to `companions` (paths relative to `/fuzz`),
    /// so that includes and rosters can resolve.
    public static func run(_ bytes: [UInt8], companions: [String: [UInt8]] = [:], limits: ReaderLimits = .standard) -> Result {
        var sources = [fileName: bytes]
        for (path, contents) in companions { sources["/fuzz/" + path] = contents }
        let compiler = Compiler(readerLimits: limits, sources: InMemorySources(sources))
        let (outcome, plan) = compiler.compile(fileName)
        guard let plan else { return Result(diagnostics: outcome.diagnostics, files: []) }
        let pipeline = BuildPipeline(backends: BackendRegistry.builtIn.backends)
        return Result(diagnostics: outcome.diagnostics, files: pipeline.renderFiles(plan).files)
    }
}

extension WholePipeline {
    /// The libraries and rosters under `folder` (`Programs` by default), by relative path, so
    /// that programs copied from it find what they include.
    public static func companions(from folder: String) -> [String: [UInt8]] {
        var found: [String] = []
        ProgramFiles.collect(in: folder, fileSystem: FileSystem(), into: &found)
        var result: [String: [UInt8]] = [:]
        for path in found where path.contains("/library/") || path.contains("/rosters/") {
            if case .success(let bytes) = FileSystem().read(path) { result[String(path.dropFirst(folder.count + 1))] = bytes }
        }
        return result
    }
}
