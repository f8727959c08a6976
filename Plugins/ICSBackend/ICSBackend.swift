import RegimenPlan

/// iCalendar (RFC 5545): one calendar per athlete (and, if asked, one for the coach with every
/// athlete), one event per session instance, the full workout card in each event's description.
/// See `docs/calendar.md` for the identity rules and how athletes subscribe.
public struct ICSBackend: Backend {
    public init() {}

    public var name: String { "ics" }
    public var summary: String { "iCalendar files for athletes' calendars, one per athlete" }
    public var options: [BackendOption] {
        [
            BackendOption(name: "alarm", summary: "Minutes before a timed session to remind the athlete (a VALARM); 0 for none",
                          kind: .integer(0...1440), defaultValue: "0"),
            BackendOption(name: "refresh-hours", summary: "For subscription feeds: how often clients should refresh (REFRESH-INTERVAL and X-PUBLISHED-TTL); 0 to leave out",
                          kind: .integer(0...720), defaultValue: "0"),
            BackendOption(name: "combined", summary: "Also write PROGRAM.coach.ics with every athlete's sessions",
                          kind: .flag, defaultValue: "false"),
            BackendOption(name: "cancel-removed", summary: "Keep sessions removed since the previous build in the calendar as STATUS:CANCELLED",
                          kind: .flag, defaultValue: "true"),
        ]
    }

    /// The product identifier written into every calendar.
    static let productID = "-//Regimen//Regimen Exercise Program Compiler//EN"

    public func render(_ plan: Plan, options: BackendOptionValues, context: RenderContext) throws(BackendError) -> BackendOutput {
        let settings = CalendarSettings(
            alarmMinutes: options.integer("alarm") ?? 0, refreshHours: options.integer("refresh-hours") ?? 0,
            cancelRemoved: options.values["cancel-removed"] != "false", buildTimestamp: context.buildTimestamp)
        var files: [OutputFile] = []
        var diagnostics: [BackendDiagnostic] = []
        func write(_ path: String, name: String, athletes: [AthletePlan], labelled: Bool) {
            var previous: PreviousCalendar?
            if let bytes = context.previousOutput(path) {
                previous = PreviousCalendar(bytes)
                if previous == nil {
                    diagnostics.append(BackendDiagnostic(.warning, "\(path) exists but is not a calendar Regimen wrote; its events are not carried forward"))
                }
            }
            var writer = CalendarWriter(plan: plan, settings: settings, previous: previous)
            files.append(OutputFile(path: path, contents: writer.calendar(name: name, athletes: athletes, labelled: labelled)))
        }
        for athlete in plan.athletes {
            let name = athlete.name.map { "\(plan.program.name) – \($0)" } ?? plan.program.name
            write(OutputNaming.baseName(plan: plan, athlete: athlete) + ".ics", name: name, athletes: [athlete], labelled: false)
        }
        if options.flag("combined") {
            write(plan.program.id + ".coach.ics", name: "\(plan.program.name) – all athletes", athletes: plan.athletes, labelled: true)
        }
        return BackendOutput(files: files, diagnostics: diagnostics)
    }

    /// A UID from the session identity alone (`SessionIdentity.calendarUID`).
    static func uid(_ identity: SessionIdentity) -> String {
        identity.calendarUID
    }
}

/// The backend's options, read.
struct CalendarSettings {
    var alarmMinutes: Int
    var refreshHours: Int
    var cancelRemoved: Bool
    var buildTimestamp: Int64?
}
