import ArgumentParser
import Diagnostics

struct ExplainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain",
        abstract: "Print what a diagnostic code means, with an example and the fix."
    )

    @Argument(help: "A diagnostic code, such as R201.")
    var code: String

    func run() throws {
        try Self.explain(code)
    }

    /// Prints the entry for `code` (any case); a usage error when there is no such code.
    /// Shared with `regimen check --explain`.
    static func explain(_ code: String) throws {
        guard let diagnostic = DiagnosticCode(rawValue: code.uppercased()) else {
            Terminal.standardError.write("regimen: there is no diagnostic code `\(code)`; codes are listed in docs/diagnostics.md\n")
            throw ExitCode(Status.usage)
        }
        Terminal.standardOutput.write(diagnostic.explanationText)
    }
}
