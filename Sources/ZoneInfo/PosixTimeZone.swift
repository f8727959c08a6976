import RegimenValues

/// A POSIX `TZ` rule string, as found in the footer of a TZif file (`GMT0BST,M3.5.0/1,M10.5.0`).
/// It gives the rules for times after the last recorded transition.
struct PosixTimeZone: Sendable, Hashable {
    struct Rule: Sendable, Hashable {
        enum Day: Sendable, Hashable {
            /// `Jn`: day 1–365, never counting February 29.
            case julianNoLeap(Int)
            /// `n`: day 0–365, counting February 29.
            case zeroBased(Int)
            /// `Mm.w.d`: weekday `d` (0 = Sunday) of week `w` (5 = last) of month `m`.
            case monthWeekDay(month: Int, week: Int, weekday: Int)
        }

        var day: Day
        /// Local time of the change, in seconds after midnight (may be negative or past 24h).
        var time: Int
    }

    var standard: LocalTimeType
    var daylight: LocalTimeType?
    var start: Rule?
    var end: Rule?

    func type(at instant: Int64) -> LocalTimeType {
        guard daylight != nil, start != nil, end != nil else { return standard }
        let year = CivilDate(daysSinceEpoch: Int(instant / 86_400)).year
        var current = standard
        var changes: [ZoneTransition] = []
        for y in (year - 1)...(year + 1) { changes += transitions(in: y) }
        for change in changes.sorted(by: { $0.at < $1.at }) where change.at <= instant {
            current = change.after
        }
        return current
    }

    /// The two transitions of `year` (none for a zone without daylight-saving time).
    func transitions(in year: Int) -> [ZoneTransition] {
        guard let daylight, let start, let end else { return [] }
        let startLocal = Int64(date(of: start.day, in: year).daysSinceEpoch) * 86_400 + Int64(start.time)
        let endLocal = Int64(date(of: end.day, in: year).daysSinceEpoch) * 86_400 + Int64(end.time)
        return [
            ZoneTransition(at: startLocal - Int64(standard.offset), before: standard, after: daylight),
            ZoneTransition(at: endLocal - Int64(daylight.offset), before: daylight, after: standard),
        ]
    }

    private func date(of day: Rule.Day, in year: Int) -> CivilDate {
        let january1 = CivilDate(year: year, month: 1, day: 1) ?? CivilDate(daysSinceEpoch: 0)
        switch day {
        case .julianNoLeap(let n):
            let skipsLeapDay = CivilDate.isLeap(year) && n >= 60
            return january1.adding(days: n - 1 + (skipsLeapDay ? 1 : 0))
        case .zeroBased(let n):
            return january1.adding(days: n)
        case .monthWeekDay(let month, let week, let weekday):
            let first = CivilDate(year: year, month: month, day: 1) ?? january1
            // Weekday.rawValue is 1 (Monday) … 7 (Sunday); POSIX counts 0 (Sunday) … 6.
            let firstWeekday = first.weekday.rawValue % 7
            var day = 1 + (weekday - firstWeekday + 7) % 7 + (week - 1) * 7
            let length = CivilDate.daysIn(month: month, year: year)
            while day > length { day -= 7 }
            return first.adding(days: day - 1)
        }
    }
}

/// Parses POSIX `TZ` strings.
struct PosixTimeZoneParser {
    private var scalars: [Unicode.Scalar]
    private var position = 0

    static func parse(_ text: String) -> PosixTimeZone? {
        var parser = PosixTimeZoneParser(scalars: Array(text.unicodeScalars))
        return parser.zone()
    }

    private init(scalars: [Unicode.Scalar]) {
        self.scalars = scalars
    }

    private var current: Unicode.Scalar? { position < scalars.count ? scalars[position] : nil }

    private mutating func zone() -> PosixTimeZone? {
        guard let standardName = name(), let standardOffset = offset() else { return nil }
        // POSIX offsets count west of UTC; LocalTimeType counts east.
        let standard = LocalTimeType(offset: -standardOffset, isDaylightSaving: false, abbreviation: standardName)
        guard current != nil else { return PosixTimeZone(standard: standard) }
        guard let daylightName = name() else { return nil }
        var daylightOffset = standard.offset + 3600
        if let scalar = current, scalar != "," {
            guard let written = offset() else { return nil }
            daylightOffset = -written
        }
        let daylight = LocalTimeType(offset: daylightOffset, isDaylightSaving: true, abbreviation: daylightName)
        guard current == ",", consume(","), let start = rule(), consume(","), let end = rule(), current == nil else {
            // Without explicit rules POSIX leaves the dates to the implementation; use the US rules.
            guard current == nil else { return nil }
            return PosixTimeZone(
                standard: standard, daylight: daylight,
                start: .init(day: .monthWeekDay(month: 3, week: 2, weekday: 0), time: 7200),
                end: .init(day: .monthWeekDay(month: 11, week: 1, weekday: 0), time: 7200))
        }
        return PosixTimeZone(standard: standard, daylight: daylight, start: start, end: end)
    }

    private mutating func consume(_ scalar: Unicode.Scalar) -> Bool {
        guard current == scalar else { return false }
        position += 1
        return true
    }

    private mutating func name() -> String? {
        var name = ""
        if consume("<") {
            while let scalar = current, scalar != ">" {
                name.unicodeScalars.append(scalar)
                position += 1
            }
            guard consume(">") else { return nil }
        } else {
            while let scalar = current, scalar.properties.isAlphabetic {
                name.unicodeScalars.append(scalar)
                position += 1
            }
        }
        return name.count >= 3 ? name : nil
    }

    private mutating func number() -> Int? {
        var value = 0
        var digits = 0
        while let scalar = current, ("0"..."9").contains(scalar), digits < 6 {
            value = value * 10 + Int(scalar.value - 48)
            digits += 1
            position += 1
        }
        return digits > 0 ? value : nil
    }

    /// `[+-]hh[:mm[:ss]]` as seconds.
    private mutating func offset() -> Int? {
        var sign = 1
        if consume("-") { sign = -1 } else { _ = consume("+") }
        guard let hours = number() else { return nil }
        var seconds = hours * 3600
        if consume(":") {
            guard let minutes = number() else { return nil }
            seconds += minutes * 60
            if consume(":") {
                guard let secs = number() else { return nil }
                seconds += secs
            }
        }
        return sign * seconds
    }

    private mutating func rule() -> PosixTimeZone.Rule? {
        let day: PosixTimeZone.Rule.Day
        if consume("M") {
            guard let month = number(), consume("."), let week = number(), consume("."), let weekday = number(),
                  (1...12).contains(month), (1...5).contains(week), (0...6).contains(weekday)
            else { return nil }
            day = .monthWeekDay(month: month, week: week, weekday: weekday)
        } else if consume("J") {
            guard let n = number(), (1...365).contains(n) else { return nil }
            day = .julianNoLeap(n)
        } else {
            guard let n = number(), (0...365).contains(n) else { return nil }
            day = .zeroBased(n)
        }
        var time = 7200
        if consume("/") {
            guard let written = offset() else { return nil }
            time = written
        }
        return PosixTimeZone.Rule(day: day, time: time)
    }
}

extension PosixTimeZone {
    init(standard: LocalTimeType) {
        self.init(standard: standard, daylight: nil, start: nil, end: nil)
    }
}
