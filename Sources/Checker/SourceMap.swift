import Diagnostics
import ProgramSpec
import RegimenValues

extension CheckPass {
    /// Records where sessions, exercises and items are.
    func sourceMap() -> SourceMap {
        var map = SourceMap(program: spec.span, weeks: spec.weeks?.span, schedule: spec.scheduleSpan)
        for exercise in exerciseSpecs { map.exercises[exercise.id.value] = exercise.id.span }
        for session in spec.sessions {
            map.sessions[session.id.value] = session.id.span
            if let duration = session.duration { map.sessionDurations[session.id.value] = duration.span }
            for item in session.items {
                let prescriptions: [PrescriptionSpec] = switch item {
                case .exercise(let prescription): [prescription]
                case .group(let group): group.exercises
                }
                for prescription in prescriptions {
                    guard let exercise = prescription.exercise else { continue }
                    map.items[exercise.value, default: []].append(exercise.span)
                    let firstRule: SourceSpan? = switch prescription.progress.first {
                    case .named(let name)?: name.span
                    case .inline(let rule)?: rule.span
                    case nil: nil
                    }
                    map.sessionItems[session.id.value, default: []].append(.init(exercise: exercise.span, rule: firstRule))
                    if let side = prescription.side { map.sides[exercise.value, default: []].append(side.span) }
                    if let hold = prescription.hold { map.holds[exercise.value, default: []].append(hold.span) }
                    for rule in prescription.progress {
                        switch rule {
                        case .named(let name): map.rules[exercise.value, default: []].append(name.span)
                        case .inline(let rule): map.rules[exercise.value, default: []].append(rule.span)
                        }
                    }
                }
            }
        }
        return map
    }

    /// `lints:`, checked: codes must be lint codes.
    mutating func lintSettings() -> LintSettings {
        var settings = LintSettings()
        guard let spec = spec.lints else { return settings }
        let lintCodes = DiagnosticCode.lintCodes
        func codes(_ list: [Located<String>], into set: inout Set<DiagnosticCode>, pass: inout CheckPass) {
            for entry in list {
                if let code = DiagnosticCode(rawValue: entry.value.uppercased()), code.isLint {
                    set.insert(code)
                } else if let suggestion = Suggestions.closest(to: entry.value.uppercased(), in: lintCodes.map(\.rawValue)) {
                    pass.error(.invalidChoice, "`\(entry.value)` is not a lint code; did you mean `\(suggestion)`?", at: entry.span,
                               fix: FixIt("write `\(suggestion)`", replacing: entry.span, with: suggestion))
                } else {
                    pass.error(.invalidChoice, "`\(entry.value)` is not a lint code; lint codes are \(DiagnosticCode.lintCodeRange) (docs/lints.md)", at: entry.span)
                }
            }
        }
        codes(spec.allow, into: &settings.allowed, pass: &self)
        codes(spec.deny, into: &settings.denied, pass: &self)
        if let groups = spec.stretchedGroups { settings.stretchedGroups = groups.map(\.value) }
        if let value = spec.minLoadedSetsToStretch { settings.minLoadedSetsToStretch = value.value }
        if let value = spec.hamstringGluteRatioTenths { settings.hamstringGluteRatioTenths = value.value }
        if let value = spec.maxTrainingDaysInARow { settings.maxTrainingDaysInARow = value.value }
        if let value = spec.hardSetsOnConsecutiveDays { settings.hardSetsOnConsecutiveDays = value.value }
        if let value = spec.maxWeeklyLoadIncrease { settings.maxWeeklyLoadIncreasePercent = value.value }
        if let value = spec.maxTrainingMaxIncrease { settings.maxTrainingMaxIncreasePercent = value.value }
        if let value = spec.deloadAfterWeeks { settings.deloadAfterWeeks = value.value }
        if let value = spec.minStretchHold { settings.minStretchHoldSeconds = value.value }
        if let value = spec.durationTolerance { settings.durationTolerancePercent = value.value }
        return settings
    }
}
