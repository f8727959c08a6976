import Checker
import RegimenPlan
import ZoneInfo

/// Expands a checked program into a dated `Plan`: start date × weeks × weekly schedule, for
/// every athlete, in the athlete's time zone, with each week's numbers from the progression
/// rules, phases and deloads.
public struct Planner: Sendable {
    public init() {}

    public func plan(_ program: CheckedProgram) -> Plan {
        let athletes = program.athletes.map { planAthlete($0, program: program) }
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

    func planAthlete(_ athlete: CheckedAthlete, program: CheckedProgram) -> AthletePlan {
        let program = program.personalized(for: athlete)
        let engine = ProgressionEngine(program: program, athlete: athlete)
        var sessions: [SessionInstance] = []
        var progressingWeeks = 0
        /// Instances of each session in progressing weeks so far.
        var sessionCounts = [Int](repeating: 0, count: program.sessions.count)
        // Each day's sessions in the order they happen, worked out once per distinct schedule.
        var dayOrders: [[[Int]]: [[Int]]] = [:]
        for week in program.weeks {
            var occurrences: [Int: Int] = [:]
            let weekStart = athlete.start.adding(days: 7 * (week.number - 1))
            let order: [[Int]]
            if let known = dayOrders[week.schedule] {
                order = known
            } else {
                order = week.schedule.map { Self.inDayOrder($0, program: program) }
                dayOrders[week.schedule] = order
            }
            for offset in 0..<7 {
                let date = weekStart.adding(days: offset)
                for index in order[date.weekday.rawValue - 1] {
                    occurrences[index, default: 0] += 1
                    let point = ProgressionPoint(
                        weekSteps: week.pausesProgression ? max(progressingWeeks - 1, 0) : progressingWeeks,
                        sessionSteps: week.pausesProgression ? max(sessionCounts[index] - 1, 0) : sessionCounts[index],
                        week: week)
                    if !week.pausesProgression { sessionCounts[index] += 1 }
                    let identity = SessionIdentity(
                        program: program.id, athlete: athlete.id, session: program.sessions[index].id, week: week.number,
                        occurrence: occurrences[index, default: 1])
                    sessions.append(instance(
                        program.sessions[index], identity: identity, date: date, week: week, point: point, athlete: athlete,
                        program: program, engine: engine))
                }
            }
            if !week.pausesProgression { progressingWeeks += 1 }
        }
        let end = athlete.start.adding(days: 7 * program.weeks.count)
        return AthletePlan(
            id: athlete.id, name: athlete.name, startDate: athlete.start,
            timeZone: snapshot(athlete.timeZone, from: athlete.start, to: end), units: athlete.units,
            trainingMaxes: athlete.trainingMaxes.map { TrainingMax(key: $0.key, mass: $0.value) }.sorted { $0.key < $1.key },
            sessions: sessions)
    }

    /// Timed sessions in time order, then all-day sessions, each in schedule order.
    static func inDayOrder(_ sessions: [Int], program: CheckedProgram) -> [Int] {
        sessions.enumerated().sorted {
            let a = program.sessions[$0.element].at?.secondsSinceMidnight ?? Int.max
            let b = program.sessions[$1.element].at?.secondsSinceMidnight ?? Int.max
            return (a, $0.offset) < (b, $1.offset)
        }.map(\.element)
    }

    func instance(
        _ session: CheckedSession, identity: SessionIdentity, date: CivilDate, week: CheckedWeek, point: ProgressionPoint,
        athlete: CheckedAthlete, program: CheckedProgram, engine: ProgressionEngine
    ) -> SessionInstance {
        let items = session.items.map { plannedItem($0, point: point, program: program, engine: engine) }
        let clock = LocalClock(rules: athlete.timeZone, date: date, at: session.at)
        var kinds: [ExerciseKind] = []
        for item in items {
            for prescription in item.prescriptions {
                if let kind = engine.exercise(prescription.exercise)?.kind, !kinds.contains(kind) {
                    kinds.append(kind)
                }
            }
        }
        let estimate = DurationEstimate.minutes(for: items) { engine.exercise($0)?.perSide ?? false }
        return SessionInstance(
            identity: identity, date: clock.date, week: week.number, phase: week.phase, isDeload: week.isDeload, session: session.id,
            title: session.title, start: clock.start, utcOffset: clock.utcOffset,
            durationMinutes: session.durationSeconds.map { ($0 + 59) / 60 } ?? estimate,
            durationIsEstimate: session.durationSeconds == nil, estimatedMinutes: estimate, kinds: kinds, location: session.location,
            notes: session.notes, items: items, scheduledStart: clock.scheduledStart)
    }

    func plannedItem(_ item: CheckedItem, point: ProgressionPoint, program: CheckedProgram, engine: ProgressionEngine) -> PlannedItem {
        switch item {
        case .exercise(let prescription):
            return .exercise(planned(prescription, sets: prescription.sets, point: point, program: program, engine: engine))
        case .group(let group):
            let rounds = max(1, (group.rounds * point.week.volumePercent + 50) / 100)
            return .group(ExerciseGroup(
                kind: group.kind == .superset ? .superset : .circuit, rounds: rounds, restSeconds: group.restSeconds,
                notes: group.notes,
                exercises: group.exercises.map { planned($0, sets: rounds, point: point, program: program, engine: engine, inGroup: true) }))
        }
    }

    func planned(
        _ prescription: CheckedPrescription, sets: Int, point: ProgressionPoint, program: CheckedProgram, engine: ProgressionEngine,
        inGroup: Bool = false
    ) -> Prescription {
        var numbers = engine.numbers(for: prescription, sets: sets, at: point)
        if inGroup, let first = numbers.sets.first {
            // Inside a group each exercise has one set per round; the group scales its rounds.
            numbers.sets = Array(repeating: first, count: sets)
        }
        return Prescription(
            exercise: program.exercises[numbers.exercise].id, advancedFrom: numbers.advancedFrom.map { program.exercises[$0].id },
            trainingMax: numbers.trainingMax, sets: numbers.sets, restSeconds: prescription.restSeconds,
            tempo: prescription.tempo, side: prescription.side.flatMap(Side.init(rawValue:)), notes: prescription.notes,
            optional: prescription.optional, restActivity: prescription.restActivity)
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
