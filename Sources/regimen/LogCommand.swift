import ArgumentParser
import Diagnostics
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import RegimenKit
import RegimenPlan

struct LogCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "log",
        abstract: "Add one session's results to an athlete's training log.",
        discussion: """
        Each result is an exercise and its sets: 'back-squat 5,5,7 @ 100kg', or \
        'Romanian deadlift: 3x8 @ 60kg' for a name with spaces (see docs/logs.md for the \
        notation). The entry goes to the athlete's YAML log among the program's logs: (or \
        ATHLETE.yaml in its folder of logs, or --file), after the last session, formatted like \
        the rest of the file; nothing already in the file changes. The log, with the entry, is \
        checked against the program first: nothing is written when it has errors.
        """
    )

    @Argument(help: "The program file.")
    var program: String

    @Argument(help: ArgumentHelp("The exercises done, each with its sets.", valueName: "exercise sets"))
    var exercises: [String] = []

    @Option(help: "The athlete, by id or name (may be left out when the program has one).")
    var athlete: String?

    @Option(help: ArgumentHelp("The day the session was done (default: today in the athlete's time zone).", valueName: "YYYY-MM-DD"))
    var date: String?

    @Option(help: "The session done, by its key in the program (default: the one planned that day).")
    var session: String?

    @Option(help: ArgumentHelp("When the session started.", valueName: "HH:MM"))
    var time: String?

    @Option(help: "done, partial or skipped (default: done, or partial when a set is skipped).")
    var status: String?

    @Option(help: "Notes on the session.")
    var notes: String?

    @Option(help: "The log file to add to (created if missing).")
    var file: String?

    @OptionGroup var limits: InputLimitOptions

    @Option(help: "When to use colour: auto, always or never.")
    var color: ColorChoice = .auto

    func run() throws {
        let errorOutput = Terminal.standardError
        func usage(_ message: String) -> ExitCode {
            errorOutput.write("regimen: \(message)\n")
            return ExitCode(Status.usage)
        }
        var parsedDate: CivilDate?
        if let date {
            guard let value = CivilDate(parsing: date) else { throw usage("--date must be a date written year-month-day, like 2027-03-01, not `\(date)`") }
            parsedDate = value
        }
        var parsedTime: LocalTime?
        if let time {
            let parts = time.split(separator: ":").compactMap { Int($0) }
            guard parts.count == 2, let value = LocalTime(hour: parts[0], minute: parts[1]) else {
                throw usage("--time must be a time on the 24-hour clock like 07:05, not `\(time)`")
            }
            parsedTime = value
        }
        if let status, !["done", "partial", "skipped"].contains(status) {
            throw usage("--status must be done, partial or skipped, not `\(status)`")
        }
        var compiler = Compiler(readerLimits: limits.readerLimits)
        compiler.runsLints = false
        let request = LogAppender.Request(
            program: program, athlete: athlete, date: parsedDate, session: session, time: parsedTime, status: status, notes: notes,
            exercises: exercises, file: file)
        switch LogAppender(compiler: compiler).append(request, now: secondsSinceEpoch()) {
        case .success(let added):
            Terminal.standardOutput.write("\(added.created ? "created" : "added to") \(added.file):\n")
            Terminal.standardOutput.write(added.summary.map { "  " + $0 + "\n" }.joined())
        case .failure(.usage(let message)):
            throw usage(message)
        case .failure(.errors(let diagnostics, let sources, let message)):
            let formatter = HumanFormatter(color: color.enabled(for: errorOutput)) { sources[$0] }
            for diagnostic in diagnostics { errorOutput.write(formatter.format(diagnostic)) }
            errorOutput.write("regimen: \(message)\n")
            throw ExitCode(Status.errors)
        }
    }
}

/// Now, in seconds since 1970 (a function outside `LogCommand`, whose `time` is an option).
private func secondsSinceEpoch() -> Int64 { Int64(time(nil)) }

extension CivilDate {
    /// `2027-03-01`.
    init?(parsing text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]) else { return nil }
        self.init(year: year, month: month, day: day)
    }
}
