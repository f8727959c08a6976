import Diagnostics
import RegimenValues
import YAMLReader

/// Decoding of rosters: `athletes:` in a program, or a roster file.
extension SpecDecoder {
    public static func decodeRoster(_ document: YAMLDocument) -> (spec: RosterSpec?, diagnostics: [Diagnostic]) {
        var context = DecodingContext(document: document)
        guard let root = context.rootMapping(describing: "a roster") else { return (nil, context.diagnostics) }
        var spec = RosterSpec(file: document.file, span: context.span(root))
        context.entries(of: root, as: SpecObjects.roster, context: "the roster") { context, key, _, value in
            switch key {
            case "regimen": _ = context.formatVersion(value)
            case "roster": spec.name = context.text(value, field: "roster", example: "Track team")
            case "athletes": spec.athletes = context.athletes(value)
            default: break
            }
        }
        return (spec, context.diagnostics)
    }
}

extension DecodingContext {
    mutating func athletes(_ node: YAMLNodeID) -> [AthleteSpec] {
        guard document.kind(of: node) == .sequence else {
            error(.wrongShape, "`athletes` should be a list, each athlete starting with `- name:`, but here it is \(shapeName(node))", at: node)
            return []
        }
        let entries = document.items(of: node)
        if entries.count > SpecLimits.athletes {
            error(.limitExceeded, "the roster has \(entries.count) athletes, more than the limit of \(SpecLimits.athletes); split it into several programs",
                  at: node)
        }
        return entries.prefix(SpecLimits.athletes).compactMap { athlete($0) }
    }

    mutating func athlete(_ node: YAMLNodeID) -> AthleteSpec? {
        var name: Located<String>?
        var athlete = AthleteSpec(name: Located("", at: span(node)), span: span(node))
        entries(of: node, as: SpecObjects.athlete, context: "this athlete") { context, key, _, value in
            switch key {
            case "name": name = context.text(value, field: "name", example: "Alex Morgan")
            case "id": athlete.id = context.identifier(value, field: "id")
            case "start": athlete.start = context.date(value, field: "start")
            case "timezone": athlete.timeZone = context.text(value, field: "timezone", example: "Europe/London")
            case "units": athlete.units = context.massUnit(value)
            case "training-max":
                if context.document.kind(of: value) == .scalar {
                    athlete.trainingMaxPercent = context.trainingMaxShare(value, field: "training-max")
                } else {
                    athlete.trainingMaxes = context.loadTable(value, field: "training-max", allowPercent: true).map { (key: $0.0, load: $0.1) }
                    athlete.unreadableKeys.formUnion(context.keys(of: value).subtracting(athlete.trainingMaxes.map(\.key.value)))
                }
            case "one-rep-max":
                athlete.oneRepMaxes = context.loadTable(value, field: "one-rep-max", needsUnit: true).map { (key: $0.0, load: $0.1) }
                athlete.unreadableKeys.formUnion(context.keys(of: value).subtracting(athlete.oneRepMaxes.map(\.key.value)))
            case "loads":
                athlete.loads = context.loadTable(value, field: "loads").map { (exercise: $0.0, load: $0.1) }
            case "at": athlete.sessionTimes = context.sessionTimes(value)
            case "days": athlete.days = context.dayMoves(value)
            case "swap": athlete.swaps = context.swaps(value)
            case "equipment":
                if context.document.kind(of: value) == .scalar, !context.document.isNull(value) {
                    let set = context.identifier(value, field: "equipment")
                    athlete.equipment = set.map { EquipmentSpec(set: $0, items: [], span: context.span(value)) }
                } else {
                    athlete.equipment = EquipmentSpec(set: nil, items: context.textList(value, field: "equipment", example: "dumbbells"),
                                                      span: context.span(value))
                }
            case "week-starts": athlete.weekStarts = context.weekday(value, field: "week-starts")
            default: break
            }
        }
        guard let name else { return nil }
        athlete.name = name
        return athlete
    }

    /// A mapping from names to loads, like `{ back-squat: 100kg, bench-press: 70kg }`.
    /// The keys of a mapping, as written.
    func keys(of node: YAMLNodeID) -> Set<String> {
        guard document.kind(of: node) == .mapping else { return [] }
        return Set(document.entries(of: node).compactMap { document.scalar($0.key) })
    }

    /// A mapping from names to loads, like `{ back-squat: 100kg, bench-press: 70kg }`. With
    /// `allowPercent`, a value may be a share of the one-rep max (`90%`); with `needsUnit`, a bare
    /// number is an error.
    mutating func loadTable(
        _ node: YAMLNodeID, field: String, allowPercent: Bool = false, needsUnit: Bool = false
    ) -> [(Located<String>, Located<LoadSpec>)] {
        guard document.kind(of: node) == .mapping else {
            error(.wrongShape, "`\(field)` should map exercise names to loads, like `back-squat: 100kg`, but here it is \(shapeName(node))", at: node)
            return []
        }
        return document.entries(of: node).compactMap { keyNode, value in
            let key = Located(document.scalar(keyNode) ?? "", at: span(keyNode))
            guard checkIdentifier(key, what: "the name") else { return nil }
            if allowPercent, document.kind(of: value) == .scalar, (document.scalar(value) ?? "").trimmingSpaces.hasSuffix("%") {
                return trainingMaxShare(value, field: key.value).map { (key, Located(.percent(tenths: $0.value), at: $0.span)) }
            }
            guard let load = load(value, field: key.value, allowPercent: false) else { return nil }
            if needsUnit, case .mass(let thousandths, nil) = load.value {
                let number = DecimalText.thousandths(thousandths)
                report(.error(.missingUnit, "the \(field == "one-rep-max" ? "one-rep max" : field) for `\(key.value)` needs its unit: write `\(number)kg` or `\(number)lb`", at: load.span,
                              fix: FixIt("write kilograms", replacing: load.span, with: "\(number)kg")))
                return nil
            }
            return (key, load)
        }
    }
}
