import Diagnostics
import RegimenPlan

/// W504: the same muscle group trained hard on two days in a row.
struct SameGroupOnConsecutiveDays: Lint {
    var code: DiagnosticCode { .sameGroupOnConsecutiveDays }

    func findings(in input: LintInput) -> [Diagnostic] {
        let analysis = input.analysis
        let threshold = input.settings.hardSetsOnConsecutiveDays * 2
        var found: [String: (first: String, count: Int)] = [:]
        var order: [String] = []
        let days = analysis.days.sorted { $0.date < $1.date }
        for (today, tomorrow) in zip(days, days.dropFirst()) where tomorrow.date.daysSinceEpoch == today.date.daysSinceEpoch + 1 {
            for group in analysis.groups where (today.halfSets[group] ?? 0) >= threshold && (tomorrow.halfSets[group] ?? 0) >= threshold {
                if let existing = found[group] {
                    found[group] = (existing.first, existing.count + 1)
                } else {
                    order.append(group)
                    found[group] = ("week \(today.week): \(group) \(PlanAnalysis.setsText(today.halfSets[group] ?? 0)) hard sets on \(PlanText.longDate(today.date)) and \(PlanAnalysis.setsText(tomorrow.halfSets[group] ?? 0)) on \(tomorrow.date.weekday.name)", 1)
                }
            }
        }
        return order.compactMap { group in
            guard let entry = found[group] else { return nil }
            let more = entry.count > 1 ? " (and \(entry.count - 1) more time\(entry.count == 2 ? "" : "s"))" : ""
            return .warning(code, "\(group) trained hard on consecutive days: \(entry.first)\(more)", at: input.programAnchor,
                            notes: [DiagnosticNote("leave a day between hard sessions for the same muscle group")])
        }
    }
}
