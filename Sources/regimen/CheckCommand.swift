import ArgumentParser
import Diagnostics
import RegimenKit
import Synchronization

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check program, library and roster files and report every problem found.",
        discussion: """
        PATH may be a file, a folder (searched for *.yaml and *.yml, skipping hidden folders) or a \
        glob pattern such as 'Programs/**/*.yaml' (quote it so the shell leaves it alone).
        """
    )

    @Argument(help: "Files, folders or glob patterns to check.")
    var paths: [String] = []

    @Option(help: "How to write diagnostics: human, json, github or sarif.")
    var format: DiagnosticFormat = .human

    @Flag(help: "Treat warnings as errors (exit status 1 when there are warnings).")
    var warningsAsErrors = false

    @Option(help: "When to use colour in the human format: auto, always or never.")
    var color: ColorChoice = .auto

    @Option(help: ArgumentHelp("Print what a diagnostic code means, with an example and the fix, and exit.", valueName: "code"))
    var explain: String?

    @Option(help: ArgumentHelp("Files to check at once (default: one per processor). Output order does not depend on it.", valueName: "count"))
    var jobs: Int?

    @Option(name: .long, parsing: .singleValue, help: ArgumentHelp("A training log or a folder of them, checked with each program (as for build). Repeat for several.", valueName: "[athlete=]file"))
    var log: [String] = []

    @OptionGroup var limits: InputLimitOptions

    @OptionGroup var lints: LintOptions

    func validate() throws {
        if explain == nil, paths.isEmpty {
            throw ValidationError("give at least one file, folder or pattern to check")
        }
        if let jobs, !(1...256).contains(jobs) {
            throw ValidationError("--jobs must be from 1 to 256")
        }
    }

    func run() throws {
        if let explain {
            try ExplainCommand.explain(explain)
            return
        }
        let files: [String]
        switch ProgramFiles.expand(paths) {
        case .success(let found): files = found
        case .failure(let problem):
            Terminal.standardError.write("regimen: \(problem.message)\n")
            throw ExitCode(Status.usage)
        }
        var compiler = lints.configure(Compiler(readerLimits: limits.readerLimits))
        compiler.logs = try LogOptions.arguments(log)
        let output = Terminal.standardOutput
        let useColor = color.enabled(for: output)
        let format = self.format
        let tally = Tally()
        ParallelCheck(compiler: compiler, jobs: jobs ?? ParallelCheck.processorCount).run(files) { outcome in
            tally.add(outcome.diagnostics)
            switch format {
            case .human:
                let formatter = HumanFormatter(color: useColor) { outcome.sources[$0] }
                output.write(outcome.diagnostics.map(formatter.format).joined())
            case .github:
                output.write(outcome.diagnostics.map { DiagnosticReport.github($0) + "\n" }.joined())
            case .json, .sarif:
                tally.keep(FileDiagnostics(file: outcome.file, diagnostics: outcome.diagnostics, sources: [:]))
            }
        }
        let (errors, warnings, reports) = tally.totals
        let summary = Summary.line(files: files.count, errors: errors, warnings: warnings)
        switch format {
        case .human: output.write(summary + "\n")
        case .github: Terminal.standardError.write(summary + "\n")
        case .json: output.write(DiagnosticReport.json(reports))
        case .sarif: output.write(DiagnosticReport.sarif(reports, version: RegimenVersion.current))
        }
        if errors > 0 || (warningsAsErrors && warnings > 0) {
            throw ExitCode(Status.errors)
        }
    }
}

extension DiagnosticFormat: ExpressibleByArgument {}

enum ColorChoice: String, ExpressibleByArgument, CaseIterable {
    case auto
    case always
    case never

    func enabled(for terminal: Terminal) -> Bool {
        switch self {
        case .auto: terminal.supportsColor
        case .always: true
        case .never: false
        }
    }
}

enum Summary {
    /// `3 files checked, 1 error, 2 warnings`.
    static func line(files: Int, errors: Int, warnings: Int) -> String {
        "\(count(files, "file")) checked, \(count(errors, "error")), \(count(warnings, "warning"))"
    }

    static func count(_ value: Int, _ noun: String) -> String {
        "\(value) \(noun)\(value == 1 ? "" : "s")"
    }
}

/// Counts diagnostics (and keeps them for the machine formats) as files are delivered.
final class Tally: Sendable {
    private struct State {
        var errors = 0
        var warnings = 0
        var reports: [FileDiagnostics] = []
    }

    private let state = Mutex(State())

    func add(_ diagnostics: [Diagnostic]) {
        state.withLock { state in
            state.errors += diagnostics.count { $0.severity == .error }
            state.warnings += diagnostics.count { $0.severity == .warning }
        }
    }

    func keep(_ report: FileDiagnostics) {
        state.withLock { $0.reports.append(report) }
    }

    var totals: (errors: Int, warnings: Int, reports: [FileDiagnostics]) {
        state.withLock { ($0.errors, $0.warnings, $0.reports) }
    }
}
