import Diagnostics
import RegimenValues
import YAMLReader

/// Decoding of what rules read from results (`success`, `on-success`, `on-failure`), their scope
/// (`deload: own`), per-unit steps, training-max rules, stages, and set groups.
extension DecodingContext {
    /// `+2.5kg` or a per-unit list `[+2.5kg, +5lb]` (one step per unit).
    mutating func increments(_ node: YAMLNodeID, field: String) -> [Located<Mass>] {
        let steps = listItems(node).compactMap { increment($0, field: field) }
        var units: Set<MassUnit> = []
        for step in steps where !units.insert(step.value.unit).inserted {
            error(.conflictingFields, "`\(field)` gives two steps in \(step.value.unit.rawValue); give one per unit, like `[+2.5kg, +5lb]`", at: node)
            return []
        }
        return steps
    }

    /// A signed percentage in tenths: `+2.5%` → 25, `-10%` → -100.
    mutating func signedPercent(_ node: YAMLNodeID, field: String, example: String) -> Located<Int>? {
        guard let raw = scalarText(node, field: field, expecting: example) else { return nil }
        var text = raw.trimmingSpaces
        var sign = 1
        if text.hasPrefix("-") { sign = -1; text.removeFirst() } else if text.hasPrefix("+") { text.removeFirst() }
        text = text.trimmingSpaces
        guard text.hasSuffix("%"), let thousandths = Decimal3.parse(String(text.dropLast()).trimmingSpaces), thousandths % 100 == 0,
              thousandths > 0, thousandths <= 100_000 else {
            error(.invalidPercentage, "`\(field)` must be a percentage like `\(example)`, not `\(raw)`", at: node)
            return nil
        }
        return Located(sign * Int(thousandths / 100), at: span(node))
    }

    /// `5x5`: First Set Last sets, at the week's first percentage.
    mutating func firstSetLast(_ node: YAMLNodeID) -> Located<SetGroupSpec>? {
        guard let group = setGroup(node, field: "first-set-last", example: "5x5") else { return nil }
        if group.value.load != nil {
            error(.invalidRule, "First Set Last sets use the week's first percentage; write the sets and reps only, like `5x5`", at: node)
            return nil
        }
        return group
    }

    /// `[+5%, +10%]`: Joker sets above the `+` set's percentage.
    mutating func jokers(_ node: YAMLNodeID) -> [Int] {
        listItems(node).compactMap { entry in
            guard let percent = signedPercent(entry, field: "joker", example: "+5%") else { return nil }
            guard percent.value > 0 else {
                error(.invalidRule, "Joker sets go above the `+` set, like `+5%`; `\(percent.value / 10)%` does not", at: entry)
                return nil
            }
            return percent.value
        }
    }

    /// `+5lb`, `[+5lb, +2.5kg]`, `+2.5%`, or a table by the `+` set's reps, like
    /// `{ 0-1: +0, 2-3: +5lb, 4-5: +10lb, 6+: +15lb }`.
    mutating func trainingMaxChange(_ node: YAMLNodeID) -> TrainingMaxChange? {
        switch document.kind(of: node) {
        case .mapping:
            var rows: [RepsTableRow] = []
            for (keyNode, value) in document.entries(of: node) {
                let key = (document.scalar(keyNode) ?? "").trimmingSpaces.replacingDashes
                guard let row = repsRange(key) else {
                    error(.invalidRule, "a training-max table row is a number of reps like `2-3`, `5` or `6+`, not `\(key)`", at: keyNode)
                    return nil
                }
                let change: [Mass]
                if document.kind(of: value) == .scalar, let text = document.scalar(value), Self.isZeroChange(text) {
                    change = []
                } else {
                    change = listItems(value).compactMap { signedMass($0, field: "training-max") }.map(\.value)
                    if change.isEmpty { return nil }
                }
                if let overlap = rows.first(where: { $0.overlaps(row) }) {
                    error(.invalidRule, "rows `\(overlap.text)` and `\(key)` of the training-max table overlap; a number of reps belongs to one row", at: keyNode)
                    return nil
                }
                rows.append(RepsTableRow(lower: row.lower, upper: row.upper, change: change))
            }
            guard !rows.isEmpty else {
                error(.invalidRule, "the training-max table is empty; give rows like `2-3: +5lb`", at: node)
                return nil
            }
            return .table(rows.sorted { $0.lower < $1.lower })
        case .scalar where (document.scalar(node) ?? "").trimmingSpaces.hasSuffix("%"):
            guard let percent = signedPercent(node, field: "training-max", example: "+2.5%") else { return nil }
            guard percent.value > 0 else {
                error(.invalidRule, "a `training-max` rule raises the training max; lower it with `on-failure: { training-max: -10% }`", at: node)
                return nil
            }
            return .percent(tenths: percent.value)
        default:
            let steps = increments(node, field: "training-max")
            return steps.isEmpty ? nil : .step(steps.map(\.value))
        }
    }

    /// `+0`, `0`, `+0lb`: no change.
    static func isZeroChange(_ text: String) -> Bool {
        var rest = Substring(text.trimmingSpaces)
        if rest.hasPrefix("+") || rest.hasPrefix("-") { rest = rest.dropFirst() }
        let (number, unit) = rest.splitNumberAndUnit()
        return number.flatMap(Decimal3.parse) == 0 && ["", "kg", "kgs", "lb", "lbs"].contains(unit.lowercased())
    }

    /// `+5lb`, `-2.5kg`: a change of load with its unit, either way.
    private mutating func signedMass(_ node: YAMLNodeID, field: String) -> Located<Mass>? {
        guard let raw = scalarText(node, field: field, expecting: "+5lb") else { return nil }
        var text = raw.trimmingSpaces
        var sign: Int64 = 1
        if text.hasPrefix("-") { sign = -1; text.removeFirst() } else if text.hasPrefix("+") { text.removeFirst() }
        guard let (thousandths, unit) = massParts(text.trimmingSpaces.lowercased()), let unit else {
            error(.invalidLoad, "`\(field)` must be a load with its unit, like `+5lb` or `+2.5kg`, not `\(raw)`", at: node)
            return nil
        }
        return Located(Mass(thousandths: sign * thousandths, unit: unit), at: span(node))
    }

    /// `[5x3+, 6x2+, 10x1+]`, each stage a set group or a list of them.
    mutating func stages(_ node: YAMLNodeID) -> [[SetGroupSpec]]? {
        guard document.kind(of: node) == .sequence, !document.items(of: node).isEmpty else {
            error(.invalidRule, "`stages` is a list of set schemes, like `[5x3+, 6x2+, 10x1+]`", at: node)
            return nil
        }
        var result: [[SetGroupSpec]] = []
        for entry in document.items(of: node) {
            let groups = listItems(entry).compactMap { setGroup($0, field: "stages", example: "5x3+")?.value }
            guard !groups.isEmpty, groups.count == listItems(entry).count else { return nil }
            result.append(groups)
        }
        guard result.count >= 2, result.count <= 20 else {
            error(.invalidRule, "`stages` has from 2 to 20 set schemes", at: node)
            return nil
        }
        return result
    }

    /// `{ retest: 5RM, load: 85% }` or `{ load: +15lb }`.
    mutating func stageReset(_ node: YAMLNodeID) -> StageReset? {
        var retest: Located<Int>?
        var loadNode: YAMLNodeID?
        entries(of: node, as: SpecObjects.stageReset, context: "`reset`") { context, key, _, value in
            switch key {
            case "retest":
                guard let raw = context.scalarText(value, field: "retest", expecting: "5RM") else { return }
                let text = raw.trimmingSpaces.lowercased()
                let number = text.hasSuffix("rm") ? String(text.dropLast(2)) : text
                guard let reps = Int(number.trimmingSpaces), (1...20).contains(reps) else {
                    context.error(.invalidRule, "`retest` is the rep max to test, like `5RM`, not `\(raw)`", at: value)
                    return
                }
                retest = Located(reps, at: context.span(value))
            case "load": loadNode = value
            default: break
            }
        }
        guard let loadNode else { return nil }
        if let retest {
            guard let raw = scalarText(loadNode, field: "load", expecting: "85%") else { return nil }
            let text = raw.trimmingSpaces
            guard text.hasSuffix("%"), let thousandths = Decimal3.parse(String(text.dropLast()).trimmingSpaces), thousandths % 100 == 0,
                  (10_000...100_000).contains(thousandths) else {
                error(.invalidPercentage, "after a retest the load is a share of the tested rep max, like `85%`, not `\(raw)`", at: loadNode)
                return nil
            }
            return .retest(reps: retest.value, percentTenths: Int(thousandths / 100))
        }
        let steps = increments(loadNode, field: "load")
        return steps.isEmpty ? nil : .addToFirstStageLoad(steps.map(\.value))
    }

    /// `all-reps`, `plus-set`, `rpe`, `hold`, or `{ plus-set: 25 }`.
    mutating func success(_ node: YAMLNodeID) -> Located<SuccessCriterion>? {
        if document.kind(of: node) == .mapping {
            var reps: Located<Int>?
            entries(of: node, as: SpecObjects.success, context: "`success`") { context, key, _, value in
                if key == "plus-set" { reps = context.integer(value, field: "plus-set", range: 1...200, example: "25") }
            }
            return reps.map { Located(.plusSet(reps: $0.value), at: span(node)) }
        }
        return choice(node, field: "success", choices: [
            ("all-reps", SuccessCriterion.allReps), ("plus-set", .plusSet(reps: nil)), ("rpe", .rpe), ("hold", .hold),
        ])
    }

    /// `repeat`, `next-stage`, `harder`, or `{ deload: 10%, after: 3 }`, `{ training-max: -10% }`.
    mutating func action(_ node: YAMLNodeID, field: String) -> Located<ProgressionAction>? {
        if document.kind(of: node) != .mapping {
            return choice(node, field: field, choices: [
                ("repeat", ProgressionAction.repeat), ("next-stage", .nextStage(after: 1)), ("harder", .harder(after: 1)),
            ])
        }
        var after = 1
        var found: [(key: String, action: (Int) -> ProgressionAction)] = []
        entries(of: node, as: SpecObjects.action, context: "`\(field)`") { context, key, _, value in
            switch key {
            case "after":
                if let count = context.integer(value, field: "after", range: 1...20, example: "3") { after = count.value }
            case "deload":
                guard let percent = context.percentage(value, field: "deload", range: 1...90) else { return }
                found.append((key, { .deload(percentTenths: percent.value * 10, after: $0) }))
            case "training-max":
                guard let percent = context.signedPercent(value, field: "training-max", example: "-10%") else { return }
                found.append((key, { .trainingMax(percentTenths: percent.value, after: $0) }))
            case "next-stage", "harder":
                guard let yes = context.boolean(value, field: key) else { return }
                if !yes.value {
                    context.error(.invalidRule, "leave `\(key)` out rather than set it to `false`", at: value)
                    return
                }
                found.append((key, key == "harder" ? { .harder(after: $0) } : { .nextStage(after: $0) }))
            default: break
            }
        }
        guard let first = found.first else {
            error(.invalidRule, "`\(field)` says what to do: `repeat`, `next-stage`, `harder`, `{ deload: 10%, after: 3 }` or `{ training-max: -10% }`", at: node)
            return nil
        }
        if found.count > 1 {
            error(.invalidRule, "`\(field)` does one thing, and this one has both `\(first.key)` and `\(found[1].key)`", at: node)
            return nil
        }
        return Located(first.action(after), at: span(node))
    }

    /// `deload: own`.
    mutating func ownDeload(_ node: YAMLNodeID) -> Located<Bool>? {
        choice(node, field: "deload", choices: [("own", true), ("program", false)])
    }

    /// One set group, read from text.
    mutating func setGroup(_ node: YAMLNodeID, field: String, example: String) -> Located<SetGroupSpec>? {
        guard let raw = scalarText(node, field: field, expecting: example) else { return nil }
        switch SetGroupText.parse(raw) {
        case .success(let group): return Located(group, at: span(node))
        case .failure(let problem):
            report(.error(.invalidSetGroup, problem.message, at: span(node)))
            return nil
        }
    }

    /// `sets: 3`, `sets: 5x10 @ 50%`, or `sets: [1x5+ @ 85%, 4x5 @ 75%]`: a count, or set groups.
    mutating func setsOrGroups(_ node: YAMLNodeID, item: inout PrescriptionSpec) {
        if document.kind(of: node) == .scalar, let raw = document.scalar(node), !raw.lowercased().replacingTimes.contains("x") {
            item.sets = integer(node, field: "sets", range: SpecLimits.sets, example: "3")
            return
        }
        let entries = listItems(node)
        let groups = entries.compactMap { setGroup($0, field: "sets", example: "5x10 @ 50%") }
        guard !groups.isEmpty, groups.count == entries.count else { return }
        let total = groups.reduce(0) { $0 + $1.value.count }
        guard total <= SpecLimits.sets.upperBound else {
            error(.outOfRange, "these set groups add up to \(total) sets, more than the limit of \(SpecLimits.sets.upperBound)", at: node)
            return
        }
        item.setGroups = Located(groups.map(\.value), at: span(node))
    }

    /// `warm-up: standard`, `warm-up: none`, or `warm-up: [bar x 10, 40% x 5, 60% x 3, 80% x 1]`.
    mutating func warmUpReference(_ node: YAMLNodeID) -> Located<WarmUpReference>? {
        if document.kind(of: node) == .sequence {
            let sets = warmUpSets(node)
            return sets.isEmpty ? nil : Located(.inline(sets), at: span(node))
        }
        guard let name = identifier(node, field: "warm-up") else { return nil }
        return Located(name.value == "none" ? .none : .named(name.value), at: name.span)
    }

    /// A ramp: set groups whose percentages are of the day's first work set.
    mutating func warmUpSets(_ node: YAMLNodeID) -> [Located<SetGroupSpec>] {
        guard document.kind(of: node) == .sequence, !document.items(of: node).isEmpty else {
            error(.wrongShape, "a warm-up is a list of sets like `[bar x 10, 40% x 5, 60% x 3, 80% x 1]`", at: node)
            return []
        }
        var sets: [Located<SetGroupSpec>] = []
        for entry in document.items(of: node) {
            guard let group = setGroup(entry, field: "warm-up", example: "40% x 5") else { return [] }
            switch group.value.load {
            case .bar?, .load(.percent)?, .load(.mass)?:
                sets.append(group)
            default:
                error(.invalidSetGroup, "a warm-up set is the bar or a percentage of the day's first work set, like `bar x 10` or `60% x 3`", at: entry)
                return []
            }
        }
        return sets
    }

    /// `rotations: { workout: [workout-a, workout-b] }`.
    mutating func rotations(_ node: YAMLNodeID) -> [RotationSpec] {
        definitions(node, field: "rotations", what: "lists of sessions").compactMap { name, value in
            guard document.kind(of: value) == .sequence else {
                error(.wrongShape, "rotation `\(name.value)` is a list of sessions taken in turn, like `[workout-a, workout-b]`", at: value)
                return nil
            }
            let sessions = document.items(of: value).compactMap { identifier($0, field: "rotation") }
            guard sessions.count == document.items(of: value).count else { return nil }
            guard sessions.count >= 2 else {
                error(.wrongShape, "rotation `\(name.value)` takes sessions in turn, so it needs at least two", at: value)
                return nil
            }
            return RotationSpec(name: name, sessions: sessions, span: span(value))
        }
    }

    /// `warm-ups: { barbell: [bar x 10, 40% x 5, 60% x 3, 80% x 1] }`.
    mutating func warmUps(_ node: YAMLNodeID) -> [WarmUpSpec] {
        definitions(node, field: "warm-ups", what: "warm-up ramps").compactMap { name, value in
            let sets = warmUpSets(value)
            return sets.isEmpty ? nil : WarmUpSpec(name: name, sets: sets)
        }
    }

    /// `90%`: a training max as a share of a one-rep max, in tenths (50% to 100%).
    mutating func trainingMaxShare(_ node: YAMLNodeID, field: String) -> Located<Int>? {
        guard let raw = scalarText(node, field: field, expecting: "90%") else { return nil }
        let text = raw.trimmingSpaces
        guard text.hasSuffix("%"), let thousandths = Decimal3.parse(String(text.dropLast()).trimmingSpaces), thousandths % 100 == 0,
              (50_000...100_000).contains(thousandths) else {
            error(.invalidPercentage, "`\(field)` as a share of the one-rep max is from 50% to 100%, like `90%`, not `\(raw)`", at: node)
            return nil
        }
        return Located(Int(thousandths / 100), at: span(node))
    }

    /// `0-1`, `5`, `6+` as a range of reps.
    private func repsRange(_ text: String) -> (lower: Int, upper: Int?)? {
        if text.hasSuffix("+"), let lower = Int(text.dropLast().trimmingSpaces), (0...200).contains(lower) { return (lower, nil) }
        if let exact = Int(text), (0...200).contains(exact) { return (exact, exact) }
        let parts = text.split(separator: "-").map { $0.trimmingSpaces }
        if parts.count == 2, let lower = Int(parts[0]), let upper = Int(parts[1]), lower <= upper, (0...200).contains(lower), upper <= 200 {
            return (lower, upper)
        }
        return nil
    }
}

extension RepsTableRow {
    func overlaps(_ other: (lower: Int, upper: Int?)) -> Bool {
        let myUpper = upper ?? .max, theirUpper = other.upper ?? .max
        return lower <= theirUpper && other.lower <= myUpper
    }

    /// `2-3`, `5`, `6+`.
    var text: String {
        guard let upper else { return "\(lower)+" }
        return upper == lower ? "\(lower)" : "\(lower)-\(upper)"
    }
}
