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
                let exercise = program.exercises[prescription.exercise].id
                for progression in prescription.progression.map(\.base) {
                    switch progression.rule {
                    case .wave(_, let increase?):
                        increases.append(.init(exercise: exercise, trainingMaxKey: prescription.trainingMaxKey,
                                               step: .load(increase, alternates: progression.alternates)))
                    case .trainingMax(.step(let steps), let cadence):
                        guard let first = steps.first else { continue }
                        increases.append(.init(exercise: exercise, trainingMaxKey: prescription.trainingMaxKey,
                                               step: .load(first, alternates: Array(steps.dropFirst())), every: cadence.text(one: "a")))
                    case .trainingMax(.percent(let tenths), let cadence):
                        increases.append(.init(exercise: exercise, trainingMaxKey: prescription.trainingMaxKey, step: .percent(tenths: tenths),
                                               every: cadence.text(one: "a")))
                    default:
                        continue
                    }
                }
            }
            sessions.append(.init(id: session.id, title: session.title, prescriptions: prescriptions.map { prescription in
                let exercise = program.exercises[prescription.exercise]
                return .init(exercise: exercise.id, kind: exercise.kind, side: prescription.side, holdSeconds: prescription.holdSeconds)
            }))
        }
        var logEntries: [String: [ProgramFacts.LogEntry]] = [:]
        for (index, logged) in program.log.sessions.enumerated() where index < program.athletes.count && !logged.isEmpty {
            logEntries[program.athletes[index].id] = logged.map { .init(date: $0.date, span: $0.span) }
        }
        self.init(analysis: PlanAnalysis(plan: plan, athlete: athlete), settings: program.lintSettings, anchors: program.sourceMap,
                  facts: ProgramFacts(loadSteps: steps, trainingMaxIncreases: increases, sessions: sessions, logEntries: logEntries))
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
