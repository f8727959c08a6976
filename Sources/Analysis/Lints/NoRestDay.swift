import Diagnostics
import RegimenPlan

/// W503: more training days in a row than the most allowed (6), reported for the longest run.
struct NoRestDay: Lint {
    var code: DiagnosticCode { .noRestDay }

    func findings(in input: LintInput) -> [Diagnostic] {
        let most = input.settings.maxTrainingDaysInARow
        let days = input.analysis.days
        let training = days.filter(\.isTraining).map(\.date).sorted()
        var best: (start: CivilDate, end: CivilDate, length: Int)?
        var runStart = training.first, previous = training.first, length = training.isEmpty ? 0 : 1
        for date in training.dropFirst() {
            if let last = previous, date.daysSinceEpoch == last.daysSinceEpoch + 1 {
                length += 1
            } else {
                runStart = date
                length = 1
            }
            previous = date
            if length > most, length > (best?.length ?? 0), let runStart { best = (runStart, date, length) }
        }
        guard let best else { return [] }
        let week = days.first { $0.date == best.start }?.week ?? 1
        return [.warning(code,
                         "\(best.length) training days in a row with no rest day, from \(PlanText.longDate(best.start)) (week \(week)) to \(PlanText.longDate(best.end)); the most is \(most)",
                         at: input.programAnchor)]
    }
}
