import Diagnostics
import ProgramSpec
import RegimenValues

/// Checking progression rules against the items they apply to.
extension CheckPass {
    mutating func collectRules() {
        for rule in spec.rules {
            if let name = rule.name { ruleIndex[name.value] = rule }
        }
        // A phase replaces rules by name, so the names must exist.
        for phase in spec.phases {
            for replacement in phase.rules {
                guard let name = replacement.name, ruleIndex[name.value] == nil, !spec.damagedSections.contains("rules") else { continue }
                let rules = ruleIndex
                unknownName(.unknownRule, kind: "rule", name, candidates: spec.rules.compactMap(\.name?.value),
                            definedAt: { rules[$0]?.name?.span },
                            otherwise: "a phase replaces a rule defined under `rules:` for its weeks; define `\(name.value)` there first")
            }
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

    /// Checks each rule (and each phase's replacement of it) against the item; reports rules that
    /// do not fit the item, caps below the start, and two rules changing the same number.
    mutating func checkRules(_ rules: [RuleSpec], for item: PrescriptionSpec, checked: CheckedPrescription, inGroup: Bool) -> [CheckedItemRule] {
        guard let reference = item.exercise else { return [] }
        let name = reference.value
        var claims: [String: SourceSpan] = [:]
        var result: [CheckedItemRule] = []
        for rule in rules {
            guard let base = checkRule(rule, item: item, checked: checked, inGroup: inGroup, claims: &claims) else { continue }
            var phases: [PhaseProgression] = []
            if let ruleName = rule.name?.value {
                for phase in spec.phases {
                    guard let replacement = phase.rules.first(where: { $0.name?.value == ruleName }) else { continue }
                    var phaseClaims: [String: SourceSpan] = [:]
                    guard let progression = checkRule(replacement, item: item, checked: checked, inGroup: inGroup, claims: &phaseClaims)
                    else { continue }
                    guard Self.sameKind(progression.rule, base.rule) else {
                        error(.conflictingRules,
                              "phase `\(phase.name.value)` replaces rule `\(ruleName)` with a rule that progresses something else; a phase may change how a rule progresses, not what",
                              at: replacement.span, notes: [DiagnosticNote("`\(ruleName)` is defined here", at: rule.span)])
                        continue
                    }
                    phases.append(PhaseProgression(weeks: phase.weeks.value, progression: progression))
                }
            }
            result.append(CheckedItemRule(base: base, phases: phases.sorted { $0.weeks.lowerBound < $1.weeks.lowerBound }))
        }
        let checkedRules = result.flatMap { [$0.base.rule] + $0.phases.map(\.progression.rule) }
        let movesVariantByWeeks = checkedRules.contains { if case .harderAfter = $0 { true } else { false } }
        let countsSessions = checkedRules.contains { rule in
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

    /// Whether two rules progress the same thing the same way (so one may replace the other).
    static func sameKind(_ a: CheckedRule, _ b: CheckedRule) -> Bool {
        switch (a, b) {
        case (.linear(let x, _, _, _, _), .linear(let y, _, _, _, _)): x.field == y.field
        case (.double, .double), (.wave, .wave), (.rpe, .rpe), (.rir, .rir), (.harderAfter, .harderAfter),
             (.trainingMax, .trainingMax), (.stages, .stages): true
        default: false
        }
    }

    /// One rule against the item, with its options; `nil` when it does not fit (reported).
    mutating func checkRule(
        _ rule: RuleSpec, item: PrescriptionSpec, checked: CheckedPrescription, inGroup: Bool, claims: inout [String: SourceSpan]
    ) -> CheckedProgression? {
        let name = item.exercise?.value ?? ""
        func claim(_ field: String, into pass: inout CheckPass, claims: inout [String: SourceSpan]) -> Bool {
            if let first = claims[field] {
                pass.error(.conflictingRules, "two rules change the \(field) of `\(name)`; keep one", at: rule.span,
                           notes: [DiagnosticNote("the other rule is here", at: first)])
                return false
            }
            claims[field] = rule.span
            return true
        }
        let checkedRule: CheckedRule
        switch rule.kind {
        case .linear(let step, let cadence, let max, let then, let stepLoading):
            guard checkLinear(step: step, max: max, rule: rule, item: item, checked: checked, inGroup: inGroup),
                  claim(step.value.field, into: &self, claims: &claims) else { return nil }
            let action = then?.value ?? .stay
            if action == .harder {
                guard hasHarderVariant(checked.exercise, at: then?.span ?? rule.span) else { return nil }
                guard claim("variant", into: &self, claims: &claims) else { return nil }
                if max == nil { return nil }
            }
            checkedRule = .linear(step: step.value, cadence: cadence, max: max?.value, then: action, stepLoading: stepLoading?.value)
        case .double(let increment, let cadence, let max):
            let hasRange = if case .range = item.reps?.value { true } else { checked.setGroups?.contains { if case .range = $0.reps { true } else { false } } ?? false }
            guard hasRange else {
                error(.ruleDoesNotFit, "double progression works up a rep range, and `\(name)` has \(item.reps == nil ? "no reps" : "a single rep count"); give it a range like `reps: 8-12`",
                      at: rule.span)
                return nil
            }
            guard case .mass(let start)? = checked.load else {
                error(.ruleDoesNotFit, "double progression adds load, and `\(name)` has no load to start from; add one like `load: 40kg`", at: rule.span)
                return nil
            }
            if let max, max.value < start {
                error(.capBelowStart, "the cap \(max.value) is below the starting load \(start) of `\(name)`", at: max.span)
                return nil
            }
            guard claim("reps", into: &self, claims: &claims), claim("load", into: &self, claims: &claims) else { return nil }
            if let max { loadCaps.append((checked.exercise, max.value, max.span)) }
            checkedRule = .double(increment: increment.value, cadence: cadence, max: max?.value)
        case .wave(let weeks, let increase):
            trainingMaxUses.append((checked.trainingMaxKey, rule.span, name))
            let written = ["sets", "reps", "load"].filter { item.writtenKeys.contains($0) }
            if let field = written.first {
                error(.conflictingRules, "a wave gives the sets, reps and loads of `\(name)`; remove `\(field)` from the item", at: rule.span)
                return nil
            }
            if inGroup {
                error(.ruleDoesNotFit, "a wave gives its own sets, so it cannot be used inside a superset or circuit", at: rule.span)
                return nil
            }
            guard claim("sets", into: &self, claims: &claims), claim("reps", into: &self, claims: &claims),
                  claim("load", into: &self, claims: &claims), claim("training max", into: &self, claims: &claims) else { return nil }
            checkedRule = .wave(weeks: weeks, increase: increase?.value)
        case .rpe(let values):
            guard item.rpe == nil, item.rir == nil else {
                error(.conflictingRules, "`\(name)` has an effort target of its own and a rule that sets one; keep one", at: rule.span)
                return nil
            }
            guard claim("effort", into: &self, claims: &claims) else { return nil }
            checkedRule = .rpe(values)
        case .rir(let values):
            guard item.rpe == nil, item.rir == nil else {
                error(.conflictingRules, "`\(name)` has an effort target of its own and a rule that sets one; keep one", at: rule.span)
                return nil
            }
            guard claim("effort", into: &self, claims: &claims) else { return nil }
            checkedRule = .rir(values)
        case .harderAfter(let weeks):
            guard hasHarderVariant(checked.exercise, at: rule.span), claim("variant", into: &self, claims: &claims) else { return nil }
            checkedRule = .harderAfter(weeks: weeks)
        case .trainingMax(let change, let cadence):
            trainingMaxUses.append((checked.trainingMaxKey, rule.span, name))
            if case .table = change, !Self.hasPlusSet(item: item, checked: checked, rules: [rule]) {
                error(.ruleDoesNotFit, "a training-max table reads the reps of the `+` set, and `\(name)` has none; give it one, like `sets: [1x5+ @ 85%]`",
                      at: rule.span)
                return nil
            }
            guard claim("training max", into: &self, claims: &claims) else { return nil }
            checkedRule = .trainingMax(change, cadence: cadence)
        case .stages(let stages, let advance, let cadence, let reset):
            let written = ["sets", "reps"].filter { item.writtenKeys.contains($0) }
            if let field = written.first {
                error(.conflictingRules, "`stages` gives the sets and reps of `\(name)`; remove `\(field)` from the item", at: rule.span)
                return nil
            }
            if inGroup {
                error(.ruleDoesNotFit, "`stages` gives its own sets, so it cannot be used inside a superset or circuit", at: rule.span)
                return nil
            }
            var checkedStages: [[CheckedSetGroup]] = []
            for stage in stages {
                let groups = stage.map { group in
                    CheckedSetGroup(count: group.count, reps: group.reps, load: group.load.flatMap { load -> CheckedSetLoad? in
                        switch load {
                        case .load(let written): .load(checkedLoad(written))
                        case .bar: .bar
                        case .rpe(let tenths): .rpe(tenths: tenths)
                        case .drop(let tenths): .drop(tenths: tenths)
                        }
                    })
                }
                checkedStages.append(groups)
            }
            if case .addToFirstStageLoad = reset, checked.load == nil {
                error(.ruleDoesNotFit, "`reset` adds to the load of the first stage, and `\(name)` has no load; add one like `load: 60kg`", at: rule.span)
                return nil
            }
            guard claim("sets", into: &self, claims: &claims), claim("reps", into: &self, claims: &claims),
                  claim("stage", into: &self, claims: &claims) else { return nil }
            checkedRule = .stages(checkedStages, advance: advance?.value ?? .onFailure, cadence: cadence, reset: reset)
        }
        return checkOptions(rule, checkedRule, item: item, checked: checked)
    }

    /// `success`, `on-success`, `on-failure`, `deload: own`, First Set Last and Jokers, against the rule and the item.
    private mutating func checkOptions(
        _ rule: RuleSpec, _ checkedRule: CheckedRule, item: PrescriptionSpec, checked: CheckedPrescription
    ) -> CheckedProgression? {
        let name = item.exercise?.value ?? ""
        let options = rule.options
        var success = checkedRule.defaultSuccess
        if let written = options.success {
            switch written.value {
            case .hold where item.hold == nil:
                error(.ruleDoesNotFit, "`success: hold` reads the hold, and `\(name)` has none", at: written.span)
                return nil
            case .plusSet where !Self.hasPlusSet(item: item, checked: checked, rules: [rule]):
                error(.ruleDoesNotFit, "`success: plus-set` reads the `+` set, and `\(name)` has none; give it one, like `sets: [4x5, 1x5+]`", at: written.span)
                return nil
            case .rpe where !Self.hasRPETarget(item: item, checked: checked):
                error(.ruleDoesNotFit, "`success: rpe` compares the RPE done with a target, and `\(name)` has none; add `rpe: 8`", at: written.span)
                return nil
            default:
                success = written.value
            }
        }
        for action in [options.onSuccess, options.onFailure].compactMap({ $0 }) {
            switch action.value {
            case .deload:
                let movesLoad: Bool = switch checkedRule {
                case .linear(.load, _, _, _, _), .double, .stages: checked.load != nil
                default: false
                }
                guard movesLoad else {
                    error(.ruleDoesNotFit, "a deload lowers the working load a load rule moves, and this rule does not move one; put it on a `load` or `double` rule", at: action.span)
                    return nil
                }
            case .trainingMax:
                switch checkedRule {
                case .wave, .trainingMax: break
                default:
                    error(.ruleDoesNotFit, "`training-max:` changes the training max, which this rule does not keep; put it on a `wave` or `training-max` rule", at: action.span)
                    return nil
                }
            case .nextStage:
                guard case .stages = checkedRule else {
                    error(.ruleDoesNotFit, "`next-stage` moves on through a `stages` rule's set schemes, and this rule has none", at: action.span)
                    return nil
                }
            case .harder:
                guard hasHarderVariant(checked.exercise, at: action.span) else { return nil }
            case .repeat:
                break
            }
        }
        var firstSetLast: CheckedSetGroup?
        if let group = options.firstSetLast {
            firstSetLast = CheckedSetGroup(count: group.value.count, reps: group.value.reps, load: nil)
        }
        return CheckedProgression(
            rule: checkedRule, name: rule.name?.value, alternates: options.alternates, success: success,
            onSuccess: options.onSuccess?.value, onFailure: options.onFailure?.value, ownDeload: options.ownDeload?.value ?? false,
            firstSetLast: firstSetLast, jokers: options.jokers)
    }


    /// Whether the item has an as-many-as-possible set, written or given by a rule.
    static func hasPlusSet(item: PrescriptionSpec, checked: CheckedPrescription, rules: [RuleSpec]) -> Bool {
        if case .asManyAsPossible = item.reps?.value { return true }
        if checked.setGroups?.contains(where: { if case .asManyAsPossible = $0.reps { true } else { false } }) == true { return true }
        let written = item.progress.compactMap { reference -> RuleSpec? in
            if case .inline(let rule) = reference { return rule }
            return nil
        }
        for rule in rules + written {
            switch rule.kind {
            case .wave(let weeks, _) where weeks.contains(where: { $0.contains(where: \.asManyAsPossible) }): return true
            case .stages(let stages, _, _, _)
                where stages.contains(where: { $0.contains(where: { if case .asManyAsPossible = $0.reps { true } else { false } }) }): return true
            default: continue
            }
        }
        return false
    }

    static func hasRPETarget(item: PrescriptionSpec, checked: CheckedPrescription) -> Bool {
        item.rpe != nil || checked.setGroups?.contains(where: { if case .rpe? = $0.load { true } else { false } }) == true
            || item.progress.contains { if case .inline(let rule) = $0, case .rpe = rule.kind { true } else { false } }
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
                error(.ruleDoesNotFit, "`\(name)` takes its load from a training max; raise the training max with a wave's `increase` or a `training-max` rule instead", at: rule.span)
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
            if checked.setGroups != nil {
                error(.ruleDoesNotFit, "`\(name)` gives its sets as groups, which a sets rule cannot grow; give a count like `sets: 3` with `reps:`", at: rule.span)
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

    /// The lift an item's state belongs to. Items naming one lift share the numbers their rules
    /// progress, so they must start them alike: an item whose lift comes from its exercise (or its
    /// `training-max`) and starts a progressed number apart from the items before it is a lift of
    /// its own, `push-up-2` (a light and a heavy squat day progress apart); an item naming its
    /// `lift:` outright must agree with the lift's start (`R409`).
    mutating func liftKey(_ checked: CheckedPrescription, item: PrescriptionSpec) -> String {
        var starts: [String: (value: String, span: SourceSpan)] = [:]
        let loadSpan = item.load?.span ?? item.exercise?.span ?? item.span
        for rule in checked.progression.map(\.base.rule) {
            switch rule {
            case .linear(let step, _, _, _, _):
                switch step {
                case .load: starts["load"] = (checked.load?.text ?? "", loadSpan)
                case .reps: starts["reps"] = (checked.reps.map { "\($0)" } ?? "", item.reps?.span ?? item.span)
                case .sets: starts["sets"] = ("\(checked.sets)", item.sets?.span ?? item.span)
                case .hold: starts["hold"] = (checked.holdSeconds.map { PlanDuration.text($0) } ?? "", item.hold?.span ?? item.span)
                case .duration: starts["duration"] = (checked.durationSeconds.map { PlanDuration.text($0) } ?? "", item.duration?.span ?? item.span)
                case .distance: starts["distance"] = (checked.distanceMeters.map { PlanDuration.distance($0) } ?? "", item.distance?.span ?? item.span)
                }
            case .double:
                starts["load"] = (checked.load?.text ?? "", loadSpan)
                starts["reps"] = (checked.reps.map { "\($0)" } ?? "", item.reps?.span ?? item.span)
            case .stages(let stages, _, _, _):
                starts["load"] = (checked.load?.text ?? "", loadSpan)
                starts["stages"] = ("\(stages)", item.span)
            default:
                continue
            }
        }
        let name = checked.lift
        var lifts = liftStarts[name] ?? []
        defer { liftStarts[name] = lifts }
        func agrees(_ known: [String: (value: String, span: SourceSpan)]) -> Bool {
            starts.allSatisfy { field, start in known[field].map { $0.value == start.value } ?? true }
        }
        if let index = lifts.firstIndex(where: { agrees($0.starts) }) {
            lifts[index].starts.merge(starts) { first, _ in first }
            return lifts[index].key
        }
        if item.lift != nil, let first = lifts.first,
           let (field, start) = starts.sorted(by: { $0.key < $1.key }).first(where: { entry in
               first.starts[entry.key].map { $0.value != entry.value.value } ?? false
           }),
           let earlier = first.starts[field] {
            error(.liftStartsDiffer,
                  "this item and an earlier one share the lift `\(name)`, whose \(field) they progress together, but start from \(start.value.isEmpty ? "none" : start.value) and \(earlier.value.isEmpty ? "none" : earlier.value); give them the same start, or give this item a `lift:` of its own",
                  at: start.span, notes: [DiagnosticNote("the earlier item starts here", at: earlier.span)])
            return name
        }
        let key = lifts.isEmpty ? name : freeLiftName(after: name, count: lifts.count + 1)
        lifts.append((key, starts))
        return key
    }

    /// `push-up-2` (or `-3`…), a name no exercise, lift or training max of the program has.
    mutating func freeLiftName(after name: String, count: Int) -> String {
        if reservedLiftNames == nil {
            var names = Set(exerciseIndex.keys)
            for session in spec.sessions {
                for item in session.items {
                    let prescriptions: [PrescriptionSpec] = switch item {
                    case .exercise(let prescription): [prescription]
                    case .group(let group): group.exercises
                    }
                    for prescription in prescriptions {
                        if let lift = prescription.lift?.value { names.insert(lift) }
                        if let key = prescription.trainingMax?.value { names.insert(key) }
                    }
                }
            }
            reservedLiftNames = names
        }
        var number = count
        while true {
            let suffix = "-\(number)"
            let candidate = String(name.prefix(64 - suffix.count)) + suffix
            if reservedLiftNames?.insert(candidate).inserted == true { return candidate }
            number += 1
        }
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
