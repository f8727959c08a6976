import Checker
import RegimenPlan

/// Progression rules in words, for the program-level lines of a diff: `load +2.5 kg every week,
/// up to 60 kg`, `double progression +2.5 kg every session`, `5/3/1-style wave …`.
enum RuleText {
    /// The rules of an item, in the order written; `none` when there are none.
    static func describe(_ rules: [CheckedRule]) -> String {
        rules.isEmpty ? "none" : rules.map(describe).joined(separator: "; ")
    }

    static func describe(_ rule: CheckedRule) -> String {
        switch rule {
        case .linear(let step, let cadence, let max, let then, let stepLoading):
            var text = "\(step.field) \(amount(step, signed: true)) \(every(cadence))"
            if let max { text += ", up to \(amount(max, signed: false))" }
            if then == .harder { text += ", then the harder variant" }
            if let stepLoading { text += ", \(stepLoading.up) up and \(stepLoading.down) back" }
            return text
        case .double(let increment, let cadence, let max):
            var text = "double progression +\(increment) \(every(cadence))"
            if let max { text += ", up to \(max)" }
            return text
        case .wave(let weeks, let increase):
            let sets = weeks.map { week in
                week.map { "\($0.reps)\($0.asManyAsPossible ? "+" : "") @ \(DecimalText.thousandths(Int64($0.percentTenths) * 100))%" }
                    .joined(separator: ", ")
            }
            var text = "wave " + sets.joined(separator: " / ")
            if let increase { text += ", training max +\(increase) a cycle" }
            return text
        case .rpe(let tenths):
            return "RPE " + tenths.map { DecimalText.thousandths(Int64($0) * 100) }.joined(separator: ", ") + " by week"
        case .rir(let values):
            return "RIR " + values.map(String.init).joined(separator: ", ") + " by week"
        case .harderAfter(let weeks):
            return weeks == 1 ? "harder variant every week" : "harder variant every \(weeks) weeks"
        }
    }

    static func every(_ cadence: Cadence) -> String {
        switch cadence {
        case .weeks(let count): count == 1 ? "every week" : "every \(count) weeks"
        case .sessions(let count): count == 1 ? "every session" : "every \(count) sessions"
        }
    }

    static func amount(_ step: ProgressionStep, signed: Bool) -> String {
        let sign = signed ? "+" : ""
        return switch step {
        case .load(let mass): sign + mass.description
        case .reps(let count): sign + (count == 1 ? "1 rep" : "\(count) reps")
        case .sets(let count): sign + (count == 1 ? "1 set" : "\(count) sets")
        case .hold(let seconds), .duration(let seconds): sign + PlanText.duration(seconds)
        case .distance(let meters): sign + PlanText.distance(meters)
        }
    }
}
