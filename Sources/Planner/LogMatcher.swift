import Checker
import RegimenValues

/// Finds the logged session for each slot of an athlete's calendar, in date order. Each log
/// entry is used once. A slot takes, in this order:
///
/// 1. an entry naming its identity (session, week and occurrence; for a rotated slot, any of
///    the rotation's sessions);
/// 2. an entry on its day naming its session (or a session of its rotation), or naming none;
/// 3. an entry naming its session on another day between the slots before and after it with the
///    same name (a moved session);
/// 4. an entry naming no session on such a day, with an exercise of the session.
///
/// Entries are kept in date order and looked up by binary search, so a season of logs costs a
/// few comparisons per slot.
struct LogMatcher {
    let logs: [LoggedSession]
    private var used: [Bool]
    /// Entries that name an identity (a week), which rule 1 looks through.
    private let byIdentity: [Int]
    /// The athlete's last logged day: slots up to it without an entry were missed; slots after it
    /// are projected.
    let lastDate: CivilDate?

    init(logs: [LoggedSession]) {
        // Stable: entries of one day keep the order they were written in.
        let sorted = logs.enumerated().sorted { ($0.element.date, $0.offset) < ($1.element.date, $1.offset) }.map(\.element)
        self.logs = sorted
        used = Array(repeating: false, count: sorted.count)
        byIdentity = sorted.indices.filter { sorted[$0].week != nil }
        lastDate = sorted.last?.date
    }

    var isEmpty: Bool { logs.isEmpty }

    /// The entry for a slot, marked used.
    /// - Parameters:
    ///   - sessions: the sessions the slot may hold (one; every session of a rotation).
    ///   - planned: the session the slot holds unless the log says otherwise.
    ///   - window: the days strictly between the slots before and after with the same name.
    ///   - exercises: the exercise indices of a session, for entries that name none.
    mutating func match(
        slot: Slot, weekNumber: Int, sessions: [Int], planned: Int, window: ClosedRange<CivilDate>, exercises: (Int) -> Set<Int>
    ) -> LoggedSession? {
        guard !logs.isEmpty else { return nil }
        // A fixed slot's identity names its session; a rotated slot's, one of the rotation's.
        let named: [Int] = if case .session = slot.entry { [planned] } else { sessions }
        if let index = byIdentity.first(where: {
            !used[$0] && logs[$0].session.map(named.contains) == true && logs[$0].week == weekNumber && logs[$0].occurrence == slot.occurrence
        }) {
            return take(index)
        }
        let candidates = indices(from: window.lowerBound, through: window.upperBound).filter { !used[$0] && logs[$0].week == nil }
        if let index = candidates.first(where: { logs[$0].date == slot.date && (logs[$0].session.map(sessions.contains) ?? true) }) {
            return take(index)
        }
        if let index = candidates.first(where: { logs[$0].session.map(sessions.contains) ?? false }) {
            return take(index)
        }
        let unnamed = candidates.filter { logs[$0].session == nil }
        guard !unnamed.isEmpty else { return nil }
        let wanted = exercises(planned)
        if let index = unnamed.first(where: { logs[$0].exercises.contains { wanted.contains($0.exercise) } }) {
            return take(index)
        }
        return nil
    }

    private mutating func take(_ index: Int) -> LoggedSession {
        used[index] = true
        return logs[index]
    }

    /// The entries dated from `lower` through `upper`.
    private func indices(from lower: CivilDate, through upper: CivilDate) -> Range<Int> {
        var low = 0, high = logs.count
        while low < high {
            let middle = (low + high) / 2
            if logs[middle].date < lower { low = middle + 1 } else { high = middle }
        }
        var end = low
        while end < logs.count, logs[end].date <= upper { end += 1 }
        return low..<end
    }
}
