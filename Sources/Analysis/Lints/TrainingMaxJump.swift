import Diagnostics
import RegimenPlan

/// W506: a rule raising a training max by more than the most allowed (10%) a step: a wave
/// progression's increase each cycle, or a `training-max:` rule's fixed step (a load or a
/// percentage) at its cadence. A table by the `+` set's reps is judged by results, not here.
struct TrainingMaxJump: Lint {
    var code: DiagnosticCode { .trainingMaxJump }

    func findings(in input: LintInput) -> [Diagnostic] {
        let most = input.settings.maxTrainingMaxIncreasePercent
        var result: [Diagnostic] = []
        var reported: Set<String> = []
        for rise in input.facts.trainingMaxIncreases where !reported.contains(rise.exercise) {
            for athlete in input.plan.athletes {
                guard let max = athlete.trainingMaxes.first(where: { $0.key == rise.trainingMaxKey })?.mass, max.thousandths > 0 else { continue }
                let percent: Double
                let percentText: String
                let shown: String
                switch rise.step {
                case .percent(let tenths):
                    percent = Double(tenths) / 10
                    percentText = DecimalText.thousandths(Int64(tenths) * 100)
                    shown = "\(max) + \(percentText)%"
                case .load(let written, let alternates):
                    let chosen = ([written] + alternates).first { $0.unit == max.unit } ?? written
                    percent = Double(chosen.converted(to: max.unit).thousandths) / Double(max.thousandths) * 100
                    percentText = "\(Int(percent.rounded()))"
                    shown = "\(max) + \(chosen)"
                }
                guard percent > Double(most) else { continue }
                reported.insert(rise.exercise)
                let who = athlete.name.map { " for \($0)" } ?? ""
                result.append(.warning(code,
                                       "the training max of \(input.name(rise.exercise))\(who) rises \(percentText)% \(rise.every): \(shown); the most is \(most)%",
                                       at: input.anchors.rules[rise.exercise]?.first ?? input.programAnchor))
                break
            }
        }
        return result
    }
}
