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
        others are skipped and counted. A folder or pattern with no Regimen file in it is an error. \
        `-` reads one spec from standard input; the includes it names are found from the current \
        folder (or from the folder of --stdin-name).
        """
    )

    @Argument(help: "Files, folders or glob patterns to check (default: the current folder); `-` for standard input.", completion: Completions.specFiles)
    var paths: [String] = []

    @Option(name: .customLong("stdin-name"), help: ArgumentHelp(
        "The name diagnostics give the spec read from standard input, and where its includes are found from (default: <stdin>).",
        valueName: "path"))
    var stdinName = "<stdin>"

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

    @Flag(help: "Check again whenever a file checked (or an include) changes, until stopped with Ctrl-C. Files are polled twice a second.")
    var watch = false

    @OptionGroup var diagnosticLimit: DiagnosticLimitOptions

    @OptionGroup var verbosity: VerbosityOptions

    @OptionGroup var limits: InputLimitOptions

    @OptionGroup var lints: LintOptions

    @OptionGroup var scan: ScanOptions

    func validate() throws {
        if paths.count(where: { $0 == "-" }) > 1 {
            throw ValidationError("standard input (`-`) can be read once")
        }
        if watch, paths.contains("-") {
            throw ValidationError("--watch cannot watch standard input (`-`); name the file")
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
        guard watch else { return try checkOnce(tally: Tally()) }
        WatchLoop.run(watching: paths.isEmpty ? ["."] : paths) {
            let tally = Tally()
            // The outcome is in the output; the watch goes on either way.
            _ = try? checkOnce(tally: tally)
            return Array(tally.totals.read) + (paths.isEmpty ? ["."] : paths)
        }
    }

    /// Checks the files once; `tally` counts what was found and collects every file read
    /// (specs, includes, rosters), for `--watch`.
    func checkOnce(tally: Tally) throws {
        var compiler = lints.configure(Compiler(readerLimits: limits.readerLimits))
        compiler.logs = try LogOptions.arguments(log)
        // `-` is one spec held in memory; every other path is searched as usual.
        let paths = self.paths.isEmpty ? ["."] : self.paths.filter { $0 != "-" }
        var files = paths.isEmpty ? [] : try scan.find(paths)
        if self.paths.contains("-") {
            // Read up to one byte past the size limit, so that a larger spec is reported as too large.
            let bytes = Terminal.readStandardInput(limit: limits.readerLimits.maxBytes + 1)
            compiler.sources = StandardInputSources(name: stdinName, bytes: bytes)
            files.append(ProgramFiles.Found(path: stdinName, scanned: false, origin: paths.count))
        }
        let output = Terminal.standardOutput
        let useColor = color.enabled(for: output)
        let format = self.format
        let (quiet, verbose, limit) = (verbosity.quiet, verbosity.verbose, diagnosticLimit.limit)
        ParallelCheck(compiler: compiler, jobs: jobs ?? ParallelCheck.processorCount).run(files) { outcome in
            tally.read([outcome.file] + outcome.sources.keys)
            guard !outcome.isSkipped else {
                tally.skip(outcome.file)
                return
            }
            tally.add(outcome.diagnostics)
            switch format {
            case .human:
                let formatter = HumanFormatter(color: useColor) { outcome.sources[$0] }
                let shown = quiet ? outcome.diagnostics.filter { $0.severity == .error } : outcome.diagnostics
                output.write(formatter.format(shown, limit: limit))
                if verbose { output.write("checked \(outcome.file): \(Summary.counts(of: outcome.diagnostics))\n") }
            case .github:
                output.write(outcome.diagnostics.map { DiagnosticReport.github($0) + "\n" }.joined())
            case .json, .sarif:
                tally.keep(FileDiagnostics(file: outcome.file, diagnostics: outcome.diagnostics, sources: [:]))
            }
        }
        let totals = tally.totals
        let summary = Summary.line(files: files.count - totals.skipped, skipped: totals.skipped, errors: totals.errors, warnings: totals.warnings)
        switch format {
        case .human: if !quiet { output.write(summary + "\n") }
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

    /// `1 error, 2 warnings`.
    static func counts(of diagnostics: [Diagnostic]) -> String {
        let errors = diagnostics.count { $0.severity == .error }
        return "\(count(errors, "error")), \(count(diagnostics.count - errors, "warning"))"
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
        var read: Set<String> = []
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

    /// Records files read, for `--watch`.
    func read(_ files: [String]) {
        state.withLock { $0.read.formUnion(files) }
    }

    func keep(_ report: FileDiagnostics) {
        state.withLock { $0.reports.append(report) }
    }

    var totals: (errors: Int, warnings: Int, skipped: Int, skippedFiles: Set<String>, reports: [FileDiagnostics], read: Set<String>) {
        state.withLock { ($0.errors, $0.warnings, $0.skippedFiles.count, $0.skippedFiles, $0.reports, $0.read) }
    }
}
