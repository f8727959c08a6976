import Analysis
import Checker
import Diagnostics
import RegimenPlan

extension LintInput {
    /// What the lints read of a checked program and its plan, for the plan's first athlete (the
    /// structure of a program is the same for every athlete; numbers from training maxes are
    /// checked for each athlete in the plan). `nil` when the plan has no athlete.
    init?(program: CheckedProgram, plan: Plan) {
        guard let athlete = plan.athletes.first else { return nil }
        var steps: [String: [MassUnit: Mass]] = [:]
        for exercise in program.exercises { steps[exercise.id] = (exercise.rounding ?? program.rounding).steps }
        var increases: [ProgramFacts.TrainingMaxIncrease] = []
        var sessions: [ProgramFacts.WrittenSession] = []
        for session in program.sessions {
            let prescriptions = session.items.flatMap(\.prescriptions)
            for prescription in prescriptions {
                for case .wave(_, let increase?) in prescription.rules {
                    increases.append(.init(exercise: program.exercises[prescription.exercise].id, trainingMaxKey: prescription.trainingMaxKey, increase: increase))
                }
            }
            sessions.append(.init(id: session.id, title: session.title, prescriptions: prescriptions.map { prescription in
                let exercise = program.exercises[prescription.exercise]
                return .init(exercise: exercise.id, kind: exercise.kind, side: prescription.side, holdSeconds: prescription.holdSeconds)
            }))
        }
        self.init(analysis: PlanAnalysis(plan: plan, athlete: athlete), settings: program.lintSettings, anchors: program.sourceMap,
                  facts: ProgramFacts(loadSteps: steps, trainingMaxIncreases: increases, sessions: sessions))
    }
}

extension Compiler {
    /// The coaching lints' findings for `program` and its plan, with `allowedLints` and
    /// `deniedLints` applied over the program's own `lints:`.
    public func lint(_ program: CheckedProgram, plan: Plan) -> [Diagnostic] {
        guard let input = LintInput(program: program, plan: plan) else { return [] }
        return Linter.run(input, allow: allowedLints, deny: deniedLints)
    }
}
