import Diagnostics
import ProgramSpec
import RegimenValues

/// Checking progression rules against the items they apply to.
extension CheckPass {
    mutating func collectRules() {
        for rule in spec.rules {
            if let name = rule.name { ruleIndex[name.value] = rule }
        }
    }

    mutating func resolveRule(_ reference: RuleReference) -> RuleSpec? {
        switch reference {
        case .inline(let rule):
            return rule
        case .named(let name):
            if let rule = ruleIndex[name.value] { return rule }
            guard !spec.damagedSections.contains("rules"), spec.unreadableRules[name.value] == nil else { return nil }
            let rules = ruleIndex
            unknownName(.unknownRule, kind: "rule", name, candidates: spec.rules.compactMap(\.name?.value),
                        definedAt: { rules[$0]?.name?.span },
                        otherwise: "define it under `rules:` or write the rule here, like `progress: { load: +2.5kg }`")
            return nil
        }
    }

    /// Checks each rule against the item and returns the checked rules; reports rules that do
    /// not fit the item, caps below the start, and two rules changing the same number.
    mutating func checkRules(_ rules: [RuleSpec], for item: PrescriptionSpec, checked: CheckedPrescription, inGroup: Bool) -> [CheckedRule] {
        guard let reference = item.exercise else { return [] }
        let name = reference.value
        var changes: [String: SourceSpan] = [:]
        var result: [CheckedRule] = []
        func claim(_ field: String, _ rule: RuleSpec, into pass: inout CheckPass) -> Bool {
            if let first = changes[field] {
                pass.error(.conflictingRules, "two rules change the \(field) of `\(name)`; keep one", at: rule.span,
                           notes: [DiagnosticNote("the other rule is here", at: first)])
                return false
            }
            changes[field] = rule.span
            return true
        }
        for rule in rules {
            switch rule.kind {
            case .linear(let step, let cadence, let max, let then, let stepLoading):
                guard checkLinear(step: step, max: max, rule: rule, item: item, checked: checked, inGroup: inGroup),
                      claim(step.value.field, rule, into: &self) else { continue }
                let action = then?.value ?? .stay
                if action == .harder {
                    guard hasHarderVariant(checked.exercise, at: then?.span ?? rule.span) else { continue }
                    guard claim("variant", rule, into: &self) else { continue }
                    if max == nil { continue }
                }
                result.append(.linear(step: step.value, cadence: cadence, max: max?.value, then: action, stepLoading: stepLoading?.value))
            case .double(let increment, let cadence, let max):
                guard case .range = item.reps?.value else {
                    error(.ruleDoesNotFit, "double progression works up a rep range, and `\(name)` has \(item.reps == nil ? "no reps" : "a single rep count"); give it a range like `reps: 8-12`",
                          at: rule.span)
                    continue
                }
                guard case .mass(let start)? = checked.load else {
                    error(.ruleDoesNotFit, "double progression adds load, and `\(name)` has no load to start from; add one like `load: 40kg`", at: rule.span)
                    continue
                }
                if let max, max.value < start {
                    error(.capBelowStart, "the cap \(max.value) is below the starting load \(start) of `\(name)`", at: max.span)
                    continue
                }
                guard claim("reps", rule, into: &self), claim("load", rule, into: &self) else { continue }
                if let max { loadCaps.append((checked.exercise, max.value, max.span)) }
                result.append(.double(increment: increment.value, cadence: cadence, max: max?.value))
            case .wave(let weeks, let increase):
                trainingMaxUses.append((checked.trainingMaxKey, rule.span, name))
                let written = ["sets", "reps", "load"].filter { item.writtenKeys.contains($0) }
                if let field = written.first {
                    error(.conflictingRules, "a wave gives the sets, reps and loads of `\(name)`; remove `\(field)` from the item", at: rule.span)
                    continue
                }
                if inGroup {
                    error(.ruleDoesNotFit, "a wave gives its own sets, so it cannot be used inside a superset or circuit", at: rule.span)
                    continue
                }
                guard claim("sets", rule, into: &self), claim("reps", rule, into: &self), claim("load", rule, into: &self) else { continue }
                result.append(.wave(weeks: weeks, increase: increase?.value))
            case .rpe(let values):
                guard item.rpe == nil, item.rir == nil else {
                    error(.conflictingRules, "`\(name)` has an effort target of its own and a rule that sets one; keep one", at: rule.span)
                    continue
                }
                guard claim("effort", rule, into: &self) else { continue }
                result.append(.rpe(values))
            case .rir(let values):
                guard item.rpe == nil, item.rir == nil else {
                    error(.conflictingRules, "`\(name)` has an effort target of its own and a rule that sets one; keep one", at: rule.span)
                    continue
                }
                guard claim("effort", rule, into: &self) else { continue }
                result.append(.rir(values))
            case .harderAfter(let weeks):
                guard hasHarderVariant(checked.exercise, at: rule.span), claim("variant", rule, into: &self) else { continue }
                result.append(.harderAfter(weeks: weeks))
            }
        }
        let movesVariantByWeeks = result.contains { if case .harderAfter = $0 { true } else { false } }
        let countsSessions = result.contains { rule in
            switch rule {
            case .linear(_, .sessions, _, _, _), .double(_, .sessions, _): true
            default: false
            }
        }
        if movesVariantByWeeks && countsSessions {
            error(.conflictingRules, "`harder-after` counts weeks, so the other rules of `\(name)` must count weeks too (`every: week`)",
                  at: reference.span)
            return []
        }
        return result
    }

    private mutating func checkLinear(
        step: Located<ProgressionStep>, max: Located<ProgressionStep>?, rule: RuleSpec, item: PrescriptionSpec,
        checked: CheckedPrescription, inGroup: Bool
    ) -> Bool {
        let name = item.exercise?.value ?? ""
        switch step.value {
        case .load(let increment):
            let start: Mass
            switch checked.load {
            case .mass(let mass)?: start = mass
            case .bodyweight(let added)?: start = added ?? Mass(thousandths: 0, unit: increment.unit)
            case .percent?:
                error(.ruleDoesNotFit, "`\(name)` takes its load from a training max; raise the training max with a wave's `increase` instead", at: rule.span)
                return false
            case nil:
                let holdOnly = item.hold != nil && item.reps == nil
                error(.ruleDoesNotFit, holdOnly
                      ? "a load rule cannot progress `\(name)`: the item is a hold with no load; use a hold rule like `hold: +5s`"
                      : "a load rule needs a load to start from, and `\(name)` has none; add one like `load: 40kg`",
                      at: rule.span)
                return false
            }
            if let max {
                guard case .load(let cap) = max.value else { return false }
                if cap < start {
                    error(.capBelowStart, "the cap \(cap) is below the starting load \(start) of `\(name)`", at: max.span)
                    return false
                }
                loadCaps.append((checked.exercise, cap, max.span))
            }
        case .reps:
            guard case .exactly(let start)? = item.reps?.value else {
                error(.ruleDoesNotFit, item.reps == nil
                      ? "a reps rule needs reps to start from, and `\(name)` has none; add one like `reps: 8`"
                      : "a reps rule adds to a single rep count; `\(name)` has a range (use `double:` to work up a range)",
                      at: rule.span)
                return false
            }
            if case .reps(let cap)? = max?.value, cap < start, let span = max?.span {
                error(.capBelowStart, "the cap \(cap) reps is below the starting \(start) reps of `\(name)`", at: span)
                return false
            }
        case .sets:
            if inGroup {
                error(.ruleDoesNotFit, "inside a superset or circuit the sets are the group's `rounds`, which a rule cannot change", at: rule.span)
                return false
            }
            if case .sets(let cap)? = max?.value, cap < checked.sets, let span = max?.span {
                error(.capBelowStart, "the cap \(cap) sets is below the starting \(checked.sets) sets of `\(name)`", at: span)
                return false
            }
        case .hold, .duration, .distance:
            let field = step.value.field
            let (start, example, text): (Int?, String, (Int) -> String) = switch step.value {
            case .hold: (item.hold?.value, "30s", PlanDuration.text)
            case .duration: (item.duration?.value, "30min", PlanDuration.text)
            default: (item.distance?.value, "5km", PlanDuration.distance)
            }
            guard let start else {
                error(.ruleDoesNotFit, "a \(field) rule needs a \(field) to start from, and `\(name)` has none; add one like `\(field): \(example)`", at: rule.span)
                return false
            }
            let cap: Int? = switch max?.value {
            case .hold(let value)?, .duration(let value)?, .distance(let value)?: value
            default: nil
            }
            if let cap, cap < start, let span = max?.span {
                error(.capBelowStart, "the cap \(text(cap)) is below the starting \(field) \(text(start)) of `\(name)`", at: span)
                return false
            }
        }
        return true
    }

    private mutating func hasHarderVariant(_ exercise: Int, at span: SourceSpan) -> Bool {
        guard exercises[exercise].harder == nil else { return true }
        let id = exercises[exercise].id
        error(.noHarderVariant, "`\(id)` has no harder variant to move on to; give the exercise one with `harder:`",
              at: span, notes: [DiagnosticNote("`\(id)` is defined here", at: exerciseSpecs[exercise].id.span)])
        return false
    }
}

/// Durations and distances in messages: `30s`, `1min30s`; `400m`, `5km`.
enum PlanDuration {
    static func distance(_ metres: Int) -> String {
        metres >= 1000 ? DecimalText.thousandths(Int64(metres)) + "km" : "\(metres)m"
    }

    static func text(_ seconds: Int) -> String {
        var text = ""
        if seconds >= 60 { text += "\(seconds / 60)min" }
        if seconds % 60 > 0 || seconds == 0 { text += "\(seconds % 60)s" }
        return text
    }
}
