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

    @Option(name: .long, parsing: .singleValue, help: ArgumentHelp("A training log (Regimen YAML, Strong or Hevy CSV) or a folder of them, read with the program's own logs:; ATHLETE=FILE says whose it is. Repeat for several.", valueName: "[athlete=]file"))
    var log: [String] = []

    @Flag(help: "Overwrite files in the output folder that regimen did not write, or that were changed since.")
    var force = false

    @OptionGroup var limits: InputLimitOptions

    @OptionGroup var lints: LintOptions

    @OptionGroup var plugins: PluginOptions

    @Option(help: "When to use colour: auto, always or never.")
    var color: ColorChoice = .auto

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

        var compiler = lints.configure(Compiler(readerLimits: limits.readerLimits))
        compiler.logs = try LogOptions.arguments(log)
        let files: [String]
        switch ProgramFiles.expand(programs) {
        case .success(let found): files = found
        case .failure(let problem): throw usage(problem.message)
        }
        let single = files.count == 1
        var failures = 0
        var written: [String: String] = [:]
        for program in files {
            let (outcome, compiled) = compiler.compile(program)
            if !single, outcome.isLibrary || outcome.isRoster { continue }
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
            let request = BuildRequest(backends: backends, options: optionValues, outputDirectory: output,
                                       buildTimestamp: Environment.sourceDateEpoch, force: force)
            switch compiler.build(plan, request: request) {
            case .success(let result):
                for warning in result.warnings { errorOutput.write("regimen: warning: \(warning)\n") }
                var clash = false
                for path in result.paths {
                    if let other = written[path] {
                        errorOutput.write("regimen: \(program) and \(other) both write \(path); give one of them another `id:`\n")
                        clash = true
                    }
                    written[path] = program
                    Terminal.standardOutput.write("wrote \(path)\n")
                }
                if clash { failures += 1 }
            case .failure(let failure):
                for message in failure.messages { errorOutput.write("regimen: \(message)\n") }
                errorOutput.write("regimen: nothing was written" + (single ? "" : " for \(program)") + "\n")
                failures += 1
            }
        }
        if failures > 0 {
            if !single { errorOutput.write("regimen: \(failures) of \(files.count) programs failed\n") }
            throw ExitCode(Status.errors)
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
