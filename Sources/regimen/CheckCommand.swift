import ArgumentParser
import Diagnostics
import RegimenKit
import Synchronization

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check program, library and roster files and report every problem found.",
        discussion: """
        PATH may be a file, a folder (searched for *.yaml and *.yml, skipping hidden files and what \
        .gitignore and .regimenignore files ignore) or a glob pattern such as 'Programs/**/*.yaml' \
        (quote it so the shell leaves it alone); without a PATH, the current folder. A YAML file a \
        search finds is checked only when it says it is a Regimen file (`regimen:` at the top); \
        others are skipped and counted. A folder or pattern with no Regimen file in it is an error.
        """
    )

    @Argument(help: "Files, folders or glob patterns to check (default: the current folder).")
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

    @OptionGroup var limits: InputLimitOptions

    @OptionGroup var lints: LintOptions

    @OptionGroup var scan: ScanOptions

    func validate() throws {
        if let jobs, !(1...256).contains(jobs) {
            throw ValidationError("--jobs must be from 1 to 256")
        }
    }

    func run() throws {
        if let explain {
            try ExplainCommand.explain(explain)
            return
        }
        let paths = self.paths.isEmpty ? ["."] : self.paths
        let files = try scan.find(paths)
        let compiler = lints.configure(Compiler(readerLimits: limits.readerLimits))
        let output = Terminal.standardOutput
        let useColor = color.enabled(for: output)
        let format = self.format
        let tally = Tally()
        ParallelCheck(compiler: compiler, jobs: jobs ?? ParallelCheck.processorCount).run(files) { outcome in
            guard !outcome.isSkipped else {
                tally.skip(outcome.file)
                return
            }
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
        let totals = tally.totals
        let summary = Summary.line(files: files.count - totals.skipped, skipped: totals.skipped, errors: totals.errors, warnings: totals.warnings)
        switch format {
        case .human: output.write(summary + "\n")
        case .github: Terminal.standardError.write(summary + "\n")
        case .json: output.write(DiagnosticReport.json(totals.reports, skipped: totals.skipped))
        case .sarif: output.write(DiagnosticReport.sarif(totals.reports, version: RegimenVersion.current))
        }
        // A folder or pattern without a Regimen file is a mistake (a typo in a CI path, say),
        // not a pass.
        let empty = ScanOptions.searched(paths, found: files).sorted().filter { origin in
            !files.contains { $0.origin == origin && !totals.skippedFiles.contains($0.path) }
        }
        for origin in empty {
            let skipped = files.count { $0.origin == origin }
            let detail = skipped == 0 ? "" : " (\(Summary.count(skipped, "other YAML file")) skipped: a Regimen file has `regimen: 1` at the top)"
            Terminal.standardError.write("regimen: no Regimen files in \(paths[origin])\(detail)\n")
        }
        if totals.errors > 0 || (warningsAsErrors && totals.warnings > 0) || !empty.isEmpty {
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
    /// `3 files checked, 1 error, 2 warnings`, with `, 2 other YAML files skipped` after the
    /// files when a search left some out.
    static func line(files: Int, skipped: Int = 0, errors: Int, warnings: Int) -> String {
        let skippedText = skipped == 0 ? "" : ", \(count(skipped, "other YAML file")) skipped"
        return "\(count(files, "file")) checked\(skippedText), \(count(errors, "error")), \(count(warnings, "warning"))"
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
        var skippedFiles: Set<String> = []
        var reports: [FileDiagnostics] = []
    }

    private let state = Mutex(State())

    func add(_ diagnostics: [Diagnostic]) {
        state.withLock { state in
            state.errors += diagnostics.count { $0.severity == .error }
            state.warnings += diagnostics.count { $0.severity == .warning }
        }
    }

    func skip(_ file: String) {
        state.withLock { _ = $0.skippedFiles.insert(file) }
    }

    func keep(_ report: FileDiagnostics) {
        state.withLock { $0.reports.append(report) }
    }

    var totals: (errors: Int, warnings: Int, skipped: Int, skippedFiles: Set<String>, reports: [FileDiagnostics]) {
        state.withLock { ($0.errors, $0.warnings, $0.skippedFiles.count, $0.skippedFiles, $0.reports) }
    }
}
