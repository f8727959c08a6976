import RegimenPlan

/// The events of a calendar this backend wrote on an earlier build, read back so that unchanged
/// events keep their `SEQUENCE` and `DTSTAMP`, changed ones advance, and removed ones can be
/// cancelled. Anything unexpected (a hand-edited or damaged file) is skipped, never trusted.
struct PreviousCalendar {
    struct Event {
        var uid: String
        /// The event's logical lines between `BEGIN:VEVENT` and `END:VEVENT`.
        var lines: [String]
        var sequence: Int
        /// `DTSTAMP` in seconds since the epoch.
        var stamp: Int64
        var isCancelled: Bool
        /// The day the event starts on (`DTSTART`'s date, days since 1970-01-01), if readable.
        var day: Int?

        /// The lines that say what the event is: all but `DTSTAMP` and `SEQUENCE`.
        var content: [String] { lines.filter { !$0.hasPrefix("DTSTAMP:") && !$0.hasPrefix("SEQUENCE:") } }
    }

    private(set) var events: [Event] = []
    private var byUID: [String: Int] = [:]

    init?(_ bytes: [UInt8]) {
        guard bytes.count < 64 << 20 else { return nil }
        let text = String(decoding: bytes, as: UTF8.self)
        var logical: [String] = []
        for physical in text.split(separator: "\r\n", omittingEmptySubsequences: false) {
            if physical.hasPrefix(" ") || physical.hasPrefix("\t"), !logical.isEmpty {
                logical[logical.count - 1] += physical.dropFirst()
            } else if !physical.isEmpty {
                logical.append(String(physical))
            }
        }
        guard logical.first == "BEGIN:VCALENDAR" else { return nil }
        var current: [String]?
        for line in logical {
            if line == "BEGIN:VEVENT" {
                current = []
            } else if line == "END:VEVENT" {
                if let lines = current, let event = PreviousCalendar.event(lines), byUID[event.uid] == nil {
                    byUID[event.uid] = events.count
                    events.append(event)
                }
                current = nil
            } else {
                current?.append(line)
            }
        }
    }

    func event(uid: String) -> Event? { byUID[uid].map { events[$0] } }

    private static func event(_ lines: [String]) -> Event? {
        func value(_ name: String) -> String? {
            lines.first { $0.hasPrefix(name + ":") }.map { String($0.dropFirst(name.count + 1)) }
        }
        guard let uid = value("UID"), let stampText = value("DTSTAMP"), let stamp = ICSDate.parseUTC(stampText) else { return nil }
        let sequence = value("SEQUENCE").flatMap { Int($0) }.map { max(0, min($0, 1_000_000)) } ?? 0
        return Event(uid: uid, lines: lines, sequence: sequence, stamp: stamp, isCancelled: value("STATUS") == "CANCELLED",
                     day: lines.first { $0.hasPrefix("DTSTART:") || $0.hasPrefix("DTSTART;") }.flatMap(startDay))
    }

    /// The date of a `DTSTART` line (`DTSTART;VALUE=DATE:20270104`, `DTSTART;TZID=…:20270104T063000`,
    /// `DTSTART:20270104T063000Z`), as days since 1970-01-01.
    private static func startDay(_ line: String) -> Int? {
        guard let colon = line.lastIndex(of: ":") else { return nil }
        let digits = Array(line[line.index(after: colon)...].utf8.prefix(8))
        guard digits.count == 8, digits.allSatisfy({ (48...57).contains($0) }) else { return nil }
        let number = { (range: Range<Int>) in digits[range].reduce(0) { $0 * 10 + Int($1 - 48) } }
        return CivilDate(year: number(0..<4), month: number(4..<6), day: number(6..<8))?.daysSinceEpoch
    }
}
