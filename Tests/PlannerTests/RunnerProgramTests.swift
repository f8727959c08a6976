import Analysis
import Foundation
import RegimenKit
import RegimenPlan
import Testing

/// `Programs/running/runner-10k-build.yaml` against numbers worked out by hand from its rules.
///
/// Weeks 1–3 and 5–8 progress; week 4 (the easier week) pauses, so the step counts by week are
/// 0, 1, 2, 2, 3, 4, 5, 6. Easy run: 30 min + 5 min a step, at most 45. Long run: 8 km + 1 km a
/// step, at most 12. Intervals: 6 × 400 m + 1 every 2 steps, at most 8, and none in week 4. Hip
/// thrust: 60 kg + 2.5 kg a step, at most 70.
@Suite("Planner: the 10K build runner program")
struct RunnerProgramTests {
    static let path: String = {
        let file = #filePath
        return String(file[..<file.range(of: "/Tests/PlannerTests/")!.lowerBound]) + "/Programs/running/runner-10k-build.yaml"
    }()

    static func plan() throws -> Plan {
        let (outcome, plan) = Compiler().compile(path)
        #expect(outcome.diagnostics.map(\.summaryLine) == [])
        return try #require(plan)
    }

    /// Each week's value of `exercise` for `athlete`, by `read`, in session order.
    func values(_ plan: Plan, _ exercise: String, athlete: Int = 0, _ read: (Prescription) -> String) -> [String] {
        plan.prescriptions(of: exercise, athlete: athlete).map(read)
    }

    @Test func durationsDistancesAndSetsGrowByTheirRulesAndHoldInTheEasierWeek() throws {
        let plan = try Self.plan()
        #expect(values(plan, "easy-run") { "\(($0.sets[0].durationSeconds ?? 0) / 60)" } == ["30", "35", "40", "40", "45", "45", "45", "45"])
        #expect(values(plan, "long-run") { "\(($0.sets[0].distanceMeters ?? 0) / 1000)" } == ["8", "9", "10", "10", "11", "12", "12", "12"])
        #expect(values(plan, "run-intervals") { "\($0.sets.count)" } == ["6", "6", "7", "7", "8", "8", "8"])
        #expect(plan.athletes[0].sessions.filter { $0.session == "intervals" }.map(\.week) == [1, 2, 3, 5, 6, 7, 8])
        #expect(values(plan, "barbell-hip-thrust") { $0.setsText } == [
            "8@60kg 8@60kg 8@60kg", "8@62.5kg 8@62.5kg 8@62.5kg", "8@65kg 8@65kg 8@65kg", "8@65kg 8@65kg 8@65kg",
            "8@67.5kg 8@67.5kg 8@67.5kg", "8@70kg 8@70kg 8@70kg", "8@70kg 8@70kg 8@70kg", "8@70kg 8@70kg 8@70kg",
        ])
    }

    @Test func targetsAndJoggedRecoveriesReachTheCards() throws {
        let plan = try Self.plan()
        let intervals = try #require(plan.athletes[0].sessions.first { $0.session == "intervals" })
        let card = SessionCard(session: intervals, plan: plan)
        #expect(card.entries.map(\.prescription) == ["10 min @ easy pace", "6×400 m @ 5k pace", "10 min @ easy pace", "2×30 s per side"])
        #expect(card.entries[1].details == ["90 s jog between"])
        let easy = try #require(plan.athletes[0].sessions.first { $0.session == "easy" })
        #expect(SessionCard(session: easy, plan: plan).entries[0].prescription == "30 min @ zone 2, HR 130–145")
        #expect(intervals.items[1].prescriptions[0].restActivity == "jog")
    }

    @Test func theReportCountsCardioMinutesAndDistanceByWeek() throws {
        let plan = try Self.plan()
        let analysis = PlanAnalysis(plan: plan, athlete: plan.athletes[0])
        // Week 1: easy 30 min + two 10-minute jogs + 6 × 400 m and an 8 km long run at 6 min/km
        // (14.4 + 48 min) = 112.4 min; 2.4 + 8 = 10.4 km. Week 4: 40 min + 10 km at 6 min/km.
        #expect(analysis.weeks.map(\.cardioSeconds) == [6744, 7404, 8208, 6000, 8868, 9372, 9372, 9372])
        #expect(analysis.weeks.map(\.cardioMeters) == [10400, 11400, 12800, 10000, 13800, 15200, 15200, 15200])
        let report = PlanReport(analysis: analysis, lints: []).text
        #expect(report.contains("minutes                112   123   137   100   148   156   156   156\n"))
        #expect(report.contains("distance (km)         10.4  11.4  12.8    10  13.8  15.2  15.2  15.2\n"))
    }

    @Test func mariaRunsTheSamePlanFromHerOwnWeekAtHerTimesWithHerEquipment() throws {
        let plan = try Self.plan()
        let maria = plan.athletes[1]
        #expect(maria.startDate.description == "2027-03-08")
        #expect(maria.sessions.prefix(4).map { "\($0.date) \($0.start?.description ?? "all day") \($0.session)" } == [
            "2027-03-08 18:30 strength", "2027-03-10 06:00 easy", "2027-03-12 06:00 intervals", "2027-03-14 all day long",
        ])
        // 06:00 in London on Wednesdays 10, 17, 24 and 31 March: GMT, then BST from 28 March.
        #expect(maria.sessions.filter { $0.session == "easy" }.prefix(4).map(\.utcOffset) == [0, 0, 0, 3600])
        // No barbell, bench or step: the alternatives, from her own starting load.
        #expect(values(plan, "single-leg-glute-bridge", athlete: 1) { $0.setsText }.prefix(3) == [
            "8@10kg 8@10kg 8@10kg", "8@12.5kg 8@12.5kg 8@12.5kg", "8@15kg 8@15kg 8@15kg",
        ])
        #expect(values(plan, "floor-calf-raise", athlete: 1) { $0.setsText }.count == 8)
        #expect(values(plan, "barbell-hip-thrust", athlete: 1) { $0.setsText }.isEmpty)
        #expect(values(plan, "easy-run", athlete: 1) { "\(($0.sets[0].durationSeconds ?? 0) / 60)" } == ["30", "35", "40", "40", "45", "45", "45", "45"])
    }
}
