import Diagnostics
import RegimenPlan

/// W507: many weeks of rising work with no lighter week.
struct NoDeload: Lint {
    var code: DiagnosticCode { .noDeload }

    func findings(in input: LintInput) -> [Diagnostic] {
        let weeks = input.analysis.weeks
        guard weeks.count >= input.settings.deloadAfterWeeks else { return [] }
        // A lighter week: a deload, or 10% fewer hard sets or 10% less weight lifted than the week before.
        var progresses = false
        for (before, after) in zip(weeks, weeks.dropFirst()) {
            if after.isDeload { return [] }
            if after.totalHalfSets * 10 < before.totalHalfSets * 9 { return [] }
            if after.tonnageKilograms < before.tonnageKilograms * 0.9 { return [] }
            if after.totalHalfSets > before.totalHalfSets || after.tonnageKilograms > before.tonnageKilograms { progresses = true }
        }
        guard progresses else { return [] }
        return [.warning(code,
                         "\(weeks.count) weeks of rising work with no lighter week; add a deload (`deload: { every: 4 }`) or a lighter phase",
                         at: input.anchors.weeks ?? input.anchors.program)]
    }
}
