import Diagnostics
import RegimenPlan

/// W505: a lift's top load rising more than the most allowed (10%) in a week.
struct LoadJump: Lint {
    var code: DiagnosticCode { .loadJump }

    func findings(in input: LintInput) -> [Diagnostic] {
        let settings = input.settings
        var result: [Diagnostic] = []
        var reported: Set<String> = []
        for exercise in input.plan.exercises.map(\.id) {
            // Each week's top load against the best of the weeks before, so that coming back from
            // a lighter week (a deload, a wave's last week, a step down) is not a jump.
            var best: (week: Int, load: Mass)?
            for week in input.analysis.weeks {
                guard let load = week.topLoads[exercise] else { continue }
                defer { if best.map({ $0.load < load }) ?? true { best = (week.number, load) } }
                guard !week.isDeload, let before = best, !reported.contains(exercise) else { continue }
                let now = load.converted(to: before.load.unit)
                let increase = now.thousandths - before.load.thousandths
                guard increase > 0, before.load.thousandths > 0 else { continue }
                let step = input.facts.loadSteps[exercise]?[before.load.unit]?.thousandths ?? 0
                let percent = Double(increase) / Double(before.load.thousandths) * 100
                guard percent > Double(settings.maxWeeklyLoadIncreasePercent), increase > step else { continue }
                reported.insert(exercise)
                let previousText = before.week == week.number - 1 ? "in week \(before.week)" : "the best before, in week \(before.week)"
                result.append(.warning(code,
                                       "\(input.name(exercise)) jumps more than \(settings.maxWeeklyLoadIncreasePercent)% in a week: week \(week.number): top load \(load), up from \(before.load) \(previousText) (+\(Int(percent.rounded()))%)",
                                       at: input.anchors.rules[exercise]?.first ?? input.anchors.items[exercise]?.first ?? input.programAnchor))
            }
        }
        return result
    }
}
