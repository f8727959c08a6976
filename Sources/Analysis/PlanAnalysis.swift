import RegimenPlan

/// Numbers about one athlete's plan, week by week: hard sets and stretching by muscle group,
/// training and rest days, top loads by lift, session lengths. The report shows them; the lints
/// read them.
///
/// A *hard set* is a set of a strength or core exercise. It counts 1 for each muscle group among
/// the exercise's targets and ½ for each group among its secondary targets (once per group).
/// *Mobility time* is the time of mobility exercises (holds, durations, or 3 s a rep), both sides
/// for per-side exercises, counted the same way (secondary targets at ½).
public struct PlanAnalysis: Sendable {
    /// One week.
    public struct Week: Sendable, Hashable {
        public var number: Int
        public var phase: String?
        public var isDeload: Bool
        /// Hard sets by muscle group, in half sets (7 is 3.5 sets).
        public var halfSets: [String: Int] = [:]
        /// Mobility time by muscle group, in seconds (secondary targets at half).
        public var mobilitySeconds: [String: Int] = [:]
        public var sessions = 0
        public var trainingDays = 0
        public var restDays = 7
        /// The heaviest load of each lift this week, by exercise id.
        public var topLoads: [String: Mass] = [:]
        /// Estimated minutes of each session, in order.
        public var sessionMinutes: [Int] = []
        /// Kilograms lifted: load × reps over every loaded set (the middle of a rep range, the
        /// minimum of an as-many-as-possible set), pounds converted.
        public var tonnageKilograms: Double = 0

        public var totalHalfSets: Int { halfSets.values.reduce(0, +) }
    }

    /// One day with work, for day-by-day checks.
    public struct Day: Sendable, Hashable {
        public var date: CivilDate
        public var week: Int
        public var isTraining: Bool
        public var halfSets: [String: Int] = [:]
    }

    public let plan: Plan
    public let athlete: AthletePlan
    public private(set) var weeks: [Week] = []
    public private(set) var days: [Day] = []
    /// Every muscle group that appears, in a stable order.
    public private(set) var groups: [String] = []

    public init(plan: Plan, athlete: AthletePlan) {
        self.plan = plan
        self.athlete = athlete
        var exercises: [String: (info: ExerciseInfo, shares: [(group: String, half: Int)])] = [:]
        for exercise in plan.exercises { exercises[exercise.id] = (exercise, Self.shares(exercise)) }
        var seenGroups: [String] = []
        func remember(_ group: String) { if !seenGroups.contains(group) { seenGroups.append(group) } }
        weeks = plan.program.weekInfo.map { info in
            Week(number: info.week, phase: info.phase, isDeload: info.isDeload || info.volumePercent < 100 || info.intensityPercent < 100)
        }
        if weeks.isEmpty { weeks = (1...max(1, plan.program.weeks)).map { Week(number: $0, phase: nil, isDeload: false) } }
        var dayIndex: [CivilDate: Int] = [:]
        for session in athlete.sessions {
            guard session.week >= 1, session.week <= weeks.count else { continue }
            var week = weeks[session.week - 1]
            week.sessions += 1
            week.sessionMinutes.append(session.estimatedMinutes)
            if dayIndex[session.date] == nil {
                dayIndex[session.date] = days.count
                days.append(Day(date: session.date, week: session.week, isTraining: false))
            }
            var day = days[dayIndex[session.date]!]
            for item in session.items {
                for prescription in item.prescriptions {
                    guard let (exercise, shares) = exercises[prescription.exercise] else { continue }
                    switch exercise.kind {
                    case .strength, .core:
                        day.isTraining = true
                        for (group, half) in shares {
                            remember(group)
                            week.halfSets[group, default: 0] += half * prescription.sets.count
                            day.halfSets[group, default: 0] += half * prescription.sets.count
                        }
                        for set in prescription.sets {
                            if let mass = set.load?.mass, let reps = set.reps {
                                let count = switch reps {
                                case .exactly(let count): count
                                case .range(let lower, let upper): (lower + upper) / 2
                                case .asManyAsPossible(let minimum): minimum
                                }
                                week.tonnageKilograms += Double(mass.converted(to: .kg).thousandths) / 1000 * Double(count)
                            }
                            if let mass = set.load?.mass, let top = week.topLoads[exercise.id] {
                                if top < mass { week.topLoads[exercise.id] = mass }
                            } else if let mass = set.load?.mass {
                                week.topLoads[exercise.id] = mass
                            }
                        }
                    case .mobility:
                        let seconds = prescription.sets.reduce(0) { $0 + Self.workSeconds($1) } * (exercise.perSide && prescription.side == nil ? 2 : 1)
                        for (group, half) in shares {
                            remember(group)
                            week.mobilitySeconds[group, default: 0] += seconds * half / 2
                        }
                    case .cardio:
                        day.isTraining = true
                    case .recovery:
                        break
                    }
                }
            }
            days[dayIndex[session.date]!] = day
            weeks[session.week - 1] = week
        }
        for index in weeks.indices {
            let weekDays = days.filter { $0.week == weeks[index].number }
            weeks[index].trainingDays = weekDays.count { $0.isTraining }
            weeks[index].restDays = 7 - weeks[index].trainingDays
        }
        groups = seenGroups
    }

    /// Muscle groups of an exercise in half-set units: 2 for a primary target, 1 for a secondary.
    static func shares(_ exercise: ExerciseInfo) -> [(group: String, half: Int)] {
        var result: [(String, Int)] = []
        for muscle in exercise.targets {
            for group in MuscleGroups.groups(of: muscle) where !result.contains(where: { $0.0 == group }) { result.append((group, 2)) }
        }
        for muscle in exercise.secondaryTargets {
            for group in MuscleGroups.groups(of: muscle) where !result.contains(where: { $0.0 == group }) { result.append((group, 1)) }
        }
        return result
    }

    /// Seconds of work in one set: the hold, else the duration, else 3 s a rep.
    static func workSeconds(_ set: WorkSet) -> Int {
        if let hold = set.holdSeconds { return hold }
        if let duration = set.durationSeconds { return duration }
        switch set.reps {
        case .exactly(let count)?: return count * 3
        case .range(let lower, let upper)?: return (lower + upper) / 2 * 3
        case .asManyAsPossible(let minimum)?: return minimum * 3
        case nil: return 0
        }
    }

    /// `14` for 28 half sets, `3.5` for 7.
    public static func setsText(_ halfSets: Int) -> String {
        halfSets % 2 == 0 ? "\(halfSets / 2)" : "\(halfSets / 2).5"
    }
}
