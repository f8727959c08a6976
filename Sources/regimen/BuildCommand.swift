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

    @Argument(help: "The program files to build (or folders and glob patterns of them).", completion: Completions.specFiles)
    var programs: [String]

    @Option(name: .long, parsing: .singleValue, help: "Backend to use: text, ics, json, fit, all (text, ics and json), or an external backend's name. Repeat for several.", completion: Completions.backends)
    var to: [String] = ["all"]

    @Option(name: .long, parsing: .singleValue, help: "A filter plugin to run on the plan before the backends (regimen-filter-NAME). Repeat to chain them.")
    var filter: [String] = []

    @Option(name: [.short, .customLong("output")], help: "The folder to write into (default: the project file's output, else out).")
    var output: String?

    @Option(name: .customLong("option"), help: ArgumentHelp("A backend or filter option, like `ics.alarm=15`. Repeat for several.", valueName: "name.option=value"))
    var options: [String] = []

    @Option(name: .long, parsing: .singleValue, help: ArgumentHelp("A training log (Regimen YAML, Strong or Hevy CSV) or a folder of them, read with the program's own logs:; ATHLETE=FILE says whose it is. Repeat for several.", valueName: "[athlete=]file"))
    var log: [String] = []

    @Flag(help: "Overwrite files in the output folder that regimen did not write, or that were changed since, and replace symbolic links in the way (never writing through them).")
    var force = false

    @Flag(help: "Fail at once when another build is writing into the output folder, instead of waiting for it.")
    var noWait = false

    @Option(name: .customLong("output-size-limit"), help: ArgumentHelp("The most bytes one program's build may write, over all its files (default 8 GiB).", valueName: "bytes"))
    var outputSizeLimit: Int = WriteSettings.defaultSizeLimit

    @OptionGroup var limits: InputLimitOptions

    @OptionGroup var lints: LintOptions

    @OptionGroup var plugins: PluginOptions

    @OptionGroup var scan: ScanOptions

    @Option(help: "When to use colour: auto, always or never.")
    var color: ColorChoice = .auto

    @Flag(help: "Build again whenever a program (or a file it includes) changes, until stopped with Ctrl-C. Files are polled twice a second.")
    var watch = false

    @OptionGroup var diagnosticLimit: DiagnosticLimitOptions

    @OptionGroup var verbosity: VerbosityOptions

    func validate() throws {
        guard outputSizeLimit > 0 else { throw ValidationError("--output-size-limit must be positive") }
    }

    func run() throws {
        var read: [String] = []
        guard watch else { return try buildOnce(reading: &read) }
        WatchLoop.run(watching: programs) {
            read = programs
            // The outcome is in the output; the watch goes on either way.
            _ = try? buildOnce(reading: &read)
            return read
        }
    }

    /// Builds once; `reading` (for `--watch`) collects every file read.
    func buildOnce(reading read: inout [String]) throws {
        let errorOutput = Terminal.standardError
        let pipeline: BuildPipeline
        // The project file (the nearest regimen-project.yaml above the first program) gives
        // options, the output folder and plugin paths; the command line overrides each.
        let project = try ProjectFileLoading.load(near: programs.first ?? ".", color: color, nothing: "written")
        let output = self.output ?? project?.output ?? "out"
        switch BuildPipeline.resolve(backends: to, filters: filter, options: options, projectOptions: project?.options ?? [],
                                     buildTimestamp: Environment.sourceDateEpoch, plugins: plugins.locator(project: project), limits: plugins.limits) {
        case .success(let resolved): pipeline = resolved
        case .failure(let problem):
            errorOutput.write("regimen: \(problem.message)\n" + (problem.isUsage ? "" : "regimen: nothing was written\n"))
            throw ExitCode(problem.isUsage ? Status.usage : Status.errors)
        }
        var compiler = lints.configure(Compiler(readerLimits: limits.readerLimits))
        compiler.logs = try LogOptions.arguments(log)
        let found = try scan.find(programs)
        // Files a search found that are not Regimen files (no `regimen:` at the top) are not built.
        let files = found.filter { !$0.scanned || compiler.isRegimenFile($0.path) }.map(\.path)
        let single = found.count == 1 && !found[0].scanned
        // One build at a time writes into a folder: it is locked once, for every program.
        let target = OutputTarget(output, wait: !noWait) { errorOutput.write("regimen: \($0)\n") }
        let settings = WriteSettings(force: force, sizeLimit: outputSizeLimit)
        let (quiet, verbose) = (verbosity.quiet, verbosity.verbose)
        var built = 0
        var failures = 0
        var written = 0
        var cannotWrite = false
        for program in files {
            let build = pipeline.build(program, compiler: compiler, target: target, settings: settings, skipsLibraries: !single)
            read += [program] + build.check.sources.keys
            if case .notAProgram = build.outcome { continue }
            built += 1
            let formatter = HumanFormatter(color: color.enabled(for: errorOutput)) { build.check.sources[$0] }
            let diagnostics = quiet ? build.check.diagnostics.filter { $0.severity == .error } : build.check.diagnostics
            errorOutput.write(formatter.format(diagnostics, limit: diagnosticLimit.limit))
            for message in build.filterMessages { errorOutput.write("regimen: \(message)\n") }
            let nothingWritten = "regimen: nothing was written" + (single ? "" : " for \(program)") + "\n"
            switch build.outcome {
            case .notAProgram:
                continue
            case .hasErrors:
                errorOutput.write("regimen: \(program) has errors; nothing was written" + (single ? "" : " for it") + "\n")
                failures += 1
            case .filterFailed:
                errorOutput.write("regimen: nothing was written for \(program)\n")
                failures += 1
            case .folderUnavailable(let failure):
                for message in failure.messages { errorOutput.write("regimen: \(message)\n") }
                errorOutput.write("regimen: nothing was written\n")
                throw ExitCode(Status.usage)
            case .written(let result):
                for warning in result.warnings { errorOutput.write("regimen: warning: \(warning)\n") }
                if verbose {
                    for path in result.paths { Terminal.standardOutput.write("wrote \(path)\n") }
                }
                written += result.paths.count
            case .failed(let failure):
                for message in failure.messages + failure.notes { errorOutput.write("regimen: \(message)\n") }
                errorOutput.write(nothingWritten)
                failures += 1
                if failure.kind == .cannotWrite { cannotWrite = true }
            }
        }
        if built > failures, !quiet {
            // One line for the whole build; -v lists every file above it.
            Terminal.standardOutput.write("built \(Summary.count(built - failures, "program")): \(Summary.count(written, "file")) in \(output)\n")
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
