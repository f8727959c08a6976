import RegimenPlan
import Testing

/// One state per athlete per lift, shared by every item and session naming the lift; rotations;
/// set groups, warm-ups, waves with First Set Last and Jokers; training maxes from one-rep maxes;
/// per-unit steps; rules by phase; deload scope. Expected numbers are worked by hand.
@Suite("Planner: lifts with state and the language for canonical programs")
struct LiftStateTests {
    static let lifts = """
    units: lb
    rotations:
      workout: [a, b]
    """

    // MARK: Lifts shared across sessions

    /// Starting Strength's squat is in both workouts: it advances once per session, across both.
    @Test func aSquatInBothWorkoutsAdvancesOncePerSession() throws {
        let plan = try TestPrograms.plan("""
        start: 2027-01-04
        weeks: 2
        timezone: UTC
        units: lb
        rotations:
          workout: [a, b]
        sessions:
          a: {title: A, items: [{exercise: back-squat, sets: 3x5 @ 135lb, progress: {load: +5lb, every: session}},
                                {exercise: bench-press, sets: 3, reps: 5, load: 95lb, progress: {load: +5lb, every: session}}]}
          b: {title: B, items: [{exercise: back-squat, sets: 3x5 @ 135lb, progress: {load: +5lb, every: session}},
                                {exercise: dumbbell-row, sets: 3, reps: 8, load: 50lb}]}
        schedule: {mon: workout, wed: workout, fri: workout}
        """)
        let sessions = plan.athletes[0].sessions
        // A/B/A, then B/A/B.
        #expect(sessions.map(\.session) == ["a", "b", "a", "b", "a", "b"])
        #expect(plan.prescriptions(of: "back-squat").map(\.setsText) == [
            "5@135lb 5@135lb 5@135lb", "5@140lb 5@140lb 5@140lb", "5@145lb 5@145lb 5@145lb",
            "5@150lb 5@150lb 5@150lb", "5@155lb 5@155lb 5@155lb", "5@160lb 5@160lb 5@160lb",
        ])
        // The bench is in A alone: three sessions in two weeks.
        #expect(plan.prescriptions(of: "bench-press").map { $0.sets[0].load!.description } == ["95 lb", "100 lb", "105 lb"])
        #expect(plan.prescriptions(of: "back-squat").allSatisfy { $0.lift == "back-squat" })
        #expect(plan.prescriptions(of: "dumbbell-row").allSatisfy { $0.lift == nil })
    }

    /// A heavy and a light day of one exercise, with load rules from different loads, progress apart.
    @Test func itemsStartingApartAreLiftsOfTheirOwn() throws {
        let plan = try TestPrograms.plan("""
        start: 2027-01-04
        weeks: 2
        timezone: UTC
        sessions:
          heavy: {title: Heavy, items: [{exercise: back-squat, sets: 5, reps: 5, load: 100kg, progress: {load: +2.5kg}}]}
          light: {title: Light, items: [{exercise: back-squat, sets: 3, reps: 8, load: 70kg, progress: {load: +2.5kg}}]}
          again: {title: Heavy again, items: [{exercise: back-squat, sets: 3, reps: 5, load: 100kg, progress: {load: +2.5kg}}]}
        schedule: {mon: heavy, wed: light, fri: again}
        """)
        let squats = plan.prescriptions(of: "back-squat")
        #expect(squats.map { $0.lift! } == ["back-squat", "back-squat-2", "back-squat", "back-squat", "back-squat-2", "back-squat"])
        // The heavy days share their load, +2.5 kg a week; the light day moves on its own.
        #expect(squats.map { $0.sets[0].load!.mass!.amountText } == ["100", "70", "100", "102.5", "72.5", "102.5"])
    }

    /// A rotated slot is identified by the rotation's name and its turn in the week, so its
    /// identity does not change when a log moves the rotation on.
    @Test func aRotatedSlotIsIdentifiedByTheRotation() throws {
        let plan = try TestPrograms.plan("""
        start: 2027-01-04
        weeks: 2
        timezone: UTC
        rotations:
          workout: [a, b]
        sessions:
          a: {title: A, items: [{exercise: back-squat, sets: 3, reps: 5, load: 60kg}]}
          b: {title: B, items: [{exercise: bench-press, sets: 3, reps: 5, load: 40kg}]}
          hips: {title: Hips, items: [{exercise: low-lunge, sets: 2, hold: 30s}]}
        schedule: {mon: [workout, hips], wed: workout, fri: workout}
        """)
        let sessions = plan.athletes[0].sessions.filter { $0.session != "hips" }
        #expect(sessions.map { $0.identity.description } == [
            "program/athlete/workout/w1/1", "program/athlete/workout/w1/2", "program/athlete/workout/w1/3",
            "program/athlete/workout/w2/1", "program/athlete/workout/w2/2", "program/athlete/workout/w2/3",
        ])
        #expect(sessions.map(\.title) == ["A", "B", "A", "B", "A", "B"])
    }

    /// Double progression on the same lift in two sessions a week works up the range once per
    /// session of the lift: 8, 9, 10 reps at 40 kg, then 8 at 42.5 kg.
    @Test func doubleProgressionCountsTheLiftsSessions() throws {
        let plan = try TestPrograms.plan("""
        start: 2027-01-04
        weeks: 2
        timezone: UTC
        rules:
          assistance: {double: +2.5kg, every: session}
        sessions:
          bench-day: {title: Bench, items: [{exercise: dumbbell-row, sets: 3, reps: 8-10, load: 40kg, progress: assistance}]}
          press-day: {title: Press, items: [{exercise: dumbbell-row, sets: 3, reps: 8-10, load: 40kg, progress: assistance}]}
        schedule: {tue: bench-day, fri: press-day}
        """)
        #expect(plan.prescriptions(of: "dumbbell-row").map { "\($0.sets[0].reps!)@\($0.sets[0].load!.mass!.amountText)" } == [
            "8@40", "9@40", "10@40", "8@42.5",
        ])
    }

    /// Boring But Big: `5x10 @ 50%` follows the training max the main wave raised after its cycle.
    @Test func boringButBigFollowsTheWavesTrainingMax() throws {
        let plan = try TestPrograms.plan("""
        start: 2027-01-04
        weeks: 5
        timezone: UTC
        athletes:
          - {name: Alex, training-max: {back-squat: 100kg}}
        sessions:
          s:
            title: Squat
            items:
              - {exercise: back-squat, progress: {wave: 5/3/1, increase: +5kg}}
              - {exercise: back-squat, sets: 5x10 @ 50%}
        schedule: {mon: s}
        """)
        let boringButBig = plan.athletes[0].sessions.map { $0.items[1].prescriptions[0] }
        // 50% of 100 kg, then of 105 kg (52.5 kg): the wave raised the training max after week 4.
        #expect(boringButBig.map(\.setsText) == Array(repeating: Array(repeating: "10@50kg", count: 5).joined(separator: " "), count: 4)
            + [Array(repeating: "10@52.5kg", count: 5).joined(separator: " ")])
        #expect(boringButBig.map { $0.trainingMax?.description } == ["100 kg", "100 kg", "100 kg", "100 kg", "105 kg"])
    }

    // MARK: Training maxes, units

    /// `training-max: 90%` of each athlete's one-rep max, and a per-unit increase for a mixed roster.
    @Test func trainingMaxFromAOneRepMaxWithPerUnitIncreases() throws {
        let plan = try TestPrograms.plan("""
        start: 2027-01-04
        weeks: 5
        timezone: UTC
        training-max: 90%
        athletes:
          - {name: Kilo, units: kg, one-rep-max: {back-squat: 150kg}}
          - {name: Pound, units: lb, one-rep-max: {back-squat: 315lb}}
        sessions:
          s: {title: S, items: [{exercise: back-squat, progress: {wave: 5/3/1, increase: [+5kg, +10lb]}}]}
        schedule: {mon: s}
        """)
        // 90% of 150 kg = 135 kg; 65% = 87.75 → 87.5 kg. Cycle 2: 140 kg, 65% = 91 → 90 kg.
        #expect(plan.prescriptions(of: "back-squat", athlete: 0).map { $0.sets[0].load!.description } == [
            "87.5 kg", "95 kg", "102.5 kg", "55 kg", "90 kg",
        ])
        // 90% of 315 lb = 283.5 lb; 65% = 184.275 → 185 lb. Cycle 2: 293.5 lb (+10 lb), 65% = 190.775 → 190 lb.
        #expect(plan.prescriptions(of: "back-squat", athlete: 1).map { $0.sets[0].load!.description } == [
            "185 lb", "200 lb", "215 lb", "115 lb", "190 lb",
        ])
        #expect(plan.prescriptions(of: "back-squat", athlete: 1)[4].trainingMax?.description == "293.5 lb")
        #expect(plan.athletes[1].trainingMaxes.map { "\($0.key) \($0.mass)" } == ["back-squat 283.5 lb"])
    }

    // MARK: Rules per phase, deload scope

    /// Starting Strength: +10 lb a session at first, then +5 lb, carrying on from where the
    /// first rule got to.
    @Test func aPhaseReplacesARuleAndCarriesOn() throws {
        let plan = try TestPrograms.plan("""
        start: 2027-01-04
        weeks: 3
        timezone: UTC
        units: lb
        rules:
          squat-lp: {load: +10lb, every: session}
        phases:
          - {name: Early, weeks: 1}
          - {name: Later, weeks: 2-3, rules: {squat-lp: {load: +5lb, every: session}}}
        sessions:
          s: {title: S, items: [{exercise: back-squat, sets: 3, reps: 5, load: 135lb, progress: squat-lp}]}
        schedule: {mon: s, wed: s, fri: s}
        """)
        #expect(plan.prescriptions(of: "back-squat").map { $0.sets[0].load!.mass!.amountText } == [
            "135", "145", "155", "165", "170", "175", "180", "185", "190",
        ])
    }

    /// `deload: own` exempts a 5/3/1 wave (whose fourth week is its deload) from the program's
    /// deload week; the other items still get lighter.
    @Test func aWaveWithItsOwnDeloadIsLeftAloneByTheProgramDeload() throws {
        let plan = try TestPrograms.plan("""
        start: 2027-01-04
        weeks: 5
        timezone: UTC
        deload: {every: 4, volume: 60%, intensity: 90%}
        athletes:
          - {name: Alex, training-max: {back-squat: 100kg}}
        sessions:
          s:
            title: S
            items:
              - {exercise: back-squat, progress: {wave: 5/3/1, increase: +5kg, deload: own}}
              - {exercise: dumbbell-row, sets: 5, reps: 10, load: 30kg, progress: {load: +2.5kg}}
        schedule: {mon: s}
        """)
        #expect(plan.prescriptions(of: "back-squat").map(\.setsText) == [
            "5@65kg 5@75kg 5+@85kg", "3@70kg 3@80kg 3+@90kg", "5@75kg 3@85kg 1+@95kg", "5@40kg 5@50kg 5@60kg",
            "5@67.5kg 5@80kg 5+@90kg",
        ])
        // The row pauses in week 4 (35 kg held, at 90% = 31.5 → 32.5 kg; 60% of 5 sets = 3) and carries on.
        #expect(plan.prescriptions(of: "dumbbell-row").map { "\($0.sets.count)x\($0.sets[0].load!.mass!.amountText)" } == [
            "5x30", "5x32.5", "5x35", "3x32.5", "5x37.5",
        ])
    }

    /// A deload that cuts reps as well as sets.
    @Test func aDeloadCanCutReps() throws {
        let plan = try TestPrograms.plan(weeklyProgram(
            "{exercise: back-squat, sets: 5, reps: 5, load: 100kg}", weeks: 2, extra: "deload: {every: 2, volume: 60%, intensity: 100%, reps: 60%}"))
        // 60% of 5 reps is 3; 60% of 5 sets is 3.
        #expect(plan.prescriptions(of: "back-squat").map(\.setsText) == ["5@100kg 5@100kg 5@100kg 5@100kg 5@100kg", "3@100kg 3@100kg 3@100kg"])
    }

    // MARK: Set groups, warm-ups

    @Test func setGroupsReadLikeCoachesWriteThem() throws {
        let plan = try TestPrograms.plan(weeklyProgram("""
        {exercise: back-squat, sets: [1x5+ @ 85%, 4x5 @ 75%]}
              - {exercise: bench-press, sets: 5x3+ @ 100kg}
        """, weeks: 1, extra: "athletes: [{name: Alex, training-max: {back-squat: 100kg}}]"))
        #expect(plan.prescriptions(of: "back-squat")[0].setsText == "5+@85kg 5@75kg 5@75kg 5@75kg 5@75kg")
        // `5x3+` is four sets of 3 and a last set of as many as possible.
        #expect(plan.prescriptions(of: "bench-press")[0].setsText == "3@100kg 3@100kg 3@100kg 3@100kg 3+@100kg")
    }

    /// Back-off sets: a top set by RPE from the estimated one-rep max (Tuchscherer's chart), then
    /// a load drop off it.
    @Test func aTopSetByRPEAndBackOffSets() throws {
        let plan = try TestPrograms.plan(weeklyProgram("""
        {exercise: back-squat, sets: [1x3 @ RPE 8, 3x5 @ RPE 7, 2x5 @ -10%]}
        """, weeks: 1, extra: "athletes: [{name: Alex, one-rep-max: {back-squat: 150kg}}]"))
        let sets = plan.prescriptions(of: "back-squat")[0].sets
        // 3 @ RPE 8 is 86.3% of 150 kg = 129.45 → 130 kg; 5 @ RPE 7 is 78.6% = 117.9 → 117.5 kg;
        // 10% off the heaviest set before (129.45 kg) is 116.5 → 117.5 kg.
        #expect(plan.prescriptions(of: "back-squat")[0].setsText == "3@130kg 5@117.5kg 5@117.5kg 5@117.5kg 5@117.5kg 5@117.5kg")
        #expect(sets.map(\.rpe) == [8, 7, 7, 7, nil, nil])
    }

    /// The standard ramp: the bar for 10, then 40%, 60% and 80% of the first work set, rounded,
    /// never below the bar, and left out when as heavy as the work.
    @Test func warmUpsRampToTheFirstWorkSet() throws {
        let plan = try TestPrograms.plan(weeklyProgram("""
        {exercise: back-squat, sets: 3, reps: 5, load: 100kg, warm-up: standard}
              - {exercise: bench-press, sets: 3, reps: 5, load: 55lb, warm-up: [2x5 @ bar, 60% x 3, 90% x 1]}
        """, weeks: 1))
        let squat = plan.prescriptions(of: "back-squat")[0]
        #expect(squat.sets.filter(\.isWarmUp).map { "\($0.reps!)@\($0.load!.mass!.amountText)" } == ["10@20", "5@40", "3@60", "1@80"])
        #expect(squat.sets.filter { !$0.isWarmUp }.count == 3)
        // 60% of 55 lb is 33 → 35 lb, below the 45 lb bar, which the ramp has done: left out; 90% is 49.5 → 50 lb.
        let bench = plan.prescriptions(of: "bench-press")[0]
        #expect(bench.sets.filter(\.isWarmUp).map { "\($0.reps!)@\($0.load!.mass!.amountText)" } == ["5@45", "5@45", "1@50"])
        let card = SessionCard(session: plan.athletes[0].sessions[0], plan: plan)
        #expect(card.entries[0].prescription == "3×5 @ 100 kg")
        #expect(card.entries[0].details.first == "warm-up 10 @ 20 kg, 5 @ 40 kg, 3 @ 60 kg, 1 @ 80 kg")
        #expect(card.entries[0].boxes == 3)
    }

    // MARK: Waves with First Set Last and Jokers

    @Test func firstSetLastAndJokerSetsInAWave() throws {
        let plan = try TestPrograms.plan(weeklyProgram(
            "{exercise: back-squat, progress: {wave: 5/3/1, first-set-last: 5x5, joker: [+5%, +10%]}}", weeks: 4,
            extra: "athletes: [{name: Alex, training-max: {back-squat: 100kg}}]"))
        let weeks = plan.prescriptions(of: "back-squat").map(\.setsText)
        #expect(weeks[0] == "5@65kg 5@75kg 5+@85kg 5@90kg 5@95kg 5@65kg 5@65kg 5@65kg 5@65kg 5@65kg")
        #expect(weeks[2] == "5@75kg 3@85kg 1+@95kg 1@100kg 1@105kg 5@75kg 5@75kg 5@75kg 5@75kg 5@75kg")
        // The deload week has no `+` set: no First Set Last, no Jokers.
        #expect(weeks[3] == "5@40kg 5@50kg 5@60kg")
        #expect(weeks.count == 4)
    }

    // MARK: Training-max rules and stages, projected

    /// nSuns: the training max rises by a table of the `+` set's reps; projected, by its smallest rise.
    @Test func aTrainingMaxTableProjectsItsSmallestRise() throws {
        let plan = try TestPrograms.plan(weeklyProgram("""
        {exercise: bench-press, sets: [1x5 @ 75%, 1x3 @ 85%, 1x1+ @ 95%], progress: {training-max: {0-1: +0, 2-3: +5lb, 4-5: +10lb, 6+: +15lb}}}
        """, weeks: 3, extra: "units: lb\nathletes: [{name: Alex, training-max: {bench-press: 200lb}}]"))
        #expect(plan.prescriptions(of: "bench-press").map { $0.trainingMax!.description } == ["200 lb", "205 lb", "210 lb"])
        #expect(plan.prescriptions(of: "bench-press")[1].setsText == "5@155lb 3@175lb 1+@195lb")
    }

    /// Madcow: the training max compounds by 2.5% a week, kept to a thousandth.
    @Test func aTrainingMaxRisingByAShare() throws {
        let plan = try TestPrograms.plan(weeklyProgram("""
        {exercise: back-squat, sets: [1x5 @ 50%, 1x5 @ 100%], progress: {training-max: +2.5%}}
        """, weeks: 3, extra: "athletes: [{name: Alex, training-max: {back-squat: 100kg}}]"))
        // 100, 102.5, 105.0625 kg; the top set rounds to 100, 102.5, 105 kg.
        #expect(plan.prescriptions(of: "back-squat").map { $0.trainingMax!.description } == ["100 kg", "102.5 kg", "105.063 kg"])
        #expect(plan.prescriptions(of: "back-squat").map { $0.sets[1].load!.description } == ["100 kg", "102.5 kg", "105 kg"])
    }

    /// Stages move on only by results; projected, the first stage holds and the load climbs.
    @Test func stagesHoldTheFirstStageWhenProjected() throws {
        let plan = try TestPrograms.plan(weeklyProgram("""
        {exercise: back-squat, load: 100kg, progress: [{stages: [5x3+, 6x2+, 10x1+], reset: {retest: 5RM, load: 85%}}, {load: +5kg, every: session}]}
        """, weeks: 2))
        #expect(plan.prescriptions(of: "back-squat").map(\.setsText) == [
            "3@100kg 3@100kg 3@100kg 3@100kg 3+@100kg", "3@105kg 3@105kg 3@105kg 3@105kg 3+@105kg",
        ])
    }

    func weeklyProgram(_ item: String, weeks: Int, extra: String = "") -> String {
        TestPrograms.oneSession(item, weeks: weeks, extra: extra)
    }
}
