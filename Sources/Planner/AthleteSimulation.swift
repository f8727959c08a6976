import Checker
import RegimenPlan
import RegimenValues

/// One athlete's program, session by session in date order: which session fills each slot, the
/// numbers its lifts' state gives, what the log says happened (or success, past the last logged
/// session), and the state after it.
struct AthleteSimulation {
    let program: CheckedProgram
    let athlete: CheckedAthlete
    let engine: ProgressionEngine
    /// True when the program was built with logs: sessions after the athlete's last logged one
    /// are then marked projected.
    let buildsWithLogs: Bool
    var matcher: LogMatcher
    var lifts: [LiftState?]
    /// The next turn of each rotation.
    var rotationTurns: [Int]
    /// Fixed sessions owed under `missed: shift`, oldest first.
    var shifted: [Int] = []
    var progressingWeeks = 0
    var weeksDone = 0

    init(program: CheckedProgram, athlete: CheckedAthlete, logs: [LoggedSession], buildsWithLogs: Bool) {
        self.program = program
        self.athlete = athlete
        engine = ProgressionEngine(program: program, athlete: athlete)
        self.buildsWithLogs = buildsWithLogs
        matcher = LogMatcher(logs: logs)
        lifts = Array(repeating: nil, count: engine.liftCount)
        rotationTurns = Array(repeating: 0, count: program.rotations.count)
    }

    /// What the log says of a slot.
    enum SlotStatus {
        case done(LoggedSession)
        case missed(LoggedSession?)
        /// After the last logged session (with logs), or any session (without): success assumed.
        case planned
    }

    mutating func run() -> [SessionInstance] {
        let slots = ScheduleSlots.make(program: program, athlete: athlete)
        let windows = Self.windows(slots)
        var sessions: [SessionInstance] = []
        sessions.reserveCapacity(slots.count)
        var next = 0
        for (weekIndex, week) in program.weeks.enumerated() {
            while next < slots.count, slots[next].weekIndex == weekIndex {
                sessions.append(process(slots[next], window: windows[next], week: week))
                next += 1
            }
            endWeek(week)
        }
        return sessions
    }

    /// For each slot, the days strictly between the slots before and after it with the same name
    /// (a week either side when there is none): where a moved session's log may fall.
    static func windows(_ slots: [Slot]) -> [ClosedRange<CivilDate>] {
        var previous: [String: CivilDate] = [:]
        var lower: [CivilDate] = []
        for slot in slots {
            lower.append(previous[slot.name].map { $0.adding(days: 1) } ?? slot.date.adding(days: -6))
            previous[slot.name] = slot.date
        }
        var following: [String: CivilDate] = [:]
        var result = [ClosedRange<CivilDate>](repeating: slots.first.map { $0.date...$0.date } ?? CivilDate(daysSinceEpoch: 0)...CivilDate(daysSinceEpoch: 0),
                                              count: slots.count)
        for index in slots.indices.reversed() {
            let upper = following[slots[index].name].map { $0.adding(days: -1) } ?? slots[index].date.adding(days: 6)
            result[index] = lower[index]...max(upper, lower[index])
            following[slots[index].name] = slots[index].date
        }
        return result
    }

    // MARK: One slot

    mutating func process(_ slot: Slot, window: ClosedRange<CivilDate>, week: CheckedWeek) -> SessionInstance {
        // The session the slot holds: fixed, owed from a missed slot, or the rotation's turn.
        var session: Int
        let candidates: [Int]
        switch slot.entry {
        case .session(let index):
            shifted.append(index)
            session = shifted[0]
            candidates = [session]
        case .rotation(let index):
            let rotation = program.rotations[index]
            session = rotation.sessions[rotationTurns[index] % rotation.sessions.count]
            candidates = rotation.sessions
        }
        let sessions = program.sessions
        let log = matcher.match(slot: slot, weekNumber: week.number, sessions: candidates, planned: session, window: window) { index in
            Set(sessions[index].items.flatMap(\.prescriptions).map(\.exercise))
        }
        if let named = log?.session, named != session, case .rotation(let index) = slot.entry,
           let turn = program.rotations[index].sessions.firstIndex(of: named) {
            // The athlete did another session of the rotation: the rotation carries on after it.
            session = named
            rotationTurns[index] = turn
        }
        let status: SlotStatus
        if let log {
            status = log.status == .skipped ? .missed(log) : .done(log)
        } else if let last = matcher.lastDate, slot.date <= last {
            status = .missed(nil)
        } else {
            status = .planned
        }
        let point = SessionPoint(week: week, progressingWeeksBefore: progressingWeeks, weeksBefore: weeksDone)
        let instance = self.instance(slot: slot, session: session, week: week, point: point, status: status)
        advance(slot, session: session, status: status)
        return instance
    }

    /// Moves the rotation or the owed sessions on after a slot, by the missed-session policy.
    mutating func advance(_ slot: Slot, session: Int, status: SlotStatus) {
        var missed = false
        if case .missed = status { missed = true }
        switch slot.entry {
        case .session:
            // A fixed slot skips a missed session unless the program shifts.
            if !missed || program.missed != .shift { shifted.removeFirst() }
        case .rotation(let index):
            // A rotation resumes with a missed session unless the program skips it.
            if !missed || program.missed == .skip { rotationTurns[index] += 1 }
        }
        if missed, program.missed == .repeat {
            // The missed session's lifts hold this week's numbers for their next session.
            for lift in liftsOf(session) where lifts[lift] != nil {
                for field in TrackField.allCases { lifts[lift]?.tracks[field]?.failedThisWeek = true }
            }
        }
    }

    func liftsOf(_ session: Int) -> [Int] { engine.liftOf[session].flatMap { $0 } }

    /// Counts the week for every track that counts it: progressing weeks, unless a failure this
    /// week holds the track back.
    mutating func endWeek(_ week: CheckedWeek) {
        for lift in lifts.indices {
            // Taken out and put back, so that the tracks are changed in place rather than copied.
            guard var state = lifts[lift] else { continue }
            lifts[lift] = nil
            state.tracks.updateEach { track in
                if (!week.pausesProgression || track.countsPausedWeeks) && !track.failedThisWeek { track.weeks += 1 }
                track.failedThisWeek = false
            }
            lifts[lift] = state
        }
        if !week.pausesProgression { progressingWeeks += 1 }
        weeksDone += 1
    }

    // MARK: The session instance

    mutating func instance(slot: Slot, session index: Int, week: CheckedWeek, point: SessionPoint, status: SlotStatus) -> SessionInstance {
        let session = program.sessions[index]
        var loggedExercises: [LoggedExercise] = []
        var record: SessionRecord?
        switch status {
        case .done(let log):
            loggedExercises = log.exercises
            record = SessionRecord(status: log.status == .partial ? .partial : .done, doneOn: log.date == slot.date ? nil : log.date,
                                   notes: log.notes, source: Self.source(log))
        case .missed(let log):
            record = SessionRecord(status: .missed, doneOn: nil, notes: log?.notes, source: log.map(Self.source))
        case .planned:
            break
        }
        var isLogged = false
        if case .done = status { isLogged = true }
        var used = Array(repeating: false, count: loggedExercises.count)
        var done: [Done] = []
        var items: [PlannedItem] = []
        let liftOf = engine.liftOf[index]
        for (position, item) in session.items.enumerated() {
            switch item {
            case .exercise(let prescription):
                let lift = liftOf[position][0]
                let planned = plan(prescription, lift: lift, sets: prescription.sets, point: point, inGroup: false, logged: loggedExercises,
                                   used: &used, isLogged: isLogged)
                done.append(Done(prescription, lift, planned.numbers, planned.result))
                items.append(.exercise(planned.numbers.prescription))
            case .group(let group):
                let rounds = max(1, (group.rounds * week.volumePercent + 50) / 100)
                var members: [Prescription] = []
                for (member, prescription) in group.exercises.enumerated() {
                    let lift = liftOf[position][member]
                    var planned = plan(prescription, lift: lift, sets: rounds, point: point, inGroup: true, logged: loggedExercises, used: &used,
                                       isLogged: isLogged)
                    if let first = planned.numbers.prescription.sets.first {
                        // Inside a group each exercise has one set per round; the group scales its rounds.
                        planned.numbers.prescription.sets = Array(repeating: first, count: rounds)
                        planned.numbers.workSets = planned.numbers.prescription.sets
                    }
                    done.append(Done(prescription, lift, planned.numbers, planned.result))
                    members.append(planned.numbers.prescription)
                }
                items.append(.group(ExerciseGroup(
                    kind: group.kind == .superset ? .superset : .circuit, rounds: rounds, restSeconds: group.restSeconds,
                    notes: group.notes, exercises: members)))
            }
        }
        switch status {
        case .done, .planned: update(after: done, week: week)
        case .missed: break
        }
        // A start time in a daylight-saving gap is moved past it (`LocalClock`).
        let clock = LocalClock(rules: athlete.timeZone, date: slot.date, at: session.at)
        var kinds: [ExerciseKind] = []
        for entry in done {
            let kind = program.exercises[entry.numbers.exercise].kind
            if !kinds.contains(kind) { kinds.append(kind) }
        }
        let engine = self.engine
        let estimate = DurationEstimate.minutes(for: items) { engine.isPerSide($0) }
        var isProjected = false
        if buildsWithLogs, case .planned = status { isProjected = true }
        return SessionInstance(
            identity: SessionIdentity(program: program.id, athlete: athlete.id, session: slot.name, week: week.number, occurrence: slot.occurrence),
            date: clock.date, week: week.number, phase: week.phase, isDeload: week.isDeload, session: session.id,
            title: session.title, start: clock.start, utcOffset: clock.utcOffset,
            durationMinutes: session.durationSeconds.map { ($0 + 59) / 60 } ?? estimate,
            durationIsEstimate: session.durationSeconds == nil, estimatedMinutes: estimate, kinds: kinds, location: session.location,
            notes: session.notes, items: items, record: record, isProjected: isProjected, scheduledStart: clock.scheduledStart)
    }

    /// `logs/alex.yaml:14`.
    static func source(_ log: LoggedSession) -> String { "\(log.span.file):\(log.span.start.line)" }

    /// One item's numbers from its lift's state, with the sets logged for it.
    mutating func plan(
        _ item: CheckedPrescription, lift: Int, sets: Int, point: SessionPoint, inGroup: Bool, logged: [LoggedExercise], used: inout [Bool],
        isLogged: Bool
    ) -> (numbers: PlannedNumbers, result: ItemResult) {
        // Taken out and put back, so that the state is changed in place rather than copied.
        var state = lifts[lift] ?? engine.initialState(lift: item.lift, trainingMaxKey: item.trainingMaxKey)
        lifts[lift] = nil
        var numbers = engine.numbers(for: item, lift: lift, sets: sets, at: point, state: &state, inGroup: inGroup)
        lifts[lift] = state
        guard isLogged else { return (numbers, .projected) }
        // The first logged entry of the exercise done (or of the item's own exercise) is this item's.
        let match = logged.indices.first { !used[$0] && logged[$0].exercise == numbers.exercise }
            ?? logged.indices.first { !used[$0] && logged[$0].exercise == item.exercise }
        guard let match else {
            numbers.prescription.done = []
            return (numbers, ItemResult(logged: []))
        }
        used[match] = true
        numbers.prescription.done = logged[match].sets.map(Self.actualSet)
        return (numbers, ItemResult(logged: logged[match].sets.filter { !$0.isWarmUp }))
    }

    static func actualSet(_ set: LoggedSet) -> ActualSet {
        let load: Load? = switch set.load {
        case .mass(let mass)?: Load(mass: mass)
        case .bodyweight(let added)?: Load(mass: added, bodyweight: true)
        case .percent(let tenths)?: Load(mass: nil, percentOfTrainingMaxTenths: tenths)
        case nil: nil
        }
        let status: ActualSet.Status = switch set.status {
        case .done: .done
        case .partial: .partial
        case .skipped: .skipped
        }
        return ActualSet(status: status, reps: set.reps, load: load, rpe: set.rpeTenths.map { Double($0) / 10 }, holdSeconds: set.holdSeconds,
                         durationSeconds: set.durationSeconds, distanceMeters: set.distanceMeters, isWarmUp: set.isWarmUp, notes: set.notes)
    }
}
