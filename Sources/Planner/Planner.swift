import Checker
import RegimenPlan
import ZoneInfo

/// Expands a checked program into a dated `Plan`: start date × weeks × weekly schedule, for
/// every athlete, in the athlete's time zone.
public struct Planner: Sendable {
    public init() {}

    public func plan(_ program: CheckedProgram) -> Plan {
        let athletes = program.athletes.map { planAthlete($0, program: program) }
        var used: Set<Int> = []
        for session in program.sessions {
            for item in session.items {
                switch item {
                case .exercise(let prescription): used.insert(prescription.exercise)
                case .group(let group): used.formUnion(group.exercises.map(\.exercise))
                }
            }
        }
        let exercises = used.map { exerciseInfo(program.exercises[$0]) }.sorted { $0.id < $1.id }
        let info = ProgramInfo(
            id: program.id, name: program.name, coach: program.coach, notes: program.notes, weeks: program.weeks,
            units: program.units, phases: [])
        return Plan(program: info, exercises: exercises, athletes: athletes)
    }

    func exerciseInfo(_ exercise: CheckedExercise) -> ExerciseInfo {
        ExerciseInfo(
            id: exercise.id, name: exercise.name, kind: exercise.kind, targets: exercise.targets,
            secondaryTargets: exercise.secondaryTargets, perSide: exercise.perSide, equipment: exercise.equipment,
            cues: exercise.cues)
    }

    func planAthlete(_ athlete: CheckedAthlete, program: CheckedProgram) -> AthletePlan {
        var sessions: [SessionInstance] = []
        for week in 1...program.weeks {
            var occurrences: [Int: Int] = [:]
            let weekStart = athlete.start.adding(days: 7 * (week - 1))
            for offset in 0..<7 {
                let date = weekStart.adding(days: offset)
                // Timed sessions in time order, then all-day sessions, each in schedule order.
                let daySessions = program.schedule[date.weekday.rawValue - 1].enumerated().sorted {
                    let a = program.sessions[$0.element].at?.secondsSinceMidnight ?? Int.max
                    let b = program.sessions[$1.element].at?.secondsSinceMidnight ?? Int.max
                    return (a, $0.offset) < (b, $1.offset)
                }.map(\.element)
                for index in daySessions {
                    occurrences[index, default: 0] += 1
                    let identity = SessionIdentity(
                        program: program.id, athlete: athlete.id, session: program.sessions[index].id, week: week,
                        occurrence: occurrences[index, default: 1])
                    sessions.append(instance(program.sessions[index], identity: identity, date: date, athlete: athlete, program: program))
                }
            }
        }
        let end = athlete.start.adding(days: 7 * program.weeks)
        return AthletePlan(
            id: athlete.id, name: athlete.name, startDate: athlete.start,
            timeZone: snapshot(athlete.timeZone, from: athlete.start, to: end), sessions: sessions)
    }

    func instance(
        _ session: CheckedSession, identity: SessionIdentity, date: CivilDate, athlete: CheckedAthlete, program: CheckedProgram
    ) -> SessionInstance {
        let items = session.items.map { plannedItem($0, program: program) }
        let offset = athlete.timeZone.instant(date: date, secondsOfDay: session.at?.secondsSinceMidnight ?? 0).offset
        var kinds: [ExerciseKind] = []
        for item in session.items {
            for prescription in item.prescriptions {
                let kind = program.exercises[prescription.exercise].kind
                if !kinds.contains(kind) { kinds.append(kind) }
            }
        }
        let estimate = DurationEstimate.minutes(for: session.items, exercises: program.exercises)
        return SessionInstance(
            identity: identity, date: date, week: identity.week, phase: nil, session: session.id, title: session.title,
            start: session.at, utcOffset: offset,
            durationMinutes: session.durationSeconds.map { ($0 + 59) / 60 } ?? estimate,
            durationIsEstimate: session.durationSeconds == nil, kinds: kinds, location: session.location,
            notes: session.notes, items: items)
    }

    func plannedItem(_ item: CheckedItem, program: CheckedProgram) -> PlannedItem {
        switch item {
        case .exercise(let prescription):
            return .exercise(planned(prescription, sets: prescription.sets, program: program))
        case .group(let group):
            return .group(ExerciseGroup(
                kind: group.kind == .superset ? .superset : .circuit, rounds: group.rounds, restSeconds: group.restSeconds,
                notes: group.notes, exercises: group.exercises.map { planned($0, sets: group.rounds, program: program) }))
        }
    }

    func planned(_ prescription: CheckedPrescription, sets: Int, program: CheckedProgram) -> Prescription {
        let load: Load? = prescription.load.map {
            switch $0 {
            case .mass(let mass): Load(mass: mass)
            case .bodyweight(let added): Load(mass: added, bodyweight: true)
            }
        }
        let set = WorkSet(
            reps: prescription.reps, load: load, holdSeconds: prescription.holdSeconds,
            durationSeconds: prescription.durationSeconds, distanceMeters: prescription.distanceMeters,
            rpe: prescription.rpeTenths.map { Double($0) / 10 }, rir: prescription.rir)
        return Prescription(
            exercise: program.exercises[prescription.exercise].id, sets: Array(repeating: set, count: sets),
            restSeconds: prescription.restSeconds, tempo: prescription.tempo,
            side: prescription.side.flatMap(Side.init(rawValue:)), notes: prescription.notes, optional: prescription.optional)
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
