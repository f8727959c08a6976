import RegimenPlan
import Testing

@Suite("Planner: dates, weeks and identities")
struct CalendarExpansionTests {
    @Test func datesRunAcrossTheYearBoundary() throws {
        let plan = try TestPrograms.plan("""
        start: 2026-12-28
        weeks: 2
        timezone: Europe/London
        sessions:
          s: {title: S, items: [{exercise: glute-bridge, sets: 2, reps: 10}]}
        schedule: {mon: s, thu: s, sat: s, sun: s}
        """)
        let sessions = try #require(plan.athletes.first).sessions
        #expect(sessions.map(\.date.description) == [
            "2026-12-28", "2026-12-31", "2027-01-02", "2027-01-03",
            "2027-01-04", "2027-01-07", "2027-01-09", "2027-01-10",
        ])
        #expect(sessions.map(\.week) == [1, 1, 1, 1, 2, 2, 2, 2])
        #expect(sessions.map(\.weekday) == [.monday, .thursday, .saturday, .sunday, .monday, .thursday, .saturday, .sunday])
        #expect(sessions.map(\.identity.occurrence) == [1, 2, 3, 4, 1, 2, 3, 4])
    }

    @Test func aWeekStartsOnTheStartDateWeekday() throws {
        let plan = try TestPrograms.plan("""
        start: 2027-01-06
        weeks: 2
        timezone: UTC
        sessions:
          s: {title: S, items: [{exercise: glute-bridge, sets: 2, reps: 10}]}
        schedule: {mon: s, wed: s}
        """)
        let sessions = try #require(plan.athletes.first).sessions
        // Week 1 is Wednesday 6 to Tuesday 12 January.
        #expect(sessions.map(\.date.description) == ["2027-01-06", "2027-01-11", "2027-01-13", "2027-01-18"])
        #expect(sessions.map(\.week) == [1, 1, 2, 2])
    }

    @Test func identitiesDoNotDependOnTheWeekday() throws {
        let body = """
        start: 2027-01-04
        weeks: 1
        timezone: UTC
        sessions:
          hips: {title: Hips, items: [{exercise: low-lunge, sets: 2, hold: 30s}]}
        """
        let before = try TestPrograms.plan(body + "\nschedule: {tue: hips, sat: hips}")
        let after = try TestPrograms.plan(body + "\nschedule: {wed: hips, sat: hips}")
        let identities = { (plan: Plan) in plan.athletes[0].sessions.map(\.identity.description) }
        #expect(identities(before) == ["program/athlete/hips/w1/1", "program/athlete/hips/w1/2"])
        #expect(identities(after) == identities(before))
        #expect(after.athletes[0].sessions[0].date.description == "2027-01-06")
    }

    @Test func sessionsOnOneDayAreInTimeOrderThenAllDay() throws {
        let plan = try TestPrograms.plan("""
        start: 2027-01-04
        weeks: 1
        timezone: UTC
        sessions:
          late: {title: Late, at: "19:00", items: [{exercise: glute-bridge, sets: 1, reps: 5}]}
          anytime: {title: Any time, items: [{exercise: low-lunge, sets: 1, hold: 30s}]}
          early: {title: Early, at: "06:30", items: [{exercise: glute-bridge, sets: 1, reps: 5}]}
        schedule: {mon: [late, anytime, early]}
        """)
        #expect(plan.athletes[0].sessions.map(\.session) == ["early", "late", "anytime"])
    }

    @Test func programAndAthleteIdentityComeFromTheSpec() throws {
        let plan = try TestPrograms.plan("""
        id: hip-plan
        athlete: Alex Morgan
        start: 2027-01-04
        weeks: 1
        timezone: UTC
        sessions:
          s: {title: S, items: [{exercise: glute-bridge, sets: 1, reps: 5}]}
        schedule: {mon: s}
        """)
        #expect(plan.athletes[0].sessions[0].identity.description == "hip-plan/alex-morgan/s/w1/1")
    }

    @Test func durationsAreStatedOrEstimated() throws {
        let plan = try TestPrograms.plan("""
        start: 2027-01-04
        weeks: 1
        timezone: UTC
        sessions:
          stated: {title: Stated, duration: 45min, items: [{exercise: glute-bridge, sets: 3, reps: 10}]}
          estimated:
            title: Estimated
            items:
              - {exercise: glute-bridge, sets: 3, reps: 10, rest: 90s}
              - {exercise: low-lunge, sets: 2, hold: 30s}
        schedule: {mon: [stated, estimated]}
        """)
        let sessions = plan.athletes[0].sessions
        #expect(sessions[0].durationMinutes == 45)
        #expect(sessions[0].durationIsEstimate == false)
        // 3 × (10 reps × 3 s + 90 s rest) + 2 × (30 s × 2 sides) = 360 + 120 = 480 s = 8 min → 10 min.
        #expect(sessions[1].durationMinutes == 10)
        #expect(sessions[1].durationIsEstimate)
    }

    @Test func athleteIdsFromNamesAreTransliterated() throws {
        let plan = try TestPrograms.plan("""
        start: 2027-01-04
        weeks: 1
        timezone: Europe/Madrid
        athletes:
          - name: María González
          - name: Søren Åberg
            timezone: Europe/Copenhagen
        sessions:
          s: {title: S, items: [{exercise: glute-bridge, sets: 2, reps: 10}]}
        schedule: {mon: s}
        """)
        #expect(plan.athletes.map(\.id) == ["maria-gonzalez", "soren-aberg"])
        #expect(plan.athletes[0].sessions[0].identity.description == "program/maria-gonzalez/s/w1/1")
        #expect(plan.athletes[1].timeZone.identifier == "Europe/Copenhagen")
    }
}
