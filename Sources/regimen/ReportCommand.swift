import Analysis
import ArgumentParser
import Diagnostics
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import RegimenKit

struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Show a program as a coach reads it: volume by muscle group, stretching, volume and intensity over the weeks, and the coaching lints."
    )

    @Argument(help: "The program file.", completion: Completions.specFiles)
    var program: String

    @Option(help: "The athlete to report on, by id (default: the first).", completion: Completions.athletes)
    var athlete: String?

    @Option(help: "text or json.")
    var format: ReportFormat = .text

    @Option(help: "Line width of the text report.")
    var width: Int = 80

    @Option(name: .long, parsing: .singleValue, help: ArgumentHelp("A training log or a folder of them, as for build. Repeat for several.", valueName: "[athlete=]file"))
    var log: [String] = []

    @OptionGroup var limits: InputLimitOptions

    @OptionGroup var lints: LintOptions

    func run() throws {
        var compiler = lints.configure(Compiler(readerLimits: limits.readerLimits))
        compiler.logs = try LogOptions.arguments(log)
        switch compiler.fileSystem.kind(of: program) {
        case .file: break
        case .missing:
            Terminal.standardError.write("regimen: cannot read \(program): no such file\n")
            throw ExitCode(Status.usage)
        case .directory:
            Terminal.standardError.write("regimen: \(program) is a folder; report on one program file\n")
            throw ExitCode(Status.usage)
        case .other:
            Terminal.standardError.write("regimen: \(program) is not a file\n")
            throw ExitCode(Status.usage)
        }
        let (outcome, compiled) = compiler.compile(program)
        guard let plan = compiled, let checked = outcome.program else {
            let formatter = HumanFormatter(color: false) { outcome.sources[$0] }
            for diagnostic in outcome.diagnostics { Terminal.standardError.write(formatter.format(diagnostic)) }
            Terminal.standardError.write("regimen: \(program) has errors; no report\n")
            throw ExitCode(Status.errors)
        }
        guard let chosen = athlete.map({ id in plan.athletes.first { $0.id == id } }) ?? plan.athletes.first else {
            Terminal.standardError.write("regimen: there is no athlete `\(athlete ?? "")`; athletes are \(plan.athletes.map(\.id).joined(separator: ", "))\n")
            throw ExitCode(Status.usage)
        }
        var single = plan
        single.athletes = [chosen]
        let lintResults = compiler.lint(checked, plan: single)
        let analysis = PlanAnalysis(plan: plan, athlete: chosen)
        switch format {
        case .text:
            Terminal.standardOutput.write(PlanReport(analysis: analysis, lints: lintResults, width: max(60, width)).text)
        case .json:
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            let data = try encoder.encode(ReportJSON(analysis: analysis, lints: lintResults))
            Terminal.standardOutput.write(String(decoding: data, as: UTF8.self) + "\n")
        }
    }
}

enum ReportFormat: String, ExpressibleByArgument {
    case text
    case json
}

/// `regimen report --format json`.
struct ReportJSON: Encodable {
    struct Week: Encodable {
        var week: Int
        var phase: String?
        var isDeload: Bool
        var hardSets: [String: Double]
        var mobilityMinutes: [String: Double]
        var sessions: Int
        var trainingDays: Int
        var restDays: Int
        var sessionMinutes: [Int]
        /// The longest session this week as stated (`duration:`), when any session states one.
        var longestStatedMinutes: Int?
        /// The longest session this week as estimated from its sets and rest.
        var longestEstimatedMinutes: Int
        var tonnageKilograms: Double
        /// Minutes of cardio work, to a tenth (a distance alone at 6 min/km), and kilometres.
        var cardioMinutes: Double
        var cardioKilometres: Double
        var topLoads: [String: String]
    }

    struct Lint: Encodable {
        var code: String
        var severity: String
        var message: String
        var line: Int?
        var column: Int?
    }

    var program: String
    var athlete: String
    var weeks: [Week]
    var lints: [Lint]
    /// Planned against done, when the plan was built with training logs.
    var log: LogReportJSON?

    init(analysis: PlanAnalysis, lints: [Diagnostic]) {
        program = analysis.plan.program.id
        athlete = analysis.athlete.id
        weeks = analysis.weeks.map { week in
            Week(week: week.number, phase: week.phase, isDeload: week.isDeload,
                 hardSets: week.halfSets.dictionary.mapValues { Double($0) / 2 },
                 mobilityMinutes: week.mobilitySeconds.dictionary.mapValues { (Double($0) / 6).rounded() / 10 },
                 sessions: week.sessions, trainingDays: week.trainingDays, restDays: week.restDays,
                 sessionMinutes: week.sessionMinutes, longestStatedMinutes: week.statedSessionMinutes.max(),
                 longestEstimatedMinutes: week.sessionMinutes.max() ?? 0, tonnageKilograms: (week.tonnageKilograms * 10).rounded() / 10,
                 cardioMinutes: (Double(week.cardioSeconds) / 6).rounded() / 10, cardioKilometres: Double(week.cardioMeters) / 1000,
                 topLoads: week.topLoads.mapValues(\.description))
        }
        self.lints = lints.map { Lint(code: $0.code.rawValue, severity: $0.severity.rawValue, message: $0.message, line: $0.span?.start.line, column: $0.span?.start.column) }
        let results = LogAnalysis(plan: analysis.plan, athlete: analysis.athlete)
        log = results.hasLogs ? LogReportJSON(results) : nil
    }
}
