import Diagnostics
import ProgramSpec
import RegimenValues

extension CheckPass {
    mutating func checkExercisesOnly() {
        collectExercises()
        let definitions = exerciseSpecs
        for exercise in definitions { _ = checkExercise(exercise) }
    }

    mutating func collectExercises() {
        let all = spec.exercises + libraries.flatMap(\.exercises)
        for exercise in all {
            if let existing = exerciseIndex[exercise.id.value] {
                error(.duplicateDefinition, "the exercise `\(exercise.id.value)` is defined twice; rename one of them", at: exercise.id.span,
                      notes: [DiagnosticNote("`\(exercise.id.value)` is first defined here", at: exerciseSpecs[existing].id.span)])
                continue
            }
            exerciseIndex[exercise.id.value] = exerciseSpecs.count
            exerciseSpecs.append(exercise)
        }
    }

    mutating func checkExercise(_ exercise: ExerciseSpec) -> CheckedExercise {
        var harder: Int?
        if let reference = exercise.harder {
            harder = resolveExercise(reference)
            if harder == exerciseIndex[exercise.id.value] {
                error(.conflictingFields, "an exercise cannot be its own harder variant", at: reference.span)
                harder = nil
            }
        }
        var alternative: Int?
        if let reference = exercise.alternative, let index = resolveExercise(reference) {
            if index == exerciseIndex[exercise.id.value] {
                error(.conflictingFields, "an exercise cannot be its own alternative", at: reference.span)
            } else if checkSameKind(exerciseSpecs[index], as: exercise, at: reference.span, what: "an alternative") {
                alternative = index
            }
        }
        return CheckedExercise(
            id: exercise.id.value, name: exercise.name?.value ?? exercise.id.value, kind: exercise.kind?.value ?? .strength,
            targets: exercise.targets.map(\.value), secondaryTargets: exercise.secondaryTargets.map(\.value),
            perSide: exercise.perSide?.value ?? false, equipment: exercise.equipment.map(\.value),
            cues: exercise.cues.map(\.value), harder: harder, alternative: alternative, bar: exercise.bar?.value,
            rounding: exercise.rounding.map { checkRounding($0, base: checkRounding(spec.rounding, base: .standard)) })
    }

    /// A swap or an alternative replaces like with like: a stretch with a stretch, a lift with a
    /// lift. Reports a replacement of another kind.
    mutating func checkSameKind(_ replacement: ExerciseSpec, as original: ExerciseSpec, at span: SourceSpan, what: String) -> Bool {
        guard let kind = replacement.kind?.value, let originalKind = original.kind?.value, kind != originalKind else { return true }
        error(.replacementOfAnotherKind,
              "`\(replacement.id.value)` is \(kind.rawValue) work and `\(original.id.value)` is \(originalKind.rawValue) work; \(what) replaces an exercise with one of the same kind",
              at: span, notes: [DiagnosticNote("`\(replacement.id.value)` is defined here", at: replacement.id.span)])
        return false
    }

    /// The index of a referenced exercise, or an error naming the closest existing one.
    mutating func resolveExercise(_ reference: Located<String>) -> Int? {
        if let index = exerciseIndex[reference.value] { return index }
        guard !exercisesIncomplete else { return nil }
        let specs = exerciseSpecs
        let index = exerciseIndex
        unknownName(.unknownExercise, kind: "exercise", reference, candidates: specs.map(\.id.value),
                    definedAt: { index[$0].map { specs[$0].id.span } },
                    otherwise: "define it under `exercises:` or include a library that has it")
        return nil
    }

    /// Rounding written in the spec, over `base` (steps for units it does not name are kept).
    func checkRounding(_ rounding: RoundingSpec?, base: CheckedRounding) -> CheckedRounding {
        guard let rounding else { return base }
        var result = base
        for step in rounding.steps { result.steps[step.value.unit] = step.value }
        if let direction = rounding.direction { result.direction = direction.value }
        return result
    }

    /// The chain of harder variants starting at `exercise` (the exercise itself first).
    func variantChain(from exercise: Int) -> [Int] {
        var chain = [exercise]
        while let next = exercises[chain[chain.count - 1]].harder, !chain.contains(next), chain.count < 16 {
            chain.append(next)
        }
        return chain
    }
}
