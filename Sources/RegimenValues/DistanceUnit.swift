/// A unit distances are written in.
public enum DistanceUnit: String, Sendable, Hashable, CaseIterable {
    case m
    case km
    case mi

    /// Exact metres in one unit, in thousandths of a metre (1 mi = 1609.344 m by definition).
    public var millimetres: Int64 {
        switch self {
        case .m: 1000
        case .km: 1_000_000
        case .mi: 1_609_344
        }
    }

    /// Whole metres in `thousandths` thousandths of this unit, rounded to the nearest.
    public func metres(thousandths: Int64) -> Int64 {
        (thousandths * millimetres + 500_000) / 1_000_000
    }
}
