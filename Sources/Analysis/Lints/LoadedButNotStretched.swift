import Diagnostics
import RegimenPlan

/// W501: a muscle group that is loaded hard in a week and never stretched that week (by default
/// the hip flexors).
struct LoadedButNotStretched: Lint {
    var code: DiagnosticCode { .loadedButNotStretched }

    func findings(in input: LintInput) -> [Diagnostic] {
        let settings = input.settings
        return settings.stretchedGroups.compactMap { group in
            let weeks = input.analysis.weeks.filter {
                ($0.halfSets[group] ?? 0) >= settings.minLoadedSetsToStretch * 2 && ($0.mobilitySeconds[group] ?? 0) == 0
            }
            guard let first = weeks.first else { return nil }
            return .warning(code,
                            "\(group) are loaded but never stretched: week \(first.number): \(group) \(PlanAnalysis.setsText(first.halfSets[group] ?? 0)) hard sets, no stretching\(LintInput.moreWeeks(weeks.map(\.number)))",
                            at: input.programAnchor, notes: [DiagnosticNote("add a stretch for the \(group), such as a kneeling hip flexor stretch after the session")])
        }
    }
}
