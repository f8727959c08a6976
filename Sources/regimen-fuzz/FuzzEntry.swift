#if canImport(Glibc)
import Glibc
#endif
import RegimenKit

/// libFuzzer's entry point: every input goes through the whole pipeline (reader, decoder,
/// checker, planner, every built-in backend). Built by `scripts/fuzz` with
/// `-sanitize=fuzzer,address` and `-DFUZZING`.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    _ = WholePipeline.run(bytes, companions: companions)
    return 0
}

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
                let result = WholePipeline.run(bytes, companions: companions)
                print("\(path): \(result.diagnostics.count) diagnostics, \(result.files.count) files")
            case .failure(let error):
                print("\(path): \(error.message)")
            }
        }
    }
}
#endif
