/// The kind of an exercise, which decides how it progresses and how sessions are categorised.
public enum ExerciseKind: String, Hashable, Sendable, Codable, CaseIterable {
    case strength
    case mobility
    case core
    case cardio
    case recovery
}
