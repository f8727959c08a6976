import ArgumentParser
import Diagnostics
import RegimenKit
import RegimenPlan

struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Compile programs into workout cards, calendars, JSON or any plugin's format.",
        discussion: """
        Nothing is written when a program has errors or any backend or filter fails. Several \
        programs can be built at once (libraries and rosters among them are skipped); each \
        program's files are written atomically once it compiles. Files are \
        written atomically: each is either the old file or the new one. External backends are \
        executables named regimen-backend-NAME, filters regimen-filter-NAME (see docs/plugins.md).
        """
    )

    @Argument(help: "The program files to build (or folders and glob patterns of them).")
    var programs: [String]

    @Option(name: .long, parsing: .singleValue, help: "Backend to use: text, ics, json, all, or an external backend's name. Repeat for several.")
    var to: [String] = ["all"]

    @Option(name: .long, parsing: .singleValue, help: "A filter plugin to run on the plan before the backends (regimen-filter-NAME). Repeat to chain them.")
    var filter: [String] = []

    @Option(name: [.short, .customLong("output")], help: "The folder to write into.")
    var output: String = "out"

    @Option(name: .customLong("option"), help: ArgumentHelp("A backend or filter option, like `ics.alarm=15`. Repeat for several.", valueName: "name.option=value"))
    var options: [String] = []

    @Flag(help: "Overwrite files in the output folder that regimen did not write, or that were changed since, and replace symbolic links in the way (never writing through them).")
    var force = false

    @Flag(help: "Fail at once when another build is writing into the output folder, instead of waiting for it.")
    var noWait = false

    @Option(name: .customLong("output-size-limit"), help: ArgumentHelp("The most bytes one program's build may write, over all its files (default 8 GiB).", valueName: "bytes"))
    var outputSizeLimit: Int = BuildRequest.defaultSizeLimit

    @OptionGroup var limits: InputLimitOptions

    @OptionGroup var lints: LintOptions

    @OptionGroup var plugins: PluginOptions

    @OptionGroup var scan: ScanOptions

    @Option(help: "When to use colour: auto, always or never.")
    var color: ColorChoice = .auto

    func validate() throws {
        guard outputSizeLimit > 0 else { throw ValidationError("--output-size-limit must be positive") }
    }

    func run() throws {
        let errorOutput = Terminal.standardError
        func usage(_ message: String) -> ExitCode {
            errorOutput.write("regimen: \(message)\n")
            return ExitCode(Status.usage)
        }
        let registry = BackendRegistry.builtIn
        var backends: [any Backend] = []
        for name in to.flatMap({ $0.split(separator: ",").map(String.init) }) {
            if name == "all" {
                backends += registry.backends
            } else if let backend = registry.backend(named: name) {
                backends.append(backend)
            } else if let executable = plugins.locator.find(.backend, named: name) {
                switch ExternalBackend.load(name: name, executable: executable, limits: plugins.limits) {
                case .success(let backend): backends.append(backend)
                case .failure(let error):
                    errorOutput.write("regimen: \(error.message)\nregimen: nothing was written\n")
                    throw ExitCode(Status.errors)
                }
            } else {
                let known = (registry.names + ["all"]).joined(separator: ", ")
                throw usage("there is no backend `\(name)`; use one of \(known), or install an executable named regimen-backend-\(name) on PATH (or in --plugin-path)")
            }
        }
        var seen: Set<String> = []
        backends = backends.filter { seen.insert($0.name).inserted }
        var filters: [ExternalFilter] = []
        for name in filter {
            guard let executable = plugins.locator.find(.filter, named: name) else {
                throw usage("there is no filter `\(name)`: no executable named regimen-filter-\(name) on PATH (or in --plugin-path)")
            }
            filters.append(ExternalFilter(name: name, executable: executable, limits: plugins.limits))
        }
        let optionValues: [String: BackendOptionValues]
        let targets = backends.map { ($0.name, $0.options) } + filters.map { ($0.name, [BackendOption]()) }
        switch BackendOptionParser.parse(options.filter { option in !filters.contains { option.hasPrefix($0.name + ".") } }, targets: targets) {
        case .success(let values): optionValues = values
        case .failure(let problem): throw usage(problem.message)
        }
        let filterOptions = Dictionary(grouping: options.compactMap { FilterOption($0) }.filter { option in filters.contains { $0.name == option.filter } },
                                       by: \.filter).mapValues { Dictionary($0.map { ($0.key, $0.value) }, uniquingKeysWith: { $1 }) }

        let compiler = lints.configure(Compiler(readerLimits: limits.readerLimits))
        let found = try scan.find(programs)
        // Files a search found that are not Regimen files (no `regimen:` at the top) are not built.
        let files = found.filter { !$0.scanned || compiler.isRegimenFile($0.path) }.map(\.path)
        let single = found.count == 1 && !found[0].scanned
        var built = 0
        var failures = 0
        var cannotWrite = false
        var session: OutputSession?
        for program in files {
            let (outcome, compiled) = compiler.compile(program)
            if !single, outcome.isLibrary || outcome.isRoster { continue }
            built += 1
            let formatter = HumanFormatter(color: color.enabled(for: errorOutput)) { outcome.sources[$0] }
            for diagnostic in outcome.diagnostics {
                errorOutput.write(formatter.format(diagnostic))
            }
            guard var plan = compiled else {
                errorOutput.write("regimen: \(program) has errors; nothing was written" + (single ? "" : " for it") + "\n")
                failures += 1
                continue
            }
            var filtered = true
            for filter in filters {
                switch filter.apply(plan, options: filterOptions[filter.name] ?? [:], buildTimestamp: Environment.sourceDateEpoch) {
                case .success(let (result, diagnostics)):
                    for diagnostic in diagnostics { errorOutput.write("regimen: \(diagnostic.severity.rawValue): filter `\(filter.name)`: \(diagnostic.message)\n") }
                    if diagnostics.contains(where: { $0.severity == .error }) { filtered = false }
                    plan = result
                case .failure(let error):
                    errorOutput.write("regimen: \(error.message)\n")
                    filtered = false
                }
                if !filtered { break }
            }
            guard filtered else {
                errorOutput.write("regimen: nothing was written for \(program)\n")
                failures += 1
                continue
            }
            // One build at a time writes into a folder: lock it once, for every program.
            if session == nil {
                switch OutputSession.open(output, wait: !noWait, waiting: { errorOutput.write("regimen: \($0)\n") }) {
                case .success(let opened):
                    for note in opened.notes { errorOutput.write("regimen: \(note)\n") }
                    session = opened
                case .failure(let failure):
                    for message in failure.messages { errorOutput.write("regimen: \(message)\n") }
                    errorOutput.write("regimen: nothing was written\n")
                    throw ExitCode(Status.usage)
                }
            }
            let request = BuildRequest(backends: backends, options: optionValues, outputDirectory: output,
                                       buildTimestamp: Environment.sourceDateEpoch, force: force,
                                       sizeLimit: outputSizeLimit, program: program)
            switch compiler.build(plan, request: request, session: session) {
            case .success(let result):
                for warning in result.warnings { errorOutput.write("regimen: warning: \(warning)\n") }
                for path in result.paths { Terminal.standardOutput.write("wrote \(path)\n") }
            case .failure(let failure):
                for message in failure.messages + failure.notes { errorOutput.write("regimen: \(message)\n") }
                errorOutput.write("regimen: nothing was written" + (single ? "" : " for \(program)") + "\n")
                failures += 1
                if failure.kind == .cannotWrite { cannotWrite = true }
            }
        }
        if built == 0 {
            let searched = ScanOptions.searched(programs, found: found).sorted().map { programs[$0] }
            errorOutput.write("regimen: no programs to build in \(searched.joined(separator: ", ")); a program has `regimen: 1` and `program:` at the top\n")
            throw ExitCode(Status.errors)
        }
        if failures > 0 {
            if !single { errorOutput.write("regimen: \(failures) of \(built) programs failed\n") }
            throw ExitCode(cannotWrite ? Status.usage : Status.errors)
        }
    }
}

/// `NAME.KEY=VALUE`, split.
private struct FilterOption {
    let filter: String
    let key: String
    let value: String

    init?(_ text: String) {
        guard let equals = text.firstIndex(of: "="), let dot = text[..<equals].firstIndex(of: ".") else { return nil }
        filter = String(text[..<dot])
        key = String(text[text.index(after: dot)..<equals])
        value = String(text[text.index(after: equals)...])
    }
}
