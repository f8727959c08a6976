import ArgumentParser
import Diagnostics
import RegimenKit

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check program and library files and report every problem found.",
        discussion: "PATH may be a file or a folder; folders are searched for *.yaml and *.yml files, skipping hidden folders."
    )

    @Argument(help: "Files or folders to check.")
    var paths: [String]

    @Flag(help: "Treat warnings as errors (exit status 1 when there are warnings).")
    var warningsAsErrors = false

    @Option(help: "When to use colour: auto, always or never.")
    var color: ColorChoice = .auto

    func run() throws {
        let files: [String]
        switch ProgramFiles.expand(paths) {
        case .success(let found): files = found
        case .failure(let problem):
            Terminal.standardError.write("regimen: \(problem.message)\n")
            throw ExitCode(Status.usage)
        }
        let compiler = Compiler()
        let output = Terminal.standardOutput
        var errors = 0
        var warnings = 0
        for file in files {
            let outcome = compiler.check(file)
            let formatter = HumanFormatter(color: color.enabled(for: output)) { outcome.sources[$0] }
            for diagnostic in outcome.diagnostics {
                output.write(formatter.format(diagnostic))
                if diagnostic.severity == .error { errors += 1 } else { warnings += 1 }
            }
        }
        output.write(Summary.line(files: files.count, errors: errors, warnings: warnings) + "\n")
        if errors > 0 || (warningsAsErrors && warnings > 0) {
            throw ExitCode(Status.errors)
        }
    }
}

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
    /// `3 files checked, 1 error, 2 warnings`.
    static func line(files: Int, errors: Int, warnings: Int) -> String {
        "\(count(files, "file")) checked, \(count(errors, "error")), \(count(warnings, "warning"))"
    }

    static func count(_ value: Int, _ noun: String) -> String {
        "\(value) \(noun)\(value == 1 ? "" : "s")"
    }
}
