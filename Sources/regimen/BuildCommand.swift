import ArgumentParser
import Diagnostics
import RegimenKit
import RegimenPlan

struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Compile a program into workout cards, calendars or JSON.",
        discussion: "Nothing is written when the program has errors. Files are written atomically: each is either the old file or the new one."
    )

    @Argument(help: "The program file to build.")
    var program: String

    @Option(name: .long, parsing: .singleValue, help: "Backend to use: text, ics, json, or all. Repeat for several.")
    var to: [String] = ["all"]

    @Option(name: [.short, .customLong("output")], help: "The folder to write into.")
    var output: String = "out"

    @Option(name: .customLong("option"), help: ArgumentHelp("A backend option, like `ics.alarm=15`. Repeat for several.", valueName: "backend.name=value"))
    var options: [String] = []

    @Option(help: "When to use colour: auto, always or never.")
    var color: ColorChoice = .auto

    func run() throws {
        let registry = BackendRegistry.builtIn
        var backends: [any Backend] = []
        for name in to.flatMap({ $0.split(separator: ",").map(String.init) }) {
            if name == "all" {
                backends += registry.backends
            } else if let backend = registry.backend(named: name) {
                backends.append(backend)
            } else {
                let known = (registry.names + ["all"]).joined(separator: ", ")
                Terminal.standardError.write("regimen: there is no backend `\(name)`; use one of \(known)\n")
                throw ExitCode(Status.usage)
            }
        }
        var seen: Set<String> = []
        backends = backends.filter { seen.insert($0.name).inserted }
        let optionValues: [String: BackendOptionValues]
        switch BackendOptionParser.parse(options, registry: registry) {
        case .success(let values): optionValues = values
        case .failure(let problem):
            Terminal.standardError.write("regimen: \(problem.message)\n")
            throw ExitCode(Status.usage)
        }

        let compiler = Compiler()
        guard compiler.fileSystem.kind(of: program) == .file else {
            Terminal.standardError.write("regimen: cannot read \(program): no such file\n")
            throw ExitCode(Status.usage)
        }
        let (outcome, plan) = compiler.compile(program)
        let errorOutput = Terminal.standardError
        let formatter = HumanFormatter(color: color.enabled(for: errorOutput)) { outcome.sources[$0] }
        for diagnostic in outcome.diagnostics {
            errorOutput.write(formatter.format(diagnostic))
        }
        guard let plan else {
            errorOutput.write("regimen: \(program) has errors; nothing was written\n")
            throw ExitCode(Status.errors)
        }
        let request = BuildRequest(backends: backends, options: optionValues, outputDirectory: output,
                                   buildTimestamp: Environment.sourceDateEpoch)
        switch compiler.build(plan, request: request) {
        case .success(let result):
            for warning in result.warnings { errorOutput.write("regimen: warning: \(warning)\n") }
            for path in result.paths {
                Terminal.standardOutput.write("wrote \(path)\n")
            }
        case .failure(let failure):
            for message in failure.messages { errorOutput.write("regimen: \(message)\n") }
            errorOutput.write("regimen: nothing was written\n")
            throw ExitCode(Status.errors)
        }
    }
}
