@testable import FITFormat
import Testing

@Suite("FIT exercise catalog and recorded activities")
struct ActivityAndCatalogTests {
    @Test func catalogNumbersAreTheProfiles() {
        #expect(FITExerciseCatalog.category(named: "squat")?.number == 28)
        #expect(FITExerciseCatalog.category(named: "squat")?.exercise(named: "goblet_squat") == 37)
        #expect(FITExerciseCatalog.category(named: "hip_raise")?.exercise(named: "barbell_hip_thrust_with_bench") == 1)
        #expect(FITExerciseCatalog.category(named: "deadlift")?.exercise(named: "romanian_deadlift") == 23)
        #expect(FITExerciseCatalog.category(number: 19)?.name == "plank")
        #expect(FITExerciseCatalog.category(number: FITExerciseCatalog.unknownCategory)?.name == "unknown")
        #expect(FITExerciseCatalog.categories.count > 50)
        #expect(FITExerciseCatalog.categories.reduce(0) { $0 + $1.exercises.count } > 1800)
    }

    /// An activity as a watch writes it: file_id, a session, two sets and a rest, a lap, the
    /// activity message with its local time.
    static var strengthActivity: [UInt8] {
        var writer = FITWriter()
        let start: UInt32 = 1_100_000_000
        var fileID = FITMessage(FITProfile.Message.fileID)
        fileID.set(FITProfile.FileID.type, .enumeration, UInt64(FITProfile.FileType.activity))
        fileID.set(FITProfile.FileID.timeCreated, .uint32, UInt64(start))
        writer.write(fileID)
        func set(_ kind: UInt8, at offset: UInt32, seconds: UInt32, reps: UInt64?, weight: UInt64?, category: [UInt64], name: [UInt64]) {
            var message = FITMessage(FITProfile.Message.set)
            message.set(FITProfile.ExerciseSet.timestamp, .uint32, UInt64(start + offset + seconds))
            message.set(FITProfile.ExerciseSet.startTime, .uint32, UInt64(start + offset))
            message.set(FITProfile.ExerciseSet.duration, .uint32, UInt64(seconds) * 1000)
            message.set(FITProfile.ExerciseSet.repetitions, .uint16, reps)
            message.set(FITProfile.ExerciseSet.weight, .uint16, weight)
            message.set(FITProfile.ExerciseSet.setType, .uint8, UInt64(kind))
            message.set(FITProfile.ExerciseSet.category, .uint16, array: category)
            message.set(FITProfile.ExerciseSet.categorySubtype, .uint16, array: name)
            writer.write(message)
        }
        set(1, at: 0, seconds: 40, reps: 8, weight: 40 * 16, category: [8, 28], name: [23, 0xFFFF])
        set(0, at: 40, seconds: 90, reps: nil, weight: nil, category: [], name: [])
        set(1, at: 130, seconds: 35, reps: 6, weight: 40 * 16 + 8, category: [8], name: [23])
        var lap = FITMessage(FITProfile.Message.lap)
        lap.set(FITProfile.Common.timestamp, .uint32, UInt64(start + 165))
        lap.set(FITProfile.Lap.startTime, .uint32, UInt64(start))
        lap.set(FITProfile.Lap.totalElapsedTime, .uint32, 165_000)
        writer.write(lap)
        var session = FITMessage(FITProfile.Message.session)
        session.set(FITProfile.Common.timestamp, .uint32, UInt64(start + 165))
        session.set(FITProfile.Session.startTime, .uint32, UInt64(start))
        session.set(FITProfile.Session.sport, .enumeration, 10)
        session.set(FITProfile.Session.subSport, .enumeration, 20)
        writer.write(session)
        var activity = FITMessage(FITProfile.Message.activity)
        activity.set(FITProfile.Common.timestamp, .uint32, UInt64(start + 165))
        activity.set(FITProfile.Activity.localTimestamp, .uint32, UInt64(start + 165 + 3600))
        writer.write(activity)
        return writer.finish()
    }

    @Test func readsSetsLapsAndLocalOffset() throws {
        let activity = try FITActivityReader().read(Self.strengthActivity)
        #expect(activity.start == FITTime.unixSeconds(1_100_000_000))
        #expect(activity.localOffsetSeconds == 3600)
        #expect(activity.sport == 10 && activity.subSport == 20)
        #expect(activity.sets.map(\.kind) == [.active, .rest, .active])
        #expect(activity.sets.map(\.repetitions) == [8, nil, 6])
        #expect(activity.sets.map(\.weightSixteenthsOfKilogram) == [640, nil, 648])
        #expect(activity.sets[0].exercises == [.init(category: 8, name: 23), .init(category: 28, name: nil)])
        #expect(activity.sets[0].durationMilliseconds == 40_000)
        #expect(activity.sets[0].end == FITTime.unixSeconds(1_100_000_040))
        #expect(activity.laps.count == 1 && activity.laps[0].elapsedMilliseconds == 165_000)
        #expect(activity.sets.allSatisfy { $0.offset > 14 })
    }

    @Test func fitTimes() {
        #expect(FITTime.unixSeconds(0) == 631_065_600)
        #expect(FITTime.dateTime(unixSeconds: 631_065_600 + 5) == 5)
        #expect(FITTime.dateTime(unixSeconds: 0) == 0)
    }
}
