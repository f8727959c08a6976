import RegimenPlan
import Testing

/// What differs per athlete — times, days, swaps, equipment, where weeks begin — against dates
/// and numbers worked out by hand.
@Suite("Planner: per-athlete overrides")
struct AthleteOverrideTests {
    /// Strength A on Monday and Friday, B on Wednesday, from Monday 4 January 2027; Alex takes the
    /// program as written, Maria with her own overrides (`maria` is her roster entry's extra lines).
    func plan(maria: String, extra: String = "") throws -> Plan {
        try TestPrograms.plan("""
          barbell-hip-thrust: {name: Barbell hip thrust, kind: strength, equipment: [barbell, bench]}
          floor-bridge: {name: Floor bridge, kind: strength, equipment: [mat]}
          goblet-squat: {name: Goblet squat, kind: strength, equipment: [dumbbells]}
          front-squat: {name: Front squat, kind: strength, equipment: [barbell, rack], alternative: goblet-squat}
          squat: {name: Squat, kind: strength, equipment: [barbell, rack], alternative: front-squat}
        start: 2027-01-04
        weeks: 2
        timezone: Europe/London
        \(extra)
        athletes:
          - name: Alex Morgan
          - name: Maria Lopez
        \(maria)
        sessions:
          strength-a:
            title: Strength A
            at: "18:30"
            items:
              - { exercise: squat, sets: 3, reps: 5, load: 60kg, progress: { load: +2.5kg } }
              - { exercise: barbell-hip-thrust, sets: 3, reps: 8, load: 60kg }
          strength-b:
            title: Strength B
            at: "18:30"
            items:
              - { exercise: low-lunge, sets: 2, hold: 30s }
        schedule: { mon: strength-a, wed: strength-b, fri: strength-a }
        """)
    }

    func days(_ plan: Plan, athlete: Int) -> [String] {
        plan.athletes[athlete].sessions.map { "\($0.date) \($0.weekday.key) \($0.start?.description ?? "all day") \($0.session) w\($0.week)" }
    }

    @Test func anAthleteStartingMidWeekBeginsWeekOneOnTheProgramsWeekday() throws {
        let plan = try plan(maria: "    start: 2027-01-06")
        // Maria's start, Wednesday 6 January, moves to Monday 11 January: her weeks run Monday to
        // Sunday like the program's, and Strength A comes before B.
        #expect(plan.athletes[1].startDate.description == "2027-01-11")
        #expect(days(plan, athlete: 1) == [
            "2027-01-11 mon 18:30 strength-a w1", "2027-01-13 wed 18:30 strength-b w1", "2027-01-15 fri 18:30 strength-a w1",
            "2027-01-18 mon 18:30 strength-a w2", "2027-01-20 wed 18:30 strength-b w2", "2027-01-22 fri 18:30 strength-a w2",
        ])
        #expect(plan.athletes[0].startDate.description == "2027-01-04")
    }

    @Test func weekStartsKeepsTheAthletesOwnWeekday() throws {
        let plan = try plan(maria: "    start: 2027-01-06\n    week-starts: wed")
        // Week 1 is Wednesday 6 to Tuesday 12 January, as before alignment existed.
        #expect(days(plan, athlete: 1).prefix(3) == [
            "2027-01-06 wed 18:30 strength-b w1", "2027-01-08 fri 18:30 strength-a w1", "2027-01-11 mon 18:30 strength-a w1",
        ])
    }

    @Test func aProgramsWeekStartsMovesEveryonesWeekOne() throws {
        let plan = try plan(maria: "", extra: "week-starts: wed")
        #expect(plan.athletes.map(\.startDate.description) == ["2027-01-06", "2027-01-06"])
        #expect(days(plan, athlete: 0).first == "2027-01-06 wed 18:30 strength-b w1")
    }

    @Test func timesAndDaysMoveOnlyThatAthletesSessions() throws {
        let plan = try plan(maria: "    at: { strength-a: \"06:00\" }\n    days: { mon: tue, wed: thu, fri: sat }")
        #expect(days(plan, athlete: 1) == [
            "2027-01-05 tue 06:00 strength-a w1", "2027-01-07 thu 18:30 strength-b w1", "2027-01-09 sat 06:00 strength-a w1",
            "2027-01-12 tue 06:00 strength-a w2", "2027-01-14 thu 18:30 strength-b w2", "2027-01-16 sat 06:00 strength-a w2",
        ])
        #expect(days(plan, athlete: 0).first == "2027-01-04 mon 18:30 strength-a w1")
        // Identities do not change with the day, so a moved session keeps its calendar event.
        #expect(plan.athletes[1].sessions.map(\.identity.occurrence) == [1, 1, 2, 1, 1, 2])
        // 06:00 in London in January is 06:00 UTC.
        #expect(plan.athletes[1].sessions[0].utcOffset == 0)
    }

    @Test func twoDaysMovedOntoOneAreDoneThatDayInTimeOrder() throws {
        let plan = try plan(maria: "    at: { strength-b: \"07:00\" }\n    days: { wed: mon }")
        #expect(days(plan, athlete: 1).prefix(3) == [
            "2027-01-04 mon 07:00 strength-b w1", "2027-01-04 mon 18:30 strength-a w1", "2027-01-08 fri 18:30 strength-a w1",
        ])
    }

    @Test func aSwapReplacesTheExerciseWithTheItemsNumbersAndTheAthletesOwnStartingLoad() throws {
        let plan = try plan(maria: "    swap: { barbell-hip-thrust: floor-bridge, squat: front-squat }\n    loads: { front-squat: 40kg }")
        let maria = plan.prescriptions(of: "front-squat", athlete: 1)
        // Her own starting load, progressing by the item's rule: 40, 40 (week 1), 42.5, 42.5 (week 2).
        #expect(maria.map(\.setsText) == ["5@40kg 5@40kg 5@40kg", "5@40kg 5@40kg 5@40kg", "5@42.5kg 5@42.5kg 5@42.5kg", "5@42.5kg 5@42.5kg 5@42.5kg"])
        #expect(plan.prescriptions(of: "floor-bridge", athlete: 1).map(\.setsText).first == "8@60kg 8@60kg 8@60kg")
        #expect(plan.prescriptions(of: "barbell-hip-thrust", athlete: 1).isEmpty)
        #expect(plan.prescriptions(of: "barbell-hip-thrust", athlete: 0).count == 4)
        #expect(plan.exercises.map(\.id).contains("front-squat"))
    }

    @Test func equipmentTheAthleteLacksSelectsAlternativesInTurn() throws {
        let plan = try plan(maria: "    equipment: home\n    swap: { barbell-hip-thrust: floor-bridge }",
                            extra: "equipment-sets: { home: [Mat, dumbbells] }")
        // squat needs a barbell; its alternative front-squat needs one too; goblet-squat fits.
        #expect(plan.prescriptions(of: "goblet-squat", athlete: 1).map(\.setsText).first == "5@60kg 5@60kg 5@60kg")
        #expect(plan.prescriptions(of: "floor-bridge", athlete: 1).count == 4)
        #expect(plan.prescriptions(of: "squat", athlete: 0).count == 4)
    }
}
