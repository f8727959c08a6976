import Checker
import RegimenValues

/// One place in an athlete's calendar where a session happens: a day, and a session or the next
/// session of a rotation.
struct Slot {
    var date: CivilDate
    /// Index into `CheckedProgram.weeks`.
    var weekIndex: Int
    var entry: ScheduleEntry
    /// The name the schedule gives the slot (a session's key, or a rotation's name), which with
    /// the week and `occurrence` makes the slot's identity.
    var name: String
    /// 1 for the first slot of that name in its week, 2 for the second…
    var occurrence: Int
}

enum ScheduleSlots {
    /// Every slot of the athlete's program, in the order they happen: day by day; within a day,
    /// timed sessions in time order, then all-day ones, each in schedule order. A rotation's slot
    /// takes the time of the rotation's first session.
    static func make(program: CheckedProgram, athlete: CheckedAthlete) -> [Slot] {
        var slots: [Slot] = []
        var dayOrders: [[[ScheduleEntry]]: [[ScheduleEntry]]] = [:]
        for (weekIndex, week) in program.weeks.enumerated() {
            var occurrences: [String: Int] = [:]
            let weekStart = athlete.start.adding(days: 7 * (week.number - 1))
            let order: [[ScheduleEntry]]
            if let known = dayOrders[week.schedule] {
                order = known
            } else {
                order = week.schedule.map { inDayOrder($0, program: program) }
                dayOrders[week.schedule] = order
            }
            for offset in 0..<7 {
                let date = weekStart.adding(days: offset)
                for entry in order[date.weekday.rawValue - 1] {
                    let name = Self.name(entry, program: program)
                    occurrences[name, default: 0] += 1
                    slots.append(Slot(date: date, weekIndex: weekIndex, entry: entry, name: name, occurrence: occurrences[name, default: 1]))
                }
            }
        }
        return slots
    }

    static func name(_ entry: ScheduleEntry, program: CheckedProgram) -> String {
        switch entry {
        case .session(let index): program.sessions[index].id
        case .rotation(let index): program.rotations[index].name
        }
    }

    /// Timed sessions in time order, then all-day sessions, each in schedule order.
    static func inDayOrder(_ entries: [ScheduleEntry], program: CheckedProgram) -> [ScheduleEntry] {
        func time(_ entry: ScheduleEntry) -> Int {
            let session: Int? = switch entry {
            case .session(let index): index
            case .rotation(let index): program.rotations[index].sessions.first
            }
            return session.flatMap { program.sessions[$0].at?.secondsSinceMidnight } ?? Int.max
        }
        return entries.enumerated().sorted { (time($0.element), $0.offset) < (time($1.element), $1.offset) }.map(\.element)
    }
}
