import ActivityImport
import Checker
import Diagnostics
import FITBackend
import FITFormat
import Foundation
import Planner
import RegimenKit
import RegimenPlan
import Testing

/// Recorded activities matched to the seed program: which session, which exercises, which sets
/// were cut short. scripts/validate_fit_activities.py does the same with files written by
/// fit-tool, through `regimen activity`.
@Suite("Activity import: recorded FIT activities into the training log")
struct ActivityImportTests {
    /// The repository root: three levels above this file.
    static let root: String = {
        var parts = #filePath.split(separator: "/", omittingEmptySubsequences: false)
        parts.removeLast(3)
        return parts.joined(separator: "/")
    }()

    static let seed: FITActivityImporter = {
        let (outcome, plan) = Compiler().compile(root + "/Programs/runner-hip-balance.yaml")
        return FITActivityImporter(program: outcome.program!, plan: plan!)
    }()

    struct RecordedSetSpec {
        var category: UInt64?
        var name: UInt64?
        var reps: UInt64?
        var seconds: UInt64 = 30
        var kilograms: UInt64?
        var step: UInt64?
    }

    /// A writer that has written an activity's `file_id`.
    static func activityWriter() -> FITWriter {
        var writer = FITWriter()
        var fileID = FITMessage(FITProfile.Message.fileID)
        fileID.set(FITProfile.FileID.type, .enumeration, UInt64(FITProfile.FileType.activity))
        writer.write(fileID)
        return writer
    }

    /// An activity starting at `start` (seconds since 1970, UTC), `offset` seconds east.
    static func activity(start: Int64, offset: Int64?, sets: [RecordedSetSpec]) -> [UInt8] {
        var writer = activityWriter()
        var time = UInt64(FITTime.dateTime(unixSeconds: start))
        for spec in sets {
            var set = FITMessage(FITProfile.Message.set)
            set.set(FITProfile.ExerciseSet.startTime, .uint32, time)
            time += spec.seconds
            set.set(FITProfile.ExerciseSet.timestamp, .uint32, time)
            set.set(FITProfile.ExerciseSet.duration, .uint32, spec.seconds * 1000)
            set.set(FITProfile.ExerciseSet.repetitions, .uint16, spec.reps)
            set.set(FITProfile.ExerciseSet.weight, .uint16, spec.kilograms.map { $0 * 16 })
            set.set(FITProfile.ExerciseSet.setType, .uint8, 1)
            set.set(FITProfile.ExerciseSet.category, .uint16, array: spec.category.map { [$0] } ?? [])
            set.set(FITProfile.ExerciseSet.categorySubtype, .uint16, array: spec.name.map { [$0] } ?? [])
            set.set(FITProfile.ExerciseSet.workoutStepIndex, .uint16, spec.step)
            writer.write(set)
            var rest = FITMessage(FITProfile.Message.set)
            rest.set(FITProfile.ExerciseSet.setType, .uint8, 0)
            rest.set(FITProfile.ExerciseSet.duration, .uint32, 60_000)
            writer.write(rest)
            time += 60
        }
        var session = FITMessage(FITProfile.Message.session)
        session.set(FITProfile.Session.startTime, .uint32, UInt64(FITTime.dateTime(unixSeconds: start)))
        writer.write(session)
        if let offset {
            var activity = FITMessage(FITProfile.Message.activity)
            activity.set(FITProfile.Common.timestamp, .uint32, time)
            activity.set(FITProfile.Activity.localTimestamp, .uint32, UInt64(Int64(time) + offset))
            writer.write(activity)
        }
        return writer.finish()
    }

    /// 2027-03-02 (Tuesday), the seed's pre-run (06:30) and post-run (07:30) day, at `hour` UTC (GMT).
    static func tuesday(_ hour: Int) -> Int64 { 1_803_945_600 + Int64(hour) * 3600 + 60 }

    func ids(_ session: LoggedSession?) -> [String] {
        session?.exercises.map { Self.seed.program.exercises[$0.exercise].id } ?? []
    }

    @Test func twoSessionsOnADayAreToldApartByTheirExercises() {
        // A kneeling hip flexor stretch recorded at 06:40: the post-run session's exercise, though
        // the pre-run session starts closer.
        let stretch = Self.activity(start: Self.tuesday(6) + 600, offset: 0, sets: [.init(category: 31, name: 49)])
        let result = Self.seed.read(stretch, file: "a.fit", athlete: 0)
        #expect(result.planned?.session == "post-run")
        #expect(ids(result.session) == ["kneeling-hip-flexor-stretch"])
        // Leg swings: the pre-run session's.
        let swings = Self.activity(start: Self.tuesday(7) + 1200, offset: 0, sets: [.init(category: 31, name: 9, reps: 10)])
        #expect(Self.seed.read(swings, file: "b.fit", athlete: 0).planned?.session == "pre-run")
    }

    static let startingStrength: FITActivityImporter = {
        let (outcome, plan) = Compiler().compile(root + "/Programs/starting-strength.yaml")
        return FITActivityImporter(program: outcome.program!, plan: plan!)
    }()

    /// Starting Strength's first squats (Monday 4 January 2027, 17:31 in Chicago), planned as five
    /// warm-ups (45, 45, 55, 80, 107.5 lb) then 3 × 5 @ 135 lb; whole kilograms here.
    func startingStrengthSquats(_ kilograms: [UInt64], reps: [UInt64]) -> LoggedSession? {
        let sets = zip(kilograms, reps).map { RecordedSetSpec(category: 28, name: 6, reps: $1, kilograms: $0) }
        let monday = Self.activity(start: 1_799_105_460, offset: -6 * 3600, sets: sets)
        return Self.startingStrength.read(monday, file: "monday.fit", athlete: 0).session
    }

    @Test func theWatchsExerciseNameFindsAnExerciseMappedElsewhere() {
        // `banded_exercises/glute_bridge` (37/17): the seed's glute bridge is `hip_raise/hip_raise`.
        let monday = Self.activity(start: 1_803_926_040, offset: 0, sets: [.init(category: 37, name: 17, reps: 12)])
        let result = Self.seed.read(monday, file: "a.fit", athlete: 0)
        #expect(ids(result.session) == ["glute-bridge"])
        #expect(result.diagnostics.isEmpty)
    }

    @Test func warmUpsAreToldFromWorkSets() throws {
        // Only the work sets recorded (61 kg is 134.5 lb): work sets, done in full.
        let workOnly = try #require(startingStrengthSquats([61, 61, 61], reps: [5, 5, 5]))
        #expect(workOnly.exercises.first?.sets.map(\.isWarmUp) == [false, false, false])
        #expect(workOnly.exercises.first?.sets.map(\.status) == [.done, .done, .done])
        #expect(Self.startingStrength.program.sessions[workOnly.session ?? -1].id == "workout-a")
        // Every warm-up recorded: the lighter leading sets.
        let all = try #require(startingStrengthSquats([20, 20, 25, 36, 49, 61, 61, 61], reps: [5, 5, 5, 3, 2, 5, 5, 5]))
        #expect(all.exercises.first?.sets.map(\.isWarmUp) == [true, true, true, true, true, false, false, false])
        // Two warm-ups, then the work sets, the last cut short.
        let some = try #require(startingStrengthSquats([20, 49, 61, 61, 61], reps: [5, 2, 5, 5, 3]))
        #expect(some.exercises.first?.sets.map(\.isWarmUp) == [true, true, false, false, false])
        #expect(some.exercises.first?.sets.map(\.status) == [.done, .done, .done, .done, .partial])
        #expect(some.status == .partial)
    }

    @Test func theWatchsLocalTimeDecidesTheDay() {
        // 23:30 UTC on Monday 1 March is Tuesday 2 March at 01:30 at UTC+2, and Monday in London.
        let late = Self.tuesday(0) - 1800 - 60
        let east = Self.activity(start: late, offset: 7200, sets: [.init(category: 31, name: 9, reps: 10)])
        #expect(Self.seed.read(east, file: "a.fit", athlete: 0).session?.date == CivilDate(year: 2027, month: 3, day: 2))
        // Without an activity message, the athlete's own zone (London, GMT in March) is used.
        let unknown = Self.activity(start: late, offset: nil, sets: [.init(category: 31, name: 9, reps: 10)])
        let result = Self.seed.read(unknown, file: "b.fit", athlete: 0)
        #expect(result.session?.date == CivilDate(year: 2027, month: 3, day: 1))
        #expect(result.session?.time == LocalTime(hour: 23, minute: 30))
    }

    @Test func heldTooBrieflyIsCutShort() {
        // Post-run, week 1: kneeling hip flexor stretch 3 × 30 s per side.
        let stretch = Self.activity(start: Self.tuesday(7) + 1800, offset: 0,
                                    sets: [.init(category: 31, name: 49, seconds: 30), .init(category: 31, name: 49, seconds: 18)])
        let sets = Self.seed.read(stretch, file: "a.fit", athlete: 0).session?.exercises.first?.sets
        #expect(sets?.map(\.status) == [.done, .partial])
        #expect(sets?.map(\.holdSeconds) == [30, 18])
        #expect(sets?.allSatisfy { $0.span.file == "a.fit" && $0.span.start.line == 1 && $0.span.start.column > 15 } == true)
    }

    @Test func absurdDurationsDoNotOverflow() {
        // Found by the fuzzer: a set lasting 0xFFFFFFFE ms (49 days).
        let stretch = Self.activity(start: Self.tuesday(7) + 1800, offset: 0, sets: [.init(category: 31, name: 49, seconds: 4_294_967)])
        let sets = Self.seed.read(stretch, file: "a.fit", athlete: 0).session?.exercises.first?.sets
        #expect(sets?.first?.holdSeconds == 4_294_967)
    }

    @Test func aCategoryAloneFindsTheDaysExercise() {
        // The watch says "deadlift" without knowing which: Monday's session has one.
        let monday = Self.tuesday(18) - 86_400
        let result = Self.seed.read(Self.activity(start: monday, offset: 0, sets: [.init(category: 8, reps: 8, kilograms: 40)]),
                                    file: "a.fit", athlete: 0)
        #expect(ids(result.session) == ["romanian-deadlift"])
        guard case .mass(let mass)? = result.session?.exercises.first?.sets.first?.load else {
            Issue.record("no load")
            return
        }
        #expect(mass == Mass(40, .kg))
    }

    @Test func workoutStepsOutrankTheWatchsGuess() {
        // Steps of Monday's workout: 0 glute bridge, 3 Romanian deadlift, 6 hip thrust.
        let monday = Self.tuesday(18) - 86_400
        let result = Self.seed.read(Self.activity(start: monday, offset: 0, sets: [.init(category: 7, name: 3, reps: 8, step: 3)]),
                                    file: "a.fit", athlete: 0)
        #expect(ids(result.session) == ["romanian-deadlift"])
        #expect(result.diagnostics.isEmpty)
    }

    @Test func unmappedExercisesAndRestDaysAreWarnedAbout() {
        let monday = Self.tuesday(18) - 86_400
        let curl = Self.seed.read(Self.activity(start: monday, offset: 0, sets: [.init(category: 7, name: 3, reps: 10)]), file: "a.fit", athlete: 0)
        #expect(curl.session == nil)
        #expect(curl.diagnostics.map(\.code) == [.unmappedActivityExercise])
        #expect(curl.diagnostics.first?.message.contains("`curl/barbell_biceps_curl` on the watch") == true)
        #expect(curl.diagnostics.first?.message.hasSuffix("did you mean `hamstring-curl`?") == true, "\(curl.diagnostics.map(\.message))")
        let wednesday = Self.tuesday(12) + 86_400
        let restDay = Self.seed.read(Self.activity(start: wednesday, offset: 0, sets: [.init(category: 8, name: 23, reps: 8)]), file: "b.fit", athlete: 0)
        #expect(restDay.diagnostics.map(\.code) == [.activityWithoutSession])
        #expect(restDay.session?.session == nil && ids(restDay.session) == ["romanian-deadlift"])
    }

    @Test func readErrorsAreDiagnosticsWithTheirByte() {
        let cases: [(FITReadError.Kind, DiagnosticCode)] = [
            (.notFIT, .notFITFile), (.truncated, .truncatedFITFile), (.badCRC, .damagedFITFile), (.badDefinition, .malformedFITDefinition),
            (.undefinedLocalType, .undefinedFITMessageType), (.limitExceeded, .fitFileTooLarge), (.notActivity, .notAnActivity),
        ]
        for (kind, code) in cases {
            let diagnostic = FITReadError(kind, at: 41, "why").diagnostic(file: "x.fit")
            #expect(diagnostic.code == code && diagnostic.severity == .error)
            #expect(diagnostic.summaryLine == "x.fit:1:42: error: byte 41: why [\(code.rawValue)]")
        }
    }

    static let tenK: FITActivityImporter = {
        let (outcome, plan) = Compiler().compile(root + "/Programs/running/runner-10k-build.yaml")
        return FITActivityImporter(program: outcome.program!, plan: plan!)
    }()

    struct RecordedLapSpec {
        var seconds: UInt64
        var meters: UInt64
        var step: UInt64?
        var intensity: UInt8 = FITProfile.Intensity.active
    }

    /// A run as a watch records it: laps, no sets, sport running.
    static func run(start: Int64, laps: [RecordedLapSpec]) -> [UInt8] {
        var writer = activityWriter()
        var time = UInt64(FITTime.dateTime(unixSeconds: start))
        for spec in laps {
            var lap = FITMessage(FITProfile.Message.lap)
            lap.set(FITProfile.Lap.startTime, .uint32, time)
            time += spec.seconds
            lap.set(FITProfile.Common.timestamp, .uint32, time)
            lap.set(FITProfile.Lap.totalElapsedTime, .uint32, spec.seconds * 1000)
            lap.set(FITProfile.Lap.totalTimerTime, .uint32, spec.seconds * 1000)
            lap.set(FITProfile.Lap.totalDistance, .uint32, spec.meters * 100)
            lap.set(FITProfile.Lap.intensity, .enumeration, UInt64(spec.intensity))
            lap.set(FITProfile.Lap.workoutStepIndex, .uint16, spec.step)
            writer.write(lap)
        }
        var session = FITMessage(FITProfile.Message.session)
        session.set(FITProfile.Session.startTime, .uint32, UInt64(FITTime.dateTime(unixSeconds: start)))
        session.set(FITProfile.Session.sport, .enumeration, 1)
        writer.write(session)
        return writer.finish()
    }

    func sets(_ session: LoggedSession?, _ id: String) -> [LoggedSet] {
        session?.exercises.first { Self.tenK.program.exercises[$0.exercise].id == id }?.sets ?? []
    }

    @Test func aFreeRunsLapsAreTheDaysRun() {
        // Tuesday 2 March, 18:30 (GMT): the easy run, 30 minutes, run as two auto laps and stopped a minute early.
        let run = Self.run(start: Self.tuesday(18) + 1740, laps: [.init(seconds: 900, meters: 2500), .init(seconds: 840, meters: 2300)])
        let result = Self.tenK.read(run, file: "run.fit", athlete: 0)
        #expect(result.planned?.session == "easy")
        #expect(result.diagnostics.isEmpty)
        let logged = sets(result.session, "easy-run")
        #expect(logged.map(\.durationSeconds) == [1740] && logged.map(\.distanceMeters) == [4800])
        #expect(logged.map(\.status) == [.partial])
        #expect(result.session?.status == .partial)
    }

    @Test func lapsOfWorkoutStepsAreTheirSets() {
        // Thursday 4 March, 18:30: the intervals workout followed on the watch. 10 min jog, 6 × 400 m
        // with 90 s jogs between them (recovery laps), the last repeat cut short, and the cool-down jog.
        let thursday = Self.tuesday(18) + 2 * 86_400 + 1740
        guard let athlete = Self.tenK.plan.athletes.first,
              let session = athlete.sessions.first(where: { $0.session == "intervals" && $0.week == 1 }) else {
            Issue.record("no intervals session")
            return
        }
        let steps = FITBackend.stepExercises(of: session, in: Self.tenK.plan, athlete: athlete)
        guard let jog = steps.firstIndex(of: "jog"), let repeats = steps.firstIndex(of: "run-intervals"),
              let coolDown = steps.lastIndex(of: "jog"), coolDown != jog else {
            Issue.record("steps: \(steps)")
            return
        }
        var laps = [RecordedLapSpec(seconds: 600, meters: 1700, step: UInt64(jog))]
        for number in 1...6 {
            laps.append(.init(seconds: 95, meters: number == 6 ? 350 : 400, step: UInt64(repeats)))
            laps.append(.init(seconds: 90, meters: 200, step: UInt64(repeats + 1), intensity: FITProfile.Intensity.recovery))
        }
        laps.append(.init(seconds: 600, meters: 1650, step: UInt64(coolDown)))
        let result = Self.tenK.read(Self.run(start: thursday, laps: laps), file: "intervals.fit", athlete: 0)
        #expect(result.planned?.session == "intervals")
        #expect(sets(result.session, "jog").map(\.durationSeconds) == [600, 600])
        #expect(sets(result.session, "jog").map(\.status) == [.done, .done])
        let repeatsLogged = sets(result.session, "run-intervals")
        #expect(repeatsLogged.map(\.distanceMeters) == [400, 400, 400, 400, 400, 350])
        #expect(repeatsLogged.map(\.status) == [.done, .done, .done, .done, .done, .partial])
        #expect(result.session?.status == .partial)
    }

    /// The week's load of an exercise in the seed's Monday session.
    func mondayLoad(_ plan: Plan, _ exercise: String, week: Int) -> Mass? {
        plan.athletes.first?.sessions.first { $0.session == "glutes-hamstrings" && $0.week == week }?
            .items.flatMap(\.prescriptions).first { $0.exercise == exercise }?.sets.last?.load?.mass
    }

    /// Monday's activity, written by fit-tool (Tests/Fuzz/fit-seeds), logged and planned with.
    func replanned(with file: String) throws -> Plan {
        let bytes = try #require(FileManager.default.contents(atPath: Self.root + "/Tests/Fuzz/fit-seeds/" + file))
        let logged = try #require(Self.seed.read(Array(bytes), file: file, athlete: 0).session)
        var program = Self.seed.program
        program.log = CheckedLog(sessions: [[logged]])
        return Planner().plan(program)
    }

    @Test func anActivityFromAnIndependentWriterChangesTheNextPlan() throws {
        // Without a log the plan projects success: Romanian deadlift 40 → 42.5 kg (weekly-load), hip
        // thrust 3 × 8–12 stays at 50 kg until 12s are done (double progression).
        #expect(mondayLoad(Self.seed.plan, "romanian-deadlift", week: 2) == Mass(thousandths: 42_500, unit: .kg))
        // The third deadlift set cut short (5 of 8): the load stays.
        let cutShort = try replanned(with: "activity-fit-tool.fit")
        #expect(mondayLoad(cutShort, "romanian-deadlift", week: 2) == Mass(40, .kg))
        // Every set done, the hip thrusts at the top of the range: both go up.
        let full = try replanned(with: "activity-full-fit-tool.fit")
        #expect(mondayLoad(full, "romanian-deadlift", week: 2) == Mass(thousandths: 42_500, unit: .kg))
        #expect(mondayLoad(full, "hip-thrust", week: 2) == Mass(55, .kg))
    }
}
