import RegimenPlan

/// What one athlete's plan, built with training logs, says about what was done: week by week,
/// sessions due and done (adherence), hard sets planned and done by muscle group, and each
/// lift's top load and estimated one-rep max. Read from the Plan's results alone — each
/// session's `record` and each prescription's `done` sets — so that any backend or plugin could
/// do the same.
///
/// A session is *due* when it is on or before the athlete's last logged session. A due session
/// counts as done or partial from its record, and as missed when its record says so or when it
/// has none (it was not logged). Sessions after the last logged one (projected) are not due.
public struct LogAnalysis: Sendable {
    /// One week's adherence and volume.
    public struct Week: Sendable {
        public var number: Int
        public var isDeload: Bool
        /// Sessions planned in the week, and of them those due, done, partly done and missed.
        public var planned = 0
        public var due = 0
        public var done = 0
        public var partial = 0
        public var missed = 0
        /// Hard sets (work sets of strength and core exercises) by muscle group, in half sets as
        /// `PlanAnalysis` counts them: planned in the week's due sessions, and done in them.
        public var plannedHalfSets: [String: Int] = [:]
        public var doneHalfSets: [String: Int] = [:]

        /// Done and partly done sessions as a percentage of those due; `nil` when none were due.
        public var adherencePercent: Int? {
            due == 0 ? nil : ((done + partial) * 100 + due / 2) / due
        }
    }

    /// A lift's best results in one week.
    public struct LiftWeek: Sendable, Hashable {
        public var week: Int
        public var isDeload: Bool
        /// The heaviest load of a work set done.
        public var topLoad: Mass
        /// The best estimated one-rep max of the week's work sets (Epley), in `topLoad`'s unit.
        public var estimatedMax: Mass?
    }

    /// A lift's heaviest work set in one session, for following effort at a load.
    public struct LiftSession: Sendable, Hashable {
        public var date: CivilDate
        public var week: Int
        public var load: Mass
        public var reps: Int?
        /// RPE of that set in tenths, when logged.
        public var rpeTenths: Int?
    }

    /// One lift (an exercise logged with loads).
    public struct Lift: Sendable {
        public var exercise: String
        public var name: String
        public var weeks: [LiftWeek]
        public var sessions: [LiftSession]
    }

    public let athlete: AthletePlan
    /// True when the plan was built with logs (some session has a record or is projected).
    public let hasLogs: Bool
    /// The day of the athlete's last logged session (its planned day or the day it was done).
    public let lastLogged: CivilDate?
    public private(set) var weeks: [Week] = []
    public private(set) var lifts: [Lift] = []
    /// Sessions due, in date order, with whether each was missed: for runs of missed sessions.
    public private(set) var dueSessions: [(session: SessionInstance, missed: Bool)] = []

    /// True when the athlete's sessions carry results (a plan built with logs).
    public static func hasLogs(_ athlete: AthletePlan) -> Bool {
        athlete.sessions.contains { $0.record != nil || $0.isProjected }
    }

    public init(plan: Plan, athlete: AthletePlan) {
        self.athlete = athlete
        hasLogs = Self.hasLogs(athlete)
        lastLogged = athlete.sessions.compactMap { session in session.record.map { $0.doneOn ?? session.date } }.max()
        let exercises = Dictionary(plan.exercises.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let shares = exercises.mapValues(PlanAnalysis.shares)
        weeks = (1...max(1, plan.program.weeks)).map { number in
            let info = plan.program.weekInfo.first { $0.week == number }
            return Week(number: number, isDeload: info.map { $0.isDeload || $0.volumePercent < 100 || $0.intensityPercent < 100 } ?? false)
        }
        var liftWeeks: [String: [Int: LiftWeek]] = [:]
        var liftSessions: [String: [LiftSession]] = [:]
        for session in athlete.sessions.sorted(by: { ($0.date, $0.start?.secondsSinceMidnight ?? -1) < ($1.date, $1.start?.secondsSinceMidnight ?? -1) }) {
            guard session.week >= 1, session.week <= weeks.count else { continue }
            let w = session.week - 1
            weeks[w].planned += 1
            guard let lastLogged, session.date <= lastLogged || (session.record?.doneOn).map({ $0 <= lastLogged }) == true, !session.isProjected else { continue }
            weeks[w].due += 1
            let missed = session.record == nil || session.record?.status == .missed
            switch session.record?.status {
            case .done?: weeks[w].done += 1
            case .partial?: weeks[w].partial += 1
            case .missed?, nil: weeks[w].missed += 1
            }
            dueSessions.append((session, missed))
            for item in session.items {
                for prescription in item.prescriptions {
                    guard let exercise = exercises[prescription.exercise], exercise.kind == .strength || exercise.kind == .core else { continue }
                    let planned = prescription.sets.count { !$0.isWarmUp }
                    let done = (prescription.done ?? []).filter { !$0.isWarmUp && $0.status != .skipped }
                    for (group, half) in shares[prescription.exercise] ?? [] {
                        weeks[w].plannedHalfSets[group, default: 0] += half * planned
                        if !done.isEmpty { weeks[w].doneHalfSets[group, default: 0] += half * done.count }
                    }
                    guard exercise.kind == .strength else { continue }
                    Self.follow(prescription.exercise, done: done, session: session, isDeload: weeks[w].isDeload,
                                weeks: &liftWeeks, sessions: &liftSessions)
                }
            }
        }
        lifts = liftWeeks.keys.sorted().map { id in
            Lift(exercise: id, name: exercises[id]?.name ?? id, weeks: liftWeeks[id, default: [:]].values.sorted { $0.week < $1.week },
                 sessions: liftSessions[id] ?? [])
        }
    }

    /// Adds a session's loaded work sets of one lift to its weekly bests and its sessions.
    static func follow(_ exercise: String, done: [ActualSet], session: SessionInstance, isDeload: Bool,
                       weeks: inout [String: [Int: LiftWeek]], sessions: inout [String: [LiftSession]]) {
        let loaded = done.compactMap { set -> (mass: Mass, set: ActualSet)? in
            guard let load = set.load, !load.bodyweight, let mass = load.mass, mass.thousandths > 0 else { return nil }
            return (mass, set)
        }
        guard let heaviest = loaded.max(by: { $0.mass < $1.mass }) else { return }
        let unit = weeks[exercise]?.values.first?.topLoad.unit ?? heaviest.mass.unit
        let top = heaviest.mass.converted(to: unit)
        let best = loaded.compactMap { EstimatedMax.epley(load: $0.mass.converted(to: unit), reps: $0.set.reps) }.max()
        var week = weeks[exercise]?[session.week] ?? LiftWeek(week: session.week, isDeload: isDeload, topLoad: top, estimatedMax: best)
        if week.topLoad < top { week.topLoad = top }
        if let best, week.estimatedMax.map({ $0 < best }) ?? true { week.estimatedMax = best }
        weeks[exercise, default: [:]][session.week] = week
        let rpe = loaded.filter { $0.mass == heaviest.mass }.compactMap { $0.set.rpe }.max()
        sessions[exercise, default: []].append(LiftSession(
            date: session.record?.doneOn ?? session.date, week: session.week, load: heaviest.mass,
            reps: heaviest.set.reps, rpeTenths: rpe.map { Int(($0 * 10).rounded()) }))
    }

    /// Adherence over every due session, as a percentage.
    public var adherencePercent: Int? {
        let due = weeks.reduce(0) { $0 + $1.due }
        let kept = weeks.reduce(0) { $0 + $1.done + $1.partial }
        return due == 0 ? nil : (kept * 100 + due / 2) / due
    }
}

extension Mass {
    /// To a tenth of its unit, for estimates: `116.7 kg`.
    public var tenthsText: String {
        Mass(thousandths: (thousandths + (thousandths >= 0 ? 50 : -50)) / 100 * 100, unit: unit).description
    }
}

/// Estimating a one-rep max from a set of several reps.
///
/// Epley's formula (Epley, B. 1985, *Poundage Chart*, Boyd Epley Workout, Lincoln NE):
/// 1RM = load × (1 + reps ÷ 30). It is one of the two formulas most used with Brzycki's
/// (Brzycki, M. 1993, "Strength testing: predicting a one-rep max from reps-to-fatigue",
/// *JOPERD* 64(1):88–90: load × 36 ÷ (37 − reps)); the two agree within 3% up to 10 reps, and
/// both lose accuracy beyond about 10–12, so sets of more than 12 reps are not used.
public enum EstimatedMax {
    public static let maxReps = 12

    /// The estimate for `reps` at `load`, rounded to a thousandth of its unit; the load itself for
    /// a single; `nil` without reps or beyond `maxReps`.
    public static func epley(load: Mass, reps: Int?) -> Mass? {
        guard let reps, reps >= 1, reps <= maxReps else { return nil }
        guard reps > 1 else { return load }
        // load × (30 + reps) ÷ 30, rounded half up, in exact thousandths.
        let value = (load.thousandths * Int64(30 + reps) * 2 + 30) / 60
        return Mass(thousandths: value, unit: load.unit)
    }
}
