import Dispatch
import Synchronization
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Checks many files on several threads and hands each outcome to `deliver` in the order of
/// `files`, as soon as it and every file before it are done, so that output is the same whatever
/// the number of threads, and outcomes are released once delivered (memory stays flat).
public struct ParallelCheck: Sendable {
    public var compiler: Compiler
    public var jobs: Int

    public init(compiler: Compiler, jobs: Int = ParallelCheck.processorCount) {
        self.compiler = compiler
        self.jobs = max(1, jobs)
    }

    /// The number of processors online.
    public static var processorCount: Int { max(1, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN)))) }

    private struct Progress: ~Copyable {
        var ready: [Int: Compiler.CheckOutcome] = [:]
        var nextToDeliver = 0
    }

    public func run(_ files: [String], deliver: @escaping @Sendable (Compiler.CheckOutcome) -> Void) {
        run(files.map { ProgramFiles.Found(path: $0, scanned: false, origin: 0) }, deliver: deliver)
    }

    /// Checks `files`; files found by a search that are not Regimen files come out skipped.
    public func run(_ files: [ProgramFiles.Found], deliver: @escaping @Sendable (Compiler.CheckOutcome) -> Void) {
        guard jobs > 1, files.count > 1 else {
            for file in files { deliver(compiler.check(file.path, scanned: file.scanned)) }
            return
        }
        let next = Atomic<Int>(0)
        let progress = Mutex(Progress())
        let compiler = self.compiler
        DispatchQueue.concurrentPerform(iterations: min(jobs, files.count)) { _ in
            while true {
                let index = next.wrappingAdd(1, ordering: .relaxed).oldValue
                guard index < files.count else { return }
                let outcome = compiler.check(files[index].path, scanned: files[index].scanned)
                // Deliver everything that is now in order; delivery happens under the lock, so
                // outcomes come out one at a time and in order.
                progress.withLock { state in
                    state.ready[index] = outcome
                    while let ready = state.ready.removeValue(forKey: state.nextToDeliver) {
                        deliver(ready)
                        state.nextToDeliver += 1
                    }
                }
            }
        }
    }
}
