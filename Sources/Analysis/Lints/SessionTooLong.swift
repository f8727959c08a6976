import Diagnostics
import RegimenPlan

/// W510: a session whose sets and rest take longer than its stated `duration:`.
struct SessionTooLong: Lint {
    var code: DiagnosticCode { .sessionTooLong }

    func findings(in input: LintInput) -> [Diagnostic] {
        let tolerance = input.settings.durationTolerancePercent
        var reported: Set<String> = []
        var result: [Diagnostic] = []
        for session in input.analysis.athlete.sessions where !session.durationIsEstimate && !reported.contains(session.session) {
            guard session.estimatedMinutes * 100 > session.durationMinutes * (100 + tolerance) else { continue }
            reported.insert(session.session)
            result.append(.warning(code,
                                   "\(session.title) takes about \(session.estimatedMinutes) min of sets and rest in week \(session.week), more than its stated \(session.durationMinutes) min",
                                   at: input.anchors.sessionDurations[session.session] ?? input.anchors.sessions[session.session] ?? input.programAnchor))
        }
        return result
    }
}
