import RegimenPlan

/// iCalendar (RFC 5545): one calendar per athlete, one event per session instance, the full
/// workout card in each event's description. See `docs/calendar.md`.
public struct ICSBackend: Backend {
    public init() {}

    public var name: String { "ics" }
    public var summary: String { "iCalendar files for athletes' calendars, one per athlete" }
    public var options: [BackendOption] { [] }

    /// The product identifier written into every calendar.
    static let productID = "-//Regimen//Regimen Exercise Program Compiler//EN"

    public func render(_ plan: Plan, options: BackendOptionValues, context: RenderContext) throws(BackendError) -> BackendOutput {
        let files = plan.athletes.map { athlete in
            let path = OutputNaming.baseName(plan: plan, athlete: athlete) + ".ics"
            return OutputFile(path: path, contents: calendar(plan: plan, athlete: athlete))
        }
        return BackendOutput(files: files)
    }

    func calendar(plan: Plan, athlete: AthletePlan) -> [UInt8] {
        var out = ContentLines()
        let isUTC = athlete.timeZone.isUTC
        out.begin("VCALENDAR")
        out.property("VERSION", "2.0")
        out.property("PRODID", ICSBackend.productID)
        out.property("CALSCALE", "GREGORIAN")
        let calendarName = athlete.name.map { "\(plan.program.name) – \($0)" } ?? plan.program.name
        out.text("NAME", calendarName)
        out.text("X-WR-CALNAME", calendarName)
        out.text("X-WR-TIMEZONE", athlete.timeZone.identifier)
        if !isUTC { VTimeZone.write(athlete.timeZone, into: &out) }
        let stamp = ICSDate.utc(Int64(athlete.startDate.daysSinceEpoch) * 86_400)
        for session in athlete.sessions {
            event(session, plan: plan, athlete: athlete, stamp: stamp, isUTC: isUTC, into: &out)
        }
        out.end("VCALENDAR")
        return out.bytes
    }

    func event(_ session: SessionInstance, plan: Plan, athlete: AthletePlan, stamp: String, isUTC: Bool, into out: inout ContentLines) {
        out.begin("VEVENT")
        out.text("UID", ICSBackend.uid(session.identity))
        out.property("DTSTAMP", stamp)
        if let start = session.start {
            let local = "\(session.date.basicFormat)T\(Padded.digits(start.hour, 2))\(Padded.digits(start.minute, 2))00"
            if isUTC {
                out.property("DTSTART", local + "Z")
            } else {
                out.property("DTSTART", parameters: [("TZID", athlete.timeZone.identifier)], local)
            }
            out.property("DURATION", ICSDate.duration(minutes: session.durationMinutes))
        } else {
            out.property("DTSTART", parameters: [("VALUE", "DATE")], session.date.basicFormat)
            out.property("DTEND", parameters: [("VALUE", "DATE")], session.date.adding(days: 1).basicFormat)
            out.property("TRANSP", "TRANSPARENT")
        }
        out.property("SEQUENCE", "0")
        out.text("SUMMARY", "\(session.title) · week \(session.week)")
        out.text("DESCRIPTION", SessionCard(session: session, plan: plan).plainLines.joined(separator: "\n"))
        if !session.kinds.isEmpty {
            out.property("CATEGORIES", session.kinds.map { ContentLines.escape($0.rawValue) }.joined(separator: ","))
        }
        if let location = session.location { out.text("LOCATION", location) }
        out.end("VEVENT")
    }

    /// A UID from the session identity alone: `runner-hip-balance.alex.hips-am.w3.2@regimen`.
    /// Identifiers cannot contain dots, so the parts cannot run into each other.
    static func uid(_ identity: SessionIdentity) -> String {
        "\(identity.program).\(identity.athlete).\(identity.session).w\(identity.week).\(identity.occurrence)@regimen"
    }
}

extension ZoneSnapshot {
    /// UTC (or an alias of it) needs no `VTIMEZONE`: times are written with a `Z`.
    var isUTC: Bool {
        ["UTC", "Etc/UTC", "Etc/UCT", "UCT", "Etc/Universal", "Universal", "Zulu", "Etc/Zulu"].contains(identifier)
    }
}

/// iCalendar date and duration values.
enum ICSDate {
    /// `20270301T000000Z` for seconds since the epoch.
    static func utc(_ instant: Int64) -> String {
        let days = Int(instant >= 0 ? instant / 86_400 : (instant - 86_399) / 86_400)
        let seconds = Int(instant - Int64(days) * 86_400)
        return CivilDate(daysSinceEpoch: days).basicFormat + "T" + clock(seconds) + "Z"
    }

    /// `HHMMSS` for seconds since midnight.
    static func clock(_ seconds: Int) -> String {
        Padded.digits(seconds / 3600, 2) + Padded.digits(seconds % 3600 / 60, 2) + Padded.digits(seconds % 60, 2)
    }

    /// `PT50M`, `PT1H30M`.
    static func duration(minutes: Int) -> String {
        var text = "PT"
        if minutes >= 60 { text += "\(minutes / 60)H" }
        if minutes % 60 > 0 || minutes == 0 { text += "\(minutes % 60)M" }
        return text
    }

    /// `+0100`, `-0500`, `+053000` for seconds east of UTC.
    static func offset(_ seconds: Int) -> String {
        let sign = seconds < 0 ? "-" : "+"
        let value = abs(seconds)
        var text = sign + Padded.digits(value / 3600, 2) + Padded.digits(value % 3600 / 60, 2)
        if value % 60 != 0 { text += Padded.digits(value % 60, 2) }
        return text
    }
}
