import Diagnostics
import ProgramSpec

extension CheckPass {
    /// An alias must name one exercise: it may not be (in any case) another exercise's key,
    /// `name:` or alias, or logs naming it could mean either. (Two exercises with the same `name:`
    /// are reported only when a log uses that name.)
    mutating func checkAliases() {
        var owners: [String: (exercise: String, span: SourceSpan)] = [:]
        for exercise in exerciseSpecs {
            owners[exercise.id.value.lowercased()] = (exercise.id.value, exercise.id.span)
            if let name = exercise.name, owners[name.value.lowercased()] == nil {
                owners[name.value.lowercased()] = (exercise.id.value, name.span)
            }
        }
        for exercise in exerciseSpecs {
            for alias in exercise.aliases {
                let key = alias.value.lowercased()
                if let owner = owners[key] {
                    if owner.exercise != exercise.id.value {
                        error(.duplicateDefinition,
                              "the alias `\(alias.value)` of `\(exercise.id.value)` is also a name of `\(owner.exercise)`, so a log naming it could mean either; give each exercise names of its own",
                              at: alias.span, notes: [DiagnosticNote("`\(owner.exercise)` has that name here", at: owner.span)])
                    }
                    continue
                }
                owners[key] = (exercise.id.value, alias.span)
            }
        }
    }
}
