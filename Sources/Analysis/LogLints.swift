import Diagnostics
import RegimenPlan

/// What the lints over training logs (W520–W523) share: they read what was done, from the Plan's
/// records and done sets, for every athlete of the plan, and point at the log entry that shows it.
extension LintInput {
    /// The analysis of each athlete's logs (none for a plan built without logs).
    var logAnalyses: [LogAnalysis] {
        plan.athletes.filter(LogAnalysis.hasLogs).map { LogAnalysis(plan: plan, athlete: $0) }
    }

    /// `finding` for every lift of every athlete with logs.
    func liftFindings(_ finding: (LogAnalysis.Lift, LogAnalysis) -> Diagnostic?) -> [Diagnostic] {
        logAnalyses.flatMap { analysis in analysis.lifts.compactMap { finding($0, analysis) } }
    }

    /// Where the log entry for `athlete`'s session on `date` is written; the schedule otherwise.
    func logSpan(athlete: String, date: CivilDate) -> SourceSpan {
        guard let entries = facts.logEntries[athlete] else { return programAnchor }
        return (entries.last { $0.date == date } ?? entries.last { $0.date <= date } ?? entries.first)?.span ?? programAnchor
    }

    /// " (Alex)" after a lift or a count when the plan has more than one athlete.
    func who(_ analysis: LogAnalysis) -> String { who(analysis.athlete) }

    /// " (Alex)" after `athlete`'s finding when the plan has more than one athlete.
    func who(_ athlete: AthletePlan) -> String {
        plan.athletes.count > 1 ? " (\(athlete.name ?? athlete.id))" : ""
    }
}

extension PlanText {
    /// `1 Mar`.
    static func shortDate(_ date: CivilDate) -> String {
        "\(date.day) \(monthNames[date.month - 1].prefix(3))"
    }
}
