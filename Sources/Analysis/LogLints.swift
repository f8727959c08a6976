import Checker
import Diagnostics
import RegimenPlan

/// The coaching lints over training logs (W520–W522): they read what was done, from the Plan's
/// records and done sets, for every athlete, and point at the log entry that shows it.
extension Linter {
    /// Lints over the logs of every athlete of the plan (nothing for a plan built without logs).
    public func logLints() -> [Diagnostic] {
        plan.athletes.flatMap { athlete -> [Diagnostic] in
            guard LogAnalysis.hasLogs(athlete) else { return [] }
            let analysis = LogAnalysis(plan: plan, athlete: athlete)
            return liftsStalled(analysis) + sessionsMissed(analysis) + effortCreeping(analysis)
        }
    }

    /// Where the log entry for `athlete`'s session on `date` is written; the schedule otherwise.
    func logSpan(athlete: String, date: CivilDate) -> SourceSpan {
        guard let index = program.athletes.firstIndex(where: { $0.id == athlete }), index < program.log.sessions.count else { return anchor }
        let sessions = program.log.sessions[index]
        return (sessions.last { $0.date == date } ?? sessions.last { $0.date <= date } ?? sessions.first)?.span ?? anchor
    }

    func who(_ analysis: LogAnalysis) -> String {
        plan.athletes.count > 1 ? " (\(analysis.athlete.name ?? analysis.athlete.id))" : ""
    }

    // MARK: W520

    /// Weeks a lift must go without beating its best estimated one-rep max to count as stalled.
    static let stallWeeks = 3

    func liftsStalled(_ analysis: LogAnalysis) -> [Diagnostic] {
        analysis.lifts.compactMap { lift in
            let weeks = lift.weeks.filter { !$0.isDeload && $0.estimatedMax != nil }
            var best: (mass: Mass, week: Int)?
            var run: [LogAnalysis.LiftWeek] = []
            for week in weeks {
                guard let estimate = week.estimatedMax else { continue }
                if let current = best, !(current.mass < estimate) {
                    run.append(week)
                    if run.count == Self.stallWeeks {
                        let values = run.compactMap { $0.estimatedMax?.tenthsText }.joined(separator: ", ")
                        let last = lift.sessions.last { $0.week == week.week }?.date ?? analysis.athlete.startDate
                        return .warning(.liftStalled,
                            "\(lift.name)\(who(analysis)) has not improved for \(Self.stallWeeks) weeks: best estimated 1RM \(current.mass.tenthsText) in week \(current.week), then \(values) in weeks \(run.map { String($0.week) }.joined(separator: ", "))",
                            at: logSpan(athlete: analysis.athlete.id, date: last),
                            notes: [DiagnosticNote("estimated 1RM by Epley's formula, load × (1 + reps ÷ 30), from the heaviest sets logged each week")])
                    }
                } else {
                    best = (estimate, week.week)
                    run = []
                }
            }
            return nil
        }
    }

    // MARK: W521

    /// Sessions missed in a row that are worth a word.
    static let missedInARow = 3

    func sessionsMissed(_ analysis: LogAnalysis) -> [Diagnostic] {
        var run: [SessionInstance] = []
        for (session, missed) in analysis.dueSessions {
            if missed {
                run.append(session)
                continue
            }
            if run.count >= Self.missedInARow { break }
            run = []
        }
        guard run.count >= Self.missedInARow, let first = run.first, let last = run.last else { return [] }
        let list = run.prefix(4).map { "\($0.title) \(PlanText.shortDate($0.date))" }.joined(separator: ", ") + (run.count > 4 ? ", …" : "")
        return [.warning(.sessionsMissedInARow,
            "\(run.count) sessions in a row were missed\(who(analysis)), from \(first.date) to \(last.date): \(list)",
            at: logSpan(athlete: analysis.athlete.id, date: last.date))]
    }

    // MARK: W522

    /// Sessions in a row at one load with the effort rising each time.
    static let creepingSessions = 3

    func effortCreeping(_ analysis: LogAnalysis) -> [Diagnostic] {
        analysis.lifts.compactMap { lift in
            var run: [LogAnalysis.LiftSession] = []
            for session in lift.sessions {
                guard let rpe = session.rpeTenths else {
                    run = []
                    continue
                }
                if let previous = run.last, previous.load == session.load, let before = previous.rpeTenths, rpe > before {
                    run.append(session)
                } else {
                    run = [session]
                }
                if run.count == Self.creepingSessions {
                    let efforts = run.compactMap(\.rpeTenths).map { DecimalText.thousandths(Int64($0) * 100) }.joined(separator: ", then ")
                    return .warning(.rpeCreeping,
                        "\(lift.name)\(who(analysis)) at \(session.load) felt harder each time: RPE \(efforts), from \(run[0].date) to \(session.date)",
                        at: logSpan(athlete: analysis.athlete.id, date: session.date))
                }
            }
            return nil
        }
    }
}

extension PlanText {
    /// `1 Mar`.
    static func shortDate(_ date: CivilDate) -> String {
        "\(date.day) \(monthNames[date.month - 1].prefix(3))"
    }
}
