import ArgumentParser
import RegimenKit
import RegimenPlan

struct BackendsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "backends",
        abstract: "List every backend (built-in and external) and filter, with their options."
    )

    @OptionGroup var plugins: PluginOptions

    func run() throws {
        let output = Terminal.standardOutput
        let registry = BackendRegistry.builtIn
        for backend in registry.backends {
            describe(backend, origin: "built in", into: output)
        }
        for (name, path) in plugins.locator.all(.backend) {
            if registry.backend(named: name) != nil {
                output.write("\(name) (\(path)): hidden by the built-in backend of the same name\n\n")
                continue
            }
            switch ExternalBackend.load(name: name, executable: path, limits: plugins.limits) {
            case .success(let backend): describe(backend, origin: path, into: output)
            case .failure(let error): output.write("\(name) (\(path)): cannot be used: \(error.message)\n\n")
            }
        }
        let filters = plugins.locator.all(.filter)
        if !filters.isEmpty {
            output.write("Filters (--filter NAME):\n")
            for (name, path) in filters { output.write("  \(name)  \(path)\n") }
        }
    }

    private func describe(_ backend: any Backend, origin: String, into output: Terminal) {
        output.write("\(backend.name) (\(origin))\n  \(backend.summary)\n")
        for option in backend.options {
            let value = option.defaultValue.map { ", default \($0)" } ?? ""
            output.write("  --option \(backend.name).\(option.name)=…  \(option.summary) (\(option.kind.expectation)\(value))\n")
        }
        output.write("\n")
    }
}
