/// A recorded activity as a watch wrote it, reduced to what a training log needs: when it
/// started (and the watch's time zone offset), its strength sets and its laps. Times are seconds
/// since 1970-01-01T00:00:00Z; every record keeps the byte offset of its message, for diagnostics.
public struct RecordedActivity: Hashable, Sendable, Codable {
    /// When the activity started (the session's `start_time`, else the first lap's or set's).
    public var start: Int64?
    /// Seconds east of UTC at the watch, from the `activity` message's `local_timestamp`.
    public var localOffsetSeconds: Int?
    /// `sport` and `sub_sport` of the first session (`training`/`strength_training` is 10/20).
    public var sport: UInt8?
    public var subSport: UInt8?
    /// Time the timer ran, in milliseconds (the session's `total_timer_time`).
    public var timerMilliseconds: UInt32?
    /// Active and rest sets in file order.
    public var sets: [RecordedSet] = []
    public var laps: [RecordedLap] = []

}

/// One `set` message: a set of an exercise, or the rest after it.
public struct RecordedSet: Hashable, Sendable, Codable {
    public enum Kind: String, Hashable, Sendable, Codable {
        case active
        case rest
    }

    /// An exercise as the FIT catalog numbers it: `category` (exercise_category) and `name` (the
    /// category's exercise name), when the watch knew it.
    public struct Exercise: Hashable, Sendable, Codable {
        public var category: UInt16
        public var name: UInt16?

        public init(category: UInt16, name: UInt16?) {
            self.category = category
            self.name = name
        }
    }

    /// The byte offset of the `set` message in the file.
    public var offset: Int
    public var kind: Kind
    public var start: Int64?
    /// The message's timestamp: when the set ended.
    public var end: Int64?
    public var durationMilliseconds: UInt32?
    public var repetitions: Int?
    /// The weight in sixteenths of a kilogram, as the `weight` field stores it.
    public var weightSixteenthsOfKilogram: Int?
    /// `true` when the watch showed the weight in pounds (`weight_display_unit`).
    public var weightShownInPounds = false
    /// The watch's guesses at the exercise, the most likely first.
    public var exercises: [Exercise] = []
    /// The workout step the set belongs to, when the athlete followed a workout.
    public var workoutStepIndex: Int?

}

/// One `lap` message.
public struct RecordedLap: Hashable, Sendable, Codable {
    public var offset: Int
    public var start: Int64?
    /// The message's timestamp: when the lap ended.
    public var end: Int64?
    public var elapsedMilliseconds: UInt32?
    public var timerMilliseconds: UInt32?
    /// `total_distance`, in centimetres.
    public var distanceCentimeters: UInt32?
    /// `intensity` (active 0, rest 1, warmup 2, …), when the lap belongs to a workout step.
    public var intensity: UInt8?
    public var workoutStepIndex: Int?

}

/// Reads a recorded activity file into a `RecordedActivity`.
public struct FITActivityReader: Sendable {
    public var limits: FITReaderLimits

    public init(limits: FITReaderLimits = .standard) {
        self.limits = limits
    }

    static let wanted: Set<UInt16> = [FITProfile.Message.fileID, FITProfile.Message.session, FITProfile.Message.lap,
                                      FITProfile.Message.activity, FITProfile.Message.set]

    public func read(_ bytes: [UInt8]) throws(FITReadError) -> RecordedActivity {
        let (_, messages) = try FITReader(limits: limits).read(bytes, wanted: FITActivityReader.wanted)
        guard let fileID = messages.first(where: { $0.number == FITProfile.Message.fileID }) else {
            throw FITReadError(.notActivity, at: 0, "the file has no file_id message, so it is not a recorded activity")
        }
        if let type = fileID.unsigned(FITProfile.FileID.type), type != UInt64(FITProfile.FileType.activity) {
            let what = type == UInt64(FITProfile.FileType.workout) ? "a workout (a plan for the watch)" : "a FIT file of type \(type)"
            throw FITReadError(.notActivity, at: fileID.offset, "this is \(what), not a recorded activity")
        }
        var activity = RecordedActivity()
        func time(_ message: FITDecodedMessage, _ field: UInt8) -> Int64? {
            message.unsigned(field).map { FITTime.unixSeconds(UInt32(truncatingIfNeeded: $0)) }
        }
        for message in messages {
            switch message.number {
            case FITProfile.Message.session where activity.sport == nil:
                activity.start = time(message, FITProfile.Session.startTime)
                activity.sport = message.unsigned(FITProfile.Session.sport).map { UInt8(truncatingIfNeeded: $0) }
                activity.subSport = message.unsigned(FITProfile.Session.subSport).map { UInt8(truncatingIfNeeded: $0) }
                activity.timerMilliseconds = message.unsigned(FITProfile.Session.totalTimerTime).map { UInt32(truncatingIfNeeded: $0) }
            case FITProfile.Message.activity:
                if let local = message.unsigned(FITProfile.Activity.localTimestamp), let utc = message.timestamp {
                    let offset = Int64(local) - Int64(utc)
                    // Zones run from UTC−12 to UTC+14; anything else is a device with a wrong clock.
                    if abs(offset) <= 15 * 3600 { activity.localOffsetSeconds = Int(offset) }
                }
            case FITProfile.Message.lap:
                activity.laps.append(RecordedLap(
                    offset: message.offset, start: time(message, FITProfile.Lap.startTime), end: message.timestamp.map(FITTime.unixSeconds),
                    elapsedMilliseconds: message.unsigned(FITProfile.Lap.totalElapsedTime).map { UInt32(truncatingIfNeeded: $0) },
                    timerMilliseconds: message.unsigned(FITProfile.Lap.totalTimerTime).map { UInt32(truncatingIfNeeded: $0) },
                    distanceCentimeters: message.unsigned(FITProfile.Lap.totalDistance).map { UInt32(truncatingIfNeeded: $0) },
                    intensity: message.unsigned(FITProfile.Lap.intensity).map { UInt8(truncatingIfNeeded: $0) },
                    workoutStepIndex: message.unsigned(FITProfile.Lap.workoutStepIndex).map { Int($0) }))
            case FITProfile.Message.set:
                let categories = message.unsignedValues(FITProfile.ExerciseSet.category)
                let names = message.unsignedValues(FITProfile.ExerciseSet.categorySubtype)
                var exercises: [RecordedSet.Exercise] = []
                for (index, category) in categories.enumerated() {
                    guard let category else { continue }
                    let name = index < names.count ? names[index] : nil
                    exercises.append(.init(category: UInt16(truncatingIfNeeded: category), name: name.map { UInt16(truncatingIfNeeded: $0) }))
                }
                let type = message.unsigned(FITProfile.ExerciseSet.setType)
                activity.sets.append(RecordedSet(
                    offset: message.offset, kind: type == UInt64(FITProfile.SetType.rest) ? .rest : .active,
                    start: time(message, FITProfile.ExerciseSet.startTime), end: time(message, FITProfile.ExerciseSet.timestamp),
                    durationMilliseconds: message.unsigned(FITProfile.ExerciseSet.duration).map { UInt32(truncatingIfNeeded: $0) },
                    repetitions: message.unsigned(FITProfile.ExerciseSet.repetitions).map { Int($0) },
                    weightSixteenthsOfKilogram: message.unsigned(FITProfile.ExerciseSet.weight).map { Int($0) },
                    weightShownInPounds: message.unsigned(FITProfile.ExerciseSet.weightDisplayUnit) == UInt64(FITProfile.WeightUnit.pound),
                    exercises: exercises,
                    workoutStepIndex: message.unsigned(FITProfile.ExerciseSet.workoutStepIndex).map { Int($0) }))
            default:
                break
            }
        }
        if activity.start == nil {
            activity.start = activity.laps.compactMap(\.start).min() ?? activity.sets.compactMap(\.start).min()
                ?? time(fileID, FITProfile.FileID.timeCreated)
        }
        return activity
    }
}
