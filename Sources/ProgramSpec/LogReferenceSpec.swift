import Diagnostics
import RegimenValues
import YAMLReader

/// An entry of `logs:` in a program or a roster: a training log file, or a folder of them,
/// relative to the file that names it. Written as a path, or as a mapping when an app export
/// needs to be told whose it is or which units it uses.
public struct LogReferenceSpec: Sendable {
    public var path: Located<String>
    /// Whose log it is (an athlete's id or name), for files that do not say.
    public var athlete: Located<String>?
    /// The units of loads written without one.
    public var units: Located<MassUnit>?
    /// The units of distances written without one (Strong's older export has none).
    public var distanceUnits: Located<DistanceUnit>?
    /// The whole entry.
    public var span: SourceSpan

    public init(path: Located<String>, span: SourceSpan) {
        self.path = path
        self.span = span
    }
}

extension DecodingContext {
    /// `logs: logs/` or `logs: [a.yaml, { path: strong.csv, athlete: alex, units: lb }]`.
    mutating func logReferences(_ node: YAMLNodeID) -> [LogReferenceSpec] {
        listItems(node).compactMap { item in
            if document.kind(of: item) != .mapping {
                guard let path = text(item, field: "logs", example: "logs/alex.yaml") else { return nil }
                return LogReferenceSpec(path: path, span: span(item))
            }
            var path: Located<String>?
            var entry = LogReferenceSpec(path: Located("", at: span(item)), span: span(item))
            entries(of: item, as: SpecObjects.logReference, context: "this log entry") { context, key, _, value in
                switch key {
                case "path": path = context.text(value, field: "path", example: "logs/alex.yaml")
                case "athlete": entry.athlete = context.text(value, field: "athlete", example: "alex")
                case "units": entry.units = context.massUnit(value)
                case "distance-units":
                    entry.distanceUnits = context.choice(value, field: "distance-units", choices: DistanceUnit.allCases.map { ($0.rawValue, $0) })
                default: break
                }
            }
            guard let path else { return nil }
            entry.path = path
            return entry
        }
    }
}
