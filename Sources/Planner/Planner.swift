import Checker
import RegimenPlan
import ZoneInfo

/// Expands a checked program into a dated `Plan`: start date × weeks × weekly schedule, for
/// every athlete, in the athlete's time zone. Each athlete's sessions are simulated in date
/// order: each session's numbers come from the state of its lifts, and what happened (the log,
/// or success when the plan projects) moves that state on (`AthleteSimulation`).
public struct Planner: Sendable {
    public init() {}

    public func plan(_ program: CheckedProgram) -> Plan {
        let athletes = program.athletes.enumerated().map { index, athlete in
            planAthlete(athlete, logs: index < program.log.sessions.count ? program.log.sessions[index] : [], program: program)
        }
        var used: Set<String> = []
        for athlete in athletes {
            for session in athlete.sessions {
                for item in session.items {
                    for prescription in item.prescriptions { used.insert(prescription.exercise) }
                }
            }
        }
        let exercises = program.exercises.filter { used.contains($0.id) }.map(exerciseInfo).sorted { $0.id < $1.id }
        let info = ProgramInfo(
            id: program.id, name: program.name, coach: program.coach, notes: program.notes, weeks: program.weeks.count,
            units: program.units,
            phases: program.phases.map { PhaseInfo(name: $0.name, firstWeek: $0.weeks.lowerBound, lastWeek: $0.weeks.upperBound, isDeload: $0.isDeload) },
            weekInfo: program.weeks.map {
                WeekInfo(week: $0.number, phase: $0.phase, isDeload: $0.isDeload, volumePercent: $0.volumePercent,
                         intensityPercent: $0.intensityPercent, progressionPaused: $0.pausesProgression)
            })
        return Plan(program: info, exercises: exercises, athletes: athletes)
    }

    func exerciseInfo(_ exercise: CheckedExercise) -> ExerciseInfo {
        ExerciseInfo(
            id: exercise.id, name: exercise.name, kind: exercise.kind, targets: exercise.targets,
            secondaryTargets: exercise.secondaryTargets, perSide: exercise.perSide, equipment: exercise.equipment,
            cues: exercise.cues)
    }

    func planAthlete(_ athlete: CheckedAthlete, logs: [LoggedSession], program: CheckedProgram) -> AthletePlan {
        // Each athlete is planned from the program as they do it: swaps, session times, days.
        let program = program.personalized(for: athlete)
        var simulation = AthleteSimulation(program: program, athlete: athlete, logs: logs, buildsWithLogs: !program.log.isEmpty)
        let sessions = simulation.run()
        let end = athlete.start.adding(days: 7 * program.weeks.count)
        return AthletePlan(
            id: athlete.id, name: athlete.name, startDate: athlete.start,
            timeZone: snapshot(athlete.timeZone, from: athlete.start, to: end), units: athlete.units,
            trainingMaxes: athlete.trainingMaxes.map { TrainingMax(key: $0.key, mass: $0.value) }.sorted { $0.key < $1.key },
            sessions: sessions)
    }

    /// The zone's periods from the one in effect at `from` through every transition up to `to`.
    func snapshot(_ rules: ZoneRules, from: CivilDate, to: CivilDate) -> ZoneSnapshot {
        let lower = Int64(from.daysSinceEpoch - 1) * 86_400
        let upper = Int64(to.daysSinceEpoch + 1) * 86_400
        let initial = rules.type(at: lower)
        let lastBefore = rules.transitions(in: (lower - 400 * 86_400)...lower).last
        var periods = [ZonePeriod(
            start: lastBefore?.at, offsetBefore: lastBefore?.before.offset ?? initial.offset, offset: initial.offset,
            isDaylightSaving: initial.isDaylightSaving, abbreviation: initial.abbreviation)]
        for transition in rules.transitions(in: (lower + 1)...upper) {
            periods.append(ZonePeriod(
                start: transition.at, offsetBefore: transition.before.offset, offset: transition.after.offset,
                isDaylightSaving: transition.after.isDaylightSaving, abbreviation: transition.after.abbreviation))
        }
        return ZoneSnapshot(identifier: rules.identifier, periods: periods)
    }
}
