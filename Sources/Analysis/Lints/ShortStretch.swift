import Diagnostics
import RegimenPlan

/// W509: a stretch held shorter than the least allowed (15 s). Read from the sessions as written:
/// holds only grow over the weeks.
struct ShortStretch: Lint {
    var code: DiagnosticCode { .shortStretch }

    func findings(in input: LintInput) -> [Diagnostic] {
        let least = input.settings.minStretchHoldSeconds
        var reported: Set<String> = []
        var result: [Diagnostic] = []
        for session in input.facts.sessions {
            for prescription in session.prescriptions {
                guard prescription.kind == .mobility, !reported.contains(prescription.exercise), let hold = prescription.holdSeconds, hold < least else { continue }
                reported.insert(prescription.exercise)
                result.append(.warning(code,
                                       "\(input.name(prescription.exercise)) is held \(PlanText.duration(hold)) in \(session.title), less than \(PlanText.duration(least))",
                                       at: input.anchors.holds[prescription.exercise]?.first ?? input.anchors.items[prescription.exercise]?.first ?? input.programAnchor))
            }
        }
        return result
    }
}
