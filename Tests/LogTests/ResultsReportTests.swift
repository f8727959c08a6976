import Analysis
import Diagnostics
import RegimenKit
import RegimenPlan
import Testing
import TextBackend

/// The report, the lints and the cards over plans carrying results, built by hand.
@Suite("Training logs: report, lints and cards from results")
struct ResultsReportTests {
    /// Week 1: squats done (RPE 7), bench done, the run missed. Week 2: squats done at RPE 8,
    /// Wednesday partly done (two of three bench sets), Friday not logged. Week 3: squats at RPE 9.
    /// Then projected.
    static func threeWeeks() -> ResultsInPlans {
        var plans = ResultsInPlans()
        plans.log("strength-a", week: 1, .done, sets: ["back-squat": ResultsInPlans.sets(3, reps: 5, kg: 100, rpe: 7),
                                                        "plank": Array(repeating: ActualSet(holdSeconds: 30), count: 3)])
        plans.log("strength-b", week: 1, .done, sets: ["bench-press": ResultsInPlans.sets(3, reps: 5, kg: 70),
                                                        "romanian-deadlift": ResultsInPlans.sets(3, reps: 8, kg: 60)])
        plans.log("run", week: 1, .missed)
        plans.log("strength-a", week: 2, .done, sets: ["back-squat": ResultsInPlans.sets(3, reps: 5, kg: 100, rpe: 8)])
        plans.log("strength-b", week: 2, .partial, sets: ["bench-press": ResultsInPlans.sets(2, reps: 5, kg: 70) + [ActualSet(status: .skipped)]])
        plans.log("strength-a", week: 3, .done, doneOn: CivilDate(year: 2027, month: 3, day: 16),
                  sets: ["back-squat": [ActualSet(reps: 5, load: Load(mass: Mass(60, .kg)), isWarmUp: true)]
                         + ResultsInPlans.sets(3, reps: 5, kg: 100, rpe: 9)])
        plans.project()
        return plans
    }

    /// The lints over logs (W520–W522) for the plan, as a build runs them.
    static func logLints(_ plans: ResultsInPlans) -> [Diagnostic] {
        Compiler().lint(plans.program, plan: plans.plan).filter { [.liftStalled, .sessionsMissedInARow, .rpeCreeping].contains($0.code) }
    }

    @Test func adherenceAndVolumeWeekByWeek() {
        let plans = Self.threeWeeks()
        let analysis = LogAnalysis(plan: plans.plan, athlete: plans.plan.athletes[0])
        #expect(analysis.hasLogs)
        #expect(analysis.lastLogged == CivilDate(year: 2027, month: 3, day: 16))
        // Due: 3 + 3 + 1 (week 3's Monday, done on the Tuesday); kept: 2 + 2 + 1 of 7.
        #expect(analysis.weeks.map(\.due) == [3, 3, 1, 0])
        #expect(analysis.weeks.map(\.done) == [2, 1, 1, 0])
        #expect(analysis.weeks.map(\.partial) == [0, 1, 0, 0])
        #expect(analysis.weeks.map(\.missed) == [1, 1, 0, 0])
        #expect(analysis.weeks.map(\.adherencePercent) == [67, 67, 100, nil])
        #expect(analysis.adherencePercent == 71)
        // Week 2: squats 3 of 3 sets (quadriceps 2 halves each), bench 2 of 3 (chest).
        #expect(analysis.weeks[1].plannedHalfSets["chest"] == 6)
        #expect(analysis.weeks[1].doneHalfSets["chest"] == 4)
        #expect(analysis.weeks[2].doneHalfSets["quadriceps"] == 6, "the warm-up set is not a hard set")
    }

    @Test func liftsByWeekWithEpley() {
        let plans = Self.threeWeeks()
        let analysis = LogAnalysis(plan: plans.plan, athlete: plans.plan.athletes[0])
        let squat = try! #require(analysis.lifts.first { $0.exercise == "back-squat" })
        // 100 kg × (1 + 5/30) = 116.667 kg.
        #expect(squat.weeks.map(\.estimatedMax) == [Mass(thousandths: 116_667, unit: .kg), Mass(thousandths: 116_667, unit: .kg),
                                                    Mass(thousandths: 116_667, unit: .kg)])
        #expect(squat.sessions.map(\.rpeTenths) == [70, 80, 90])
        #expect(EstimatedMax.epley(load: Mass(100, .kg), reps: 1) == Mass(100, .kg))
        #expect(EstimatedMax.epley(load: Mass(225, .lb), reps: 10) == Mass(300, .lb))
        #expect(EstimatedMax.epley(load: Mass(60, .kg), reps: 15) == nil)
    }

    @Test func theReportShowsPlannedAgainstDone() {
        let plans = Self.threeWeeks()
        let lines = LogReport(analysis: LogAnalysis(plan: plans.plan, athlete: plans.plan.athletes[0]), width: 80).lines
        #expect(Array(lines.prefix(7)) == [
            "PLANNED VS DONE (logged up to Tuesday 16 March 2027; adherence 71%)",
            "week  planned  due  done  partial  missed  adherence",
            "   1        3    3     2        0       1        67%",
            "   2        3    3     1        1       1        67%",
            "   3        3    1     1        0       0       100%",
            "   4        3    ·     ·        ·       ·          ·",
            "",
        ])
        #expect(lines.contains("Back squat"))
        #expect(lines.contains { $0.hasPrefix("  W1    100 kg      █") && $0.hasSuffix("█ 116.7 kg") })
    }

    @Test func effortCreepingAtTheSameLoadIsALint() {
        let plans = Self.threeWeeks()
        let lints = Self.logLints(plans)
        #expect(lints.map(\.code) == [.rpeCreeping])
        #expect(lints.first?.message == "Back squat at 100 kg felt harder each time: RPE 7, then 8, then 9, from 2027-03-01 to 2027-03-16")
    }

    @Test func lighterSetsBeforeTheWorkSetsWithoutTheWarmUpMarkAreALint() throws {
        var plans = ResultsInPlans()
        let planned = try #require(plans.plan.athletes[0].sessions[plans.index("strength-a", week: 1)].items.flatMap(\.prescriptions)
            .first { $0.exercise == "back-squat" })
        let work = planned.sets.filter { !$0.isWarmUp }
        let load = try #require(work.first?.load?.mass)
        // A ramp of 60 kg and 80 kg before the planned work sets, logged as plain sets.
        let ramp = [ActualSet(reps: 5, load: Load(mass: Mass(60, .kg))), ActualSet(reps: 3, load: Load(mass: Mass(80, .kg)))]
        let workSets = Array(repeating: ActualSet(reps: 5, load: Load(mass: load)), count: work.count)
        plans.log("strength-a", week: 1, .done, sets: ["back-squat": ramp + workSets])
        plans.log("strength-a", week: 2, .done, sets: ["back-squat": ramp + workSets])
        let lints = Compiler().lint(plans.program, plan: plans.plan).filter { $0.code == .unmarkedWarmUps }
        #expect(lints.count == 1, "once per exercise")
        #expect(lints.first?.message == "Back squat on 2027-03-01: 2 sets at 60 kg, 80 kg, lighter than the planned \(load), logged before the work sets "
            + "(and in 1 more session) and read as work sets; if they were warm-ups, mark them so (`warm-up 5 @ 60 kg`)")

        // Marked as warm-ups, or as many sets as planned, they are not.
        var marked = ResultsInPlans()
        marked.log("strength-a", week: 1, .done, sets: ["back-squat": ramp.map { var set = $0; set.isWarmUp = true; return set } + workSets])
        var asPlanned = ResultsInPlans()
        asPlanned.log("strength-a", week: 1, .done, sets: ["back-squat": Array(ramp.prefix(1)) + Array(workSets.dropFirst())])
        // An extra set as heavy as the work sets is not a warm-up either.
        var extra = ResultsInPlans()
        extra.log("strength-a", week: 1, .done, sets: ["back-squat": workSets + [ActualSet(reps: 5, load: Load(mass: load))]])
        for other in [marked, asPlanned, extra] {
            #expect(Compiler().lint(other.program, plan: other.plan).filter { $0.code == .unmarkedWarmUps }.isEmpty)
        }
    }

    @Test func aLiftStalledForThreeWeeks() {
        var plans = ResultsInPlans()
        for week in 1...4 {
            plans.log("strength-a", week: week, .done, sets: ["back-squat": ResultsInPlans.sets(3, reps: 5, kg: 100)])
            plans.log("strength-b", week: week, .done)
            plans.log("run", week: week, .done)
        }
        let lints = Self.logLints(plans)
        #expect(lints.map(\.code) == [.liftStalled])
        #expect(lints.first?.message == "Back squat has not improved for 3 weeks: best estimated 1RM 116.7 kg in week 1, then 116.7 kg, 116.7 kg, 116.7 kg in weeks 2, 3, 4")
        // One more kilogram in week 4 is progress.
        plans.log("strength-a", week: 4, .done, sets: ["back-squat": ResultsInPlans.sets(3, reps: 5, kg: 101)])
        #expect(Self.logLints(plans).isEmpty)
    }

    @Test func threeSessionsMissedInARow() {
        var plans = ResultsInPlans()
        plans.log("strength-a", week: 1, .done)
        plans.log("strength-b", week: 1, .missed)
        plans.log("run", week: 1, .done)
        plans.log("strength-b", week: 2, .done)
        plans.project()
        #expect(Self.logLints(plans).isEmpty, "two missed (one not logged) is not three")
        plans.log("strength-b", week: 2, .missed)
        plans.log("strength-a", week: 3, .done)
        plans.project()
        // Monday of week 2 not logged, Wednesday logged as missed, Friday not logged.
        let lints = Self.logLints(plans)
        #expect(lints.map(\.code) == [.sessionsMissedInARow])
        #expect(lints.first?.message == "3 sessions in a row were missed, from 2027-03-08 to 2027-03-12: Strength A 8 Mar, Strength B 10 Mar, Easy run 12 Mar")
    }

    @Test func aPlanWithoutLogsHasNoLogSectionAndNoLogLints() throws {
        let plans = ResultsInPlans()
        #expect(LogReport(analysis: LogAnalysis(plan: plans.plan, athlete: plans.plan.athletes[0])).lines.isEmpty)
        #expect(Self.logLints(plans).isEmpty)
    }

    @Test func cardsShowResultsForLoggedSessionsAndBlanksForTheRest() throws {
        let plans = Self.threeWeeks()
        let output = try TextBackend().render(plans.plan, options: BackendOptionValues(), context: RenderContext(compilerVersion: "test"))
        let text = String(decoding: output.files[0].contents, as: UTF8.self)
        #expect(text.contains("Logged up to Tuesday 16 March 2027. Sessions marked projected assume that every\nsession until then succeeds"))
        #expect(text.contains("""
        Logged: Done · done on Tuesday 16 March 2027
        --------------------------------------------------------------------------------
         1. Back squat                      3×5 @ 105 kg
            done: warm-up 5 @ 60 kg · 3×5 @ 100 kg, RPE 9
        """))
        #expect(text.contains("Logged: Partly done"))
        #expect(text.contains("done: 2×5 @ 70 kg · skipped"))
        #expect(text.contains("Week 4 of 4 · projected"))
        #expect(text.contains("    [ ]  1  5 @ 107.5 kg      load ______  reps ____  RPE ____"))
        #expect(text.contains("    [ ]  1  30 min, 5 km      time ______  distance ______  RPE ____"))
        // Without the log sheet, boxes as before.
        var options = BackendOptionValues()
        options.values["log-sheet"] = "false"
        let plain = try TextBackend().render(plans.plan, options: options, context: RenderContext(compilerVersion: "test"))
        #expect(!String(decoding: plain.files[0].contents, as: UTF8.self).contains("load ______"))
    }
}
