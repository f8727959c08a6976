import Checker
import Foundation
import Planner
import RegimenKit
import RegimenPlan
import Testing

/// The canonical programs in `Programs/`, planned and compared with numbers worked out by hand
/// from each program's published rules (named in each file's opening comment), with and without
/// a training log. Loads round to the program's step, halfway going up.
@Suite("Programs: canonical programs against their published rules")
struct CanonicalProgramTests {
    static let programs: String = {
        let file = #filePath
        return String(file[..<file.range(of: "/Tests/PlannerTests/")!.lowerBound]) + "/Programs/"
    }()

    func program(_ name: String) throws -> CheckedProgram {
        let outcome = Compiler().check(Self.programs + name + ".yaml")
        #expect(outcome.diagnostics.map(\.summaryLine) == [])
        return try #require(outcome.program)
    }

    func loads(_ plan: Plan, _ exercise: String, athlete: Int = 0, set: Int = 0) -> [String] {
        plan.prescriptions(of: exercise, athlete: athlete).map { prescription in
            prescription.sets.filter { !$0.isWarmUp }[set].load!.mass!.amountText
        }
    }

    // MARK: Starting Strength

    @Test func startingStrength() throws {
        let program = try program("starting-strength")
        let plan = Planner().plan(program)
        let sessions = plan.athletes[0].sessions
        #expect(sessions.prefix(6).map(\.session) == ["workout-a", "workout-b", "workout-a", "workout-b", "workout-a", "workout-b"])
        // The squat is in both workouts: +10 lb a workout for two weeks, then +5 lb.
        #expect(loads(plan, "back-squat").prefix(9) == ["135", "145", "155", "165", "175", "185", "195", "200", "205"])
        // The deadlift likewise, +15 lb then +10 lb.
        #expect(loads(plan, "deadlift").prefix(8) == ["185", "200", "215", "230", "245", "260", "275", "285"])
        // The press is in A alone, the bench press in B alone: +5 lb each time, +2.5 lb from week 7.
        #expect(loads(plan, "overhead-press").prefix(4) == ["65", "70", "75", "80"])
        #expect(loads(plan, "bench-press").prefix(4) == ["95", "100", "105", "110"])
        let press = plan.prescriptions(of: "overhead-press")
        let week7 = try #require(plan.athletes[0].sessions.firstIndex { $0.week == 7 && $0.session == "workout-a" })
        let before = plan.athletes[0].sessions[..<week7].filter { $0.session == "workout-a" }.count
        // Nine A workouts in weeks 1–6 (65 to 105 lb); week 7 carries on from 110 lb, +2.5 lb.
        #expect(before == 9)
        #expect(press[before - 1...before + 1].map { $0.sets.last!.load!.mass!.amountText } == ["105", "110", "112.5"])
        // The book's warm-up: the empty bar twice, then about 40%, 60% and 80% of the work set.
        #expect(press[0].sets.filter(\.isWarmUp).count == 3)  // 40% and 60% of 65 lb are under the bar
        let squat = plan.prescriptions(of: "back-squat")[0]
        #expect(squat.sets.filter(\.isWarmUp).map { "\($0.reps!)@\($0.load!.mass!.amountText)" } == ["5@45", "5@45", "5@55", "3@80", "2@107.5"])
    }

    /// Missed three workouts running at a weight, the squat comes down 10% and climbs again.
    @Test func startingStrengthResetsAStalledSquat() throws {
        let program = try program("starting-strength")
        let dates = ["2027-01-04", "2027-01-06", "2027-01-08", "2027-01-11", "2027-01-13", "2027-01-15", "2027-01-18", "2027-01-20", "2027-01-22"]
        let done = ["135", "145", "155", "165", "175", "185"]
        var log = zip(dates, done).map { date, load in TestLogs.session(date, in: program, ["back-squat": "5,5,5 @ \(load)lb"]) }
        log += dates[6...].map { TestLogs.session($0, in: program, ["back-squat": "5,5,3 @ 195lb"]) }
        let plan = TestLogs.plan(program, log)
        // 195 × 90% = 175.5 → 175 lb (2.5 lb steps), then +5 lb a workout.
        #expect(loads(plan, "back-squat").prefix(12) == ["135", "145", "155", "165", "175", "185", "195", "195", "195", "175", "180", "185"])
        // The lifts not logged were not done: they hold their weights, and are not failures;
        // past the last logged workout the bench press climbs again.
        #expect(loads(plan, "bench-press").prefix(6) == ["95", "95", "95", "95", "95", "100"])
    }

    // MARK: StrongLifts 5×5

    @Test func strongLifts() throws {
        let program = try program("stronglifts-5x5")
        let plan = Planner().plan(program)
        #expect(loads(plan, "back-squat").prefix(6) == ["20", "22.5", "25", "27.5", "30", "32.5"])
        #expect(loads(plan, "bench-press").prefix(3) == ["20", "22.5", "25"])
        #expect(loads(plan, "barbell-row").prefix(3) == ["30", "32.5", "35"])
        #expect(loads(plan, "overhead-press").prefix(3) == ["20", "22.5", "25"])
        #expect(loads(plan, "deadlift").prefix(3) == ["40", "45", "50"])
        #expect(plan.prescriptions(of: "back-squat")[0].sets.count == 5)
        #expect(plan.prescriptions(of: "deadlift")[0].sets.count == 1)
    }

    /// Fail a weight three workouts in a row and deload 10%.
    @Test func strongLiftsDeloadsAfterThreeFailures() throws {
        let program = try program("stronglifts-5x5")
        let dates = ["2027-01-04", "2027-01-06", "2027-01-08", "2027-01-11", "2027-01-13", "2027-01-15", "2027-01-18"]
        let squat = ["5,5,5,5,5 @ 20kg", "5,5,5,5,5 @ 22.5kg", "5,5,5,5,5 @ 25kg", "5,5,5,5,5 @ 27.5kg",
                     "5,5,5,4,4 @ 30kg", "5,5,5,5,3 @ 30kg", "5,5,4,4,3 @ 30kg"]
        let plan = TestLogs.plan(program, zip(dates, squat).map { TestLogs.session($0, in: program, ["back-squat": $1]) })
        // 30 × 90% = 27 → 27.5 kg, then +2.5 kg a workout.
        #expect(loads(plan, "back-squat").prefix(10) == ["20", "22.5", "25", "27.5", "30", "30", "30", "27.5", "30", "32.5"])
    }

    // MARK: GZCLP

    @Test func gzclp() throws {
        let program = try program("gzclp")
        let plan = Planner().plan(program)
        #expect(plan.athletes[0].sessions.prefix(8).map(\.session) == ["a1", "b1", "a2", "b2", "a1", "b1", "a2", "b2"])
        let squats = plan.prescriptions(of: "back-squat")
        // T1 squat (A1) 5×3+ from 80 kg, +5 kg a session; T2 squat (A2) 3×10 from 55 kg, +5 kg.
        let t1 = squats.filter { $0.lift == "squat-t1" }, t2 = squats.filter { $0.lift == "squat-t2" }
        #expect(t1.prefix(3).map { $0.sets.filter { !$0.isWarmUp }.map(\.reps!.description) } == Array(repeating: ["3", "3", "3", "3", "3+"], count: 3))
        #expect(t1.prefix(3).map { $0.sets.last!.load!.mass!.amountText } == ["80", "85", "90"])
        #expect(t2.prefix(3).map(\.setsText) == ["10@55kg 10@55kg 10@55kg", "10@60kg 10@60kg 10@60kg", "10@65kg 10@65kg 10@65kg"])
        // T3: 3×15+ (the last as many as possible); projected, it reaches 25 each time and adds 2.5 kg.
        #expect(plan.prescriptions(of: "lat-pulldown").prefix(3).map(\.setsText) == [
            "15@35kg 15@35kg 15+@35kg", "15@37.5kg 15@37.5kg 15+@37.5kg", "15@40kg 15@40kg 15+@40kg",
        ])
    }

    /// A failed T1 keeps its load and moves to 6×2+; a T3 whose last set stops short of 25 keeps its load.
    @Test func gzclpStagesOnFailure() throws {
        let program = try program("gzclp")
        let plan = TestLogs.plan(program, [
            TestLogs.session("2027-01-04", "a1", in: program, [
                "back-squat": "3,3,3,3,2 @ 80kg", "bench-press": "10,10,10 @ 40kg", "lat-pulldown": "15,15,20 @ 35kg",
            ]),
        ])
        let t1 = plan.prescriptions(of: "back-squat").filter { $0.lift == "squat-t1" }
        #expect(t1[1].setsText.hasSuffix("2@80kg 2@80kg 2@80kg 2@80kg 2@80kg 2+@80kg"))
        #expect(plan.prescriptions(of: "bench-press").filter { $0.lift == "bench-t2" }[1].sets[0].load!.mass!.amountText == "42.5")
        #expect(plan.prescriptions(of: "lat-pulldown")[1].sets[0].load!.mass!.amountText == "35")
    }

    // MARK: 5/3/1

    /// Boring But Big: the 5/3/1 wave of a 90% training max, 5×10 at 50% of it; the training max
    /// +10 lb on the squat after each cycle, or back to 90% of it after a missed + set.
    @Test func boringButBigWithATrainingMaxReset() throws {
        let program = try program("boring-but-big")
        let forecast = Planner().plan(program)
        // Squat 1RM 315 lb: training max 283.5 lb. Week 1: 184.275 → 185, 212.625 → 215, 240.975 → 240.
        #expect(forecast.prescriptions(of: "back-squat").first!.sets.filter { !$0.isWarmUp }.map { $0.load!.mass!.amountText } == ["185", "215", "240"])
        // 5×10 at 50%: 141.75 → 140 lb; cycle 2 (293.5 lb): 146.75 → 145 lb.
        let boringButBig = forecast.prescriptions(of: "back-squat").filter { $0.sets.count == 5 && $0.sets[0].reps == .exactly(10) }
        #expect(boringButBig.map { $0.sets[0].load!.mass!.amountText } == ["140", "140", "140", "140", "145", "145", "145", "145", "150", "150", "150", "150"])

        // Week 3's 1+ set at 95% (270 lb): no rep. Cycle 2 starts from 283.5 × 90% = 255.15 lb.
        let plan = TestLogs.plan(program, [TestLogs.session("2027-01-22", "squat", in: program, ["back-squat": "5,3,0 @ 270lb"])])
        let main = plan.athletes[0].sessions.filter { $0.session == "squat" }.map { $0.items[0].prescriptions[0] }
        #expect(main.map { $0.trainingMax!.description }.prefix(8) == ["283.5 lb", "283.5 lb", "283.5 lb", "283.5 lb", "255.15 lb", "255.15 lb", "255.15 lb", "255.15 lb"])
        // 65% of 255.15 = 165.85 → 165 lb; Boring But Big 127.575 → 130 lb.
        let week5 = plan.athletes[0].sessions.first { $0.week == 5 && $0.session == "squat" }!
        #expect(week5.items[0].prescriptions[0].sets.filter { !$0.isWarmUp }[0].load!.mass!.amountText == "165")
        #expect(week5.items[1].prescriptions[0].sets[0].load!.mass!.amountText == "130")
    }

    /// 5/3/1 for Beginners: two lifts a day, First Set Last 5×5, three-week cycles; a mixed roster.
    @Test func fiveThreeOneForBeginners() throws {
        let plan = Planner().plan(try program("five-three-one-beginners"))
        // Alex: squat 1RM 140 kg, training max 126 kg: 81.9 → 82.5, 94.5 → 95, 107.1 → 107.5, then 5×5 at 82.5.
        let squat = plan.prescriptions(of: "back-squat", athlete: 0)
        #expect(squat[0].sets.filter { !$0.isWarmUp }.map { $0.load!.mass!.amountText } == ["82.5", "95", "107.5", "82.5", "82.5", "82.5", "82.5", "82.5"])
        // The squat is done twice a week on the same week's numbers; cycle 2 (week 4) from 131 kg.
        #expect(squat.map { $0.trainingMax!.description } == ["126 kg", "126 kg", "126 kg", "126 kg", "126 kg", "126 kg", "131 kg", "131 kg", "131 kg", "131 kg", "131 kg", "131 kg", "136 kg", "136 kg", "136 kg", "136 kg", "136 kg", "136 kg"])
        // Casey, in pounds: the press's training max 103.5 lb rises 5 lb a cycle.
        #expect(plan.prescriptions(of: "overhead-press", athlete: 1).map { $0.trainingMax!.description } == [
            "103.5 lb", "103.5 lb", "103.5 lb", "108.5 lb", "108.5 lb", "108.5 lb", "113.5 lb", "113.5 lb", "113.5 lb",
        ])
    }

    // MARK: nSuns

    @Test func nSuns() throws {
        let program = try program("nsuns-4-day")
        let forecast = Planner().plan(program)
        // Bench 1RM 225 lb: training max 202.5 lb. Thursday: 75% × 5 = 151.875 → 150; 85% = 172.125 → 170;
        // the 1+ set at 95% = 192.375 → 190.
        let thursday = forecast.athletes[0].sessions.first { $0.session == "bench-heavy" }!.items[0].prescriptions[0]
        #expect(thursday.sets.filter { !$0.isWarmUp }.prefix(3).map { "\($0.reps!)@\($0.load!.mass!.amountText)" } == ["5@150", "5@170", "1+@190"])
        // The sumo deadlift runs on the deadlift's training max (364.5 lb): 50% = 182.25 → 180.
        #expect(loads(forecast, "sumo-deadlift").first == "180")
        // Projected: the smallest rise of the table each week, +5 lb.
        #expect(forecast.athletes[0].sessions.filter { $0.session == "bench-heavy" }.prefix(3)
            .map { $0.items[0].prescriptions[0].trainingMax!.description } == ["202.5 lb", "207.5 lb", "212.5 lb"])

        // Logged: 4 reps on the 1+ set: +10 lb; the Monday after reads the new training max.
        let plan = TestLogs.plan(program, [TestLogs.session("2027-01-07", "bench-heavy", in: program, ["bench-press": "5,5,4,3,3,3,5,5,7 @ 190lb"])])
        let benches = plan.prescriptions(of: "bench-press")
        #expect(benches.map { $0.trainingMax!.description }.prefix(4) == ["202.5 lb", "202.5 lb", "212.5 lb", "212.5 lb"])
        // Monday week 2, 65% × 8 of 212.5 lb = 138.125 → 140.
        #expect(benches[2].sets.filter { !$0.isWarmUp }[0].load!.mass!.amountText == "140")
    }

    // MARK: Texas Method and Madcow

    @Test func texasMethod() throws {
        let plan = Planner().plan(try program("texas-method"))
        // Friday's five is 275 lb, then +5 lb a week; Monday 5×5 at 90% (247.5 → 250), Wednesday 2×5 at 72% (198 → 200).
        #expect(loads(plan, "back-squat").prefix(6) == ["250", "200", "275", "250", "200", "280"])
        // The presses take turns: bench Monday (180) and Friday (200) in week 1, press on Wednesday (80% of 130 = 104 → 105).
        #expect(plan.athletes[0].sessions.prefix(6).map(\.session) == [
            "volume-bench", "recovery-press", "intensity-bench", "volume-press", "recovery-bench", "intensity-press",
        ])
        #expect(loads(plan, "bench-press").prefix(3) == ["180", "200", "165"])  // then 80% of 205 = 164 → 165 in week 2
        #expect(loads(plan, "overhead-press").prefix(3) == ["105", "115", "130"])
    }

    @Test func madcow() throws {
        let plan = Planner().plan(try program("madcow-5x5"))
        let monday = plan.athletes[0].sessions[0].items[0].prescriptions[0]
        // Squat top set 275 lb, 12.5% steps: 137.5 → 140, 171.875 → 170, 206.25 → 205, 240.625 → 240, 275.
        #expect(monday.setsText == "5@140lb 5@170lb 5@205lb 5@240lb 5@275lb")
        let friday = plan.athletes[0].sessions[2].items[0].prescriptions[0]
        // Friday's triple at 102.5% (281.875 → 280) and eight at 75% (205).
        #expect(friday.setsText == "5@140lb 5@170lb 5@205lb 5@240lb 3@280lb 8@205lb")
        // Next Monday's top set is this Friday's triple: 275 × 1.025 = 281.875 → 280.
        #expect(plan.athletes[0].sessions[3].items[0].prescriptions[0].sets.last!.load!.mass!.amountText == "280")
    }

    // MARK: Reddit PPL

    @Test func redditPPL() throws {
        let plan = Planner().plan(try program("reddit-ppl"))
        // Squat twice a week, +2.5 kg a session; deadlift once, +5 kg.
        #expect(loads(plan, "back-squat").prefix(4) == ["70", "72.5", "75", "77.5"])
        #expect(loads(plan, "deadlift").prefix(3) == ["100", "105", "110"])
        // The bench press's main lift and its volume work on the press day are separate lifts.
        let bench = plan.prescriptions(of: "bench-press")
        #expect(bench.prefix(2).map { $0.lift } == ["bench-press", "bench-volume"])
        #expect(bench[0].sets.filter { !$0.isWarmUp }.map { "\($0.reps!)@\($0.load!.mass!.amountText)" } == ["5@60", "5@60", "5@60", "5@60", "5+@60"])
        // Accessories work up 8–12, then add weight: lat pulldown, twice a week.
        #expect(plan.prescriptions(of: "lat-pulldown").prefix(6).map { "\($0.sets[0].reps!)@\($0.sets[0].load!.mass!.amountText)" } == [
            "8@45", "9@45", "10@45", "11@45", "12@45", "8@47.5",
        ])
    }

    // MARK: Hamstring rehab and the runner's hips

    @Test func nordicHamstringProgrammeGatedOnWhatWasManaged() throws {
        let program = try program("hamstring-nordic")
        let forecast = Planner().plan(program)
        let nordic = forecast.prescriptions(of: "nordic-hamstring-curl")
        // Weeks 1 to 4: one, two, three and three sessions; then 12, 10, 8.
        #expect(nordic.map(\.setsText) == ["5 5", "6 6", "6 6"] + Array(repeating: "6–8 6–8 6–8", count: 3) + Array(repeating: "8–10 8–10 8–10", count: 3)
            + Array(repeating: "12 10 8", count: 18))
        // Logged: in week 3, one session stops short: week 4 repeats 3×6–8.
        let plan = TestLogs.plan(program, [
            TestLogs.session("2027-03-01", in: program, ["nordic-hamstring-curl": "5,5"]),
            TestLogs.session("2027-03-08", in: program, ["nordic-hamstring-curl": "6,6"]),
            TestLogs.session("2027-03-11", in: program, ["nordic-hamstring-curl": "6,6"]),
            TestLogs.session("2027-03-15", in: program, ["nordic-hamstring-curl": "8,7,6"]),
            TestLogs.session("2027-03-17", in: program, ["nordic-hamstring-curl": "7,6,4"]),
        ])
        let logged = plan.prescriptions(of: "nordic-hamstring-curl").map(\.setsText)
        // Weeks 3 and 4 (sessions 4 to 9) at 3×6–8; week 5 moves on.
        #expect(logged[3...8].allSatisfy { $0 == "6–8 6–8 6–8" })
        #expect(logged[9] == "8–10 8–10 8–10")
    }

    /// The runner's hip stretch holds longer only once the hold was held.
    @Test func runnerHipsHoldGatedProgression() throws {
        let program = try program("runner-hip-balance")
        let forecast = Planner().plan(program).prescriptions(of: "kneeling-hip-flexor-stretch").filter { $0.side == nil }
        // Two post-run sessions a week: 30, 40, 50 s; week 4 is a deload (held at 50 s); 60 s, the
        // cap; then the couch stretch from 30 s.
        #expect(stride(from: 0, to: 16, by: 2).map { forecast[$0].sets[0].holdSeconds! } == [30, 40, 50, 50, 60, 30, 40, 50])
        #expect(forecast[12].exercise == "couch-stretch")

        // Logged week 1: Tuesday held, Saturday 25 s on the last set: week 2 holds 30 s again, and
        // everything after comes a week later.
        let plan = TestLogs.plan(program, [
            TestLogs.session("2027-03-02", "post-run", in: program, ["kneeling-hip-flexor-stretch": "30s,30s,30s"]),
            TestLogs.session("2027-03-06", "post-run", in: program, ["kneeling-hip-flexor-stretch": "30s,30s,25s"]),
        ])
        let held = plan.prescriptions(of: "kneeling-hip-flexor-stretch")
        #expect(stride(from: 0, to: 16, by: 2).map { held[$0].sets[0].holdSeconds! } == [30, 30, 40, 40, 50, 60, 30, 40])
        #expect(held[12].exercise == "couch-stretch")
    }
}
