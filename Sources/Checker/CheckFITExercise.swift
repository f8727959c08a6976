import Diagnostics
import FITFormat
import ProgramSpec
import RegimenValues

extension CheckPass {
    /// The exercise's place in the FIT exercise catalog: the spec's `fit:` checked against the
    /// catalog, or Regimen's match from the exercise's id and name, or a generic category.
    mutating func fitExercise(_ exercise: ExerciseSpec, kind: ExerciseKind) -> FITExercise {
        if let written = exercise.fit, let checked = checkFITExercise(written) { return checked }
        let texts = [exercise.id.value] + (exercise.name.map { [$0.value] } ?? [])
        if let match = FITExerciseMatcher.exercise(for: texts) { return FITExercise(match, source: .catalog) }
        if let match = FITExerciseMatcher.category(for: texts) { return FITExercise(match, source: .generic) }
        let category = FITExerciseCatalog.category(named: Self.fitCategory(for: kind))
        return FITExercise(category: category?.name ?? "unknown", categoryNumber: Int(category?.number ?? FITExerciseCatalog.unknownCategory),
                           source: .generic)
    }

    /// The category for an exercise nothing else places.
    static func fitCategory(for kind: ExerciseKind) -> String {
        switch kind {
        case .strength: "total_body"
        case .core: "core"
        case .mobility, .recovery: "warm_up"
        case .cardio: "cardio"
        }
    }

    mutating func checkFITExercise(_ written: FITExerciseSpec) -> FITExercise? {
        guard let categoryName = written.category else { return nil }
        let categories = FITExerciseCatalog.categories
        // The short form `category/name` is one value: a fix rewrites both parts.
        let shortForm = written.name?.span == categoryName.span
        func fix(category: String, name: String?, at span: SourceSpan) -> FixIt {
            let text = shortForm ? [category] + (name.map { [$0] } ?? []) : [span == categoryName.span ? category : name ?? category]
            return FixIt("write `\(text.joined(separator: "/"))`", replacing: span, with: text.joined(separator: "/"))
        }
        guard let category = FITExerciseCatalog.category(named: categoryName.value) else {
            // A known exercise name in the category's place: say which category it belongs to.
            if written.name == nil, let match = FITExerciseMatcher.exercise(named: categoryName.value) {
                error(.unknownFITCategory,
                      "`\(categoryName.value)` is an exercise of the FIT category `\(match.categoryName)`, not a category; write `\(match.categoryName)/\(categoryName.value)`",
                      at: categoryName.span, fix: FixIt("write `\(match.categoryName)/\(categoryName.value)`", replacing: categoryName.span,
                                                       with: "\(match.categoryName)/\(categoryName.value)"))
            } else if let suggestion = Suggestions.closest(to: categoryName.value, in: categories.map(\.name)) {
                error(.unknownFITCategory, "there is no FIT exercise category `\(categoryName.value)`; did you mean `\(suggestion)`?",
                      at: categoryName.span, fix: fix(category: suggestion, name: written.name?.value, at: categoryName.span))
            } else {
                error(.unknownFITCategory,
                      "there is no FIT exercise category `\(categoryName.value)`; the categories are listed in docs/fit.md (`squat`, `lunge`, `hip_raise`, `plank`, `warm_up`, …)",
                      at: categoryName.span)
            }
            return nil
        }
        guard let exerciseName = written.name else {
            return FITExercise(category: category.name, categoryNumber: Int(category.number), source: .spec)
        }
        guard let number = category.exercise(named: exerciseName.value) else {
            let names = category.exercises.map(\.name)
            if let elsewhere = FITExerciseMatcher.exercise(named: exerciseName.value) {
                error(.unknownFITExercise,
                      "the FIT category `\(category.name)` has no exercise `\(exerciseName.value)`; it is in `\(elsewhere.categoryName)`",
                      at: exerciseName.span,
                      fix: shortForm ? fix(category: elsewhere.categoryName, name: exerciseName.value, at: exerciseName.span) : nil)
            } else if let suggestion = Suggestions.closest(to: exerciseName.value, in: names) {
                error(.unknownFITExercise,
                      "the FIT category `\(category.name)` has no exercise `\(exerciseName.value)`; did you mean `\(suggestion)`?",
                      at: exerciseName.span, fix: fix(category: category.name, name: suggestion, at: exerciseName.span))
            } else {
                error(.unknownFITExercise,
                      "the FIT category `\(category.name)` has no exercise `\(exerciseName.value)`; leave `name` out to use the category alone, or pick one of its \(names.count) exercises (docs/fit.md)",
                      at: exerciseName.span)
            }
            return nil
        }
        return FITExercise(category: category.name, categoryNumber: Int(category.number), name: exerciseName.value,
                           nameNumber: Int(number), source: .spec)
    }
}

extension FITExercise {
    init(_ match: FITExerciseMatcher.Match, source: Source) {
        self.init(category: match.categoryName, categoryNumber: Int(match.category), name: match.exerciseName,
                  nameNumber: match.exercise.map(Int.init), source: source)
    }
}
