import Checker
import Diagnostics
import Planner
import ProgramSpec
import RegimenPlan
import YAMLReader
import ZoneInfo

/// Runs the pipeline (read → decode → check → plan → render) over files. One `Compiler` can be
/// shared between threads.
public struct Compiler: Sendable {
    public var readerLimits: ReaderLimits
    public var fileSystem: FileSystem
    /// Where spec files are read from: the file system, or memory.
    public var sources: any SourceProvider
    public var zones: ZoneDatabase
    /// The folder includes must stay inside; by default each program's own folder.
    public var includeRoot: String?
    /// Lints to leave out (`--allow`) and lints to treat as errors (`--deny`), over the program's own `lints:`.
    public var allowedLints: Set<DiagnosticCode> = []
    public var deniedLints: Set<DiagnosticCode> = []
    /// Whether to run the coaching lints at all.
    public var runsLints = true
    /// Training logs given on the command line, read with those the program names in `logs:`.
    public var logs: [LogArgument] = []
    /// Log contents to use instead of what is on disk, by path (for checking before writing).
    public var logOverrides: [String: [UInt8]] = [:]

    public init(
        readerLimits: ReaderLimits = .standard, fileSystem: FileSystem = FileSystem(), sources: (any SourceProvider)? = nil,
        zones: ZoneDatabase = .system, includeRoot: String? = nil
    ) {
        self.readerLimits = readerLimits
        self.fileSystem = fileSystem
        self.sources = sources ?? fileSystem
        self.zones = zones
        self.includeRoot = includeRoot
    }

    /// What checking one file found.
    public struct CheckOutcome: Sendable {
        public var file: String
        public var diagnostics: [Diagnostic]
        /// The text of every file read, for showing source lines in diagnostics.
        public var sources: [String: [UInt8]]
        /// The checked program, when the file is a program without errors.
        public var program: CheckedProgram?
        /// True when the file is an exercise library rather than a program.
        public var isLibrary: Bool
        /// True when the file is a roster rather than a program.
        public var isRoster: Bool
        /// True when the file is a training log rather than a program.
        public var isLog = false
        /// The training logs read with the program, and the folders they came from.
        public var logFiles: [CheckedLogFile] = []
        public var logFolders: [String] = []
        /// True when the file was found by a search and is not a Regimen file (it has no
        /// `regimen:` at the top), so it was not checked.
        public var isSkipped = false

        public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
    }

    /// Checks a file, and lints a program that checks clean (planned for its first athlete: the
    /// structure lints read is the same for every athlete; for all of them when others have logs). A `scanned` file (found by searching a
    /// folder) that does not say it is a Regimen file is skipped.
    public func check(_ path: String, scanned: Bool = false) -> CheckOutcome {
        if scanned, !isRegimenFile(path) {
            return CheckOutcome(file: path, diagnostics: [], sources: [:], program: nil, isLibrary: false, isRoster: false, isSkipped: true)
        }
        var outcome = checkWithoutLints(path)
        if runsLints, var program = outcome.program {
            // The structure lints read is the same for every athlete, so one is planned; the lints
            // over logs read each athlete's results, so athletes with logs are planned too.
            if program.log.sessions.dropFirst().allSatisfy(\.isEmpty) { program.athletes = Array(program.athletes.prefix(1)) }
            let lints = lint(program, plan: Planner().plan(program))
            outcome.diagnostics = DiagnosticOrder.sorted(outcome.diagnostics + lints)
            if lints.contains(where: { $0.severity == .error }) { outcome.program = nil }
        }
        return outcome
    }

    /// Whether the file at `path` has `regimen:` at the top; a file that cannot be read counts as
    /// one, so that checking it reports why.
    public func isRegimenFile(_ path: String) -> Bool {
        guard case .success(let start) = fileSystem.readStart(path, count: RegimenFileMark.window) else { return true }
        return RegimenFileMark.isPresent(in: start)
    }

    func checkWithoutLints(_ path: String) -> CheckOutcome {
        if let export = checkExportAlone(path) ?? checkActivityAlone(path) { return export }
        if ProgramFiles.isProjectMarker(path) {
            // Its presence marks the project's root; what it holds is not read (yet).
            return CheckOutcome(file: path, diagnostics: [], sources: [:], program: nil, isLibrary: false, isRoster: false)
        }
        let loader = SpecLoader(reader: YAMLReader(limits: readerLimits), provider: sources)
        let loaded = loader.load(path, root: includeRoot)
        var result = Checker(zones: zones).check(loaded)
        var sources = loaded.sources
        if loaded.isLog {
            result.diagnostics += checkLogAlone(path, sources: sources, known: Set(result.diagnostics))
        }
        var attached: TrainingLogs.Attached?
        if !loaded.isLog, !loaded.logs.isEmpty || !logs.isEmpty {
            attached = attachLogs(loaded.logs, to: &result, sources: &sources)
        }
        var outcome = CheckOutcome(
            file: path, diagnostics: DiagnosticOrder.sorted(result.diagnostics), sources: sources,
            program: result.program, isLibrary: loaded.rootLibrary != nil, isRoster: loaded.rootRoster != nil)
        outcome.isLog = loaded.isLog
        outcome.logFiles = attached?.files ?? []
        outcome.logFolders = attached?.folders ?? []
        return outcome
    }

    /// Checks and plans a program; the plan is `nil` when the program has errors.
    public func compile(_ path: String) -> (outcome: CheckOutcome, plan: Plan?) {
        var (outcome, checked) = checkProgram(path)
        guard let program = checked else { return (outcome, nil) }
        let plan = Planner().plan(program)
        guard lint(program, plan: plan, into: &outcome) else { return (outcome, nil) }
        return (outcome, plan)
    }

    /// Checks a program and plans it one athlete at a time, keeping only the outline (for a build
    /// that streams); `nil` when the program has errors. The diagnostics are those of `compile`.
    public func compileByAthlete(_ path: String) -> (outcome: CheckOutcome, program: PlannedProgram?) {
        var (outcome, checked) = checkProgram(path)
        guard let checked else { return (outcome, nil) }
        let (program, firstAthlete) = PlannedProgram.plan(checked)
        var lintPlan = program.outline
        lintPlan.athletes = firstAthlete.map { [$0] } ?? []
        guard lint(checked, plan: lintPlan, into: &outcome) else { return (outcome, nil) }
        return (outcome, program)
    }

    /// Checks a file that should be a program; the checked program, when it is one without errors.
    private func checkProgram(_ path: String) -> (CheckOutcome, CheckedProgram?) {
        var outcome = checkWithoutLints(path)
        if ProgramFiles.isProjectMarker(path) {
            outcome.diagnostics.append(.error(
                .wrongShape, "\(path) marks the root of a project, it is not a program; build the programs inside the project",
                at: SourceSpan(file: path, at: SourcePosition(line: 1, column: 1))))
            return (outcome, nil)
        }
        if outcome.isLibrary || outcome.isRoster || outcome.isLog {
            let what = outcome.isLibrary ? "an exercise library" : outcome.isRoster ? "a roster" : "a training log"
            let use = outcome.isLibrary ? "includes it" : outcome.isRoster ? "names it in `roster:`" : "reads it (`--log` or `logs:`)"
            outcome.diagnostics.append(.error(
                .wrongShape, "\(path) is \(what), not a program; build a program that \(use)",
                at: SourceSpan(file: path, at: SourcePosition(line: 1, column: 1))))
            return (outcome, nil)
        }
        return (outcome, outcome.program)
    }

    /// Adds the lints' findings for `plan` to `outcome`; `false` when one is an error.
    private func lint(_ program: CheckedProgram, plan: Plan, into outcome: inout CheckOutcome) -> Bool {
        guard runsLints else { return true }
        let lints = lint(program, plan: plan)
        outcome.diagnostics = DiagnosticOrder.sorted(outcome.diagnostics + lints)
        return !lints.contains(where: { $0.severity == .error })
    }
}

/// The order diagnostics are reported in: by file, line and column, stable otherwise.
enum DiagnosticOrder {
    static func sorted(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        var bag = DiagnosticBag()
        bag.append(contentsOf: diagnostics)
        return bag.sorted
    }
}
