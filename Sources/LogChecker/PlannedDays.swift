import Checker
import RegimenValues

/// Which sessions the program plans for one athlete on which day, as the planner lays them out:
/// from the program personalized for the athlete (their moved days, their swapped exercises).
struct PlannedDays {
    let program: CheckedProgram
    let athlete: CheckedAthlete

    init(program: CheckedProgram, athlete: CheckedAthlete) {
        self.program = program.personalized(for: athlete)
        self.athlete = athlete
    }

    /// The program week a date falls in for the athlete (from 1), or `nil` outside the program.
    func week(of date: CivilDate) -> Int? {
        let days = date.daysSinceEpoch - athlete.start.daysSinceEpoch
        guard days >= 0 else { return nil }
        let week = days / 7 + 1
        return week <= program.weeks.count ? week : nil
    }

    /// The first and the last day of the athlete's program.
    var span: (first: CivilDate, last: CivilDate) {
        (athlete.start, athlete.start.adding(days: 7 * program.weeks.count - 1))
    }

    /// The sessions planned on `date` (indexes into `program.sessions`). A rotation's slot may
    /// hold any session of the rotation: which one falls there depends on the turns before it,
    /// which the planner works out, so each is a candidate.
    func sessions(on date: CivilDate) -> [Int] {
        guard let week = week(of: date) else { return [] }
        var result: [Int] = []
        for entry in program.weeks[week - 1].schedule[date.weekday.rawValue - 1] {
            for session in candidates(entry) where !result.contains(session) { result.append(session) }
        }
        return result
    }

    /// The rotation (index into `program.rotations`) when `date`'s only slot is a rotation's:
    /// which of its sessions the slot holds is the planner's to say (the turns before it, and the
    /// sessions missed), not the log checker's.
    func rotation(on date: CivilDate) -> Int? {
        guard let week = week(of: date) else { return nil }
        let entries = program.weeks[week - 1].schedule[date.weekday.rawValue - 1]
        guard entries.count == 1, case .rotation(let rotation) = entries[0] else { return nil }
        return rotation
    }

    /// The sessions a schedule slot may hold: its session, or any of its rotation's.
    func candidates(_ entry: ScheduleEntry) -> [Int] {
        switch entry {
        case .session(let session): [session]
        case .rotation(let rotation): program.rotations[rotation].sessions
        }
    }

    /// The day the `occurrence`-th instance of `session` in `week` is planned, if there is one.
    func date(of session: Int, week: Int, occurrence: Int) -> CivilDate? {
        guard (1...program.weeks.count).contains(week) else { return nil }
        let start = athlete.start.adding(days: 7 * (week - 1))
        var seen = 0
        for offset in 0..<7 {
            let date = start.adding(days: offset)
            for entry in program.weeks[week - 1].schedule[date.weekday.rawValue - 1] where candidates(entry).contains(session) {
                seen += 1
                if seen == occurrence { return date }
            }
        }
        return nil
    }

    /// How many times `session` is planned in `week`.
    func occurrences(of session: Int, week: Int) -> Int {
        guard (1...program.weeks.count).contains(week) else { return 0 }
        return program.weeks[week - 1].schedule.reduce(0) { $0 + $1.count { candidates($0).contains(session) } }
    }

    /// The exercises a session may log: every item's exercise, the exercise the athlete does
    /// instead (a swap), and their harder variants.
    func exercises(of session: Int) -> Set<Int> {
        var result: Set<Int> = []
        for item in program.sessions[session].items {
            for prescription in item.prescriptions {
                for start in [prescription.exercise] + (athlete.swaps[prescription.exercise].map { [$0] } ?? []) {
                    var next: Int? = start
                    while let exercise = next, result.insert(exercise).inserted {
                        next = program.exercises[exercise].harder
                    }
                }
            }
        }
        return result
    }
}
