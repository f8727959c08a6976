import ArgumentParser
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Diagnostics
import Publish
import RegimenKit

struct PublishCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "publish",
        abstract: "Publish programs as a static site: each athlete's calendar feed and page under a secret URL.",
        discussion: """
        Each athlete gets a folder named by a token derived from REGIMEN_PUBLISH_SECRET (at least \
        32 characters, kept outside the repository), the program and athlete ids, and the \
        athlete's salt, holding feed.ics and index.html. The coach's page (the roster with every \
        link) is in a folder of its own, printed when publishing. Publishing again into the same \
        folder keeps every URL and updates events in place. See docs/publish.md.
        """
    )

    @Argument(help: "The program files to publish (or folders and glob patterns of them).")
    var programs: [String]

    @Option(name: [.short, .customLong("output")], help: "The site folder to write into (default: the project file's publish.site, else site).")
    var output: String?

    @Option(name: .customLong("base-url"), help: ArgumentHelp("Where the site is served (https://example.org/training), for the full https:// and webcal:// links.", valueName: "url"))
    var baseURL: String?

    @Option(name: .customLong("salt"), help: ArgumentHelp("A salt for one athlete's token: change it to move that athlete's URLs after a leak. Repeat for several.", valueName: "athlete=salt"))
    var salts: [String] = []

    @Option(help: ArgumentHelp("Minutes before a timed session to remind the athlete in their feed; 0 for none.", valueName: "minutes"))
    var alarm: Int?

    @Option(name: .customLong("coach-alarm"), help: ArgumentHelp("Minutes before a timed session to remind the coach in the combined feeds; 0 (the default) for none.", valueName: "minutes"))
    var coachAlarm: Int?

    @Option(name: .customLong("refresh-hours"), help: ArgumentHelp("How often calendar apps should refresh the feeds; 0 to leave it to them.", valueName: "hours"))
    var refreshHours: Int?

    @Flag(name: .customLong("session-per-page"), inversion: .prefixedNo, help: "Print athlete pages one session per page instead of one week per page (default: the project file's publish.session-per-page, else no).")
    var sessionPerPage: Bool?

    @Flag(help: "Fail at once when another build is writing into the site folder, instead of waiting for it.")
    var noWait = false

    @OptionGroup var limits: InputLimitOptions

    @OptionGroup var lints: LintOptions

    @OptionGroup var scan: ScanOptions

    @Option(help: "When to use colour: auto, always or never.")
    var color: ColorChoice = .auto

    func validate() throws {
        guard (0...1440).contains(alarm ?? 0), (0...1440).contains(coachAlarm ?? 0) else { throw ValidationError("--alarm and --coach-alarm take 0 to 1440 minutes") }
        guard (0...720).contains(refreshHours ?? 0) else { throw ValidationError("--refresh-hours takes 0 to 720 hours") }
        for salt in salts where !salt.contains("=") || salt.hasPrefix("=") {
            throw ValidationError("--salt takes athlete=salt, like --salt alex-morgan=2027-03")
        }
        if let baseURL, !(baseURL.hasPrefix("https://") || baseURL.hasPrefix("http://")) || baseURL.contains(where: { $0 == " " || $0 == "\"" || $0 == "<" || $0 == ">" }) {
            throw ValidationError("--base-url must be an http:// or https:// address, like https://example.org/training")
        }
    }

    func run() throws {
        let errorOutput = Terminal.standardError
        // The project file (the nearest regimen-project.yaml above the first program) gives
        // defaults; the command line overrides each.
        let loaded = try ProjectFileLoading.load(near: programs.first ?? ".", color: color, nothing: "published")
        let project = loaded?.publish ?? ProjectFile.PublishSection()
        let projectPath = loaded?.path
        let secret: SiteSecret
        switch readSecret(project: project) {
        case .success(let read): secret = read
        case .failure(let problem):
            errorOutput.write("regimen: \(problem.message)\nregimen: nothing was published\n")
            throw ExitCode(Status.usage)
        }
        var saltValues = project.salts
        for salt in salts {
            let parts = salt.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            saltValues[String(parts[0])] = String(parts[1])
        }
        let output = self.output ?? project.site ?? "site"
        let baseURL = self.baseURL ?? project.baseURL
        let now = Environment.sourceDateEpoch ?? Int64(time(nil))
        var settings = PublishSettings(
            secret: secret, salts: saltValues, baseURL: baseURL, alarmMinutes: alarm ?? project.alarm ?? 0,
            coachAlarmMinutes: coachAlarm ?? project.coachAlarm ?? 0, refreshHours: refreshHours ?? project.refreshHours ?? 12,
            buildTimestamp: Environment.sourceDateEpoch ?? now, publishedAt: now)
        settings.sessionPerPage = sessionPerPage ?? project.sessionPerPage ?? false
        if let projectPath { errorOutput.write("regimen: publish settings from \(projectPath), overridden by the options given\n") }
        let compiler = lints.configure(Compiler(readerLimits: limits.readerLimits))
        let found = try scan.find(programs)
        let files = found.filter { !$0.scanned || compiler.isRegimenFile($0.path) }.map(\.path)
        let single = found.count == 1 && !found[0].scanned
        let target = OutputTarget(output, wait: !noWait) { errorOutput.write("regimen: \($0)\n") }
        let (checks, outcome) = PublishRun(compiler: compiler, settings: settings).publish(files, into: target, skipsLibraries: !single)
        for check in checks {
            let formatter = HumanFormatter(color: color.enabled(for: errorOutput)) { check.sources[$0] }
            for diagnostic in check.diagnostics { errorOutput.write(formatter.format(diagnostic)) }
        }
        switch outcome {
        case .hasErrors:
            errorOutput.write("regimen: " + (checks.isEmpty ? "no programs to publish; a program has `regimen: 1` and `program:` at the top\n" : "a program has errors; nothing was published\n"))
            throw ExitCode(Status.errors)
        case .folderUnavailable(let failure):
            for message in failure.messages { errorOutput.write("regimen: \(message)\n") }
            errorOutput.write("regimen: nothing was published\n")
            throw ExitCode(Status.usage)
        case .refused(let failure):
            for message in failure.messages + failure.notes { errorOutput.write("regimen: \(message)\n") }
            errorOutput.write("regimen: nothing was published\n")
            throw ExitCode(failure.kind == .cannotWrite ? Status.usage : Status.errors)
        case .published(let result):
            for warning in result.warnings { errorOutput.write("regimen: warning: \(warning)\n") }
            let out = Terminal.standardOutput
            let link = { (relative: String) in baseURL.map { ($0.hasSuffix("/") ? String($0.dropLast()) : $0) + "/" + relative } ?? (output.hasSuffix("/") ? output + relative : output + "/" + relative) }
            out.write("published \(result.athletes.count) athlete\(result.athletes.count == 1 ? "" : "s") into \(output)\n")
            for athlete in result.athletes {
                out.write("  \(athlete.program) \(athlete.id): \(link(athlete.folder + "/" + SitePublisher.feedName))\n")
            }
            out.write("coach's page (keep it private): \(link(result.coachPage))\n")
        }
    }

    /// The secret: `REGIMEN_PUBLISH_SECRET`, else the project file's `publish.secret-file`.
    func readSecret(project: ProjectFile.PublishSection) -> Result<SiteSecret, SecretProblem> {
        if let value = getenv(SiteSecret.environmentVariable) {
            return SiteSecret.read(String(cString: value)).mapError { SecretProblem(message: $0.message) }
        }
        guard let file = project.secretFile else {
            return .failure(SecretProblem(message: SiteSecret.Problem.missing.message + ", and no project file names a `publish.secret-file`"))
        }
        switch FileSystem().read(file, limit: 64 << 10) {
        case .success(let bytes):
            return SiteSecret.read(String(decoding: bytes, as: UTF8.self)).mapError {
                SecretProblem(message: $0 == .missing ? "the secret file \(file) is empty" : $0.message(source: "the secret in \(file)"))
            }
        case .failure(let failure):
            return .failure(SecretProblem(message: "cannot read the secret file \(file) (publish.secret-file in the project file): \(failure.message)"))
        }
    }

    struct SecretProblem: Error {
        var message: String
    }
}
