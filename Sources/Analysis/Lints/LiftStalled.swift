import Diagnostics
import RegimenPlan

/// W520: a lift whose best estimated one-rep max has not improved for three weeks of logs.
struct LiftStalled: Lint {
    var code: DiagnosticCode { .liftStalled }

    /// Weeks a lift must go without beating its best estimated one-rep max to count as stalled.
    static let stallWeeks = 3

    func findings(in input: LintInput) -> [Diagnostic] {
        input.liftFindings { lift, analysis in stalled(lift, analysis: analysis, input: input) }
    }

    func stalled(_ lift: LogAnalysis.Lift, analysis: LogAnalysis, input: LintInput) -> Diagnostic? {
        var best: (mass: Mass, week: Int)?
        var run: [LogAnalysis.LiftWeek] = []
        for week in lift.weeks where !week.isDeload {
            guard let estimate = week.estimatedMax else { continue }
            guard let current = best, !(current.mass < estimate) else {
                best = (estimate, week.week)
                run = []
                continue
            }
            run.append(week)
            if run.count == Self.stallWeeks {
                let values = run.compactMap { $0.estimatedMax?.tenthsText }.joined(separator: ", ")
                let last = lift.sessions.last { $0.week == week.week }?.date ?? analysis.athlete.startDate
                return .warning(code,
                    "\(lift.name)\(input.who(analysis)) has not improved for \(Self.stallWeeks) weeks: best estimated 1RM \(current.mass.tenthsText) in week \(current.week), then \(values) in weeks \(run.map { String($0.week) }.joined(separator: ", "))",
                    at: input.logSpan(athlete: analysis.athlete.id, date: last),
                    notes: [DiagnosticNote("estimated 1RM by Epley's formula, load × (1 + reps ÷ 30), from the heaviest sets logged each week")])
            }
        }
        return nil
    }
}
