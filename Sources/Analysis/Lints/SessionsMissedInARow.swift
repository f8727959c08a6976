import Diagnostics
import RegimenPlan

/// W521: three or more sessions in a row missed (logged as missed, or due and not logged).
struct SessionsMissedInARow: Lint {
    var code: DiagnosticCode { .sessionsMissedInARow }

    /// Sessions missed in a row that are worth a word.
    static let missedInARow = 3

    func findings(in input: LintInput) -> [Diagnostic] {
        input.logAnalyses.compactMap { analysis in missed(analysis, input: input) }
    }

    func missed(_ analysis: LogAnalysis, input: LintInput) -> Diagnostic? {
        var run: [SessionInstance] = []
        for (session, missed) in analysis.dueSessions {
            if missed {
                run.append(session)
                continue
            }
            if run.count >= Self.missedInARow { break }
            run = []
        }
        guard run.count >= Self.missedInARow, let first = run.first, let last = run.last else { return nil }
        let list = run.prefix(4).map { "\($0.title) \(PlanText.shortDate($0.date))" }.joined(separator: ", ") + (run.count > 4 ? ", …" : "")
        return .warning(code,
            "\(run.count) sessions in a row were missed\(input.who(analysis)), from \(first.date) to \(last.date): \(list)",
            at: input.logSpan(athlete: analysis.athlete.id, date: last.date))
    }
}
