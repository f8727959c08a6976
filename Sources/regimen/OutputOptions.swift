import ArgumentParser

/// How much a command says: `-q` only what went wrong, `-v` every file as well.
struct VerbosityOptions: ParsableArguments {
    @Flag(name: .shortAndLong, help: "Say only what went wrong: errors, and no summary line.")
    var quiet = false

    @Flag(name: .shortAndLong, help: "Say more: every file checked or written, besides the summary line.")
    var verbose = false

    func validate() throws {
        if quiet && verbose { throw ValidationError("give -q or -v, not both") }
    }
}

/// How many diagnostics of one file the human format shows.
struct DiagnosticLimitOptions: ParsableArguments {
    /// Enough to fix a file in one sitting; a damaged or generated file may hold thousands.
    static let defaultLimit = 50

    @Option(name: .customLong("max-errors"), help: ArgumentHelp(
        "Show at most this many diagnostics of one file, then how many more there are (0 shows all; machine formats show all).",
        valueName: "count"))
    var maxErrors = DiagnosticLimitOptions.defaultLimit

    func validate() throws {
        if maxErrors < 0 { throw ValidationError("--max-errors must be 0 (no limit) or more") }
    }

    /// The limit for `HumanFormatter.format(_:limit:)`: `nil` for none.
    var limit: Int? { maxErrors == 0 ? nil : maxErrors }
}
