/// Where an exercise sits in the FIT profile's exercise catalog (the one Garmin watches use):
/// a category (`hip_raise`, 10) and, when known, an exercise in it
/// (`barbell_hip_thrust_with_bench`, 1). Watches show the exercise from this pair.
public struct FITExercise: Hashable, Sendable, Codable {
    /// How Regimen arrived at the mapping.
    public enum Source: String, Hashable, Sendable, Codable {
        /// The coach wrote it (`fit:` on the exercise).
        case spec
        /// Regimen found the exercise in the catalog by its id or name.
        case catalog
        /// Nothing matched: a category guessed from a word of the name or from the exercise's
        /// kind, without an exercise name. The `fit` backend warns about these (W530).
        case generic
    }

    /// The `exercise_category` name (`hip_raise`).
    public var category: String
    public var categoryNumber: Int
    /// The category's exercise name (`barbell_hip_thrust_with_bench`), when known.
    public var name: String?
    public var nameNumber: Int?
    public var source: Source

    public init(category: String, categoryNumber: Int, name: String? = nil, nameNumber: Int? = nil, source: Source) {
        self.category = category
        self.categoryNumber = categoryNumber
        self.name = name
        self.nameNumber = nameNumber
        self.source = source
    }
}
