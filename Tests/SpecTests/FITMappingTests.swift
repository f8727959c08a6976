import RegimenKit
import RegimenValues
import Testing

/// Where each exercise goes in the FIT exercise catalog: what `fit:` says, what Regimen finds by
/// name, and the generic categories the `fit` backend warns about.
@Suite("Spec: FIT exercise mappings")
struct FITMappingTests {
    static let program = """
    regimen: 1
    program: Mappings
    start: 2027-01-04
    weeks: 1
    timezone: Europe/London
    exercises:
      hip-thrust: {name: Hip thrust, kind: strength, fit: hip_raise/barbell_hip_thrust_with_bench}
      foam-roll: {name: Foam rolling, kind: recovery, garmin: {category: warm_up}}
      goblet-squat: {name: Goblet squat, kind: strength}
      glute-bridge: {name: Glute bridge, kind: strength}
      rdl-variant: {name: Romanian Deadlift, kind: strength}
      split-squat: {name: Bulgarian split squat thing, kind: strength}
      sled-push: {name: Sled push, kind: strength}
      breathing: {name: Box breathing, kind: recovery}
    sessions:
      a:
        title: A
        items:
          - {exercise: hip-thrust, reps: 8}
          - {exercise: foam-roll, duration: 5min}
          - {exercise: goblet-squat, reps: 8}
          - {exercise: glute-bridge, reps: 8}
          - {exercise: rdl-variant, reps: 8}
          - {exercise: split-squat, reps: 8}
          - {exercise: sled-push, reps: 8}
          - {exercise: breathing, duration: 2min}
    schedule:
      mon: a
    """

    static func mappings() throws -> [String: FITExercise] {
        let (outcome, plan) = Compiler(sources: InMemorySources(["/p/m.yaml": Array(program.utf8)])).compile("/p/m.yaml")
        #expect(!outcome.hasErrors, "\(outcome.diagnostics.map(\.summaryLine))")
        let exercises = try #require(plan).exercises
        return Dictionary(uniqueKeysWithValues: exercises.compactMap { exercise in exercise.fit.map { (exercise.id, $0) } })
    }

    @Test func writtenMappingsAreKept() throws {
        let mappings = try Self.mappings()
        #expect(mappings["hip-thrust"] == FITExercise(category: "hip_raise", categoryNumber: 10, name: "barbell_hip_thrust_with_bench", nameNumber: 1, source: .spec))
        #expect(mappings["foam-roll"] == FITExercise(category: "warm_up", categoryNumber: 31, source: .spec))
    }

    @Test func namesFoundInTheCatalog() throws {
        let mappings = try Self.mappings()
        #expect(mappings["goblet-squat"] == FITExercise(category: "squat", categoryNumber: 28, name: "goblet_squat", nameNumber: 37, source: .catalog))
        #expect(mappings["glute-bridge"] == FITExercise(category: "hip_raise", categoryNumber: 10, name: "hip_raise", nameNumber: 11, source: .catalog))
        // Found by the name when the id says nothing.
        #expect(mappings["rdl-variant"]?.name == "romanian_deadlift" && mappings["rdl-variant"]?.source == .catalog)
    }

    @Test func genericCategories() throws {
        let mappings = try Self.mappings()
        #expect(mappings["split-squat"] == FITExercise(category: "squat", categoryNumber: 28, source: .generic))
        #expect(mappings["sled-push"] == FITExercise(category: "total_body", categoryNumber: 29, source: .generic))
        #expect(mappings["breathing"] == FITExercise(category: "warm_up", categoryNumber: 31, source: .generic))
    }

    @Test func seedLibrariesMapEveryExercise() throws {
        for program in ["runner-hip-balance", "five-three-one", "beginner-full-body", "running/runner-10k-build"] {
            let (_, plan) = Compiler().compile(Fixtures.root + "/../../../Programs/\(program).yaml")
            let exercises = try #require(plan).exercises
            #expect(exercises.allSatisfy { $0.fit != nil && $0.fit?.source != .generic }, "\(exercises.filter { $0.fit?.source == .generic }.map(\.id))")
        }
    }
}
