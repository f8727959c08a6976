import FITBackend
import FITFormat
import RegimenKit
import RegimenPlan
import Testing

/// The `fit` backend, read back with Regimen's own FIT reader. scripts/validate_fit.py reads the
/// same files with Garmin's FIT SDK and fitdecode and compares every step with the plan.
@Suite("Backends: FIT workouts")
struct FITBackendTests {
    static let seed = "Programs/runner-hip-balance.yaml"

    static func render(_ plan: Plan, options: [String: String] = [:], timestamp: Int64? = nil) throws -> BackendOutput {
        try FITBackend().render(plan, options: BackendOptionValues(options), context: RenderContext(compilerVersion: "test", buildTimestamp: timestamp))
    }

    /// A workout file's steps as (duration type, value, intensity, category, name, weight, step name, notes).
    struct Step: Equatable, CustomStringConvertible {
        var duration: UInt64?, value: UInt64?, target: UInt64?, intensity: UInt64?, category: UInt64?, name: UInt64?, weight: UInt64?
        var title: String?, notes: String?
        var description: String { "\(duration ?? 99)/\(value ?? 0)/\(target ?? 0) i\(intensity ?? 9) c\(category ?? 0)/\(name ?? 0) w\(weight ?? 0) \(title ?? "") \(notes ?? "")" }
    }

    static func steps(_ bytes: [UInt8]) throws -> [Step] {
        let (_, messages) = try FITReader().read(bytes, wanted: [FITProfile.Message.workoutStep])
        return messages.map { message in
            typealias F = FITProfile.WorkoutStep
            return Step(duration: message.unsigned(F.durationType), value: message.unsigned(F.durationValue), target: message.unsigned(F.targetValue),
                        intensity: message.unsigned(F.intensity), category: message.unsigned(F.exerciseCategory),
                        name: message.unsigned(F.exerciseName), weight: message.unsigned(F.exerciseWeight),
                        title: message.string(F.name), notes: message.string(F.notes))
        }
    }

    @Test func oneWorkoutPerSessionNamedByDateSessionAndWeek() throws {
        let plan = try Golden.plan(Self.seed)
        let output = try Self.render(plan)
        let sessions = plan.athletes[0].sessions
        #expect(output.files.count == sessions.count)
        #expect(output.files.first?.path == "runner-hip-balance/fit/2027-03-01-glutes-hamstrings-w1.fit")
        #expect(Set(output.files.map(\.path)).count == sessions.count)
        #expect(output.files.allSatisfy { $0.path.hasPrefix("runner-hip-balance/fit/2027-") && $0.path.hasSuffix(".fit") })
        #expect(output.diagnostics.isEmpty, "every exercise of the seed program has a FIT mapping")
        let seconds = sessions.filter { $0.session == "post-run" }.count
        #expect(output.files.filter { $0.path.contains("-post-run-w") }.count == seconds)
    }

    @Test func seedStrengthSessionStepByStep() throws {
        let plan = try Golden.plan(Self.seed)
        let file = try #require(try Self.render(plan).files.first)
        let steps = try Self.steps(file.bytes)
        // Glute bridge 2×12, rest 30 s; RDL 3×8 @ 40 kg, rest 90 s; hip thrust 3×8 @ 50 kg, rest 90 s;
        // superset of reverse lunge 8 @ 12 kg and dead bug 10, 3 rounds, rest 60 s; hamstring curl 2×10, rest 60 s.
        let reps: UInt64 = 29, time: UInt64 = 0, repeatSteps: UInt64 = 6
        let expected: [(UInt64, UInt64, UInt64, UInt64?, UInt64?, UInt64?, UInt64?)] = [
            (reps, 12, 0, 0, 10, 11, nil), (time, 30_000, 0, 1, nil, nil, nil), (repeatSteps, 0, 2, nil, nil, nil, nil),
            (reps, 8, 0, 0, 8, 23, 4000), (time, 90_000, 0, 1, nil, nil, nil), (repeatSteps, 3, 3, nil, nil, nil, nil),
            (reps, 8, 0, 0, 10, 1, 5000), (time, 90_000, 0, 1, nil, nil, nil), (repeatSteps, 6, 3, nil, nil, nil, nil),
            (reps, 8, 0, 0, 17, 82, 1200), (reps, 10, 0, 0, 11, 1, nil), (time, 60_000, 0, 1, nil, nil, nil), (repeatSteps, 9, 3, nil, nil, nil, nil),
            (reps, 10, 0, 0, 15, 10, nil), (time, 60_000, 0, 1, nil, nil, nil), (repeatSteps, 13, 2, nil, nil, nil, nil),
        ]
        #expect(steps.count == expected.count)
        for (step, want) in zip(steps, expected) {
            #expect(step.duration == want.0 && step.value == want.1 && (step.target ?? 0) == want.2, "\(step)")
            #expect(step.intensity == want.3 && step.category == want.4 && step.name == want.5 && step.weight == want.6, "\(step)")
        }
        #expect(steps[0].title == "Glute bridge" && steps[0].notes == "Activation, not a workout")
        #expect(steps[3].notes == "tempo 3-1-1-0")
        #expect(steps[9].notes == "per side")
    }

    @Test func perSideHoldsAreLeftAndRightSteps() throws {
        let plan = try Golden.plan(Self.seed)
        let file = try #require(try Self.render(plan).files.first { $0.path.hasSuffix("2027-03-02-post-run-w1.fit") })
        let steps = try Self.steps(file.bytes)
        // Kneeling hip flexor stretch 3 × 30 s per side, rest 15 s: left, right, rest, repeat ×3.
        #expect(steps[0].title == "Kneeling hip… L" || steps[0].title?.hasSuffix(" L") == true)
        #expect(steps[0].notes == "left side" && steps[1].notes == "right side")
        #expect(steps[0].value == 30_000 && steps[1].value == 30_000 && steps[0].category == 31 && steps[0].name == 49)
        #expect(steps[2].intensity == 1 && steps[2].value == 15_000)
        #expect(steps[3].duration == 6 && steps[3].value == 0 && steps[3].target == 3)
        // Holds without a rest flow on: low lunge 2 × (left, right), then its repeat.
        #expect(steps[4].title?.hasSuffix(" L") == true && steps[5].title?.hasSuffix(" R") == true)
        #expect(steps[6].duration == 6 && steps[6].value == 4 && steps[6].target == 2)
    }

    @Test func warmUpSetsAreMarkedAndWavesAreStepsOfTheirOwn() throws {
        let exercise = ExerciseInfo(id: "back-squat", name: "Back squat", kind: .strength, targets: [], secondaryTargets: [], perSide: false,
                                    equipment: [], cues: [], fit: FITExercise(category: "squat", categoryNumber: 28, name: "barbell_back_squat", nameNumber: 6, source: .spec))
        let warmUp = WorkSet(reps: .exactly(5), load: Load(mass: Mass(40, .kg)), isWarmUp: true)
        let sets = [warmUp, warmUp, WorkSet(reps: .exactly(5), load: Load(mass: Mass(65, .kg))), WorkSet(reps: .exactly(5), load: Load(mass: Mass(75, .kg))),
                    WorkSet(reps: .asManyAsPossible(minimum: 5), load: Load(mass: Mass(85, .kg), percentOfTrainingMaxTenths: 850))]
        let plan = Self.plan(exercise, sets: sets, rest: 180)
        let steps = try Self.steps(try #require(try Self.render(plan).files.first).bytes)
        #expect(steps.map(\.intensity) == [2, 1, nil, 0, 1, 0, 1, 0])
        #expect(steps.map(\.weight) == [4000, nil, nil, 6500, nil, 7500, nil, 8500])
        #expect(steps[2].duration == 6 && steps[2].value == 0 && steps[2].target == 2)
        #expect(steps[7].notes == "as many reps as you can, at least 5 · 85% of training max")
        #expect(steps.last?.duration == 29, "no rest after the last set")
    }

    @Test func poundsAreKilogramsShownInPounds() throws {
        let exercise = ExerciseInfo(id: "curl", name: "Curl", kind: .strength, targets: [], secondaryTargets: [], perSide: false, equipment: [], cues: [],
                                    fit: FITExercise(category: "curl", categoryNumber: 7, source: .spec))
        let plan = Self.plan(exercise, sets: [WorkSet(reps: .range(8, 12), load: Load(mass: Mass(thousandths: 27_500, unit: .lb)))], rest: nil)
        let steps = try Self.steps(try #require(try Self.render(plan).files.first).bytes)
        // 27.5 lb is 12.4737901… kg.
        #expect(steps.count == 1 && steps[0].weight == 1247 && steps[0].value == 12 && steps[0].notes == "8–12 reps")
        let (_, messages) = try FITReader().read(try #require(try Self.render(plan).files.first).bytes, wanted: [FITProfile.Message.workoutStep])
        #expect(messages[0].unsigned(FITProfile.WorkoutStep.weightDisplayUnit) == 2)
    }

    @Test func genericExercisesAreListedInOneWarning() throws {
        let exercise = ExerciseInfo(id: "sled-push", name: "Sled push", kind: .strength, targets: [], secondaryTargets: [], perSide: false,
                                    equipment: [], cues: [], fit: FITExercise(category: "total_body", categoryNumber: 29, source: .generic))
        var plan = Self.plan(exercise, sets: [WorkSet(distanceMeters: 20)], rest: nil)
        let output = try Self.render(plan)
        #expect(output.diagnostics.count == 1)
        #expect(output.diagnostics.first?.message.contains("`sled-push` (as `total_body`)") == true)
        #expect(output.diagnostics.first?.message.hasSuffix("[W530]") == true)
        // A plan from a plugin or an older JSON file without mappings is written too, under `unknown`.
        plan.exercises[0].fit = nil
        let steps = try Self.steps(try #require(try Self.render(plan).files.first).bytes)
        #expect(steps[0].category == 65534 && steps[0].duration == 1 && steps[0].value == 2000)
    }

    @Test func sameInputsSameBytesAndTheBuildTimeIsOnlyTimeCreated() throws {
        let plan = try Golden.plan(Self.seed)
        #expect(try Self.render(plan) == Self.render(plan))
        let fixed = try Self.render(plan, timestamp: 1_800_000_000)
        let derived = try Self.render(plan)
        let (_, a) = try FITReader().read(fixed.files[0].bytes, wanted: [FITProfile.Message.fileID])
        let (_, b) = try FITReader().read(derived.files[0].bytes, wanted: [FITProfile.Message.fileID])
        #expect(a[0].unsigned(FITProfile.FileID.timeCreated) == UInt64(FITTime.dateTime(unixSeconds: 1_800_000_000)))
        // Without SOURCE_DATE_EPOCH: the session's start, 18:30 on 1 March 2027 in London (GMT).
        #expect(b[0].unsigned(FITProfile.FileID.timeCreated) == UInt64(FITTime.dateTime(unixSeconds: 1_803_925_800)))
        #expect(a[0].unsigned(FITProfile.FileID.serialNumber) == b[0].unsigned(FITProfile.FileID.serialNumber))
    }

    @Test func workoutNameAndItsLength() throws {
        let plan = try Golden.plan(Self.seed)
        func name(_ options: [String: String]) throws -> String? {
            let (_, messages) = try FITReader().read(try Self.render(plan, options: options).files[0].bytes, wanted: [FITProfile.Message.workout])
            return messages[0].string(FITProfile.Workout.name)
        }
        #expect(try name([:]) == "1 Mar Glutes an")
        #expect(try name(["name-length": "40"]) == "1 Mar Glutes and hamstrings")
    }

    @Test func scheduleNamesEachWorkoutByItsFileID() throws {
        let plan = try Golden.plan(Self.seed)
        let output = try Self.render(plan, options: ["schedule": "true"])
        let schedule = try #require(output.files.first { $0.path == "runner-hip-balance/fit/schedule.fit" })
        let (_, entries) = try FITReader().read(schedule.bytes, wanted: [FITProfile.Message.schedule])
        let workouts = output.files.filter { $0.path != schedule.path }
        #expect(entries.count == workouts.count)
        for (entry, workout) in zip(entries, workouts) {
            let (_, ids) = try FITReader().read(workout.bytes, wanted: [FITProfile.Message.fileID])
            #expect(entry.unsigned(FITProfile.Schedule.serialNumber) == ids[0].unsigned(FITProfile.FileID.serialNumber))
            #expect(entry.unsigned(FITProfile.Schedule.timeCreated) == ids[0].unsigned(FITProfile.FileID.timeCreated))
        }
        // Local time: 18:30 on 1 March 2027, counted as if it were UTC.
        #expect(entries[0].unsigned(FITProfile.Schedule.scheduledTime) == UInt64(FITTime.dateTime(unixSeconds: 1_803_925_800)))
    }

    @Test func rosterAthletesEachGetAFolder() throws {
        let plan = try Golden.plan("Programs/five-three-one.yaml")
        let folders = Set(try Self.render(plan).files.map { $0.path.split(separator: "/")[0] })
        #expect(folders == ["five-three-one.alex-morgan", "five-three-one.casey-park"])
    }

    /// A one-session plan around one exercise.
    static func plan(_ exercise: ExerciseInfo, sets: [WorkSet], rest: Int?) -> Plan {
        let identity = SessionIdentity(program: "test", athlete: "alex", session: "lift", week: 1, occurrence: 1)
        let session = SessionInstance(
            identity: identity, date: CivilDate(year: 2027, month: 3, day: 1)!, week: 1, phase: nil, isDeload: false, session: "lift",
            title: "Lift", start: nil, utcOffset: 0, durationMinutes: 30, durationIsEstimate: true, estimatedMinutes: 30, kinds: [exercise.kind],
            location: nil, notes: nil,
            items: [.exercise(Prescription(exercise: exercise.id, sets: sets, restSeconds: rest, tempo: nil, side: nil, notes: nil, optional: false))])
        let athlete = AthletePlan(id: "alex", name: nil, startDate: session.date, timeZone: ZoneSnapshot(identifier: "UTC", periods: []),
                                  units: nil, trainingMaxes: [], sessions: [session])
        let program = ProgramInfo(id: "test", name: "Test", coach: nil, notes: nil, weeks: 1, units: .kg, phases: [],
                                  weekInfo: [WeekInfo(week: 1, phase: nil, isDeload: false, volumePercent: 100, intensityPercent: 100, progressionPaused: false)])
        return Plan(program: program, exercises: [exercise], athletes: [athlete])
    }
}

extension OutputFile {
    var bytes: [UInt8] { contents }
}
