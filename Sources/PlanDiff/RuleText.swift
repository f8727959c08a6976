import Checker
import RegimenPlan

/// Progression rules in words, for the program-level lines of a diff: `load +2.5 kg every week,
/// up to 60 kg`, `double progression +2.5 kg every session`, `wave …`, `training max +5 lb every
/// week`, `stages 5×3+ / 6×2+ / 10×1+, the next on a failure`.
enum RuleText {
    /// The rules of an item with what they read from results, in the order written; `none` when
    /// there are none.
    static func describe(_ rules: [CheckedProgression]) -> String {
        rules.isEmpty ? "none" : rules.map(describe).joined(separator: "; ")
    }

    /// A rule and, where it says them, its success, its actions and its own deloads:
    /// `load +2.5 kg every session, on 3 failures in a row: deload 10%`.
    static func describe(_ progression: CheckedProgression) -> String {
        var parts = [describe(progression.rule)]
        if !progression.alternates.isEmpty {
            parts[0] += " (" + progression.alternates.map { "+\($0)" }.joined(separator: " or ") + " in other units)"
        }
        if let fsl = progression.firstSetLast { parts.append("First Set Last \(fsl.count)×\(fsl.reps)") }
        if !progression.jokers.isEmpty {
            parts.append("Joker sets " + progression.jokers.map { "+" + percent($0) }.joined(separator: ", "))
        }
        if let success = success(progression.success, default: progression.rule) { parts.append("success: \(success)") }
        if let action = progression.onSuccess { parts.append(on("success", action)) }
        if let action = progression.onFailure { parts.append(on("failure", action)) }
        if progression.ownDeload { parts.append("through program deloads") }
        return parts.joined(separator: ", ")
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
        case .trainingMax(let change, let cadence):
            switch change {
            case .step(let steps):
                return "training max " + steps.map { "+\($0)" }.joined(separator: " or ") + " \(every(cadence))"
            case .percent(let tenths):
                return "training max +\(percent(tenths)) \(every(cadence))"
            case .table(let rows):
                let entries = rows.map { row in
                    let reps = row.upper.map { $0 == row.lower ? "\(row.lower)" : "\(row.lower)–\($0)" } ?? "\(row.lower)+"
                    let change = row.change.isEmpty ? "no change" : row.change.map(signed).joined(separator: " or ")
                    return "\(reps) reps: \(change)"
                }
                return "training max by the + set's reps (" + entries.joined(separator: ", ") + ")"
            }
        case .stages(let stages, let advance, let cadence, let reset):
            var text = "stages " + stages.map { $0.map(group).joined(separator: " + ") }.joined(separator: " / ")
            switch advance {
            case .onFailure: text += ", the next on a failure"
            case .onSuccess: text += ", moving on \(every(cadence)) while it succeeds"
            }
            switch reset {
            case .retest(let reps, let share)?: text += ", after the last a \(reps)-rep max test and \(percent(share)) of it"
            case .addToFirstStageLoad(let steps)?:
                text += ", after the last the first stage again at its last load " + steps.map { "+\($0)" }.joined(separator: " or ")
            case nil: break
            }
            return text
        }
    }

    /// `3×5+ @ 85%`, `1×10 @ bar`, `3×3 @ RPE 8`, `3×3 @ -10%`.
    static func group(_ group: CheckedSetGroup) -> String {
        let sets = "\(group.count)×\(group.reps)"
        return switch group.load {
        case nil: sets
        case .load(let load)?: "\(sets) @ \(load.text)"
        case .bar?: "\(sets) @ bar"
        case .rpe(let tenths)?: "\(sets) @ RPE \(DecimalText.thousandths(Int64(tenths) * 100))"
        case .drop(let tenths)?: "\(sets) @ -\(percent(tenths))"
        }
    }

    /// A success criterion other than the rule's own.
    static func success(_ criterion: SuccessCriterion, default rule: CheckedRule) -> String? {
        guard criterion != rule.defaultSuccess else { return nil }
        return switch criterion {
        case .allReps: "every rep"
        case .plusSet(let reps?): "\(reps)+ reps on the + set"
        case .plusSet(nil): "the + set"
        case .rpe: "at or under the RPE"
        case .hold: "the hold"
        }
    }

    /// `on 2 failures in a row: deload 10%`.
    static func on(_ outcome: String, _ action: ProgressionAction) -> String {
        let when = action.after == 1 ? "on a \(outcome)" : "on \(action.after) \(outcome == "success" ? "successes" : "failures") in a row"
        let what = switch action {
        case .repeat: "repeat"
        case .deload(let tenths, _): "deload \(percent(tenths))"
        case .trainingMax(let tenths, _): "training max \(tenths < 0 ? "-" : "+")\(percent(abs(tenths)))"
        case .nextStage: "next stage"
        case .harder: "harder variant"
        }
        return "\(when): \(what)"
    }

    static func percent(_ tenths: Int) -> String { DecimalText.thousandths(Int64(tenths) * 100) + "%" }

    static func signed(_ mass: Mass) -> String { mass.thousandths < 0 ? "\(mass)" : "+\(mass)" }

    static func every(_ cadence: Cadence) -> String { cadence.text() }

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
