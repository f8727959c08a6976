import ArgumentParser
import RegimenKit
import RegimenPlan

struct BackendsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "backends",
        abstract: "List every backend (built-in and external) and filter, with their options.",
        discussion: """
        Each option shows the value a build here would use and where it comes from: the \
        default, the project file (the nearest regimen-project.yaml at or above the current \
        folder, with its line and column) or the command line (--option).
        """
    )

    @Option(name: .customLong("option"), help: ArgumentHelp("An option as `regimen build` would take it, to see the value it gives.", valueName: "name.option=value"))
    var options: [String] = []

    @OptionGroup var plugins: PluginOptions

    @Option(help: "When to use colour: auto, always or never.")
    var color: ColorChoice = .auto

    func run() throws {
        let output = Terminal.standardOutput
        let registry = BackendRegistry.builtIn
        let project = try ProjectFileLoading.load(near: ".", color: color, nothing: "listed")
        let locator = plugins.locator(project: project)
        var external: [any Backend] = []
        for (name, path) in locator.all(.backend) where registry.backend(named: name) == nil {
            if case .success(let backend) = ExternalBackend.load(name: name, executable: path, limits: plugins.limits) { external.append(backend) }
        }
        let owners = (registry.backends + external).map { OptionArguments.Owner(name: $0.name, options: $0.options) }
            + locator.all(.filter).map { OptionArguments.Owner(name: $0.name, options: nil) }
        let resolved: ResolvedOptions
        switch ResolvedOptions.resolve(arguments: options, project: project?.options ?? [], owners: owners, known: owners, isPlugin: { _ in false }) {
        case .success(let values): resolved = values
        case .failure(let problem):
            Terminal.standardError.write("regimen: \(problem.message)\n")
            throw ExitCode(Status.usage)
        }
        if let project { output.write("Project file: \(project.path)\n\n") }
        for backend in registry.backends {
            describe(backend, origin: "built in", options: resolved, into: output)
        }
        for (name, path) in locator.all(.backend) {
            if registry.backend(named: name) != nil {
                output.write("\(name) (\(path)): hidden by the built-in backend of the same name\n\n")
                continue
            }
            switch ExternalBackend.load(name: name, executable: path, limits: plugins.limits) {
            case .success(let backend): describe(backend, origin: path, options: resolved, into: output)
            case .failure(let error): output.write("\(name) (\(path)): cannot be used: \(error.message)\n\n")
            }
        }
        let filters = locator.all(.filter)
        if !filters.isEmpty {
            output.write("Filters (--filter NAME):\n")
            for (name, path) in filters {
                output.write("  \(name)  \(path)\n")
                for (key, value) in (resolved.values[name]?.values ?? [:]).sorted(by: { $0.key < $1.key }) {
                    output.write("    \(name).\(key) = \(value)  (\(resolved.origins[name]?[key]?.description ?? "default"))\n")
                }
            }
        }
    }

    private func describe(_ backend: any Backend, origin: String, options resolved: ResolvedOptions, into output: Terminal) {
        output.write("\(backend.name) (\(origin))\n  \(backend.summary)\n")
        for option in backend.options {
            let value = option.defaultValue.map { ", default \($0)" } ?? ""
            output.write("  --option \(backend.name).\(option.name)=…  \(option.summary) (\(option.kind.expectation)\(value))\n")
            if let given = resolved.values[backend.name]?.text(option.name), let from = resolved.origins[backend.name]?[option.name] {
                output.write("      = \(given)  (\(from))\n")
            } else {
                output.write("      = \(option.defaultValue ?? "(unset)")  (default)\n")
            }
        }
        output.write("\n")
    }
}
