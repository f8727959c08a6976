import Diagnostics
import RegimenPlan

/// W522: a lift logged at one load three sessions in a row, with the RPE rising each time.
struct RPECreeping: Lint {
    var code: DiagnosticCode { .rpeCreeping }

    /// Sessions in a row at one load with the effort rising each time.
    static let creepingSessions = 3

    func findings(in input: LintInput) -> [Diagnostic] {
        input.liftFindings { lift, analysis in creeping(lift, analysis: analysis, input: input) }
    }

    func creeping(_ lift: LogAnalysis.Lift, analysis: LogAnalysis, input: LintInput) -> Diagnostic? {
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
                return .warning(code,
                    "\(lift.name)\(input.who(analysis)) at \(session.load) felt harder each time: RPE \(efforts), from \(run[0].date) to \(session.date)",
                    at: input.logSpan(athlete: analysis.athlete.id, date: session.date))
            }
        }
        return nil
    }
}
