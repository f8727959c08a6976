import Diagnostics
import YAMLReader

/// Where an exercise sits in the FIT exercise catalog, as written:
/// `fit: {category: hip_raise, name: barbell_hip_thrust_with_bench}`, or the short form
/// `fit: hip_raise/barbell_hip_thrust_with_bench` (`garmin:` is the same key). The checker
/// checks the names against the catalog.
public struct FITExerciseSpec: Sendable {
    public var category: Located<String>?
    public var name: Located<String>?
    /// The whole value.
    public var span: SourceSpan

    public init(category: Located<String>?, name: Located<String>?, span: SourceSpan) {
        self.category = category
        self.name = name
        self.span = span
    }
}

extension DecodingContext {
    mutating func fitExercise(_ node: YAMLNodeID, key: String) -> FITExerciseSpec? {
        var result = FITExerciseSpec(category: nil, name: nil, span: span(node))
        if document.kind(of: node) == .mapping {
            entries(of: node, as: SpecObjects.fitExercise, context: "`\(key)`") { context, field, _, value in
                switch field {
                case "category": result.category = context.text(value, field: "category", example: "hip_raise")
                case "name": result.name = context.text(value, field: "name", example: "barbell_hip_thrust_with_bench")
                default: break
                }
            }
            return result.category == nil ? nil : result
        }
        guard let text = self.text(node, field: key, example: "hip_raise/barbell_hip_thrust_with_bench") else { return nil }
        let parts = text.value.split(separator: "/", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
        guard let first = parts.first, !first.isEmpty, parts.count == 1 || !parts[1].isEmpty else {
            error(.wrongShape, "`\(key)` is a category and an exercise of the FIT catalog, like `hip_raise/barbell_hip_thrust_with_bench`, or a mapping with `category:` and `name:`", at: node)
            return nil
        }
        result.category = Located(first, at: text.span)
        if parts.count == 2 { result.name = Located(parts[1], at: text.span) }
        return result
    }
}
