import Diagnostics
import RegimenPlan

/// W508: a mobility exercise prescribed for one side only in a session. Read from the sessions as
/// written: sides are the same in every week, so each item is looked at once.
struct OneSidedMobility: Lint {
    var code: DiagnosticCode { .oneSidedMobility }

    func findings(in input: LintInput) -> [Diagnostic] {
        var reported: Set<String> = []
        var result: [Diagnostic] = []
        for session in input.facts.sessions {
            for prescription in session.prescriptions {
                guard let side = prescription.side, prescription.kind == .mobility, !reported.contains(prescription.exercise) else { continue }
                let other = side == "left" ? "right" : "left"
                guard !session.prescriptions.contains(where: { $0.exercise == prescription.exercise && $0.side == other }) else { continue }
                reported.insert(prescription.exercise)
                result.append(.warning(code,
                                       "\(input.name(prescription.exercise)) is prescribed for the \(side) side only in \(session.title); the \(other) side is never done in that session",
                                       at: input.anchors.sides[prescription.exercise]?.first ?? input.anchors.items[prescription.exercise]?.first ?? input.programAnchor))
            }
        }
        return result
    }
}
