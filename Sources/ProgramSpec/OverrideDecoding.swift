import Diagnostics
import RegimenValues
import YAMLReader

/// Decoding of what differs per athlete (session times, days, swaps, equipment) and of the
/// program's equipment sets.
extension DecodingContext {
    /// The entries of a mapping `field:` that should map names to values; reports any other shape.
    mutating func nameTable(_ node: YAMLNodeID, field: String, example: String) -> [(key: Located<String>, value: YAMLNodeID)] {
        guard document.kind(of: node) == .mapping else {
            error(.wrongShape, "`\(field)` should be a mapping like `\(example)`, but here it is \(shapeName(node))", at: node)
            return []
        }
        return document.entries(of: node).map { (Located(document.scalar($0.key) ?? "", at: span($0.key)), $0.value) }
    }

    /// `at: { strength-a: "06:00" }`.
    mutating func sessionTimes(_ node: YAMLNodeID) -> [(session: Located<String>, time: Located<LocalTime>)] {
        nameTable(node, field: "at", example: "at: { strength-a: \"06:00\" }").compactMap { session, value in
            guard checkIdentifier(session, what: "the session name"), let time = timeOfDay(value, field: session.value) else { return nil }
            return (session, time)
        }
    }

    /// `days: { mon: tue, wed: thu }`.
    mutating func dayMoves(_ node: YAMLNodeID) -> [(from: Located<Weekday>, to: Located<Weekday>)] {
        guard document.kind(of: node) == .mapping else {
            error(.wrongShape, "`days` should map the program's weekdays to this athlete's, like `days: { mon: tue, wed: thu }`, but here it is \(shapeName(node))",
                  at: node)
            return []
        }
        return document.entries(of: node).compactMap { keyNode, value in
            let from = weekdayKey(document.scalar(keyNode) ?? "", at: keyNode)
            let to = weekday(value, field: document.scalar(keyNode) ?? "days")
            guard let from, let to else { return nil }
            return (Located(from, at: span(keyNode)), to)
        }
    }

    /// `swap: { barbell-hip-thrust: glute-bridge }`.
    mutating func swaps(_ node: YAMLNodeID) -> [(from: Located<String>, to: Located<String>)] {
        nameTable(node, field: "swap", example: "swap: { barbell-hip-thrust: glute-bridge }").compactMap { from, value in
            guard checkIdentifier(from, what: "the exercise name"), let to = identifier(value, field: from.value) else { return nil }
            return (from, to)
        }
    }

    /// `equipment-sets: { home: [mat, dumbbells], gym: [barbell, rack, bench] }`.
    mutating func equipmentSets(_ node: YAMLNodeID) -> [(name: Located<String>, equipment: [Located<String>])] {
        nameTable(node, field: "equipment-sets", example: "equipment-sets: { home: [mat, dumbbells] }").compactMap { name, value in
            guard checkIdentifier(name, what: "the equipment set's name") else { return nil }
            return (name, textList(value, field: name.value, example: "dumbbells"))
        }
    }
}
