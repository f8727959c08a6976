import ArgumentParser
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import RegimenKit

/// The `regimen` command: a compiler for exercise programs.
@main
struct Regimen: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "regimen",
        abstract: "Compile exercise programs written in YAML into workout cards, calendars and JSON.",
        discussion: """
        Exit codes: 0 when there are no errors, 1 when a program has errors (or a build fails), \
        2 for a usage problem or a file that cannot be read or written.
        """,
        version: RegimenVersion.current,
        subcommands: [CheckCommand.self, BuildCommand.self, PublishCommand.self, ReportCommand.self, DiffCommand.self, LogCommand.self, BackendsCommand.self, ExplainCommand.self, ActivityCommand.self, InitCommand.self, SchemaCommand.self]
    )

    /// Parses and runs the command; usage errors exit with status 2 rather than the parser's 64.
    static func main() {
        // A plugin that exits without reading its input must not take Regimen down with SIGPIPE.
        signal(SIGPIPE, SIG_IGN)
        // A file size limit (`ulimit -f`) must fail the write with EFBIG, reported as "file too
        // large", rather than kill Regimen with SIGXFSZ and no message.
        signal(SIGXFSZ, SIG_IGN)
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            let code = exitCode(for: error)
            if code == .success || error is ExitCode {
                exit(withError: error)
            }
            let message = fullMessage(for: error)
            if !message.isEmpty { Terminal.standardError.write(message + "\n") }
            exit(withError: ExitCode(code == .validationFailure ? Status.usage : code.rawValue))
        }
    }
}

/// Exit statuses, as documented in `docs/cli.md`.
enum Status {
    static let success: Int32 = 0
    static let errors: Int32 = 1
    static let usage: Int32 = 2
}
