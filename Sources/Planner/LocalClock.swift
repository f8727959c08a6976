import RegimenPlan
import ZoneInfo

/// When a session happens, as the athlete's clocks show it: the date, the local start time and
/// the UTC offset, which together name one instant.
///
/// A start time that clocks skip (in a spring-forward gap) is moved past the gap, as RFC 5545
/// (§3.3.5) reads it: `01:30` in Europe/London on 2027-03-28 is 02:30 BST (01:30 UTC), and the
/// Plan says `start: 02:30, utcOffset: 3600` with `scheduledStart: 01:30`, so the JSON, the
/// calendar and the card agree on the instant. A time that happens twice (when clocks go back) is
/// the first of the two, with the offset before the change.
struct LocalClock {
    var date: CivilDate
    var start: LocalTime?
    var utcOffset: Int
    /// The spec's time when it does not exist on `date`.
    var scheduledStart: LocalTime?

    init(rules: ZoneRules, date: CivilDate, at time: LocalTime?) {
        let written = time?.secondsSinceMidnight ?? 0
        let (instant, offset) = rules.instant(date: date, secondsOfDay: written)
        self.date = date
        self.start = time
        self.utcOffset = offset
        guard let time else { return }
        let local = instant + Int64(offset)
        let days = local >= 0 ? local / 86_400 : (local - 86_399) / 86_400
        let seconds = Int(local - days * 86_400)
        guard Int(days) != date.daysSinceEpoch || seconds != written, let shown = LocalTime(hour: seconds / 3600, minute: seconds % 3600 / 60)
        else { return }
        self.date = CivilDate(daysSinceEpoch: Int(days))
        self.start = shown
        self.scheduledStart = time
    }
}
