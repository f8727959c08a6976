import Diagnostics
import ProgramSpec
import RegimenPlan

/// The one build pipeline, for the command line and the fuzzer alike: the backends, filters and
/// options of a build, resolved once; then, for each program, compile → filter → render → write.
public struct BuildPipeline: Sendable {
    public var backends: [any Backend]
    public var filters: [any PlanFilter]
    /// Option values by backend or filter name.
    public var options: [String: BackendOptionValues]
    /// A fixed build time (`SOURCE_DATE_EPOCH`), for backends and plugins that stamp outputs.
    public var buildTimestamp: Int64?

    public init(
        backends: [any Backend], filters: [any PlanFilter] = [], options: [String: BackendOptionValues] = [:], buildTimestamp: Int64? = nil
    ) {
        self.backends = backends
        self.filters = filters
        self.options = options
        self.buildTimestamp = buildTimestamp
    }

    // MARK: Resolving

    /// Why the backends, filters or options named cannot be used.
    public struct Problem: Error, Sendable {
        public var message: String
        /// A usage problem (an unknown name or option: status 2); otherwise a plugin that could not
        /// describe itself (status 1).
        public var isUsage: Bool
    }

    /// The pipeline the command line names: backends by name (`all`, comma-separated lists, and
    /// external backends `plugins` finds), filters in order, and `--option NAME.KEY=VALUE`
    /// arguments, checked against what each declares.
    public static func resolve(
        backends names: [String], filters filterNames: [String], options arguments: [String], buildTimestamp: Int64? = nil,
        registry: BackendRegistry = .builtIn, plugins: PluginLocator, limits: PluginLimits
    ) -> Result<BuildPipeline, Problem> {
        var backends: [any Backend] = []
        for name in names.flatMap({ $0.split(separator: ",").map(String.init) }) {
            if name == "all" {
                backends += registry.backends
            } else if let backend = registry.backend(named: name) {
                backends.append(backend)
            } else if let executable = plugins.find(.backend, named: name) {
                switch ExternalBackend.load(name: name, executable: executable, limits: limits) {
                case .success(let backend): backends.append(backend)
                case .failure(let error): return .failure(Problem(message: error.message, isUsage: false))
                }
            } else {
                let known = (registry.names + ["all"]).joined(separator: ", ")
                return .failure(Problem(message: "there is no backend `\(name)`; use one of \(known), or install an executable named regimen-backend-\(name) on PATH (or in --plugin-path)", isUsage: true))
            }
        }
        var seen: Set<String> = []
        backends = backends.filter { seen.insert($0.name).inserted }
        var filters: [any PlanFilter] = []
        for name in filterNames {
            guard let executable = plugins.find(.filter, named: name) else {
                return .failure(Problem(message: "there is no filter `\(name)`: no executable named regimen-filter-\(name) on PATH (or in --plugin-path)", isUsage: true))
            }
            filters.append(ExternalFilter(name: name, executable: executable, limits: limits))
        }
        let owners = backends.map { OptionArguments.Owner(name: $0.name, options: $0.options) }
            + filters.map { OptionArguments.Owner(name: $0.name, options: $0.options) }
        switch OptionArguments.parse(arguments, owners: owners) {
        case .success(let options):
            return .success(BuildPipeline(backends: backends, filters: filters, options: options, buildTimestamp: buildTimestamp))
        case .failure(let problem):
            return .failure(Problem(message: problem.message, isUsage: true))
        }
    }

    // MARK: Filtering and rendering

    func context(previousOutput: @escaping @Sendable (String) -> [UInt8]? = { _ in nil }) -> RenderContext {
        RenderContext(compilerVersion: RegimenVersion.current, buildTimestamp: buildTimestamp, previousOutput: previousOutput)
    }

    /// What the filters made of a plan.
    public struct Filtered: Sendable {
        /// The filtered plan; `nil` when a filter failed or reported an error.
        public var plan: Plan?
        /// The filters' diagnostics and failures, in words (`warning: filter `x`: …`).
        public var messages: [String]
    }

    /// Runs the filters over `plan`, in order, stopping at the first that fails.
    public func filter(_ plan: Plan) -> Filtered {
        var plan = plan
        var messages: [String] = []
        for filter in filters {
            switch filter.apply(plan, options: options[filter.name] ?? BackendOptionValues(), context: context()) {
            case .success(let output):
                messages += output.diagnostics.map { "\($0.severity.rawValue): filter `\(filter.name)`: \($0.message)" }
                guard !output.diagnostics.contains(where: { $0.severity == .error }) else { return Filtered(plan: nil, messages: messages) }
                plan = output.plan
            case .failure(let error):
                return Filtered(plan: nil, messages: messages + [error.message])
            }
        }
        return Filtered(plan: plan, messages: messages)
    }

    /// Renders `plan` with every backend, handing each file to `add` with its backend's name and
    /// each reason not to write to `refuse`; returns the backends' warnings.
    func render(
        _ plan: Plan, previousOutput: @escaping @Sendable (String) -> [UInt8]?, add: (OutputFile, String) -> Void, refuse: (String) -> Void
    ) -> [String] {
        var warnings: [String] = []
        let context = context(previousOutput: previousOutput)
        for backend in backends {
            do {
                let output = try backend.render(plan, options: options[backend.name] ?? BackendOptionValues(), context: context)
                for diagnostic in output.diagnostics {
                    if diagnostic.severity == .error {
                        refuse("backend `\(backend.name)`: \(diagnostic.message)")
                    } else {
                        warnings.append("backend `\(backend.name)`: \(diagnostic.message)")
                    }
                }
                for file in output.files { add(file, backend.name) }
            } catch {
                refuse("backend `\(backend.name)`: \(error.message)")
            }
        }
        return warnings
    }

    /// The files every backend renders from `plan`, without writing them (for the fuzzer and
    /// tests), with the reasons a build would refuse them and the backends' warnings.
    public func renderFiles(_ plan: Plan) -> (files: [OutputFile], problems: [String], warnings: [String]) {
        var files: [OutputFile] = []
        var problems: [String] = []
        let warnings = render(plan, previousOutput: { _ in nil }, add: { file, _ in files.append(file) }, refuse: { problems.append($0) })
        return (files, problems, warnings)
    }

    // MARK: Writing

    /// Renders `plan` with every backend and writes every file into the session's folder, all or
    /// nothing: nothing in the folder changes if a backend fails, returns a file name that is
    /// unsafe or taken twice, or any write fails. Returns the paths written, in the order the
    /// backends produced them, and the backends' warnings.
    public func write(
        _ plan: Plan, into session: OutputSession, settings: WriteSettings = WriteSettings(), hooks: WriteHooks = WriteHooks()
    ) -> Result<BuildResult, BuildFailure> {
        let folder = session.folder
        let transaction = OutputTransaction(folder: folder, force: settings.force, sizeLimit: settings.sizeLimit,
                                            claimed: session.claimed, hooks: hooks.hooks)
        let warnings = render(plan, previousOutput: { path in OutputPath.isSafe(path) ? folder.readFile(path, limit: 64 << 20) : nil },
                              add: transaction.add, refuse: transaction.refuse)
        switch transaction.commit() {
        case .success(let paths):
            session.claim(paths, by: settings.program)
            return .success(BuildResult(paths: paths.map(folder.shown), warnings: warnings))
        case .failure(let failure):
            return .failure(failure)
        }
    }

    /// Compiles, filters, renders and writes one program file.
    public func build(_ path: String, compiler: Compiler, target: OutputTarget, settings: WriteSettings = WriteSettings(),
                      skipsLibraries: Bool = false) -> ProgramBuild {
        let (check, compiled) = compiler.compile(path)
        if skipsLibraries, check.isLibrary || check.isRoster { return ProgramBuild(check: check, outcome: .notAProgram) }
        guard let plan = compiled else { return ProgramBuild(check: check, outcome: .hasErrors) }
        let filtered = filter(plan)
        guard let final = filtered.plan else {
            return ProgramBuild(check: check, filterMessages: filtered.messages, outcome: .filterFailed)
        }
        let session: OutputSession
        switch target.session() {
        case .success(let opened): session = opened
        case .failure(let failure): return ProgramBuild(check: check, filterMessages: filtered.messages, outcome: .folderUnavailable(failure))
        }
        var settings = settings
        settings.program = path
        return switch write(final, into: session, settings: settings) {
        case .success(let result): ProgramBuild(check: check, filterMessages: filtered.messages, outcome: .written(result))
        case .failure(let failure): ProgramBuild(check: check, filterMessages: filtered.messages, outcome: .failed(failure))
        }
    }
}

/// How a build writes.
public struct WriteSettings: Sendable {
    /// Overwrite files Regimen did not write (or that were changed since, or that another backend
    /// wrote), and replace links and files that stand where a file or folder goes.
    public var force: Bool
    /// The most bytes one build may write, over all its files.
    public var sizeLimit: Int
    /// The program being built, for messages.
    public var program: String

    /// 8 GiB: twice the largest plan the limits allow (250,000 dated sessions), through every backend.
    public static let defaultSizeLimit = 8 << 30

    public init(force: Bool = false, sizeLimit: Int = WriteSettings.defaultSizeLimit, program: String = "the program") {
        self.force = force
        self.sizeLimit = sizeLimit
        self.program = program
    }
}

/// What building one program file came to.
public struct ProgramBuild: Sendable {
    public enum Outcome: Sendable {
        /// A library or roster among several files: not built.
        case notAProgram
        /// The program has errors (in `check`); nothing was written.
        case hasErrors
        /// A filter failed (see `filterMessages`); nothing was written.
        case filterFailed
        /// The output folder could not be opened or locked; nothing was written.
        case folderUnavailable(BuildFailure)
        case written(BuildResult)
        case failed(BuildFailure)
    }

    /// Checking the program: its diagnostics and the sources to show them with.
    public var check: Compiler.CheckOutcome
    /// The filters' diagnostics and failures, in words.
    public var filterMessages: [String] = []
    public var outcome: Outcome
}
