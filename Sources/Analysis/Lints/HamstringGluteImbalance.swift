import Diagnostics
import RegimenPlan

/// W502: hamstring volume well above glute volume in a week.
struct HamstringGluteImbalance: Lint {
    var code: DiagnosticCode { .hamstringGluteImbalance }

    func findings(in input: LintInput) -> [Diagnostic] {
        let ratioTenths = input.settings.hamstringGluteRatioTenths
        let weeks = input.analysis.weeks.filter { week in
            let hamstrings = week.halfSets["hamstrings"] ?? 0, glutes = week.halfSets["glutes"] ?? 0
            return hamstrings >= 8 && hamstrings * 10 > glutes * ratioTenths
        }
        guard let first = weeks.first else { return [] }
        let ratio = DecimalText.thousandths(Int64(ratioTenths) * 100)
        return [.warning(code,
                         "hamstring volume is more than \(ratio) times glute volume: week \(first.number): hamstrings \(PlanAnalysis.setsText(first.halfSets["hamstrings"] ?? 0)) hard sets, glutes \(PlanAnalysis.setsText(first.halfSets["glutes"] ?? 0))\(LintInput.moreWeeks(weeks.map(\.number)))",
                         at: input.programAnchor, notes: [DiagnosticNote("add glute-dominant work such as hip thrusts or glute bridges")])]
    }
}
