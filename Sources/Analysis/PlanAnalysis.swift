import RegimenPlan

/// Numbers about one athlete's plan, week by week: hard sets and stretching by muscle group,
/// training and rest days, top loads by lift, session lengths. The report shows them; the lints
/// read them.
///
/// A *hard set* is a work set (not a warm-up) of a strength or core exercise. It counts 1 for
/// each muscle group among the exercise's targets and ½ for each group among its secondary
/// targets (once per group).
/// *Mobility time* is the time of mobility exercises (holds, durations, or 3 s a rep), both sides
/// for per-side exercises, counted the same way (secondary targets at ½).
public struct PlanAnalysis: Sendable {
    /// Numbers by muscle group, kept in an array indexed by group number.
    public struct GroupValues: Sendable {
        let index: GroupIndex
        public internal(set) var values: [Int]

        /// The value for `group`; `nil` when it is zero or the group does not appear.
        public subscript(group: String) -> Int? {
            guard let position = index.positions[group], values[position] != 0 else { return nil }
            return values[position]
        }

        /// The non-zero values by group name.
        public var dictionary: [String: Int] {
            var result: [String: Int] = [:]
            for (position, value) in values.enumerated() where value != 0 { result[index.names[position]] = value }
            return result
        }
    }

    /// Group names and their numbers, shared by every `GroupValues` of one analysis.
    final class GroupIndex: Sendable {
        let names: [String]
        let positions: [String: Int]

        init(names: [String]) {
            self.names = names
            var positions: [String: Int] = [:]
            for (position, name) in names.enumerated() { positions[name] = position }
            self.positions = positions
        }
    }

    /// One week.
    public struct Week: Sendable {
        public var number: Int
        public var phase: String?
        public var isDeload: Bool
        /// Hard sets by muscle group, in half sets (7 is 3.5 sets).
        public var halfSets: GroupValues
        /// Mobility time by muscle group, in seconds (secondary targets at half).
        public var mobilitySeconds: GroupValues
        public var sessions = 0
        public var trainingDays = 0
        public var restDays = 7
        /// The heaviest load of each lift this week, by exercise id.
        public var topLoads: [String: Mass] = [:]
        /// Estimated minutes of each session (sets, rest and changeovers), in order.
        public var sessionMinutes: [Int] = []
        /// The stated `duration:` of each session that has one, in minutes, in order.
        public var statedSessionMinutes: [Int] = []
        /// Kilograms lifted: load × reps over every loaded set (the middle of a rep range, the
        /// minimum of an as-many-as-possible set), pounds converted.
        public var tonnageKilograms: Double = 0
        /// Seconds of cardio work (durations; a distance alone at `secondsPerKilometre`).
        public var cardioSeconds = 0
        /// Metres of cardio work.
        public var cardioMeters = 0

        public var totalHalfSets: Int { halfSets.values.reduce(0, +) }
    }

    /// One day with work, for day-by-day checks.
    public struct Day: Sendable {
        public var date: CivilDate
        public var week: Int
        public var isTraining: Bool
        public var halfSets: GroupValues
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
        // Work in arrays indexed by group number, and turn them into dictionaries at the end.
        var groupNames: [String] = []
        var groupNumbers: [String: Int] = [:]
        func number(_ group: String) -> Int {
            if let known = groupNumbers[group] { return known }
            groupNumbers[group] = groupNames.count
            groupNames.append(group)
            return groupNames.count - 1
        }
        // Exercises by number too: the loop below looks each one up once and then reads arrays.
        var exerciseNumbers: [String: Int] = [:]
        var exerciseShares: [[(group: Int, half: Int)]] = []
        for (position, exercise) in plan.exercises.enumerated() where exerciseNumbers[exercise.id] == nil {
            exerciseNumbers[exercise.id] = position
            exerciseShares.append(Self.shares(exercise).map { (number($0.group), $0.half) })
        }
        var weekTopLoads = [[Mass?]](repeating: [Mass?](repeating: nil, count: plan.exercises.count), count: max(1, plan.program.weeks))
        let groupCount = groupNames.count
        let index = GroupIndex(names: groupNames)
        let zero = GroupValues(index: index, values: [Int](repeating: 0, count: groupCount))
        var weekSets = [[Int]](repeating: [Int](repeating: 0, count: groupCount), count: max(1, plan.program.weeks))
        var weekMobility = weekSets
        weeks = plan.program.weekInfo.map { info in
            Week(number: info.week, phase: info.phase, isDeload: info.isDeload || info.volumePercent < 100 || info.intensityPercent < 100,
                 halfSets: zero, mobilitySeconds: zero)
        }
        if weeks.isEmpty {
            weeks = (1...max(1, plan.program.weeks)).map { Week(number: $0, phase: nil, isDeload: false, halfSets: zero, mobilitySeconds: zero) }
        }
        var daySets: [[Int]] = []
        var dayIndex: [CivilDate: Int] = [:]
        for session in athlete.sessions {
            guard session.week >= 1, session.week <= weeks.count, session.week <= weekSets.count else { continue }
            let w = session.week - 1
            weeks[w].sessions += 1
            weeks[w].sessionMinutes.append(session.estimatedMinutes)
            if !session.durationIsEstimate { weeks[w].statedSessionMinutes.append(session.durationMinutes) }
            let d: Int
            if let known = dayIndex[session.date] {
                d = known
            } else {
                d = days.count
                dayIndex[session.date] = d
                days.append(Day(date: session.date, week: session.week, isTraining: false, halfSets: zero))
                daySets.append([Int](repeating: 0, count: groupCount))
            }
            for item in session.items {
                for prescription in item.prescriptions {
                    guard let number = exerciseNumbers[prescription.exercise] else { continue }
                    let shares = exerciseShares[number]
                    switch plan.exercises[number].kind {
                    case .strength, .core:
                        days[d].isTraining = true
                        // Warm-up sets are not hard sets, and weigh nothing in tonnage or top loads.
                        let sets = prescription.sets.count { !$0.isWarmUp }
                        for (group, half) in shares {
                            weekSets[w][group] += half * sets
                            daySets[d][group] += half * sets
                        }
                        for set in prescription.sets where !set.isWarmUp {
                            guard let mass = set.load?.mass else { continue }
                            if let reps = set.reps {
                                let count = switch reps {
                                case .exactly(let count): count
                                case .range(let lower, let upper): (lower + upper) / 2
                                case .asManyAsPossible(let minimum): minimum
                                }
                                weeks[w].tonnageKilograms += Double(mass.converted(to: .kg).thousandths) / 1000 * Double(count)
                            }
                            if let top = weekTopLoads[w][number] {
                                if top < mass { weekTopLoads[w][number] = mass }
                            } else {
                                weekTopLoads[w][number] = mass
                            }
                        }
                    case .mobility:
                        let seconds = prescription.sets.reduce(0) { $0 + Self.workSeconds($1) } * (plan.exercises[number].perSide && prescription.side == nil ? 2 : 1)
                        for (group, half) in shares { weekMobility[w][group] += seconds * half / 2 }
                    case .cardio:
                        days[d].isTraining = true
                        for set in prescription.sets where !set.isWarmUp {
                            weeks[w].cardioSeconds += set.durationSeconds ?? (set.distanceMeters ?? 0) * Self.secondsPerKilometre / 1000
                            weeks[w].cardioMeters += set.distanceMeters ?? 0
                        }
                    case .recovery:
                        break
                    }
                }
            }
        }
        for position in weeks.indices where position < weekSets.count {
            weeks[position].halfSets = GroupValues(index: index, values: weekSets[position])
            weeks[position].mobilitySeconds = GroupValues(index: index, values: weekMobility[position])
            for (number, top) in weekTopLoads[position].enumerated() {
                if let top { weeks[position].topLoads[plan.exercises[number].id] = top }
            }
            let training = days.count { $0.week == weeks[position].number && $0.isTraining }
            weeks[position].trainingDays = training
            weeks[position].restDays = 7 - training
        }
        for position in days.indices { days[position].halfSets = GroupValues(index: index, values: daySets[position]) }
        groups = groupNames
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

    /// The pace at which a distance without a duration counts as time: 6 min/km, as in the
    /// planner's session estimates.
    public static let secondsPerKilometre = 360

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
