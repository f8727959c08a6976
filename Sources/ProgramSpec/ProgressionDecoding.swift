import Diagnostics
import RegimenValues
import YAMLReader

/// Decoding of progression rules, phases, deloads and rounding.
extension DecodingContext {
    /// The rules under `rules:`; rules that cannot be read go into `unreadable` (name → the keys
    /// they were written with), so that references to them are not reported again.
    mutating func rules(_ node: YAMLNodeID, unreadable: inout [String: Set<String>]) -> [RuleSpec] {
        definitions(node, field: "rules", what: "progression rules").compactMap { name, value in
            if let rule = rule(value, name: name) { return rule }
            unreadable[name.value] = writtenKeys(value)
            return nil
        }
    }

    /// The keys written in a mapping, or in the mappings of a list.
    func writtenKeys(_ node: YAMLNodeID) -> Set<String> {
        let mappings = document.kind(of: node) == .sequence ? Array(document.items(of: node)) : [node]
        var keys: Set<String> = []
        for mapping in mappings where document.kind(of: mapping) == .mapping {
            for (key, _) in document.entries(of: mapping) { keys.insert(document.scalar(key) ?? "") }
        }
        return keys
    }

    /// An item's `progress:`: a rule name, an inline rule, or a list of those. The keys of inline
    /// rules that cannot be read go into `unreadable`.
    mutating func progress(_ node: YAMLNodeID, unreadable: inout Set<String>) -> [RuleReference] {
        listItems(node).compactMap { entry in
            switch document.kind(of: entry) {
            case .scalar:
                return identifier(entry, field: "progress").map(RuleReference.named)
            case .mapping:
                guard let rule = rule(entry, name: nil) else {
                    unreadable.formUnion(writtenKeys(entry))
                    return nil
                }
                return .inline(rule)
            case .sequence:
                error(.wrongShape, "`progress` is a rule name, a rule, or a list of them; lists cannot nest", at: entry)
                return nil
            }
        }
    }

    mutating func rule(_ node: YAMLNodeID, name: Located<String>?) -> RuleSpec? {
        let what = name.map { "rule `\($0.value)`" } ?? "this rule"
        if let name, document.kind(of: node) == .sequence {
            error(.wrongShape,
                  "rule `\(name.value)` is written as a list, but a rule is one mapping, like `\(name.value): { load: +2.5kg }`; to give an item several rules, list their names in its `progress:`",
                  at: node)
            return nil
        }
        var fields: [String: (key: YAMLNodeID, value: YAMLNodeID)] = [:]
        entries(of: node, as: SpecObjects.rule, context: what) { _, key, keyNode, value in
            fields[key] = (keyNode, value)
        }
        guard document.kind(of: node) == .mapping else { return nil }
        let kinds = Self.ruleKinds.filter { fields[$0] != nil }
        guard let kindKey = kinds.first else {
            error(.invalidRule, "\(what) says nothing to progress; give one of `load`, `reps`, `sets`, `hold` (like `hold: +5s`), `duration`, `distance`, `double`, `wave`, `rpe`, `rir`, `harder-after`, `training-max` or `stages`", at: node)
            return nil
        }
        if kinds.count > 1, let second = fields[kinds[1]] {
            error(.invalidRule, "a rule progresses one thing, and \(what) has both `\(kindKey)` and `\(kinds[1])`; make two rules and list both in `progress:`",
                  at: second.key)
            return nil
        }
        let readsResults: Set<String> = ["success", "on-success", "on-failure", "deload"]
        let allowed: Set<String> = switch kindKey {
        case "load", "reps", "sets", "hold", "duration", "distance": Set([kindKey, "every", "max", "then", "step-loading"]).union(readsResults)
        case "double": Set(["double", "every", "max"]).union(readsResults)
        case "wave": Set(["wave", "increase", "first-set-last", "joker"]).union(readsResults)
        case "training-max": Set(["training-max", "every"]).union(readsResults)
        case "stages": Set(["stages", "advance", "every", "reset"]).union(readsResults)
        default: [kindKey, "deload"]
        }
        for (key, entry) in fields.sorted(by: { $0.key < $1.key }) where !allowed.contains(key) {
            error(.invalidRule, "`\(key)` does not go with `\(kindKey)` in a rule", at: entry.key)
        }
        let span = self.span(node)
        var options = RuleOptionsSpec()
        let kind: RuleKindSpec?
        switch kindKey {
        case "load", "reps", "sets", "hold", "duration", "distance":
            kind = linearRule(kindKey, fields: fields, what: what, alternates: &options.alternates)
        case "double":
            let every: Cadence = fields["every"].flatMap { cadence($0.value) } ?? .sessions(1)
            let steps = increments(fields["double"]!.value, field: "double")
            options.alternates = steps.dropFirst().map(\.value)
            kind = steps.first.map { increment in
                .double(increment: increment, cadence: every, max: fields["max"].flatMap { mass($0.value, field: "max") })
            }
        case "wave":
            var increase: Located<Mass>?
            if let entry = fields["increase"] {
                let steps = increments(entry.value, field: "increase")
                increase = steps.first
                options.alternates = steps.dropFirst().map(\.value)
            }
            if let entry = fields["first-set-last"] { options.firstSetLast = firstSetLast(entry.value) }
            if let entry = fields["joker"] { options.jokers = jokers(entry.value) }
            kind = wave(fields["wave"]!.value).map { weeks in .wave(weeks: weeks, increase: increase) }
        case "rpe":
            let values = listItems(fields["rpe"]!.value).compactMap { rpe($0, field: "rpe") }
            kind = values.isEmpty ? nil : .rpe(values.map(\.value))
        case "rir":
            let values = listItems(fields["rir"]!.value).compactMap { integer($0, field: "rir", range: 0...10, example: "2") }
            kind = values.isEmpty ? nil : .rir(values.map(\.value))
        case "training-max":
            let every: Cadence = fields["every"].flatMap { cadence($0.value) } ?? .weeks(1)
            kind = trainingMaxChange(fields["training-max"]!.value).map { .trainingMax($0, cadence: every) }
        case "stages":
            let every: Cadence = fields["every"].flatMap { cadence($0.value) } ?? .sessions(1)
            let advance = fields["advance"].flatMap {
                choice($0.value, field: "advance", choices: [("on-failure", StageAdvance.onFailure), ("on-success", .onSuccess)])
            }
            let reset = fields["reset"].flatMap { stageReset($0.value) }
            kind = stages(fields["stages"]!.value).map { .stages($0, advance: advance, cadence: every, reset: reset) }
        default:
            kind = weekCount(fields["harder-after"]!.value, field: "harder-after").map { .harderAfter(weeks: $0.value) }
        }
        if let entry = fields["success"] { options.success = success(entry.value) }
        if let entry = fields["on-success"] { options.onSuccess = action(entry.value, field: "on-success") }
        if let entry = fields["on-failure"] { options.onFailure = action(entry.value, field: "on-failure") }
        if let entry = fields["deload"] { options.ownDeload = ownDeload(entry.value) }
        guard let kind else { return nil }
        var rule = RuleSpec(name: name, kind: kind, span: span)
        rule.options = options
        return rule
    }

    /// The keys that say what a rule progresses, in the order they are looked for.
    static let ruleKinds = ["load", "reps", "sets", "hold", "duration", "distance", "double", "wave", "rpe", "rir", "harder-after", "training-max", "stages"]

    private mutating func linearRule(
        _ kindKey: String, fields: [String: (key: YAMLNodeID, value: YAMLNodeID)], what: String, alternates: inout [Mass]
    ) -> RuleKindSpec? {
        let stepNode = fields[kindKey]!.value
        let step: Located<ProgressionStep>
        if kindKey == "load", document.kind(of: stepNode) == .sequence {
            let steps = increments(stepNode, field: "load")
            guard let first = steps.first else { return nil }
            step = Located(.load(first.value), at: first.span)
            alternates = steps.dropFirst().map(\.value)
        } else {
            guard let single = progressionStep(stepNode, field: kindKey, isIncrement: true) else { return nil }
            step = single
        }
        let cadence: Cadence = fields["every"].flatMap { self.cadence($0.value) } ?? .weeks(1)
        let max = fields["max"].flatMap { progressionStep($0.value, field: kindKey, isIncrement: false, key: "max") }
        let then = fields["then"].flatMap {
            choice($0.value, field: "then", choices: [("stay", CapAction.stay), ("harder", CapAction.harder)])
        }
        var stepLoading: Located<StepLoading>?
        if let entry = fields["step-loading"] {
            stepLoading = upDown(entry.value)
            if case .sessions = cadence {
                error(.invalidRule, "step loading counts weeks; remove `every: session` or `step-loading`", at: entry.key)
            }
        }
        if let then = fields["then"], max == nil, fields["max"] == nil {
            error(.invalidRule, "`then` says what happens at the cap, so it needs `max`", at: then.key)
        }
        return .linear(step: step, cadence: cadence, max: max, then: then, stepLoading: stepLoading)
    }

    /// `+2.5kg`, `+1`, `+5s` for the field a linear rule progresses (or the cap, without `+`).
    private mutating func progressionStep(_ node: YAMLNodeID, field: String, isIncrement: Bool, key: String? = nil) -> Located<ProgressionStep>? {
        let name = key ?? field
        guard let raw = scalarText(node, field: name, expecting: isIncrement ? "+1" : "12") else { return nil }
        var text = raw.trimmingSpaces
        if text.hasPrefix("-") {
            error(.invalidRule, "progressions go up; for lighter weeks use a deload (`deload:` or a phase with `intensity:`)", at: node)
            return nil
        }
        if text.hasPrefix("+") { text.removeFirst() }
        let at = span(node)
        switch field {
        case "load":
            if text.hasSuffix("%") {
                error(.invalidLoad, "`\(name)` adds a load, like `\(isIncrement ? "+2.5kg" : "60kg")`, not a percentage; a percentage rise belongs to a `training-max` rule (`training-max: +2.5%`)", at: node)
                return nil
            }
            if let (thousandths, unit) = massParts(text.lowercased()), unit != nil, thousandths == 0 {
                return zeroStep(node, .invalidLoad, name: name, example: isIncrement ? "+2.5kg" : "60kg", isIncrement: isIncrement)
            }
            guard let (thousandths, unit) = massParts(text.lowercased()), let unit, thousandths > 0 else {
                if let fixed = CommonSlips.massWithUnitSymbol(raw) {
                    error(.invalidLoad, "write the unit of `\(name)` as `kg` or `lb`: `\(fixed)`, not `\(raw)`", at: node,
                          fix: FixIt("write `\(fixed)`", replacing: span(node), with: fixed))
                } else {
                    error(.invalidLoad, "`\(name)` must be a load with its unit, like `\(isIncrement ? "+2.5kg" : "60kg")`, not `\(raw)`", at: node)
                }
                return nil
            }
            return Located(.load(Mass(thousandths: thousandths, unit: unit)), at: at)
        case "duration", "distance":
            return cardioStep(node, field: field, name: name, text: text, raw: raw, isIncrement: isIncrement)
        case "hold":
            if case .seconds(0) = DurationText.parse(text) {
                return zeroStep(node, .invalidDuration, name: name, example: isIncrement ? "+5s" : "60s", isIncrement: isIncrement)
            }
            guard case .seconds(let seconds) = DurationText.parse(text), seconds > 0 else {
                error(.invalidDuration, "`\(name)` must be a duration like `\(isIncrement ? "+5s" : "60s")`, not `\(raw)`", at: node)
                return nil
            }
            return Located(.hold(seconds), at: at)
        default:
            if Int(text) == 0 {
                return zeroStep(node, .invalidNumber, name: name, example: isIncrement ? "+1" : "12", isIncrement: isIncrement)
            }
            guard let count = Int(text), count > 0, count <= 200 else {
                error(.invalidNumber, "`\(name)` must be a whole number like `\(isIncrement ? "+1" : "12")`, not `\(raw)`", at: node)
                return nil
            }
            return Located(field == "reps" ? .reps(count) : .sets(count), at: at)
        }
    }

    /// `+5min`, `60min` for a duration rule; `+1km`, `10km` for a distance rule. A percentage is
    /// refused: a rule adds the same amount at every step.
    private mutating func cardioStep(
        _ node: YAMLNodeID, field: String, name: String, text: String, raw: String, isIncrement: Bool
    ) -> Located<ProgressionStep>? {
        let isDuration = field == "duration"
        let example = isDuration ? (isIncrement ? "+5min" : "60min") : (isIncrement ? "+1km" : "10km")
        let what = isDuration ? "a duration" : "a distance"
        if text.hasSuffix("%") {
            error(isDuration ? .invalidDuration : .invalidNumber,
                  "`\(name)` must be \(what) like `\(example)`, not a percentage (`\(raw)`): a rule adds the same \(isDuration ? "time" : "distance") at every step",
                  at: node)
            return nil
        }
        let amount: Int? = if isDuration {
            if case .seconds(let seconds) = DurationText.parse(text) { seconds } else { nil }
        } else {
            DistanceText.metres(text)
        }
        if amount == 0 {
            return zeroStep(node, isDuration ? .invalidDuration : .invalidNumber, name: name, example: example, isIncrement: isIncrement)
        }
        guard let amount, amount > 0 else {
            error(isDuration ? .invalidDuration : .invalidNumber, "`\(name)` must be \(what) like `\(example)`, not `\(raw)`", at: node)
            return nil
        }
        return Located(isDuration ? .duration(amount) : .distance(amount), at: span(node))
    }

    /// Reports a step or cap of zero, which has its unit but progresses nothing.
    private mutating func zeroStep(
        _ node: YAMLNodeID, _ code: DiagnosticCode, name: String, example: String, isIncrement: Bool
    ) -> Located<ProgressionStep>? {
        error(code, isIncrement
              ? "`\(name)` must add more than zero, like `\(example)`; to keep the numbers as they are, leave the rule out"
              : "`\(name)` must be above zero, like `\(example)`",
              at: node)
        return nil
    }

    /// `+2.5kg` (a positive load with its unit).
    mutating func increment(_ node: YAMLNodeID, field: String) -> Located<Mass>? {
        guard let step = progressionStep(node, field: "load", isIncrement: true, key: field), case .load(let mass) = step.value else { return nil }
        return Located(mass, at: step.span)
    }

    private mutating func mass(_ node: YAMLNodeID, field: String) -> Located<Mass>? {
        guard let step = progressionStep(node, field: "load", isIncrement: false, key: field), case .load(let mass) = step.value else { return nil }
        return Located(mass, at: step.span)
    }

    /// `week`, `session`, `2 weeks`, `3 sessions`.
    private mutating func cadence(_ node: YAMLNodeID) -> Cadence? {
        guard let raw = scalarText(node, field: "every", expecting: "week") else { return nil }
        let words = raw.lowercased().split(separator: " ")
        let count = words.count == 2 ? Int(words[0]) : (words.count == 1 ? 1 : nil)
        let unit = words.last.map(String.init) ?? ""
        if let count, (1...52).contains(count) {
            if ["week", "weeks"].contains(unit) { return .weeks(count) }
            if ["session", "sessions", "workout", "workouts"].contains(unit) { return .sessions(count) }
        }
        error(.invalidRule, "`every` must be `week`, `session`, or a count like `2 weeks` or `3 sessions`, not `\(raw)`", at: node)
        return nil
    }

    /// `3/1`: weeks up, then weeks down.
    private mutating func upDown(_ node: YAMLNodeID) -> Located<StepLoading>? {
        guard let raw = scalarText(node, field: "step-loading", expecting: "3/1") else { return nil }
        let parts = raw.trimmingSpaces.split(separator: "/")
        guard parts.count == 2, let up = Int(parts[0]), let down = Int(parts[1]), (1...12).contains(up), (1...12).contains(down) else {
            error(.invalidRule, "`step-loading` is weeks up, then weeks down, like `3/1`, not `\(raw)`", at: node)
            return nil
        }
        return Located(StepLoading(up: up, down: down), at: span(node))
    }

    /// `4 weeks` or `4`.
    private mutating func weekCount(_ node: YAMLNodeID, field: String) -> Located<Int>? {
        guard let raw = scalarText(node, field: field, expecting: "4 weeks") else { return nil }
        let words = raw.lowercased().split(separator: " ")
        if let count = words.first.flatMap({ Int($0) }), (1...52).contains(count),
           words.count == 1 || (words.count == 2 && ["week", "weeks"].contains(words[1])) {
            return Located(count, at: span(node))
        }
        error(.invalidRule, "`\(field)` is a number of weeks, like `4 weeks`, not `\(raw)`", at: node)
        return nil
    }

    /// `5/3/1`, or a list of weeks, each a list of sets like `65%x5` or `85%x5+`.
    private mutating func wave(_ node: YAMLNodeID) -> [[WaveSet]]? {
        if document.kind(of: node) == .scalar {
            guard let raw = scalarText(node, field: "wave", expecting: "5/3/1") else { return nil }
            if raw.trimmingSpaces == "5/3/1" { return WaveSet.fiveThreeOne }
            error(.invalidRule, "`wave` is `5/3/1` or a list of weeks, each a list of sets like `[65%x5, 75%x5, 85%x5+]`", at: node)
            return nil
        }
        var weeks: [[WaveSet]] = []
        for week in document.items(of: node) {
            guard document.kind(of: week) == .sequence, !document.items(of: week).isEmpty else {
                error(.invalidRule, "each week of a wave is a list of sets like `[65%x5, 75%x5, 85%x5+]`", at: week)
                return nil
            }
            var sets: [WaveSet] = []
            for entry in document.items(of: week) {
                guard let group = waveSets(entry) else { return nil }
                sets += group
            }
            weeks.append(sets)
        }
        guard !weeks.isEmpty, weeks.count <= 26 else {
            error(.invalidRule, "a wave has from 1 to 26 weeks", at: node)
            return nil
        }
        return weeks
    }

    /// `65%x5`, `65% x 5`, `85%×5+`, or a group like `5x5 @ 65%` (First Set Last written out).
    private mutating func waveSets(_ node: YAMLNodeID) -> [WaveSet]? {
        guard let raw = scalarText(node, field: "wave", expecting: "65%x5") else { return nil }
        if case .success(let group) = SetGroupText.parse(raw), case .load(.percent(let tenths))? = group.load {
            let set: WaveSet? = switch group.reps {
            case .exactly(let count): WaveSet(percentTenths: tenths, reps: count, asManyAsPossible: false)
            case .asManyAsPossible(let minimum): WaveSet(percentTenths: tenths, reps: minimum, asManyAsPossible: true)
            case .range: nil
            }
            if var set {
                // `5x5+ @ 65%`: the last of the sets is the one of as many as possible.
                let last = set
                set.asManyAsPossible = false
                return Array(repeating: set, count: group.count - 1) + [last]
            }
        }
        error(.invalidRule, "a wave set is a percentage of the training max and reps, like `65%x5`, `85%x5+` or `5x5 @ 65%`, not `\(raw)`", at: node)
        return nil
    }

    /// `60%` as a whole percentage.
    mutating func percentage(_ node: YAMLNodeID, field: String, range: ClosedRange<Int>) -> Located<Int>? {
        guard let raw = scalarText(node, field: field, expecting: "60%") else { return nil }
        let text = raw.trimmingSpaces
        guard text.hasSuffix("%"), let value = Int(String(text.dropLast()).trimmingSpaces) else {
            error(.invalidPercentage, "`\(field)` must be a percentage like `60%`, not `\(raw)`", at: node)
            return nil
        }
        guard range.contains(value) else {
            error(.outOfRange, "`\(field)` must be from \(range.lowerBound)% to \(range.upperBound)%; `\(raw)` is out of range", at: node)
            return nil
        }
        return Located(value, at: span(node))
    }

    mutating func phases(_ node: YAMLNodeID) -> [PhaseSpec] {
        guard document.kind(of: node) == .sequence else {
            error(.wrongShape, "`phases` should be a list, each phase starting with `- name:`, but here it is \(shapeName(node))", at: node)
            return []
        }
        return document.items(of: node).compactMap { entry in
            var name: Located<String>?
            var weeks: Located<ClosedRange<Int>>?
            var phase = PhaseSpec(name: Located("", at: span(entry)), weeks: Located(1...1, at: span(entry)), span: span(entry))
            entries(of: entry, as: SpecObjects.phase, context: "this phase") { context, key, _, value in
                switch key {
                case "name": name = context.text(value, field: "name", example: "Foundation")
                case "weeks": weeks = context.weekRange(value)
                case "volume": phase.volume = context.percentage(value, field: "volume", range: 10...200)
                case "intensity": phase.intensity = context.percentage(value, field: "intensity", range: 10...200)
                case "progression":
                    phase.pausesProgression = context.choice(value, field: "progression", choices: [("pause", true), ("continue", false)])
                case "deload": phase.deload = context.boolean(value, field: "deload")
                case "schedule": phase.schedule = context.schedule(value)
                case "rules":
                    // A phase's replacement that cannot be read is reported here; the rule it replaces stays.
                    var unreadable: [String: Set<String>] = [:]
                    phase.rules = context.rules(value, unreadable: &unreadable)
                case "reps": phase.reps = context.percentage(value, field: "reps", range: 10...100)
                default: break
                }
            }
            guard let name, let weeks else { return nil }
            phase.name = name
            phase.weeks = weeks
            return phase
        }
    }

    /// `3`, `1-3` or `[1, 3]`… only ranges and single weeks: `1-3`, `4`.
    mutating func weekRange(_ node: YAMLNodeID) -> Located<ClosedRange<Int>>? {
        guard let raw = scalarText(node, field: "weeks", expecting: "1-3") else { return nil }
        let parts = raw.trimmingSpaces.replacingDashes.split(separator: "-").map { $0.trimmingSpaces }
        let numbers = parts.compactMap { Int($0) }
        guard numbers.count == parts.count, (1...2).contains(numbers.count), numbers.allSatisfy({ (1...SpecLimits.weeks.upperBound).contains($0) }),
              numbers.first! <= numbers.last! else {
            error(.invalidNumber, "`weeks` of a phase is a week like `4` or a range like `1-3`, not `\(raw)`", at: node)
            return nil
        }
        return Located(numbers.first!...numbers.last!, at: span(node))
    }

    mutating func deload(_ node: YAMLNodeID) -> DeloadSpec? {
        var every: Located<Int>?
        var volume: Located<Int>?
        var intensity: Located<Int>?
        var reps: Located<Int>?
        entries(of: node, as: SpecObjects.deload, context: "`deload`") { context, key, _, value in
            switch key {
            case "every": every = context.integer(value, field: "every", range: 2...52, example: "4")
            case "volume": volume = context.percentage(value, field: "volume", range: 10...100)
            case "intensity": intensity = context.percentage(value, field: "intensity", range: 10...100)
            case "reps": reps = context.percentage(value, field: "reps", range: 10...100)
            default: break
            }
        }
        guard let every else { return nil }
        var spec = DeloadSpec(every: every, span: span(node))
        spec.volume = volume
        spec.intensity = intensity
        spec.reps = reps
        return spec
    }

    /// `2.5kg`, `[2.5kg, 5lb]`, or `{step: …, direction: down}`.
    mutating func rounding(_ node: YAMLNodeID) -> RoundingSpec? {
        var stepsNode: YAMLNodeID? = node
        var direction: Located<RoundingDirection>?
        if document.kind(of: node) == .mapping {
            stepsNode = nil
            entries(of: node, as: SpecObjects.rounding, context: "`rounding`") { context, key, _, value in
                switch key {
                case "step": stepsNode = value
                case "direction":
                    direction = context.choice(value, field: "direction", choices: RoundingDirection.allCases.map { ($0.rawValue, $0) })
                default: break
                }
            }
        }
        guard let stepsNode else { return nil }
        let steps = listItems(stepsNode).compactMap { mass($0, field: "rounding") }
        var units: Set<MassUnit> = []
        for step in steps where !units.insert(step.value.unit).inserted {
            error(.conflictingFields, "`rounding` gives two steps in \(step.value.unit.rawValue); give one per unit", at: stepsNode)
        }
        return RoundingSpec(steps: steps, direction: direction)
    }
}

extension WaveSet {
    /// Jim Wendler's 5/3/1: three working weeks and a deload, percentages of the training max.
    public static let fiveThreeOne: [[WaveSet]] = [
        [.init(percentTenths: 650, reps: 5, asManyAsPossible: false), .init(percentTenths: 750, reps: 5, asManyAsPossible: false),
         .init(percentTenths: 850, reps: 5, asManyAsPossible: true)],
        [.init(percentTenths: 700, reps: 3, asManyAsPossible: false), .init(percentTenths: 800, reps: 3, asManyAsPossible: false),
         .init(percentTenths: 900, reps: 3, asManyAsPossible: true)],
        [.init(percentTenths: 750, reps: 5, asManyAsPossible: false), .init(percentTenths: 850, reps: 3, asManyAsPossible: false),
         .init(percentTenths: 950, reps: 1, asManyAsPossible: true)],
        [.init(percentTenths: 400, reps: 5, asManyAsPossible: false), .init(percentTenths: 500, reps: 5, asManyAsPossible: false),
         .init(percentTenths: 600, reps: 5, asManyAsPossible: false)],
    ]
}

extension StringProtocol {
    /// `×` read as `x`, so `65%×5` reads like `65%x5`.
    var replacingTimes: String {
        String(String.UnicodeScalarView(String(self).unicodeScalars.map { $0 == "\u{00D7}" ? "x" : $0 }))
    }
}

extension DecodingContext {
    /// `lints: { allow: [W503], deny: [W509], hamstring-glute-ratio: 2, … }`.
    mutating func lintSettings(_ node: YAMLNodeID) -> LintSettingsSpec {
        var settings = LintSettingsSpec(span: span(node))
        entries(of: node, as: SpecObjects.lints, context: "`lints`") { context, key, _, value in
            switch key {
            case "allow": settings.allow = context.textList(value, field: "allow", example: "W503")
            case "deny": settings.deny = context.textList(value, field: "deny", example: "W509")
            case "stretched-groups": settings.stretchedGroups = context.textList(value, field: "stretched-groups", example: "hip flexors")
            case "min-loaded-sets-to-stretch":
                settings.minLoadedSetsToStretch = context.integer(value, field: key, range: 1...100, example: "4")
            case "hamstring-glute-ratio":
                if let raw = context.scalarText(value, field: key, expecting: "1.5"), let thousandths = Decimal3.parse(raw.trimmingSpaces),
                   thousandths % 100 == 0, (1000...10_000).contains(thousandths) {
                    settings.hamstringGluteRatioTenths = Located(Int(thousandths / 100), at: context.span(value))
                } else if context.document.kind(of: value) == .scalar {
                    context.error(.outOfRange, "`hamstring-glute-ratio` must be a ratio from 1 to 10 in tenths, like `1.5`", at: value)
                }
            case "max-training-days-in-a-row":
                settings.maxTrainingDaysInARow = context.integer(value, field: key, range: 2...14, example: "6")
            case "hard-sets-on-consecutive-days":
                settings.hardSetsOnConsecutiveDays = context.integer(value, field: key, range: 1...100, example: "6")
            case "max-weekly-load-increase": settings.maxWeeklyLoadIncrease = context.percentage(value, field: key, range: 1...100)
            case "max-training-max-increase": settings.maxTrainingMaxIncrease = context.percentage(value, field: key, range: 1...100)
            case "deload-after-weeks": settings.deloadAfterWeeks = context.integer(value, field: key, range: 2...52, example: "6")
            case "min-stretch-hold": settings.minStretchHold = context.duration(value, field: key, example: "15s", range: 1...600)
            case "duration-tolerance": settings.durationTolerance = context.percentage(value, field: key, range: 0...100)
            default: break
            }
        }
        return settings
    }
}
