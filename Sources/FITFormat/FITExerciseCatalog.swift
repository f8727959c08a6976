/// The FIT profile's exercise catalog: the `exercise_category` type (bench_press, squat,
/// hip_raise, …) and, for each category, its `*_exercise_name` type (squat/goblet_squat is 37).
/// Watches show an exercise from this pair, with its name and animation where they have one.
public enum FITExerciseCatalog {
    /// One category with its exercises.
    public struct Category: Sendable {
        public var number: UInt16
        public var name: String
        /// Exercise names by number, in number order.
        public var exercises: [(number: UInt16, name: String)]

        public func exercise(named name: String) -> UInt16? {
            exercises.first { $0.name == name }?.number
        }

        public func exercise(number: UInt16) -> String? {
            exercises.first { $0.number == number }?.name
        }
    }

    /// The category numbers of the original FIT strength catalog (`bench_press` … `warm_up`,
    /// `run`): every watch with strength workouts knows these; later ones (`move`, `pose`,
    /// `banded_exercises`, …) only newer ones.
    public static let coreCategories: ClosedRange<UInt16> = 0...32

    /// `unknown`: an exercise the catalog does not have.
    public static let unknownCategory: UInt16 = 65534

    /// Every category, in number order.
    public static let categories: [Category] = table.map { entry in
        Category(number: entry.number, name: entry.name, exercises: entry.names.split(separator: " ").compactMap { word in
            guard let equals = word.firstIndex(of: "="), let number = UInt16(word[..<equals]) else { return nil }
            return (number, String(word[word.index(after: equals)...]))
        })
    }

    public static func category(named name: String) -> Category? {
        categories.first { $0.name == name }
    }

    public static func category(number: UInt16) -> Category? {
        categories.first { $0.number == number }
    }
}
