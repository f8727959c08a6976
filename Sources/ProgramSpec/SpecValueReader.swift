import Diagnostics
import RegimenValues
import YAMLReader

/// The spec decoder's readers for single values (dates, durations, loads, RPE…) and for
/// mappings with a fixed set of keys, for other files written in YAML the way specs are:
/// training logs. Values read here mean exactly what they mean in a spec, with the same
/// diagnostics.
public struct SpecValueReader {
    var context: DecodingContext

    public init(document: YAMLDocument) {
        context = DecodingContext(document: document)
    }

    init(context: DecodingContext) {
        self.context = context
    }

    public var document: YAMLDocument { context.document }
    public var diagnostics: [Diagnostic] { context.diagnostics }

    public func span(_ node: YAMLNodeID) -> SourceSpan { context.span(node) }
    public func shapeName(_ node: YAMLNodeID) -> String { context.shapeName(node) }
    public func listItems(_ node: YAMLNodeID) -> [YAMLNodeID] { context.listItems(node) }

    public mutating func report(_ diagnostic: Diagnostic) { context.report(diagnostic) }

    public mutating func error(_ code: DiagnosticCode, _ message: String, at node: YAMLNodeID, notes: [DiagnosticNote] = [], fix: FixIt? = nil) {
        context.error(code, message, at: node, notes: notes, fix: fix)
    }

    /// The top-level mapping, or a diagnostic naming `what` the file should hold.
    public mutating func rootMapping(describing what: String) -> YAMLNodeID? { context.rootMapping(describing: what) }

    /// What a mapping held.
    public struct Entries: Sendable {
        /// False when the node was not a mapping at all.
        public var isMapping: Bool
        /// True when some key was not one `object` accepts (and was reported).
        public var hasUnknownKeys: Bool
    }

    /// Visits the entries of a mapping whose keys `object` accepts, reporting unknown and
    /// missing keys as the spec decoder does.
    @discardableResult
    public mutating func entries(
        of node: YAMLNodeID, as object: SpecObject, context describe: @autoclosure () -> String,
        _ visit: (inout SpecValueReader, String, YAMLNodeID, YAMLNodeID) -> Void
    ) -> Entries {
        let written = context.entries(of: node, as: object, context: describe()) { inner, key, keyNode, value in
            var reader = SpecValueReader(context: inner)
            inner.forgetDiagnostics()
            visit(&reader, key, keyNode, value)
            inner = reader.context
        }
        return Entries(isMapping: written.isMapping, hasUnknownKeys: written.hasUnknownKeys)
    }

    public mutating func scalarText(_ node: YAMLNodeID, field: String, expecting example: String) -> String? {
        context.scalarText(node, field: field, expecting: example)
    }

    public mutating func text(_ node: YAMLNodeID, field: String, example: String = "some text") -> Located<String>? {
        context.text(node, field: field, example: example)
    }

    public mutating func integer(_ node: YAMLNodeID, field: String, range: ClosedRange<Int>, example: String) -> Located<Int>? {
        context.integer(node, field: field, range: range, example: example)
    }

    public mutating func boolean(_ node: YAMLNodeID, field: String) -> Located<Bool>? {
        context.boolean(node, field: field)
    }

    public mutating func choice<Value: Sendable>(_ node: YAMLNodeID, field: String, choices: [(word: String, value: Value)]) -> Located<Value>? {
        context.choice(node, field: field, choices: choices)
    }

    public mutating func duration(_ node: YAMLNodeID, field: String, example: String = "30s", range: ClosedRange<Int> = 1...86_400) -> Located<Int>? {
        context.duration(node, field: field, example: example, range: range)
    }

    public mutating func distance(_ node: YAMLNodeID, field: String) -> Located<Int>? {
        context.distance(node, field: field)
    }

    public mutating func load(_ node: YAMLNodeID, field: String, allowPercent: Bool = true) -> Located<LoadSpec>? {
        context.load(node, field: field, allowPercent: allowPercent)
    }

    public mutating func date(_ node: YAMLNodeID, field: String) -> Located<CivilDate>? { context.date(node, field: field) }
    public mutating func timeOfDay(_ node: YAMLNodeID, field: String) -> Located<LocalTime>? { context.timeOfDay(node, field: field) }
    public mutating func rpe(_ node: YAMLNodeID, field: String) -> Located<Int>? { context.rpe(node, field: field) }
    public mutating func massUnit(_ node: YAMLNodeID) -> Located<MassUnit>? { context.massUnit(node) }
}

extension SpecObject {
    /// A mapping kind of another YAML format read with `SpecValueReader`.
    public static func other(schemaName: String, name: String, keys: [String], required: [(key: String, example: String)]) -> SpecObject {
        SpecObject(schemaName: schemaName, name: name, keys: keys, required: required)
    }
}

/// The spec's readings of values written as text, for notations inside a value (a training
/// log's `5,5,7 @ 100kg`): the same durations, decimals and units as everywhere in a spec.
public enum SpecValueText {
    /// `30s`, `2min`, `1h30min` in whole seconds; `nil` for anything else (a bare number too).
    public static func durationSeconds(_ text: String) -> Int? {
        if case .seconds(let seconds) = DurationText.parse(text) { return seconds }
        return nil
    }

    /// `42.5` → 42_500 (a non-negative decimal with at most three decimals, as thousandths),
    /// read from ASCII bytes without making a string (for parsers reading many numbers).
    @inlinable
    public static func thousandths(bytes: some Sequence<UInt8>) -> Int64? { Decimal3.parse(bytes: bytes) }

    /// The unit of a distance as written: `m`, `km`, `mi` (also `meters`, `miles`…).
    public static func distanceUnit(_ text: String) -> DistanceUnit? {
        switch text.lowercased() {
        case "m", "meter", "meters", "metre", "metres": .m
        case "km", "kilometer", "kilometers", "kilometre", "kilometres": .km
        case "mi", "mile", "miles": .mi
        default: nil
        }
    }
}
