import RegimenPlan
import Testing
@testable import ZoneInfo

@Suite("Planner: time zones and daylight-saving time")
struct TimeZoneTests {
    func program(zone: String, start: String, at time: String) -> String {
        """
        start: \(start)
        weeks: 2
        timezone: \(zone)
        sessions:
          s: {title: S, at: "\(time)", items: [{exercise: glute-bridge, sets: 1, reps: 5}]}
          all-day: {title: All day, items: [{exercise: low-lunge, sets: 1, hold: 30s}]}
        schedule: {sat: s, sun: [s, all-day], mon: s}
        """
    }

    @Test func londonKeepsLocalTimeAcrossTheSpringChange() throws {
        // Clocks go forward at 01:00 UTC on Sunday 28 March 2027.
        let plan = try TestPrograms.plan(program(zone: "Europe/London", start: "2027-03-22", at: "07:00"))
        let timed = plan.athletes[0].sessions.filter { $0.session == "s" }
        #expect(timed.map(\.date.description) == ["2027-03-22", "2027-03-27", "2027-03-28", "2027-03-29", "2027-04-03", "2027-04-04"])
        #expect(timed.allSatisfy { $0.start?.description == "07:00" })
        #expect(timed.map(\.utcOffset) == [0, 0, 3600, 3600, 3600, 3600])
        let zone = plan.athletes[0].timeZone
        #expect(zone.identifier == "Europe/London")
        #expect(zone.periods.map(\.abbreviation) == ["GMT", "BST"])
        #expect(zone.periods.last?.start == 1_806_195_600)  // 2027-03-28T01:00:00Z
    }

    @Test func newYorkKeepsLocalTimeAcrossTheSpringChange() throws {
        // Clocks go forward at 02:00 local (07:00 UTC) on Sunday 14 March 2027.
        let plan = try TestPrograms.plan(program(zone: "America/New_York", start: "2027-03-08", at: "06:00"))
        let timed = plan.athletes[0].sessions.filter { $0.session == "s" }
        #expect(timed.map(\.date.description) == ["2027-03-08", "2027-03-13", "2027-03-14", "2027-03-15", "2027-03-20", "2027-03-21"])
        #expect(timed.map(\.utcOffset) == [-18000, -18000, -14400, -14400, -14400, -14400])
        #expect(plan.athletes[0].timeZone.periods.map(\.abbreviation) == ["EST", "EDT"])
    }

    @Test func sydneyChangesInTheOtherDirectionInApril() throws {
        // Clocks go back at 03:00 local (16:00 UTC Saturday) on Sunday 4 April 2027.
        let plan = try TestPrograms.plan(program(zone: "Australia/Sydney", start: "2027-03-29", at: "07:00"))
        let timed = plan.athletes[0].sessions.filter { $0.session == "s" }
        #expect(timed.map(\.date.description) == ["2027-03-29", "2027-04-03", "2027-04-04", "2027-04-05", "2027-04-10", "2027-04-11"])
        #expect(timed.map(\.utcOffset) == [39600, 39600, 36000, 36000, 36000, 36000])
    }

    @Test func aTimeInTheSpringGapMovesForward() throws {
        let rules = try ZoneDatabase.system.rules(for: "Europe/London").get()
        let date = try #require(CivilDate(year: 2027, month: 3, day: 28))
        // 01:30 does not exist; RFC 5545 reads it as 02:30 BST, which is 01:30 UTC.
        let (instant, offset) = rules.instant(date: date, secondsOfDay: 5400)
        #expect(instant == 1_806_197_400)
        #expect(offset == 3600)
    }

    @Test func aSessionInTheSpringGapStartsAfterItInThePlan() throws {
        // London: 01:30 on 2027-03-28 does not exist; it is 02:30 BST, 01:30 UTC.
        let london = try TestPrograms.plan(program(zone: "Europe/London", start: "2027-03-22", at: "01:30"))
        let skipped = try #require(london.athletes[0].sessions.first { $0.session == "s" && $0.date.description == "2027-03-28" })
        #expect(skipped.start?.description == "02:30")
        #expect(skipped.utcOffset == 3600)
        #expect(skipped.scheduledStart?.description == "01:30")
        let before = try #require(london.athletes[0].sessions.first { $0.session == "s" && $0.date.description == "2027-03-27" })
        #expect(before.start?.description == "01:30")
        #expect(before.scheduledStart == nil)
        // New York: 02:30 on 2027-03-14 does not exist; it is 03:30 EDT, 07:30 UTC.
        let newYork = try TestPrograms.plan(program(zone: "America/New_York", start: "2027-03-08", at: "02:30"))
        let gap = try #require(newYork.athletes[0].sessions.first { $0.session == "s" && $0.date.description == "2027-03-14" })
        #expect(gap.start?.description == "03:30")
        #expect(gap.utcOffset == -14_400)
        #expect(gap.scheduledStart?.description == "02:30")
    }

    @Test func aSessionInTheAutumnFoldKeepsItsTimeWithTheFirstOffset() throws {
        let plan = try TestPrograms.plan(program(zone: "Europe/London", start: "2027-10-25", at: "01:30"))
        let repeated = try #require(plan.athletes[0].sessions.first { $0.session == "s" && $0.date.description == "2027-10-31" })
        #expect(repeated.start?.description == "01:30")
        #expect(repeated.utcOffset == 3600)
        #expect(repeated.scheduledStart == nil)
    }

    @Test func aTimeInTheAutumnFoldTakesTheFirstOccurrence() throws {
        let rules = try ZoneDatabase.system.rules(for: "Europe/London").get()
        let date = try #require(CivilDate(year: 2027, month: 10, day: 31))
        // 01:30 happens twice; the first time is 01:30 BST = 00:30 UTC.
        let (instant, offset) = rules.instant(date: date, secondsOfDay: 5400)
        #expect(instant == 1_824_942_600)
        #expect(offset == 3600)
    }

    @Test func theFooterRuleAgreesWithRecordedTransitions() throws {
        let rules = try ZoneDatabase.system.rules(for: "Europe/London").get()
        let footer = try #require(rules.footer)
        // 2030: last Sunday of March is the 31st, of October the 27th; both at 01:00 UTC.
        let transitions = footer.transitions(in: 2030)
        #expect(transitions.map(\.at) == [1_901_149_200, 1_919_293_200])
        // And they match what `transitions(in:)` reports from any source.
        let fromRules = rules.transitions(in: 1_893_456_000...1_924_991_999)
        #expect(fromRules.map(\.at) == [1_901_149_200, 1_919_293_200])
    }

    @Test func allDaySessionsUseTheOffsetAtMidnight() throws {
        let plan = try TestPrograms.plan(program(zone: "Europe/London", start: "2027-03-22", at: "07:00"))
        let allDay = plan.athletes[0].sessions.filter { $0.session == "all-day" }
        #expect(allDay.map(\.start) == [nil, nil])
        #expect(allDay.map(\.utcOffset) == [0, 3600])
    }
}
