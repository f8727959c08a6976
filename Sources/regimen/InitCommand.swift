import ArgumentParser
import RegimenKit
import RegimenPlan

struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Start a project: a program, its exercise library and (for a team) a roster that check clean.",
        discussion: """
        Templates:
        \(ProjectTemplate.all.map { "  \($0.name.padding(9))\($0.summary)" }.joined(separator: "\n"))

        The program starts on the Monday after today, in this computer's time zone (when it is an \
        IANA zone), unless --start and --timezone say otherwise. Every file carries the \
        yaml-language-server modeline, pointing at the spec schema saved in \
        \(ProjectTemplate.schemaPath), so editors check and complete it. init never overwrites a \
        file, and refuses a folder that already has files unless --force is given.
        """
    )

    @Argument(help: "The folder to write the project into (created when missing).", completion: .directory)
    var directory = "."

    @Option(help: "The starter program: \(ProjectTemplate.all.map(\.name).joined(separator: ", ")).",
            completion: .list(ProjectTemplate.all.map(\.name)))
    var template = "runner"

    @Option(help: ArgumentHelp("The first day of week 1, YYYY-MM-DD (default: the Monday after today).", valueName: "date"))
    var start: String?

    @Option(help: ArgumentHelp("An IANA time zone such as Europe/London (default: this computer's, or UTC).", valueName: "zone"))
    var timezone: String?

    @Flag(help: "Write into a folder that already has files (files that exist are still never overwritten).")
    var force = false

    func validate() throws {
        guard ProjectTemplate.named(template) != nil else {
            throw ValidationError("there is no template `\(template)`; choose \(ProjectTemplate.all.map { "`\($0.name)`" }.joined(separator: ", "))")
        }
        if let start, ProjectInit.date(start) == nil {
            throw ValidationError("--start must be a date written year-month-day, like 2027-01-04, not `\(start)`")
        }
    }

    func run() throws {
        guard let template = ProjectTemplate.named(template) else { throw ExitCode(Status.usage) }
        let project = ProjectInit()
        let zone = timezone ?? project.localTimeZone()
        if case .failure(let failure) = project.checkTimeZone(zone) {
            Terminal.standardError.write("regimen: --timezone: \(failure.message)\n")
            throw ExitCode(Status.usage)
        }
        let firstDay = start.flatMap(ProjectInit.date) ?? ProjectInit.nextMonday(after: ProjectInit.today)
        switch project.create(template, in: directory, start: firstDay, timezone: zone, intoNonEmpty: force) {
        case .failure(let failure):
            Terminal.standardError.write("regimen: \(failure.message)\n")
            throw ExitCode(Status.usage)
        case .success(let written):
            let prefix = directory == "." ? "" : (directory.hasSuffix("/") ? directory : directory + "/")
            Terminal.standardOutput.write(written.map { "wrote \(prefix)\($0)\n" }.joined())
            Terminal.standardOutput.write("""
            \(template.name) program starting \(firstDay) in \(zone). Next:
              regimen check \(prefix)\(template.program)
              regimen build \(prefix)\(template.program) --to all -o \(prefix)out

            """)
        }
    }
}

extension String {
    /// The text followed by spaces up to `width` characters.
    fileprivate func padding(_ width: Int) -> String {
        count >= width ? self + " " : self + String(repeating: " ", count: width - count)
    }
}
