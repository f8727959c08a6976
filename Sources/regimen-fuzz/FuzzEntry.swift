#if canImport(Glibc)
import Glibc
#endif
import RegimenKit

/// libFuzzer's entry point: every input goes through the whole pipeline (reader, decoder,
/// checker, planner, every built-in backend), or, with `REGIMEN_FUZZ_LOGS` set to a program,
/// through the training-log readers (CSV and YAML) and the log checker against that program.
/// Built by `scripts/fuzz` with `-sanitize=fuzzer,address` and `-DFUZZING`.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    if let logProgram {
        _ = LogPipeline.run(bytes, against: logProgram)
    } else {
        _ = WholePipeline.run(bytes, companions: companions)
    }
    return 0
}

/// The program training logs are checked against when fuzzing logs: the file named by
/// `REGIMEN_FUZZ_LOGS`, with the `library.yaml` beside it.
let logProgram: LogPipeline.Program? = {
    guard let path = getenv("REGIMEN_FUZZ_LOGS").map({ String(cString: $0) }) else { return nil }
    var files: [String: [UInt8]] = [:]
    let folder = path.lastIndex(of: "/").map { String(path[...$0]) } ?? ""
    if case .success(let bytes) = FileSystem().read(folder + "library.yaml") { files["/fuzz/library.yaml"] = bytes }
    if case .success(let bytes) = FileSystem().read(path) { files["/fuzz/program.yaml"] = bytes }
    return LogPipeline.Program(program: "/fuzz/program.yaml", files: files)
}()

/// The example libraries and rosters, so that programs in the corpus can include them; from
/// the folder in `REGIMEN_FUZZ_COMPANIONS` (scripts/fuzz sets it to `Programs`).
let companions: [String: [UInt8]] = {
    guard let folder = getenv("REGIMEN_FUZZ_COMPANIONS").map({ String(cString: $0) }) else { return [:] }
    return WholePipeline.companions(from: folder)
}()

#if !FUZZING
/// Without libFuzzer, `regimen-fuzz FILE...` replays inputs (a crasher, say) through the same
/// pipeline and prints what each produced.
@main
struct Replay {
    static func main() {
        for path in CommandLine.arguments.dropFirst() {
            switch FileSystem().read(path) {
            case .success(let bytes):
                if let logProgram {
                    print("\(path): \(LogPipeline.run(bytes, against: logProgram).count) diagnostics")
                    continue
                }
                let result = WholePipeline.run(bytes, companions: companions)
                print("\(path): \(result.diagnostics.count) diagnostics, \(result.files.count) files")
            case .failure(let error):
                print("\(path): \(error.message)")
            }
        }
    }
}
#endif
