import Checker
import Planner
import RegimenPlan
import Testing

/// Rules that read results: logged sessions move each lift's state, the plan past the last
/// logged session is projected, missed and moved sessions follow the program's policy. Every
/// expectation is worked by hand from the rule's documented arithmetic.
@Suite("Planner: rules that read results, projection, missed sessions")
struct ResultsTests {
    /// Three sessions a week on Monday, Wednesday and Friday from 4 January 2027.
    func threeADay(_ items: String, weeks: Int = 2, extra: String = "") -> String {
        TestPrograms.oneSession(items, weeks: weeks, extra: extra, schedule: "{mon: s, wed: s, fri: s}")
    }

    static let dates = ["2027-01-04", "2027-01-06", "2027-01-08", "2027-01-11", "2027-01-13", "2027-01-15"]

    // MARK: The default: a failed session repeats

    @Test func aFailedSessionRepeatsItsNumbers() throws {
        let program = try TestLogs.program(threeADay("{exercise: back-squat, sets: 3, reps: 5, load: 60kg, progress: {load: +2.5kg, every: session}}"))
        let plan = TestLogs.plan(program, [
            TestLogs.session(Self.dates[0], in: program, ["back-squat": "5,5,5 @ 60kg"]),
            TestLogs.session(Self.dates[1], in: program, ["back-squat": "5,5,4 @ 62.5kg"]),
        ])
        // 60 done, 62.5 failed (4 reps), so 62.5 again, then success assumed: 65, 67.5.
        #expect(plan.prescriptions(of: "back-squat").map { $0.sets[0].load!.mass!.amountText } == ["60", "62.5", "62.5", "65", "67.5", "70"])
        let sessions = plan.athletes[0].sessions
        #expect(sessions.map(\.isProjected) == [false, false, true, true, true, true])
        #expect(sessions.map { $0.record?.status } == [.done, .done, nil, nil, nil, nil])
        #expect(sessions[1].record?.source == "logs/athlete.yaml:1")
        #expect(sessions[1].items[0].prescriptions[0].done?.map(\.reps) == [5, 5, 4])
        #expect(sessions[2].items[0].prescriptions[0].done == nil)
    }

    /// A week-counted rule does not step at the end of a week in which the lift failed.
    @Test func aFailedWeekHoldsAWeeklyRule() throws {
        let program = try TestLogs.program("""
        start: 2027-01-04
        weeks: 3
        timezone: UTC
        sessions:
          s: {title: S, items: [{exercise: back-squat, sets: 3, reps: 5, load: 60kg, progress: {load: +2.5kg}}]}
        schedule: {mon: s}
        """)
        let plan = TestLogs.plan(program, [TestLogs.session("2027-01-04", in: program, ["back-squat": "5,3,2 @ 60kg"])])
        #expect(plan.prescriptions(of: "back-squat").map { $0.sets[0].load!.mass!.amountText } == ["60", "60", "62.5"])
    }

    // MARK: StrongLifts and Starting Strength: deload after failures in a row

    /// StrongLifts 5×5: fail a weight three sessions in a row and take 10% off.
    @Test func aDeloadAfterThreeFailuresInARow() throws {
        let program = try TestLogs.program(threeADay(
            "{exercise: back-squat, sets: 5, reps: 5, load: 60kg, progress: {load: +2.5kg, every: session, on-failure: {deload: 10%, after: 3}}}",
            weeks: 3))
        let fail = "5,5,5,4,3 @ 62.5kg"
        let plan = TestLogs.plan(program, [
            TestLogs.session(Self.dates[0], in: program, ["back-squat": "5,5,5,5,5 @ 60kg"]),
            TestLogs.session(Self.dates[1], in: program, ["back-squat": fail]),
            TestLogs.session(Self.dates[2], in: program, ["back-squat": fail]),
            TestLogs.session(Self.dates[3], in: program, ["back-squat": fail]),
        ])
        // 62.5 × 90% = 56.25 → 57.5 kg (nearest 2.5 kg, halfway up), then up again.
        #expect(plan.prescriptions(of: "back-squat").map { $0.sets[0].load!.mass!.amountText } == [
            "60", "62.5", "62.5", "62.5", "57.5", "60", "62.5", "65", "67.5",
        ])
    }

    /// When the athlete lifts another load than planned, the lift carries on from it.
    @Test func theLiftFollowsTheLoadLifted() throws {
        let program = try TestLogs.program(threeADay("{exercise: back-squat, sets: 3, reps: 5, load: 60kg, progress: {load: +2.5kg, every: session}}"))
        let plan = TestLogs.plan(program, [TestLogs.session(Self.dates[0], in: program, ["back-squat": "5,5,5 @ 70kg"])])
        #expect(plan.prescriptions(of: "back-squat").map { $0.sets[0].load!.mass!.amountText } == ["60", "72.5", "75", "77.5", "80", "82.5"])
    }

    // MARK: Double progression from the reps done

    @Test func doubleProgressionFollowsTheLoadLifted() throws {
        let program = try TestLogs.program(threeADay("{exercise: dumbbell-row, sets: 3, reps: 8-12, load: 30kg, progress: {double: +2.5kg}}"))
        // Asked 8 at 30 kg; did 9, 9, 9 at 35 kg: next, 10 reps at 35 kg.
        let plan = TestLogs.plan(program, [TestLogs.session(Self.dates[0], in: program, ["dumbbell-row": "9,9,9 @ 35kg"])])
        #expect(plan.prescriptions(of: "dumbbell-row").prefix(3).map { "\($0.sets[0].reps!)@\($0.sets[0].load!.mass!.amountText)" } == [
            "8@30", "10@35", "11@35",
        ])
    }

    @Test func doubleProgressionFromTheRepsDone() throws {
        let program = try TestLogs.program(threeADay("{exercise: dumbbell-row, sets: 3, reps: 8-12, load: 30kg, progress: {double: +2.5kg}}"))
        let plan = TestLogs.plan(program, [
            // Asked 8: did 10, 10, 9: next aims one above the weakest set, 10.
            TestLogs.session(Self.dates[0], in: program, ["dumbbell-row": "10,10,9 @ 30kg"]),
            // Asked 10: did 12 on every set: the load goes up and the reps start again at 8.
            TestLogs.session(Self.dates[1], in: program, ["dumbbell-row": "12,12,12 @ 30kg"]),
        ])
        #expect(plan.prescriptions(of: "dumbbell-row").map { "\($0.sets[0].reps!)@\($0.sets[0].load!.mass!.amountText)" } == [
            "8@30", "10@30", "8@32.5", "9@32.5", "10@32.5", "11@32.5",
        ])
    }

    // MARK: 5/3/1: a training-max reset

    /// Wendler: miss the `+` set's minimum and the next cycle starts from 90% of the training max.
    @Test func aMissedPlusSetResetsTheTrainingMaxNextCycle() throws {
        let program = try TestLogs.program("""
        start: 2027-01-04
        weeks: 8
        timezone: UTC
        athletes:
          - {name: Alex, training-max: {back-squat: 100kg}}
        sessions:
          s: {title: S, items: [{exercise: back-squat, progress: {wave: 5/3/1, increase: +5kg, on-failure: {training-max: -10%}}}]}
        schedule: {mon: s}
        """)
        let plan = TestLogs.plan(program, [
            TestLogs.session("2027-01-04", in: program, ["back-squat": "5,5,8 @ 65kg"]),
            TestLogs.session("2027-01-11", in: program, ["back-squat": "3,3,4 @ 70kg"]),
            // The 1+ set at 95 kg: no rep.
            TestLogs.session("2027-01-18", in: program, ["back-squat": "5,3,0 @ 75kg"]),
        ])
        // Cycle 2 from 90 kg (100 × 90%, no +5 kg): 65% = 58.5 → 57.5 kg; 75% = 67.5 kg; 85% = 76.5 → 77.5 kg.
        let weeks = plan.prescriptions(of: "back-squat")
        #expect(weeks.map { $0.trainingMax!.description } == ["100 kg", "100 kg", "100 kg", "100 kg", "90 kg", "90 kg", "90 kg", "90 kg"])
        #expect(weeks[4].setsText == "5@57.5kg 5@67.5kg 5+@77.5kg")
    }

    @Test func aWaveWithoutAResetCarriesOn() throws {
        let program = try TestLogs.program("""
        start: 2027-01-04
        weeks: 5
        timezone: UTC
        athletes:
          - {name: Alex, training-max: {back-squat: 100kg}}
        sessions:
          s: {title: S, items: [{exercise: back-squat, progress: {wave: 5/3/1, increase: +5kg}}]}
        schedule: {mon: s}
        """)
        let plan = TestLogs.plan(program, [TestLogs.session("2027-01-18", in: program, ["back-squat": "5,3,0 @ 75kg"])])
        #expect(plan.prescriptions(of: "back-squat").map { $0.trainingMax!.description } == ["100 kg", "100 kg", "100 kg", "100 kg", "105 kg"])
    }

    // MARK: nSuns: the training max from the `+` set's reps

    @Test func theTrainingMaxRisesByTheTable() throws {
        let program = try TestLogs.program("""
        start: 2027-01-04
        weeks: 4
        timezone: UTC
        units: lb
        athletes:
          - {name: Alex, training-max: {bench-press: 200lb}}
        sessions:
          s:
            title: S
            items:
              - {exercise: bench-press, sets: [1x5 @ 75%, 1x3 @ 85%, 1x1+ @ 95%], progress: {training-max: {0-1: +0, 2-3: +5lb, 4-5: +10lb, 6+: +15lb}}}
        schedule: {mon: s}
        """)
        let plan = TestLogs.plan(program, [
            TestLogs.session("2027-01-04", in: program, ["bench-press": "5,3,4 @ 190lb"]),
            TestLogs.session("2027-01-11", in: program, ["bench-press": "5,3,1 @ 200lb"]),
        ])
        // 4 reps: +10 lb → 210; 1 rep: no change → 210; then projected: +5 lb, the smallest rise.
        #expect(plan.prescriptions(of: "bench-press").map { $0.trainingMax!.description } == ["200 lb", "210 lb", "210 lb", "215 lb"])
    }

    // MARK: GZCLP: stages, then a retest

    @Test func stagesMoveOnFailuresThenARetestSetsTheLoad() throws {
        let program = try TestLogs.program(threeADay("""
        {exercise: back-squat, load: 100kg, progress: [{stages: [5x3+, 6x2+, 10x1+], reset: {retest: 5RM, load: 85%}}, {load: +5kg, every: session}]}
        """, weeks: 3))
        let plan = TestLogs.plan(program, [
            TestLogs.session(Self.dates[0], in: program, ["back-squat": "3,3,3,3,5 @ 100kg"]),
            TestLogs.session(Self.dates[1], in: program, ["back-squat": "3,3,3,3,2 @ 105kg"]),
            TestLogs.session(Self.dates[2], in: program, ["back-squat": "2,2,2,2,2,1 @ 105kg"]),
            TestLogs.session(Self.dates[3], in: program, ["back-squat": "1,1,1,1,1,1,1,1,1,0 @ 105kg"]),
            TestLogs.session(Self.dates[4], in: program, ["back-squat": "5 @ 120kg"]),
        ])
        let sessions = plan.prescriptions(of: "back-squat")
        #expect(sessions.prefix(7).map(\.setsText) == [
            "3@100kg 3@100kg 3@100kg 3@100kg 3+@100kg",
            "3@105kg 3@105kg 3@105kg 3@105kg 3+@105kg",
            // Failed 5×3+ at 105: 6×2+ at 105.
            "2@105kg 2@105kg 2@105kg 2@105kg 2@105kg 2+@105kg",
            // Failed again: 10×1+ at 105.
            Array(repeating: "1@105kg", count: 9).joined(separator: " ") + " 1+@105kg",
            // Failed the last stage: a 5-rep-max test (the load is worked up to on the day).
            sessions[4].setsText,
            // 85% of the 120 kg tested = 102 → 102.5 kg, back at 5×3+.
            "3@102.5kg 3@102.5kg 3@102.5kg 3@102.5kg 3+@102.5kg",
            "3@107.5kg 3@107.5kg 3@107.5kg 3@107.5kg 3+@107.5kg",
        ])
        #expect(sessions[4].sets.count == 1 && sessions[4].sets[0].reps == .exactly(5))
        #expect(sessions[4].notes?.hasPrefix("Work up to a 5-rep max") == true)
    }

    /// GZCLP's second tier: after the last stage, the first again at the load last used there plus a step.
    @Test func stagesStartAgainAboveTheFirstStagesLoad() throws {
        let program = try TestLogs.program(threeADay("""
        {exercise: bench-press, load: 60kg, progress: [{stages: [3x10, 3x8, 3x6], reset: {load: +7.5kg}}, {load: +2.5kg, every: session}]}
        """, weeks: 2))
        let plan = TestLogs.plan(program, [
            TestLogs.session(Self.dates[0], in: program, ["bench-press": "10,10,9 @ 60kg"]),
            TestLogs.session(Self.dates[1], in: program, ["bench-press": "8,8,7 @ 60kg"]),
            TestLogs.session(Self.dates[2], in: program, ["bench-press": "6,6,5 @ 60kg"]),
        ])
        #expect(plan.prescriptions(of: "bench-press").map(\.setsText) == [
            "10@60kg 10@60kg 10@60kg", "8@60kg 8@60kg 8@60kg", "6@60kg 6@60kg 6@60kg",
            // 60 kg (the last 3×10) + 7.5 kg.
            "10@67.5kg 10@67.5kg 10@67.5kg", "10@70kg 10@70kg 10@70kg", "10@72.5kg 10@72.5kg 10@72.5kg",
        ])
    }

    /// A rehab progression gated on what was managed: the next stage only after a week done in full.
    @Test func stagesThatMoveOnSuccess() throws {
        let program = try TestLogs.program("""
        start: 2027-01-04
        weeks: 4
        timezone: UTC
        sessions:
          s: {title: S, items: [{exercise: glute-bridge, progress: {stages: [2x5, 2x6, 3x6], advance: on-success, every: week}}]}
        schedule: {mon: s}
        """)
        let plan = TestLogs.plan(program, [
            TestLogs.session("2027-01-04", in: program, ["glute-bridge": "5,5"]),
            TestLogs.session("2027-01-11", in: program, ["glute-bridge": "6,4"]),
        ])
        #expect(plan.prescriptions(of: "glute-bridge").map(\.setsText) == ["5 5", "6 6", "6 6", "6 6 6"])
    }

    // MARK: Holds, RPE, the estimated one-rep max

    @Test func aHoldProgressesOnlyOnceItWasHeld() throws {
        let program = try TestLogs.program("""
        start: 2027-01-04
        weeks: 4
        timezone: UTC
        sessions:
          s: {title: S, items: [{exercise: kneeling-hip-flexor-stretch, sets: 2, hold: 30s, progress: {hold: +15s, max: 45s, then: harder}}]}
        schedule: {mon: s}
        """)
        let plan = TestLogs.plan(program, [
            TestLogs.session("2027-01-04", in: program, ["kneeling-hip-flexor-stretch": "30s,30s"]),
            TestLogs.session("2027-01-11", in: program, ["kneeling-hip-flexor-stretch": "45s,35s"]),
        ])
        let weeks = plan.prescriptions(of: "kneeling-hip-flexor-stretch")
        // 30 s held: 45 s; 45 s not held on the second set: 45 s again; projected: held, then the harder variant.
        #expect(weeks.map { $0.sets[0].holdSeconds! } == [30, 45, 45, 30])
        #expect(weeks.map(\.exercise) == ["kneeling-hip-flexor-stretch", "kneeling-hip-flexor-stretch", "kneeling-hip-flexor-stretch", "couch-stretch"])
    }

    /// Duration and distance rules read results as hold rules do: a run logged short of what was
    /// asked is asked again, and projected weeks step on up to the cap.
    @Test func aShortRunIsRunAgain() throws {
        func plan(_ item: String, _ logged: [String]) throws -> Plan {
            let program = try TestLogs.program("""
            start: 2027-01-04
            weeks: 4
            timezone: UTC
            sessions:
              s: {title: S, items: [\(item)]}
            schedule: {mon: s}
            """)
            return TestLogs.plan(program, zip(["2027-01-04", "2027-01-11"], logged).map { date, sets in
                TestLogs.session(date, in: program, ["easy-run": sets])
            })
        }
        // 30 min run: 35; 25 of 35: 35 again; projected: 40, the cap.
        let timed = try plan("{exercise: easy-run, duration: 30min, progress: {duration: +5min, max: 40min}}", ["30min", "25min"])
        #expect(timed.prescriptions(of: "easy-run").map { $0.sets[0].durationSeconds } == [1800, 2100, 2100, 2400])
        // 5 km run: 6; 5.5 of 6: 6 again; projected: 7.
        let measured = try plan("{exercise: easy-run, distance: 5km, progress: {distance: +1km}}", ["5km", "5.5km"])
        #expect(measured.prescriptions(of: "easy-run").map { $0.sets[0].distanceMeters } == [5000, 6000, 6000, 7000])
    }

    @Test func successByRPE() throws {
        let program = try TestLogs.program(threeADay(
            "{exercise: back-squat, sets: 3, reps: 5, load: 100kg, rpe: 8, progress: {load: +2.5kg, every: session, success: rpe}}"))
        let plan = TestLogs.plan(program, [
            TestLogs.session(Self.dates[0], in: program, ["back-squat": "5,5,5 @ 100kg @ RPE 8"]),
            TestLogs.session(Self.dates[1], in: program, ["back-squat": "5,5,5 @ 102.5kg @ RPE 9.5"]),
        ])
        #expect(plan.prescriptions(of: "back-squat").map { $0.sets[0].load!.mass!.amountText } == ["100", "102.5", "102.5", "105", "107.5", "110"])
    }

    /// A logged set with its RPE moves the estimated one-rep max, and the next top set by RPE with it.
    @Test func loggedSetsMoveTheEstimatedOneRepMax() throws {
        let program = try TestLogs.program(threeADay("{exercise: back-squat, sets: [1x3 @ RPE 8, 3x5 @ -10%]}", extra: """
        athletes: [{name: Alex, one-rep-max: {back-squat: 150kg}}]
        """))
        let plan = TestLogs.plan(program, [TestLogs.session(Self.dates[0], in: program, ["back-squat": "3 @ 140kg @ RPE 8; 5,5,5 @ 117.5kg"])])
        // 3 @ RPE 8 is 86.3%: 140 kg makes the estimate 162.2 kg; 86.3% of it is 140 kg again.
        #expect(plan.prescriptions(of: "back-squat").map { $0.sets[0].load!.mass!.amountText } == ["130", "140", "140", "140", "140", "140"])
    }

    // MARK: Missed and moved sessions

    /// A session logged on another day is accepted and shown as moved.
    @Test func aSessionDoneOnAnotherDayIsShownAsMoved() throws {
        let program = try TestLogs.program(threeADay("{exercise: back-squat, sets: 3, reps: 5, load: 60kg, progress: {load: +2.5kg, every: session}}"))
        let plan = TestLogs.plan(program, [
            TestLogs.session("2027-01-05", "s", in: program, ["back-squat": "5,5,5 @ 60kg"]),
            TestLogs.session("2027-01-06", "s", in: program, ["back-squat": "5,5,5 @ 62.5kg"]),
        ])
        let sessions = plan.athletes[0].sessions
        #expect(sessions[0].record == SessionRecord(status: .done, doneOn: day("2027-01-05"), source: "logs/athlete.yaml:1"))
        #expect(sessions[1].record?.doneOn == nil)
        #expect(plan.prescriptions(of: "back-squat").map { $0.sets[0].load!.mass!.amountText } == ["60", "62.5", "65", "67.5", "70", "72.5"])
    }

    /// A fixed slot skips a missed session; the lift holds its numbers for the next one.
    @Test func aMissedFixedSessionIsSkipped() throws {
        let program = try TestLogs.program(threeADay("{exercise: back-squat, sets: 3, reps: 5, load: 60kg, progress: {load: +2.5kg, every: session}}"))
        let plan = TestLogs.plan(program, [
            TestLogs.session(Self.dates[0], in: program, ["back-squat": "5,5,5 @ 60kg"]),
            TestLogs.session(Self.dates[2], in: program, ["back-squat": "5,5,5 @ 62.5kg"]),
        ])
        let sessions = plan.athletes[0].sessions
        #expect(sessions.map { $0.record?.status } == [.done, .missed, .done, nil, nil, nil])
        #expect(plan.prescriptions(of: "back-squat").map { $0.sets[0].load!.mass!.amountText } == ["60", "62.5", "62.5", "65", "67.5", "70"])
    }

    /// A rotation resumes with a missed workout: A, (B missed), B, A…; the slots keep their identities.
    @Test func aRotationResumesWithAMissedWorkout() throws {
        let program = try TestLogs.program("""
        start: 2027-01-04
        weeks: 2
        timezone: UTC
        rotations: {workout: [a, b]}
        sessions:
          a: {title: A, items: [{exercise: back-squat, sets: 3, reps: 5, load: 60kg}]}
          b: {title: B, items: [{exercise: bench-press, sets: 3, reps: 5, load: 40kg}]}
        schedule: {mon: workout, wed: workout, fri: workout}
        """)
        let plan = TestLogs.plan(program, [
            TestLogs.session(Self.dates[0], "a", in: program, ["back-squat": "5,5,5 @ 60kg"]),
            TestLogs.session(Self.dates[1], "b", in: program, status: .skipped),
        ])
        let sessions = plan.athletes[0].sessions
        #expect(sessions.map(\.session) == ["a", "b", "b", "a", "b", "a"])
        #expect(sessions.map { $0.record?.status } == [.done, .missed, nil, nil, nil, nil])
        #expect(sessions.map(\.identity.occurrence) == [1, 2, 3, 1, 2, 3])
    }

    /// An entry naming a rotated slot by its week and turn, as an identity, with one of the rotation's sessions.
    @Test func aRotatedSlotMatchesAnEntryByItsIdentity() throws {
        let program = try TestLogs.program("""
        start: 2027-01-04
        weeks: 1
        timezone: UTC
        rotations: {workout: [a, b]}
        sessions:
          a: {title: A, items: [{exercise: back-squat, sets: 3, reps: 5, load: 60kg, progress: {load: +2.5kg, every: session}}]}
          b: {title: B, items: [{exercise: back-squat, sets: 3, reps: 5, load: 60kg, progress: {load: +2.5kg, every: session}}]}
        schedule: {mon: workout, wed: workout, fri: workout}
        """)
        var entry = TestLogs.session("2027-01-07", "b", in: program, ["back-squat": "5,5,5 @ 62.5kg"])
        entry.week = 1
        entry.occurrence = 2
        let plan = TestLogs.plan(program, [TestLogs.session(Self.dates[0], "a", in: program, ["back-squat": "5,5,5 @ 60kg"]), entry])
        let sessions = plan.athletes[0].sessions
        #expect(sessions[1].record?.status == .done)
        #expect(sessions[1].record?.doneOn == day("2027-01-07"))
        #expect(plan.prescriptions(of: "back-squat").map { $0.sets[0].load!.mass!.amountText } == ["60", "62.5", "65"])
    }

    @Test func missedShiftMovesEveryLaterSession() throws {
        let program = try TestLogs.program("""
        start: 2027-01-04
        weeks: 1
        timezone: UTC
        missed: shift
        sessions:
          squat-day: {title: Squat, items: [{exercise: back-squat, sets: 3, reps: 5, load: 60kg}]}
          bench-day: {title: Bench, items: [{exercise: bench-press, sets: 3, reps: 5, load: 40kg}]}
          row-day: {title: Row, items: [{exercise: dumbbell-row, sets: 3, reps: 8, load: 20kg}]}
        schedule: {mon: squat-day, wed: bench-day, fri: row-day}
        """)
        let plan = TestLogs.plan(program, [TestLogs.session(Self.dates[0], "squat-day", in: program, status: .skipped)])
        let sessions = plan.athletes[0].sessions
        // Monday missed; Wednesday does the squat day, Friday the bench day; the row day falls off the end.
        #expect(sessions.map(\.session) == ["squat-day", "squat-day", "bench-day"])
        #expect(sessions.map(\.identity.session) == ["squat-day", "bench-day", "row-day"])
    }

    @Test func missedRepeatHoldsAWeeklyRule() throws {
        let program = try TestLogs.program("""
        start: 2027-01-04
        weeks: 3
        timezone: UTC
        missed: repeat
        athletes:
          - {name: Alex, training-max: {back-squat: 100kg}}
        sessions:
          s: {title: S, items: [{exercise: back-squat, progress: {wave: 5/3/1, increase: +5kg}}]}
        schedule: {mon: s}
        """)
        let plan = TestLogs.plan(program, [
            TestLogs.session("2027-01-04", in: program, ["back-squat": "5,5,8 @ 65kg"]),
            TestLogs.session("2027-01-11", in: program, status: .skipped),
        ])
        // Week 2 (the 3s) was missed: week 3 does the 3s.
        #expect(plan.prescriptions(of: "back-squat").map { $0.sets[0].load!.mass!.amountText } == ["65", "70", "70"])
    }

    // MARK: Projection

    @Test func withoutLogsNothingIsProjected() throws {
        let program = try TestLogs.program(threeADay("{exercise: back-squat, sets: 3, reps: 5, load: 60kg}"))
        let plan = Planner().plan(program)
        #expect(plan.athletes[0].sessions.allSatisfy { !$0.isProjected && $0.record == nil })
        let card = SessionCard(session: TestLogs.plan(program, [TestLogs.session(Self.dates[0], in: program, ["back-squat": "5,5,5 @ 60kg"])]).athletes[0].sessions[1],
                               plan: plan)
        #expect(card.weekLine == "Week 1 of 2 · projected")
    }

    /// A season of logged sessions in pounds against a load in kilograms: every result rebases the
    /// lift, and the exact arithmetic stays bounded (kept to a thousandth) instead of overflowing.
    @Test func aSeasonOfLogsInAnotherUnitStaysExact() throws {
        let program = try TestLogs.program("""
        start: 2027-01-04
        weeks: 52
        timezone: UTC
        athletes: [{name: Pounds, units: lb}]
        sessions:
          s: {title: S, items: [{exercise: dumbbell-row, sets: 3, reps: 8-12, load: 22.5kg, progress: {double: [+2.5kg, +5lb]}}]}
        schedule: {mon: s, wed: s, fri: s}
        """)
        var log: [LoggedSession] = []
        var date = day("2027-01-04")
        for session in 0..<150 {
            let reps = 8 + session % 5
            log.append(TestLogs.session(date.description, in: program, ["dumbbell-row": "\(reps),\(reps),\(max(8, reps - 1)) @ \(50 + 5 * (session / 15))lb"]))
            date = date.adding(days: session % 3 == 2 ? 3 : 2)
        }
        let plan = TestLogs.plan(program, log)
        #expect(plan.athletes[0].sessions.count == 156)
        #expect(plan.prescriptions(of: "dumbbell-row").allSatisfy { $0.sets[0].load?.mass?.unit == .lb })
    }

    /// The same spec and the same log give the same plan.
    @Test func theSameLogGivesTheSamePlan() throws {
        let program = try TestLogs.program(threeADay("{exercise: dumbbell-row, sets: 3, reps: 8-12, load: 30kg, progress: {double: +2.5kg}}"))
        let log = [TestLogs.session(Self.dates[0], in: program, ["dumbbell-row": "9,9,8 @ 30kg"])]
        #expect(TestLogs.plan(program, log) == TestLogs.plan(program, log))
    }
}
