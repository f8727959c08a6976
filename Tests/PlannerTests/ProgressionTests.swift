import RegimenPlan
import Testing

/// Progression rules recomputed against published tables and hand-written sequences.
@Suite("Planner: progression rules")
struct ProgressionTests {
    func weekly(_ item: String, weeks: Int = 8, extra: String = "") -> String {
        TestPrograms.oneSession(item, weeks: weeks, extra: extra)
    }

    // MARK: 5/3/1

    /// Wendler's 5/3/1 percentages (65/75/85, 70/80/90, 75/85/95, deload 40/50/60), two cycles,
    /// the training max rising by `increase` after the first. Expected loads are worked by hand:
    /// TM × percentage, rounded to the nearest step, halfway up.
    @Test func fiveThreeOneForA100KilogramTrainingMax() throws {
        let plan = try TestPrograms.plan(weekly("{exercise: back-squat, progress: {wave: 5/3/1, increase: +5kg}}", extra: """
        athletes:
          - name: Alex
            training-max: {back-squat: 100kg}
        """))
        let weeks = plan.prescriptions(of: "back-squat").map(\.setsText)
        #expect(weeks == [
            "5@65kg 5@75kg 5+@85kg", "3@70kg 3@80kg 3+@90kg", "5@75kg 3@85kg 1+@95kg", "5@40kg 5@50kg 5@60kg",
            // Training max 105 kg: 68.25 → 67.5, 78.75 → 80, 89.25 → 90, …
            "5@67.5kg 5@80kg 5+@90kg", "3@72.5kg 3@85kg 3+@95kg", "5@80kg 3@90kg 1+@100kg", "5@42.5kg 5@52.5kg 5@62.5kg",
        ])
        #expect(plan.prescriptions(of: "back-squat").map { $0.trainingMax?.description } == Array(repeating: "100 kg", count: 4) + Array(repeating: "105 kg", count: 4))
        #expect(plan.prescriptions(of: "back-squat")[0].sets.map { $0.load?.percentOfTrainingMaxTenths } == [650, 750, 850])
    }

    @Test func fiveThreeOneForA225PoundTrainingMax() throws {
        let plan = try TestPrograms.plan(weekly("{exercise: bench-press, progress: {wave: 5/3/1, increase: +10lb}}", extra: """
        units: lb
        athletes:
          - name: Casey
            training-max: {bench-press: 225lb}
        """))
        #expect(plan.prescriptions(of: "bench-press").map(\.setsText) == [
            "5@145lb 5@170lb 5+@190lb", "3@160lb 3@180lb 3+@205lb", "5@170lb 3@190lb 1+@215lb", "5@90lb 5@115lb 5@135lb",
            // Training max 235 lb.
            "5@155lb 5@175lb 5+@200lb", "3@165lb 3@190lb 3+@210lb", "5@175lb 3@200lb 1+@225lb", "5@95lb 5@120lb 5@140lb",
        ])
    }

    @Test func computedLoadsNeverGoBelowTheBar() throws {
        let plan = try TestPrograms.plan(weekly("{exercise: back-squat, progress: {wave: 5/3/1}}", weeks: 4, extra: """
        athletes:
          - name: New lifter
            training-max: {back-squat: 40kg}
        """))
        // Deload week: 40% of 40 kg is 16 kg, 50% is 20 kg; the bar is 20 kg.
        #expect(plan.prescriptions(of: "back-squat")[3].setsText == "5@20kg 5@20kg 5@25kg")
    }

    // MARK: Linear, double, step loading

    @Test func linearLoadStopsAtItsCap() throws {
        let plan = try TestPrograms.plan(weekly("{exercise: back-squat, sets: 3, reps: 5, load: 40kg, progress: {load: +2.5kg, max: 50kg}}"))
        #expect(plan.prescriptions(of: "back-squat").map { $0.sets[0].load?.mass?.description } == [
            "40 kg", "42.5 kg", "45 kg", "47.5 kg", "50 kg", "50 kg", "50 kg", "50 kg",
        ])
    }

    @Test func linearPerSessionCountsEverySession() throws {
        let plan = try TestPrograms.plan("""
        start: 2027-01-04
        weeks: 2
        timezone: UTC
        sessions:
          s: {title: S, items: [{exercise: back-squat, sets: 3, reps: 5, load: 60kg, progress: {load: +2.5kg, every: session}}]}
        schedule: {mon: s, wed: s, fri: s}
        """)
        #expect(plan.prescriptions(of: "back-squat").map { $0.sets[0].load!.mass!.amountText } == ["60", "62.5", "65", "67.5", "70", "72.5"])
    }

    /// Work up 8–10 reps one rep a session, then add 2.5 kg and start again at 8.
    @Test func doubleProgressionOverEightSessions() throws {
        let plan = try TestPrograms.plan("""
        start: 2027-01-04
        weeks: 3
        timezone: UTC
        rules:
          double-up: {double: +2.5kg}
        sessions:
          s: {title: S, items: [{exercise: dumbbell-row, sets: 3, reps: 8-10, load: 40kg, progress: double-up}]}
        schedule: {mon: s, wed: s, fri: s}
        """)
        let sessions = plan.prescriptions(of: "dumbbell-row").prefix(8).map { $0.sets[0] }
        #expect(sessions.map { "\($0.reps!)@\($0.load!.mass!.amountText)" } == [
            "8@40", "9@40", "10@40", "8@42.5", "9@42.5", "10@42.5", "8@45", "9@45",
        ])
        #expect(plan.prescriptions(of: "dumbbell-row")[0].sets.count == 3)
    }

    @Test func doubleProgressionAtItsCapStaysAtTheTopOfTheRange() throws {
        let plan = try TestPrograms.plan(weekly("{exercise: dumbbell-row, sets: 2, reps: 8-9, load: 20kg, progress: {double: +2.5kg, every: week, max: 22.5kg}}", weeks: 6))
        #expect(plan.prescriptions(of: "dumbbell-row").map { "\($0.sets[0].reps!)@\($0.sets[0].load!.mass!.amountText)" } == [
            "8@20", "9@20", "8@22.5", "9@22.5", "9@22.5", "9@22.5",
        ])
    }

    /// Three weeks up, one week back to the block's start, each block one step higher.
    @Test func stepLoadingThreeUpOneDown() throws {
        let plan = try TestPrograms.plan(weekly("{exercise: back-squat, sets: 3, reps: 5, load: 40kg, progress: {load: +2.5kg, step-loading: 3/1}}"))
        #expect(plan.prescriptions(of: "back-squat").map { $0.sets[0].load!.mass!.amountText } == [
            "40", "42.5", "45", "40", "42.5", "45", "47.5", "42.5",
        ])
    }

    @Test func repsAndSetsGrowToTheirCaps() throws {
        let plan = try TestPrograms.plan(weekly("""
        {exercise: glute-bridge, sets: 2, reps: 10, progress: [{reps: +2, max: 15}, {sets: +1, every: 2 weeks, max: 4}]}
        """, weeks: 6))
        #expect(plan.prescriptions(of: "glute-bridge").map { "\($0.sets.count)x\($0.sets[0].reps!)" } == [
            "2x10", "2x12", "3x14", "3x15", "4x15", "4x15",
        ])
    }

    // MARK: Mobility

    /// +5 s a week from 30 s, capped at 60 s, then the harder variant from 30 s again.
    @Test func holdGrowsToItsCapThenAdvancesToTheHarderVariant() throws {
        let plan = try TestPrograms.plan(weekly("""
        {exercise: kneeling-hip-flexor-stretch, sets: 3, hold: 30s, progress: {hold: +5s, max: 60s, then: harder}}
        """, weeks: 16))
        let weeks = plan.prescriptions(of: "kneeling-hip-flexor-stretch")
        #expect(weeks.map { $0.sets[0].holdSeconds! } == [30, 35, 40, 45, 50, 55, 60, 30, 35, 40, 45, 50, 55, 60, 30, 35])
        #expect(weeks.map(\.exercise) == Array(repeating: "kneeling-hip-flexor-stretch", count: 7)
            + Array(repeating: "couch-stretch", count: 7) + ["elevated-couch-stretch", "elevated-couch-stretch"])
        #expect(weeks[7].advancedFrom == "kneeling-hip-flexor-stretch")
        #expect(weeks[0].advancedFrom == nil)
    }

    @Test func harderAfterAFixedNumberOfWeeks() throws {
        let plan = try TestPrograms.plan(weekly("""
        {exercise: kneeling-hip-flexor-stretch, sets: 2, hold: 30s, progress: [{harder-after: 3 weeks}, {hold: +10s, max: 50s}]}
        """, weeks: 7))
        let weeks = plan.prescriptions(of: "kneeling-hip-flexor-stretch")
        #expect(weeks.map(\.exercise) == ["kneeling-hip-flexor-stretch", "kneeling-hip-flexor-stretch", "kneeling-hip-flexor-stretch",
                                          "couch-stretch", "couch-stretch", "couch-stretch", "elevated-couch-stretch"])
        #expect(weeks.map { $0.sets[0].holdSeconds! } == [30, 40, 50, 30, 40, 50, 30])
    }

    // MARK: Effort

    @Test func rpeByWeekRepeatsTheLastValue() throws {
        let plan = try TestPrograms.plan(weekly("{exercise: back-squat, sets: 3, reps: 5, load: 60kg, progress: {rpe: [7, 7.5, 8]}}", weeks: 5))
        #expect(plan.prescriptions(of: "back-squat").map { $0.sets[0].rpe } == [7, 7.5, 8, 8, 8])
    }

    // MARK: Phases and deloads

    @Test func aDeloadPhaseScalesVolumeAndIntensityAndPausesProgression() throws {
        let plan = try TestPrograms.plan(weekly("{exercise: back-squat, sets: 3, reps: 5, load: 40kg, progress: {load: +2.5kg}}", weeks: 6, extra: """
        phases:
          - {name: Foundation, weeks: 1-3}
          - {name: Deload, weeks: 4, volume: 60%, intensity: 90%}
          - {name: Build, weeks: 5-6}
        """))
        let weeks = plan.prescriptions(of: "back-squat")
        // Week 4 holds week 3's 45 kg, at 90% (40.5 → 40 kg) and 60% of 3 sets (1.8 → 2).
        #expect(weeks.map(\.setsText) == [
            "5@40kg 5@40kg 5@40kg", "5@42.5kg 5@42.5kg 5@42.5kg", "5@45kg 5@45kg 5@45kg",
            "5@40kg 5@40kg", "5@47.5kg 5@47.5kg 5@47.5kg", "5@50kg 5@50kg 5@50kg",
        ])
        let sessions = plan.athletes[0].sessions
        #expect(sessions.map(\.phase) == ["Foundation", "Foundation", "Foundation", "Deload", "Build", "Build"])
        #expect(sessions.map(\.isDeload) == [false, false, false, true, false, false])
        #expect(plan.program.phases.map(\.isDeload) == [false, true, false])
    }

    @Test func deloadEveryFourthWeek() throws {
        let plan = try TestPrograms.plan(weekly("{exercise: kneeling-hip-flexor-stretch, sets: 4, hold: 30s, progress: {hold: +5s}}", extra: """
        deload: {every: 4, volume: 50%}
        """))
        let weeks = plan.prescriptions(of: "kneeling-hip-flexor-stretch")
        #expect(weeks.map { $0.sets.count } == [4, 4, 4, 2, 4, 4, 4, 2])
        #expect(weeks.map { $0.sets[0].holdSeconds! } == [30, 35, 40, 40, 45, 50, 55, 55])
        #expect(plan.program.weekInfo.filter(\.isDeload).map(\.week) == [4, 8])
    }

    @Test func aPhaseCanSwapTheSchedule() throws {
        let plan = try TestPrograms.plan("""
        start: 2027-01-04
        weeks: 4
        timezone: UTC
        sessions:
          hips: {title: Hips, items: [{exercise: low-lunge, sets: 2, hold: 30s}]}
        schedule: {mon: hips}
        phases:
          - {name: Twice a week, weeks: 3-4, schedule: {mon: hips, thu: hips}}
        """)
        #expect(plan.athletes[0].sessions.map(\.date.description) == ["2027-01-04", "2027-01-11", "2027-01-18", "2027-01-21", "2027-01-25", "2027-01-28"])
        #expect(plan.athletes[0].sessions.map(\.identity.occurrence) == [1, 1, 1, 2, 1, 2])
    }

    // MARK: Units and rounding

    @Test func poundsAndKilogramsStayInTheirOwnUnits() throws {
        let plan = try TestPrograms.plan("""
        start: 2027-01-04
        weeks: 3
        timezone: UTC
        units: kg
        sessions:
          s:
            title: S
            items:
              - {exercise: back-squat, sets: 3, reps: 5, load: 60kg, progress: {load: +2.5kg}}
              - {exercise: dumbbell-row, sets: 3, reps: 8, load: 25lb, progress: {load: +5lb}}
        schedule: {mon: s}
        """)
        #expect(plan.prescriptions(of: "back-squat").map { $0.sets[0].load!.description } == ["60 kg", "62.5 kg", "65 kg"])
        #expect(plan.prescriptions(of: "dumbbell-row").map { $0.sets[0].load!.description } == ["25 lb", "30 lb", "35 lb"])
    }

    @Test func anAthleteInPoundsGetsConvertedAndRoundedLoads() throws {
        let plan = try TestPrograms.plan(weekly("{exercise: back-squat, sets: 3, reps: 5, load: 40kg, progress: {load: +2.5kg}}", weeks: 2, extra: """
        athletes:
          - {name: Metric, id: metric}
          - {name: Imperial, id: imperial, units: lb}
        """))
        // 40 kg = 88.18 lb → 90 lb; 42.5 kg = 93.70 lb → 95 lb (nearest 5 lb).
        #expect(plan.prescriptions(of: "back-squat", athlete: 0).map { $0.sets[0].load!.description } == ["40 kg", "42.5 kg"])
        #expect(plan.prescriptions(of: "back-squat", athlete: 1).map { $0.sets[0].load!.description } == ["90 lb", "95 lb"])
    }

    @Test func roundingFollowsTheExerciseThenTheProgram() throws {
        let plan = try TestPrograms.plan("""
        start: 2027-01-04
        weeks: 2
        timezone: UTC
        rounding: {step: 5kg, direction: down}
        sessions:
          s:
            title: S
            items:
              - {exercise: back-squat, sets: 1, reps: 5, load: 60kg, progress: {load: +4kg}}
              - {exercise: micro-lift, sets: 1, reps: 5, load: 30kg, progress: {load: +2kg}}
        schedule: {mon: s}
        """)
        // 64 kg rounded down to 5 kg is 60 kg. Micro lift rounds to its own 1.25 kg step, in the
        // program's direction (down): 32 kg → 31.25 kg.
        #expect(plan.prescriptions(of: "back-squat").map { $0.sets[0].load!.description } == ["60 kg", "60 kg"])
        #expect(plan.prescriptions(of: "micro-lift").map { $0.sets[0].load!.description } == ["30 kg", "31.25 kg"])
    }

    @Test func literalLoadsAreNotRounded() throws {
        let plan = try TestPrograms.plan(weekly("{exercise: dumbbell-row, sets: 3, reps: 8, load: 12kg}", weeks: 1))
        #expect(plan.prescriptions(of: "dumbbell-row")[0].sets[0].load?.description == "12 kg")
    }

    // MARK: Athletes

    @Test func twoAthletesGetTheirOwnNumbers() throws {
        let plan = try TestPrograms.plan(weekly("{exercise: back-squat, progress: {wave: 5/3/1, increase: +5kg}}", weeks: 1, extra: """
        athletes:
          - name: Alex Morgan
            training-max: {back-squat: 100kg}
          - name: Sam Lee
            start: 2027-01-11
            training-max: {back-squat: 140kg}
        """))
        #expect(plan.athletes.map(\.id) == ["alex-morgan", "sam-lee"])
        #expect(plan.prescriptions(of: "back-squat", athlete: 0).map(\.setsText) == ["5@65kg 5@75kg 5+@85kg"])
        #expect(plan.prescriptions(of: "back-squat", athlete: 1).map(\.setsText) == ["5@90kg 5@105kg 5+@120kg"])
        #expect(plan.athletes[1].sessions[0].date.description == "2027-01-11")
    }

    @Test func anAthletesStartingLoadReplacesTheItems() throws {
        let plan = try TestPrograms.plan(weekly("{exercise: back-squat, sets: 3, reps: 5, load: 40kg, progress: {load: +2.5kg}}", weeks: 2, extra: """
        athletes:
          - {name: Default}
          - {name: Stronger, loads: {back-squat: 80kg}}
        """))
        #expect(plan.prescriptions(of: "back-squat", athlete: 1).map { $0.sets[0].load!.description } == ["80 kg", "82.5 kg"])
    }

    @Test func percentLoadsComeFromTheTrainingMax() throws {
        let plan = try TestPrograms.plan(weekly("{exercise: back-squat, sets: 3, reps: 5, load: 72.5%}", weeks: 1, extra: """
        athletes:
          - {name: Alex, training-max: {back-squat: 120kg}}
        """))
        // 72.5% of 120 kg is 87 kg → 87.5 kg.
        #expect(plan.prescriptions(of: "back-squat")[0].sets[0].load?.description == "87.5 kg")
        #expect(plan.prescriptions(of: "back-squat")[0].sets[0].load?.percentOfTrainingMaxTenths == 725)
    }
}

@Suite("Values: mass conversion")
struct MassConversionTests {
    @Test func conversionsAreExactToTheThousandth() {
        #expect(Mass(100, .kg).converted(to: .lb).description == "220.462 lb")
        #expect(Mass(225, .lb).converted(to: .kg).description == "102.058 kg")
        #expect(Mass(thousandths: 2500, unit: .kg).converted(to: .lb).description == "5.512 lb")
        #expect(Mass(45, .lb).converted(to: .lb) == Mass(45, .lb))
        #expect(Mass(20, .kg) < Mass(45, .lb))
    }
}
