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
        /// True when the file was found by a search and is not a Regimen file (it has no
        /// `regimen:` at the top), so it was not checked.
        public var isSkipped = false

        public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
    }

    /// Checks a file, and lints a program that checks clean (planned for its first athlete: the
    /// structure lints read is the same for every athlete). A `scanned` file (found by searching a
    /// folder) that does not say it is a Regimen file is skipped.
    public func check(_ path: String, scanned: Bool = false) -> CheckOutcome {
        if scanned, !isRegimenFile(path) {
            return CheckOutcome(file: path, diagnostics: [], sources: [:], program: nil, isLibrary: false, isRoster: false, isSkipped: true)
        }
        var outcome = checkWithoutLints(path)
        if runsLints, var program = outcome.program {
            program.athletes = Array(program.athletes.prefix(1))
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
        if ProgramFiles.isProjectMarker(path) {
            // Its presence marks the project's root; what it holds is not read (yet).
            return CheckOutcome(file: path, diagnostics: [], sources: [:], program: nil, isLibrary: false, isRoster: false)
        }
        let loader = SpecLoader(reader: YAMLReader(limits: readerLimits), provider: sources)
        let loaded = loader.load(path, root: includeRoot)
        let result = Checker(zones: zones).check(loaded)
        return CheckOutcome(
            file: path, diagnostics: DiagnosticOrder.sorted(result.diagnostics), sources: loaded.sources,
            program: result.program, isLibrary: loaded.rootLibrary != nil, isRoster: loaded.rootRoster != nil)
    }

    /// Checks and plans a program; the plan is `nil` when the program has errors.
    public func compile(_ path: String) -> (outcome: CheckOutcome, plan: Plan?) {
        var outcome = checkWithoutLints(path)
        if ProgramFiles.isProjectMarker(path) {
            outcome.diagnostics.append(.error(
                .wrongShape, "\(path) marks the root of a project, it is not a program; build the programs inside the project",
                at: SourceSpan(file: path, at: SourcePosition(line: 1, column: 1))))
            return (outcome, nil)
        }
        if outcome.isLibrary || outcome.isRoster {
            let what = outcome.isLibrary ? "an exercise library" : "a roster"
            let use = outcome.isLibrary ? "includes it" : "names it in `roster:`"
            outcome.diagnostics.append(.error(
                .wrongShape, "\(path) is \(what), not a program; build a program that \(use)",
                at: SourceSpan(file: path, at: SourcePosition(line: 1, column: 1))))
            return (outcome, nil)
        }
        guard let program = outcome.program else { return (outcome, nil) }
        let plan = Planner().plan(program)
        if runsLints {
            let lints = lint(program, plan: plan)
            outcome.diagnostics = DiagnosticOrder.sorted(outcome.diagnostics + lints)
            if lints.contains(where: { $0.severity == .error }) { return (outcome, nil) }
        }
        return (outcome, plan)
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
