/// Repetitions for a set.
public enum Reps: Hashable, Sendable, CustomStringConvertible {
    case exactly(Int)
    /// Anywhere from `lower` to `upper`, as in `8-12`.
    case range(Int, Int)
    /// As many as possible, at least `minimum` (`5+`).
    case asManyAsPossible(minimum: Int)

    /// `8`, `8–12` or `5+`.
    public var description: String {
        switch self {
        case .exactly(let count): "\(count)"
        case .range(let lower, let upper): "\(lower)–\(upper)"
        case .asManyAsPossible(let minimum): "\(minimum)+"
        }
    }
}
