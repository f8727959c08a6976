import RegimenPlan

/// Builds a `VTIMEZONE` from the zone periods the planner took from the system's zone data:
/// one `STANDARD` or `DAYLIGHT` observance per transition in the plan's span.
enum VTimeZone {
    static func write(_ zone: ZoneSnapshot, into out: inout ContentLines) {
        out.begin("VTIMEZONE")
        out.property("TZID", zone.identifier)
        out.text("X-LIC-LOCATION", zone.identifier)
        for period in zone.periods {
            let component = period.isDaylightSaving ? "DAYLIGHT" : "STANDARD"
            out.begin(component)
            // DTSTART is the local time at which the observance begins, in the offset before it.
            if let start = period.start {
                out.property("DTSTART", localTime(start + Int64(period.offsetBefore)))
            } else {
                out.property("DTSTART", "19700101T000000")
            }
            out.property("TZOFFSETFROM", ICSDate.offset(period.offsetBefore))
            out.property("TZOFFSETTO", ICSDate.offset(period.offset))
            if !period.abbreviation.isEmpty { out.text("TZNAME", period.abbreviation) }
            out.end(component)
        }
        out.end("VTIMEZONE")
    }

    /// `20270328T010000` for local seconds since the epoch.
    static func localTime(_ local: Int64) -> String {
        String(ICSDate.utc(local).dropLast())
    }
}
