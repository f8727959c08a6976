/// The parts of the FIT profile (Profile.xlsx: the Messages and Types sheets) that Regimen
/// writes and reads. Numbers are the profile's; names follow it.
public enum FITProfile {
    /// Global message numbers (`mesg_num`).
    public enum Message {
        public static let fileID: UInt16 = 0
        public static let session: UInt16 = 18
        public static let lap: UInt16 = 19
        public static let record: UInt16 = 20
        public static let event: UInt16 = 21
        public static let workout: UInt16 = 26
        public static let workoutStep: UInt16 = 27
        public static let schedule: UInt16 = 28
        public static let activity: UInt16 = 34
        public static let fileCreator: UInt16 = 49
        public static let set: UInt16 = 225
        public static let exerciseTitle: UInt16 = 264
    }

    /// Fields every message may have.
    public enum Common {
        public static let timestamp: UInt8 = 253
        public static let messageIndex: UInt8 = 254
    }

    public enum FileID {
        public static let type: UInt8 = 0
        public static let manufacturer: UInt8 = 1
        public static let product: UInt8 = 2
        public static let serialNumber: UInt8 = 3
        public static let timeCreated: UInt8 = 4
        public static let productName: UInt8 = 8
    }

    public enum FileCreator {
        public static let softwareVersion: UInt8 = 0
    }

    public enum Workout {
        public static let sport: UInt8 = 4
        public static let numValidSteps: UInt8 = 6
        public static let name: UInt8 = 8
        public static let subSport: UInt8 = 11
        public static let description: UInt8 = 17
    }

    public enum WorkoutStep {
        public static let name: UInt8 = 0
        public static let durationType: UInt8 = 1
        /// Milliseconds for `time`, centimetres for `distance`, reps for `reps`, the message index to
        /// go back to for `repeat_until_steps_cmplt`.
        public static let durationValue: UInt8 = 2
        public static let targetType: UInt8 = 3
        /// The number of times through for `repeat_until_steps_cmplt`.
        public static let targetValue: UInt8 = 4
        public static let intensity: UInt8 = 7
        public static let notes: UInt8 = 8
        public static let exerciseCategory: UInt8 = 10
        public static let exerciseName: UInt8 = 11
        /// Kilograms × 100.
        public static let exerciseWeight: UInt8 = 12
        public static let weightDisplayUnit: UInt8 = 13
    }

    public enum ExerciseTitle {
        public static let category: UInt8 = 0
        public static let name: UInt8 = 1
        public static let title: UInt8 = 2
    }

    public enum Schedule {
        public static let manufacturer: UInt8 = 0
        public static let product: UInt8 = 1
        public static let serialNumber: UInt8 = 2
        public static let timeCreated: UInt8 = 3
        public static let completed: UInt8 = 4
        public static let type: UInt8 = 5
        /// Local time (`local_date_time`), seconds since the FIT epoch.
        public static let scheduledTime: UInt8 = 6
    }

    /// The `set` message of strength activities. Its timestamp is field 254, not 253.
    public enum ExerciseSet {
        /// Milliseconds.
        public static let duration: UInt8 = 0
        public static let repetitions: UInt8 = 3
        /// Kilograms × 16.
        public static let weight: UInt8 = 4
        public static let setType: UInt8 = 5
        public static let startTime: UInt8 = 6
        /// Arrays: the watch's guesses for the exercise, most likely first.
        public static let category: UInt8 = 7
        public static let categorySubtype: UInt8 = 8
        public static let weightDisplayUnit: UInt8 = 9
        public static let messageIndex: UInt8 = 10
        public static let workoutStepIndex: UInt8 = 11
        public static let timestamp: UInt8 = 254
    }

    public enum Lap {
        public static let startTime: UInt8 = 2
        /// Milliseconds.
        public static let totalElapsedTime: UInt8 = 7
        public static let totalTimerTime: UInt8 = 8
        /// Centimetres (metres, scale 100).
        public static let totalDistance: UInt8 = 9
        public static let intensity: UInt8 = 23
        public static let workoutStepIndex: UInt8 = 71
    }

    public enum Session {
        public static let startTime: UInt8 = 2
        public static let sport: UInt8 = 5
        public static let subSport: UInt8 = 6
        public static let totalElapsedTime: UInt8 = 7
        public static let totalTimerTime: UInt8 = 8
    }

    public enum Activity {
        public static let totalTimerTime: UInt8 = 0
        public static let numSessions: UInt8 = 1
        /// Local time (`local_date_time`): with the timestamp, it gives the time zone offset.
        public static let localTimestamp: UInt8 = 5
    }

    /// `file`.
    public enum FileType {
        public static let activity: UInt8 = 4
        public static let workout: UInt8 = 5
        public static let schedules: UInt8 = 7
    }

    /// `manufacturer`: `development` is for software that is not a device.
    public enum Manufacturer {
        public static let development: UInt16 = 255
    }

    /// `sport`.
    public enum Sport {
        public static let running: UInt8 = 1
        public static let training: UInt8 = 10
    }

    /// `exercise_category` numbers Regimen decides by.
    public enum ExerciseCategory {
        public static let run: UInt16 = 32
    }

    /// `sub_sport`.
    public enum SubSport {
        public static let generic: UInt8 = 0
        public static let strengthTraining: UInt8 = 20
        public static let cardioTraining: UInt8 = 26
    }

    /// `wkt_step_duration`.
    public enum DurationType {
        public static let time: UInt8 = 0
        public static let distance: UInt8 = 1
        /// Until the lap button is pressed.
        public static let open: UInt8 = 5
        public static let repeatUntilStepsComplete: UInt8 = 6
        public static let reps: UInt8 = 29
    }

    /// `wkt_step_target`.
    public enum TargetType {
        public static let open: UInt8 = 2
    }

    /// `intensity`.
    public enum Intensity {
        public static let active: UInt8 = 0
        public static let rest: UInt8 = 1
        public static let warmup: UInt8 = 2
        public static let recovery: UInt8 = 4
    }

    /// `fit_base_unit`, for `weight_display_unit`.
    public enum WeightUnit {
        public static let kilogram: UInt16 = 1
        public static let pound: UInt16 = 2
    }

    /// `set_type`.
    public enum SetType {
        public static let rest: UInt8 = 0
        public static let active: UInt8 = 1
    }

    /// `schedule`.
    public enum ScheduleType {
        public static let workout: UInt8 = 0
    }
}

/// FIT times: seconds since the FIT epoch, 1989-12-31T00:00:00Z.
public enum FITTime {
    /// The FIT epoch in seconds since 1970-01-01T00:00:00Z.
    public static let epoch: Int64 = 631_065_600

    /// Seconds since 1970 as a FIT `date_time`, clamped to what the field holds (times before the
    /// FIT epoch become the epoch itself).
    public static func dateTime(unixSeconds: Int64) -> UInt32 {
        UInt32(clamping: max(0, min(unixSeconds - epoch, Int64(UInt32.max - 1))))
    }

    /// A FIT `date_time` as seconds since 1970.
    public static func unixSeconds(_ dateTime: UInt32) -> Int64 { Int64(dateTime) + epoch }
}
