import ActivityImport
import ArgumentParser
import Checker
import Diagnostics
import FITFormat
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import RegimenKit
import RegimenPlan

struct ActivityCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "activity",
        abstract: "Read activities a watch recorded (FIT files): the sets, and with --program what the training log makes of them.",
        discussion: """
        Without --program, shows what each file holds: when it started, and every set (exercise, reps, weight, time) \
        and lap. With --program, matches each activity to the athlete's session that day and shows the log entry it \
        becomes: the program's exercises, and the sets cut short. A damaged file is reported with the byte where it goes \
        wrong (see docs/fit.md).
        """
    )

    @Argument(help: "FIT activity files (from the watch's GARMIN/Activity folder, or exported from Garmin Connect).")
    var files: [String]

    @Option(help: "A program to match the activities to.")
    var program: String?

    @Option(help: "The athlete who recorded them, by id (default: the first).")
    var athlete: String?

    @Option(help: "text or json.")
    var format: ReportFormat = .text

    @OptionGroup var limits: InputLimitOptions

    func run() throws {
        let errors = Terminal.standardError
        let compiler = Compiler(readerLimits: limits.readerLimits)
        var importer: FITActivityImporter?
        var athleteIndex = 0
        var sources: [String: [UInt8]] = [:]
        if let program {
            guard compiler.fileSystem.kind(of: program) == .file else {
                errors.write("regimen: cannot read \(program): no such file\n")
                throw ExitCode(Status.usage)
            }
            let (outcome, compiled) = compiler.compile(program)
            sources = outcome.sources
            guard let plan = compiled, let checked = outcome.program else {
                let formatter = HumanFormatter(color: false) { outcome.sources[$0] }
                for diagnostic in outcome.diagnostics { errors.write(formatter.format(diagnostic)) }
                errors.write("regimen: \(program) has errors\n")
                throw ExitCode(Status.errors)
            }
            if let athlete {
                guard let index = plan.athletes.firstIndex(where: { $0.id == athlete }) else {
                    errors.write("regimen: there is no athlete `\(athlete)`; athletes are \(plan.athletes.map(\.id).joined(separator: ", "))\n")
                    throw ExitCode(Status.usage)
                }
                athleteIndex = index
            }
            importer = FITActivityImporter(program: checked, plan: plan)
        }
        let programSources = sources
        let formatter = HumanFormatter(color: false) { programSources[$0] }
        let fitLimits = FITReaderLimits.standard
        var failed = false
        var reports: [ActivityReport] = []
        for file in files {
            let bytes: [UInt8]
            switch compiler.fileSystem.read(file, limit: fitLimits.maximumFileSize) {
            case .success(let read): bytes = read
            case .failure(let problem) where problem.tooLargeSize != nil:
                let diagnostic = FITReadError.tooLarge(size: problem.tooLargeSize ?? 0, limit: fitLimits.maximumFileSize).diagnostic(file: file)
                errors.write(formatter.format(diagnostic))
                failed = true
                continue
            case .failure(let problem):
                errors.write("regimen: cannot read \(file): \(problem.message)\n")
                throw ExitCode(Status.usage)
            }
            var report = ActivityReport(file: file)
            if let importer {
                let result = importer.read(bytes, file: file, athlete: athleteIndex)
                for diagnostic in result.diagnostics { errors.write(formatter.format(diagnostic)) }
                if result.diagnostics.contains(where: { $0.severity == .error }) { failed = true }
                report.activity = result.activity
                report.planned = result.planned
                report.log = result.session.map { LogReport($0, program: importer.program) }
            } else {
                do {
                    report.activity = try FITActivityReader(limits: fitLimits).read(bytes)
                } catch {
                    errors.write(formatter.format(error.diagnostic(file: file)))
                    failed = true
                }
            }
            reports.append(report)
        }
        switch format {
        case .text:
            Terminal.standardOutput.write(reports.filter { $0.activity != nil }.map(\.text).joined(separator: "\n"))
        case .json:
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            Terminal.standardOutput.write(String(decoding: try encoder.encode(reports), as: UTF8.self) + "\n")
        }
        if failed { throw ExitCode(Status.errors) }
    }
}

/// One file, for `regimen activity`.
struct ActivityReport: Encodable {
    var file: String
    var activity: RecordedActivity?
    var planned: SessionIdentity?
    var log: LogReport?

    var text: String {
        guard let activity else { return "" }
        var lines = ["\(file): " + Self.when(activity)]
        if let planned { lines.append("  session: \(planned.session), week \(planned.week)") }
        if let log {
            lines.append("  logged as \(log.status):")
            for exercise in log.exercises {
                lines.append("    \(exercise.exercise): " + exercise.sets.map(\.text).joined(separator: ", "))
            }
        } else {
            for (index, set) in activity.sets.enumerated() {
                lines.append("  set \(index + 1): " + Self.describe(set))
            }
        }
        lines.append("  \(activity.laps.count) lap\(activity.laps.count == 1 ? "" : "s")")
        return lines.joined(separator: "\n") + "\n"
    }

    static func when(_ activity: RecordedActivity) -> String {
        guard let start = activity.start else { return "no start time" }
        let offset = activity.localOffsetSeconds ?? 0
        let local = start + Int64(offset)
        let date = CivilDate(daysSinceEpoch: Int(local >= 0 ? local / 86_400 : (local - 86_399) / 86_400))
        let second = Int(local - Int64(date.daysSinceEpoch) * 86_400)
        let zone = activity.localOffsetSeconds == nil ? "UTC, no local time recorded"
            : "UTC\(offset < 0 ? "-" : "+")\(Padded.digits(abs(offset) / 3600, 2)):\(Padded.digits(abs(offset) % 3600 / 60, 2))"
        return "\(date) \(Padded.digits(second / 3600, 2)):\(Padded.digits(second % 3600 / 60, 2)) (\(zone))"
    }

    static func describe(_ set: RecordedSet) -> String {
        var parts = [set.kind.rawValue]
        if let guess = set.exercises.first, let category = FITExerciseCatalog.category(number: guess.category) {
            parts.append(category.name + (guess.name.flatMap { category.exercise(number: $0) }.map { "/" + $0 } ?? ""))
        }
        if let reps = set.repetitions { parts.append("\(reps) reps") }
        if let weight = set.weightSixteenthsOfKilogram {
            parts.append("@ " + DecimalText.thousandths(Int64(weight) * 125 / 2) + " kg")
        }
        if let duration = set.durationMilliseconds { parts.append(PlanText.duration((Int(duration) + 500) / 1000)) }
        return parts.joined(separator: " ")
    }
}

/// A log entry, for `regimen activity --program`.
struct LogReport: Encodable {
    struct Exercise: Encodable {
        var exercise: String
        var sets: [Set]
    }

    struct Set: Encodable {
        var status: String
        var reps: Int?
        var load: String?
        var holdSeconds: Int?
        var durationSeconds: Int?
        var distanceMeters: Int?
        var warmUp: Bool

        var text: String {
            var parts: [String] = []
            if let reps { parts.append("\(reps)") }
            if let seconds = holdSeconds ?? durationSeconds { parts.append(PlanText.duration(seconds)) }
            var text = parts.joined(separator: " ")
            // A run: "4.75 km in 28 min 20 s".
            if let distanceMeters { text = PlanText.distance(distanceMeters) + (text.isEmpty ? "" : " in " + text) }
            if let load { text += " @ \(load)" }
            if warmUp { text += " (warm-up)" }
            if status != "done" { text += " (\(status))" }
            return text
        }
    }

    var date: String
    var time: String?
    var status: String
    var exercises: [Exercise]

    init(_ session: LoggedSession, program: CheckedProgram) {
        date = session.date.description
        time = session.time?.description
        status = session.status.rawValue
        exercises = session.exercises.map { exercise in
            Exercise(exercise: program.exercises[exercise.exercise].id, sets: exercise.sets.map { set in
                let load: String? = switch set.load {
                case .mass(let mass)?: mass.description
                case .bodyweight(let added)?: added.map { "bodyweight + \($0)" } ?? "bodyweight"
                case .percent(let tenths)?: DecimalText.thousandths(Int64(tenths) * 100) + "%"
                case nil: nil
                }
                return Set(status: set.status.rawValue, reps: set.reps, load: load, holdSeconds: set.holdSeconds,
                           durationSeconds: set.durationSeconds, distanceMeters: set.distanceMeters, warmUp: set.isWarmUp)
            })
        }
    }
}
