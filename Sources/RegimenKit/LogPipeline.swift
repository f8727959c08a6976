import Checker
import Diagnostics
import LogChecker
import TrainingLog
import YAMLReader

/// Training-log reading and checking over one in-memory file, as a Strong or Hevy CSV export
/// and as a YAML log, against a fixed program: what `scripts/fuzz logs` exercises, and what the
/// regression tests replay its findings through.
public enum LogPipeline {
    /// The program logs are checked against, read once.
    public struct Program: Sendable {
        let checked: CheckedProgram?

        /// Checks the program `program` (with the libraries it includes) held in memory.
        public init(program path: String, files: [String: [UInt8]]) {
            var compiler = Compiler(sources: InMemorySources(files))
            compiler.runsLints = false
            checked = compiler.check(path).program
        }
    }

    /// Reads `bytes` as `/fuzz/log.csv` and as `/fuzz/log.yaml`, and checks what could be read
    /// against `program`; returns every diagnostic.
    public static func run(_ bytes: [UInt8], against program: Program, limits: ReaderLimits = .standard) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        let reader = TrainingLogReader(limits: limits)
        for file in ["/fuzz/log.csv", "/fuzz/log.yaml"] {
            let reading = reader.read(bytes, file: file)
            diagnostics += reading.diagnostics
            if let log = reading.log, let checked = program.checked {
                diagnostics += LogChecker.check([LogInput(log: log, path: file)], against: checked).diagnostics
            }
        }
        return diagnostics
    }
}
