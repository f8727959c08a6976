import RegimenPlan

/// Writes one calendar: its properties, a `VTIMEZONE` per zone used, and the events, carrying
/// `SEQUENCE` and `DTSTAMP` forward from the previous build.
struct CalendarWriter {
    let plan: Plan
    let settings: CalendarSettings
    let previous: PreviousCalendar?

    func calendar(name: String, athletes: [AthletePlan], labelled: Bool) -> [UInt8] {
        var written: Set<String> = []
        let stamp = baseline(athletes)
        var bytes = header(name: name, athletes: athletes)
        for athlete in athletes { bytes += events(of: athlete, labelled: labelled, baseline: stamp, written: &written) }
        return bytes + trailer(written: written, baseline: stamp)
    }

    /// The time new and changed events are stamped with: the build's, or the earliest start.
    /// Unchanged events keep their stamp.
    func baseline(_ athletes: [AthletePlan]) -> Int64 {
        settings.buildTimestamp ?? Int64(athletes.map(\.startDate.daysSinceEpoch).min() ?? 0) * 86_400
    }

    /// The calendar's properties and a `VTIMEZONE` for each zone `athletes` use (their sessions
    /// are not read).
    func header(name: String, athletes: [AthletePlan]) -> [UInt8] {
        var out = FoldedOutput()
        out.append("BEGIN:VCALENDAR")
        out.append(ContentLine.make("VERSION", "2.0"))
        out.append(ContentLine.make("PRODID", ICSBackend.productID))
        out.append(ContentLine.make("CALSCALE", "GREGORIAN"))
        out.append(ContentLine.text("NAME", name))
        out.append(ContentLine.text("X-WR-CALNAME", name))
        if let zone = athletes.first?.timeZone.identifier {
            out.append(ContentLine.text("X-WR-TIMEZONE", zone))
        }
        if settings.refreshHours > 0 {
            out.append(ContentLine.make("REFRESH-INTERVAL", parameters: [("VALUE", "DURATION")], ICSDate.duration(minutes: settings.refreshHours * 60)))
            out.append(ContentLine.make("X-PUBLISHED-TTL", ICSDate.duration(minutes: settings.refreshHours * 60)))
        }
        var zonesWritten: Set<String> = []
        for athlete in athletes where !athlete.timeZone.isUTC && zonesWritten.insert(athlete.timeZone.identifier).inserted {
            out.append(VTimeZone.lines(athletes.filter { $0.timeZone.identifier == athlete.timeZone.identifier }.map(\.timeZone)))
        }
        return out.bytes
    }

    /// One event for each of the athlete's sessions; their UIDs are added to `written`.
    func events(of athlete: AthletePlan, labelled: Bool, baseline: Int64, written: inout Set<String>) -> [UInt8] {
        var out = FoldedOutput()
        for session in athlete.sessions {
            let uid = ICSBackend.uid(session.identity)
            written.insert(uid)
            let content = eventContent(session, athlete: athlete, uid: uid, labelled: labelled)
            out.append(event(uid: uid, content: content, baseline: baseline))
        }
        return out.bytes
    }

    /// The previous build's events not `written` again, cancelled (when asked), and the end.
    func trailer(written: Set<String>, baseline: Int64) -> [UInt8] {
        var out = FoldedOutput()
        if settings.cancelRemoved, let previous {
            // A removed session stays, cancelled, until `cancelledDays` after its date; then it
            // is left out (calendar apps keep or drop it as they do any event gone from a feed).
            let today = Int((baseline >= 0 ? baseline : baseline - 86_399) / 86_400)
            for old in previous.events where !written.contains(old.uid) {
                if let day = old.day, day + settings.cancelledDays < today { continue }
                out.append(cancelled(old, baseline: baseline))
            }
        }
        out.append("END:VCALENDAR")
        return out.bytes
    }

    /// `BEGIN:VEVENT` … `END:VEVENT` with `DTSTAMP` and `SEQUENCE` decided against the previous build.
    func event(uid: String, content: [String], baseline: Int64) -> [String] {
        var sequence = 0
        var stamp = baseline
        if let old = previous?.event(uid: uid) {
            if old.content == content {
                sequence = old.sequence
                stamp = old.stamp
            } else {
                sequence = old.sequence + 1
                stamp = max(baseline, old.stamp + 1)
            }
        }
        return ["BEGIN:VEVENT", content[0], ContentLine.make("DTSTAMP", ICSDate.utc(stamp)), ContentLine.make("SEQUENCE", String(sequence))]
            + content.dropFirst() + ["END:VEVENT"]
    }

    /// A session that was in the previous build and is gone: the old event, cancelled.
    func cancelled(_ old: PreviousCalendar.Event, baseline: Int64) -> [String] {
        var lines = old.lines.filter { !$0.hasPrefix("STATUS:") }
        if !old.isCancelled {
            lines = lines.map { line in
                if line.hasPrefix("SEQUENCE:") { return ContentLine.make("SEQUENCE", String(old.sequence + 1)) }
                if line.hasPrefix("DTSTAMP:") { return ContentLine.make("DTSTAMP", ICSDate.utc(max(baseline, old.stamp + 1))) }
                return line
            }
        }
        return ["BEGIN:VEVENT"] + lines + [ContentLine.make("STATUS", "CANCELLED"), "END:VEVENT"]
    }

    /// Every line of the event but `DTSTAMP` and `SEQUENCE`, `UID` first.
    func eventContent(_ session: SessionInstance, athlete: AthletePlan, uid: String, labelled: Bool) -> [String] {
        var lines = [ContentLine.text("UID", uid)]
        if let start = session.start {
            let local = "\(session.date.basicFormat)T\(Padded.digits(start.hour, 2))\(Padded.digits(start.minute, 2))00"
            let localSeconds = Int64(session.date.daysSinceEpoch) * 86_400 + Int64(start.hour * 3600 + start.minute * 60)
            if athlete.timeZone.isUTC {
                lines.append(ContentLine.make("DTSTART", local + "Z"))
            } else if athlete.timeZone.repeats(localSeconds) {
                // A time clocks show twice (when they go back): RFC 5545 reads a local time as its
                // first occurrence, but some readers (vobject, anything on pytz) take the second.
                // UTC names the Plan's instant for every reader.
                lines.append(ContentLine.make("DTSTART", ICSDate.utc(localSeconds - Int64(session.utcOffset))))
            } else {
                lines.append(ContentLine.make("DTSTART", parameters: [("TZID", athlete.timeZone.identifier)], local))
            }
            lines.append(ContentLine.make("DURATION", ICSDate.duration(minutes: session.durationMinutes)))
        } else {
            lines.append(ContentLine.make("DTSTART", parameters: [("VALUE", "DATE")], session.date.basicFormat))
            lines.append(ContentLine.make("DTEND", parameters: [("VALUE", "DATE")], session.date.adding(days: 1).basicFormat))
            lines.append(ContentLine.make("TRANSP", "TRANSPARENT"))
        }
        let who = labelled ? "\(athlete.name ?? athlete.id): " : ""
        lines.append(ContentLine.text("SUMMARY", "\(who)\(session.title) · week \(session.week)"))
        lines.append(ContentLine.text("DESCRIPTION", SessionCard(session: session, plan: plan).plainLines.joined(separator: "\n")))
        if !session.kinds.isEmpty {
            lines.append(ContentLine.make("CATEGORIES", session.kinds.map { ContentLine.escape($0.rawValue) }.joined(separator: ",")))
        }
        if let location = session.location { lines.append(ContentLine.text("LOCATION", location)) }
        if settings.alarmMinutes > 0, session.start != nil {
            lines += [
                "BEGIN:VALARM",
                ContentLine.make("ACTION", "DISPLAY"),
                ContentLine.text("DESCRIPTION", "\(session.title) in \(settings.alarmMinutes) minutes"),
                ContentLine.make("TRIGGER", "-" + ICSDate.duration(minutes: settings.alarmMinutes)),
                "END:VALARM",
            ]
        }
        return lines
    }
}

extension ZoneSnapshot {
    /// UTC (or an alias of it) needs no `VTIMEZONE`: times are written with a `Z`.
    var isUTC: Bool {
        ["UTC", "Etc/UTC", "Etc/UCT", "UCT", "Etc/Universal", "Universal", "Zulu", "Etc/Zulu", "Etc/GMT", "GMT"].contains(identifier)
    }
}

/// Builds a `VTIMEZONE` from the zone periods the planner took from the system's zone data: one
/// `STANDARD` or `DAYLIGHT` observance per transition over the span of the plans that use it.
enum VTimeZone {
    static func lines(_ snapshots: [ZoneSnapshot]) -> [String] {
        guard let identifier = snapshots.first?.identifier else { return [] }
        var periods: [ZonePeriod] = []
        for snapshot in snapshots {
            for period in snapshot.periods where !periods.contains(period) { periods.append(period) }
        }
        periods.sort { ($0.start ?? .min) < ($1.start ?? .min) }
        var lines = ["BEGIN:VTIMEZONE", ContentLine.make("TZID", identifier), ContentLine.text("X-LIC-LOCATION", identifier)]
        for period in periods {
            let component = period.isDaylightSaving ? "DAYLIGHT" : "STANDARD"
            lines.append("BEGIN:\(component)")
            // DTSTART is the local time at which the observance begins, in the offset before it.
            let start = period.start.map { String(ICSDate.utc($0 + Int64(period.offsetBefore)).dropLast()) } ?? "19700101T000000"
            lines.append(ContentLine.make("DTSTART", start))
            lines.append(ContentLine.make("TZOFFSETFROM", ICSDate.offset(period.offsetBefore)))
            lines.append(ContentLine.make("TZOFFSETTO", ICSDate.offset(period.offset)))
            if !period.abbreviation.isEmpty { lines.append(ContentLine.text("TZNAME", period.abbreviation)) }
            lines.append("END:\(component)")
        }
        lines.append("END:VTIMEZONE")
        return lines
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

    /// Reads `20270301T000000Z`.
    static func parseUTC(_ text: String) -> Int64? {
        let digits = Array(text.utf8)
        guard digits.count == 16, digits[8] == UInt8(ascii: "T"), digits[15] == UInt8(ascii: "Z") else { return nil }
        func number(_ range: Range<Int>) -> Int? {
            var value = 0
            for index in range {
                guard (48...57).contains(digits[index]) else { return nil }
                value = value * 10 + Int(digits[index] - 48)
            }
            return value
        }
        guard let year = number(0..<4), let month = number(4..<6), let day = number(6..<8),
              let hour = number(9..<11), let minute = number(11..<13), let second = number(13..<15),
              let date = CivilDate(year: year, month: month, day: day), hour < 24, minute < 60, second < 61
        else { return nil }
        return Int64(date.daysSinceEpoch) * 86_400 + Int64(hour * 3600 + minute * 60 + second)
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

extension ZoneSnapshot {
    /// True when the local time `localSeconds` (seconds since 1970-01-01T00:00 local) happens
    /// twice: it falls in the hour (or so) that a change to a smaller offset repeats.
    func repeats(_ localSeconds: Int64) -> Bool {
        periods.contains { period in
            guard let start = period.start, period.offsetBefore > period.offset else { return false }
            return (start + Int64(period.offset)..<start + Int64(period.offsetBefore)).contains(localSeconds)
        }
    }
}
