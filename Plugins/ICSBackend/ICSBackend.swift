import RegimenPlan

/// iCalendar (RFC 5545): one calendar per athlete (and, if asked, one for the coach with every
/// athlete), one event per session instance, the full workout card in each event's description.
/// See `docs/calendar.md` for the identity rules and how athletes subscribe.
public struct ICSBackend: StreamingBackend {
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
            BackendOption(name: "cancelled-days", summary: "Days after a cancelled session's date that it stays in the calendar as CANCELLED; then it is left out",
                          kind: .integer(0...3650), defaultValue: String(CalendarSettings.defaultCancelledDays)),
        ]
    }

    /// The product identifier written into every calendar.
    static let productID = "-//Regimen//Regimen Exercise Program Compiler//EN"

    public func render(_ plan: Plan, options: BackendOptionValues, context: RenderContext) throws(BackendError) -> BackendOutput {
        try renderByStreaming(plan, options: options, context: context)
    }

    public func stream(_ outline: Plan, options: BackendOptionValues, context: RenderContext) throws(BackendError) -> any AthleteRenderer {
        let settings = CalendarSettings(
            alarmMinutes: options.integer("alarm") ?? 0, refreshHours: options.integer("refresh-hours") ?? 0,
            cancelRemoved: options.values["cancel-removed"] != "false",
            cancelledDays: options.integer("cancelled-days") ?? CalendarSettings.defaultCancelledDays, buildTimestamp: context.buildTimestamp)
        return CalendarRenderer(outline: outline, settings: settings, context: context, combined: options.flag("combined"))
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
    /// A cancelled event is left out once its date is more than this many days before the build.
    var cancelledDays: Int
    var buildTimestamp: Int64?

    static let defaultCancelledDays = 90
}
