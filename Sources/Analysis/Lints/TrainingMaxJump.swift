import Diagnostics
import RegimenPlan

/// W506: a wave progression raising a training max by more than the most allowed (10%) a cycle.
struct TrainingMaxJump: Lint {
    var code: DiagnosticCode { .trainingMaxJump }

    func findings(in input: LintInput) -> [Diagnostic] {
        let most = input.settings.maxTrainingMaxIncreasePercent
        var result: [Diagnostic] = []
        var reported: Set<String> = []
        for rise in input.facts.trainingMaxIncreases where !reported.contains(rise.exercise) {
            for athlete in input.plan.athletes {
                guard let max = athlete.trainingMaxes.first(where: { $0.key == rise.trainingMaxKey })?.mass, max.thousandths > 0 else { continue }
                let step = rise.increase.converted(to: max.unit)
                let percent = Double(step.thousandths) / Double(max.thousandths) * 100
                guard percent > Double(most) else { continue }
                reported.insert(rise.exercise)
                let who = athlete.name.map { " for \($0)" } ?? ""
                result.append(.warning(code,
                                       "the training max of \(input.name(rise.exercise))\(who) rises \(Int(percent.rounded()))% a cycle: \(max) + \(rise.increase); the most is \(most)%",
                                       at: input.anchors.rules[rise.exercise]?.first ?? input.programAnchor))
                break
            }
        }
        return result
    }
}
