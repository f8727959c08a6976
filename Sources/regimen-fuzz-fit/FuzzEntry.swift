#if canImport(Glibc)
import Glibc
#endif
import ActivityImport
import FITFormat
import LogChecker
import RegimenKit
import TrainingLog

/// libFuzzer's entry point for FIT input: every input is read as a FIT file (every message
/// kept), as a recorded activity, and imported into the seed program's training log for its
/// first athlete, as `regimen activity` and as `--log` (through the log checker) do — once as it is, and once resealed (its header's data size and both CRCs made
/// right), so that mutations reach the records instead of stopping at the CRC. Built by
/// `scripts/fuzz fit` with `-sanitize=fuzzer,address` and `-DFUZZING`.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    _ = FITFuzzing.run(bytes)
    _ = FITFuzzing.run(FITWriter.resealing(bytes))
    return 0
}

enum FITFuzzing {
    /// The seed program, from the folder in `REGIMEN_FUZZ_COMPANIONS` (scripts/fuzz sets it to
    /// `Programs`), or from `Programs` in the current folder.
    static let importer: FITActivityImporter? = {
        let folder = getenv("REGIMEN_FUZZ_COMPANIONS").map { String(cString: $0) } ?? "Programs"
        let (outcome, plan) = Compiler().compile(folder + "/runner-hip-balance.yaml")
        guard let plan, let program = outcome.program else { return nil }
        return FITActivityImporter(program: program, plan: plan)
    }()

    /// What one input gave: the number of messages read, or the reader's error.
    static func run(_ bytes: [UInt8]) -> String {
        var summary: String
        do {
            summary = "\(try FITReader().read(bytes).messages.count) messages"
        } catch {
            summary = error.description
        }
        if let importer {
            let result = importer.read(bytes, file: "fuzz.fit", athlete: 0)
            summary += ", \(result.diagnostics.count) diagnostics, \(result.session?.exercises.count ?? 0) exercises logged"
            if let log = importer.rawLog(bytes, file: "fuzz.fit", athlete: 0).log {
                let checked = LogChecker.check([LogInput(log: log, path: "fuzz.fit")], against: importer.program)
                summary += ", as a log: \(checked.log.sessions.first?.count ?? 0) sessions, \(checked.diagnostics.count) diagnostics"
            }
        } else {
            _ = try? FITActivityReader().read(bytes)
        }
        return summary
    }
}

#if !FUZZING
/// Without libFuzzer, `regimen-fuzz-fit FILE...` replays inputs (a crasher, say) and prints
/// what each produced.
@main
struct Replay {
    static func main() {
        for path in CommandLine.arguments.dropFirst() {
            switch FileSystem().read(path) {
            case .success(let bytes): print("\(path): \(FITFuzzing.run(bytes)); resealed: \(FITFuzzing.run(FITWriter.resealing(bytes)))")
            case .failure(let error): print("\(path): \(error.message)")
            }
        }
    }
}
#endif
