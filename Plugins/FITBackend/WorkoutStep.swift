import FITFormat
import RegimenPlan

/// One `workout_step` message, before encoding.
struct WorkoutStep: Hashable {
    enum Duration: Hashable {
        case reps(Int)
        case seconds(Int)
        case meters(Int)
        /// Until the athlete presses the lap button.
        case open
        /// Go back to the step with index `from`, `times` times through in all.
        case repeatSteps(from: Int, times: Int)
    }

    enum Intensity: Hashable {
        case active
        case warmUp
        case rest
        /// Active rest (`rest: 90s jog`).
        case recovery
    }

    var name: String?
    var duration: Duration
    var intensity: Intensity?
    var notes: String?
    var exercise: FITExercise?
    /// The plan's name for the exercise, in full, for the file's `exercise_title` messages.
    var exerciseTitle: String?
    /// The plan's exercise id, for reading recorded activities back (`wkt_step_index`).
    var exerciseID: String?
    /// Hundredths of a kilogram, as `exercise_weight` holds it.
    var weightHundredthsOfKilogram: Int?
    var weightShownInPounds = false

    /// The step as a `workout_step` message.
    func message(index: Int, nameBytes: Int) -> FITMessage {
        typealias Field = FITProfile.WorkoutStep
        var message = FITMessage(FITProfile.Message.workoutStep)
        message.set(FITProfile.Common.messageIndex, .uint16, UInt64(index))
        if let name { message.set(Field.name, string: name, size: min(name.utf8.count, nameBytes) + 1) }
        switch duration {
        case .reps(let reps):
            message.set(Field.durationType, .enumeration, UInt64(FITProfile.DurationType.reps))
            message.set(Field.durationValue, .uint32, UInt64(reps))
        case .seconds(let seconds):
            message.set(Field.durationType, .enumeration, UInt64(FITProfile.DurationType.time))
            message.set(Field.durationValue, .uint32, UInt64(seconds) * 1000)
        case .meters(let meters):
            message.set(Field.durationType, .enumeration, UInt64(FITProfile.DurationType.distance))
            message.set(Field.durationValue, .uint32, UInt64(meters) * 100)
        case .open:
            message.set(Field.durationType, .enumeration, UInt64(FITProfile.DurationType.open))
        case .repeatSteps(let from, _):
            message.set(Field.durationType, .enumeration, UInt64(FITProfile.DurationType.repeatUntilStepsComplete))
            message.set(Field.durationValue, .uint32, UInt64(from))
        }
        message.set(Field.targetType, .enumeration, UInt64(FITProfile.TargetType.open))
        // A repeat step's count is its target value (`repeat_steps`); other steps have no target.
        if case .repeatSteps(_, let times) = duration {
            message.set(Field.targetValue, .uint32, UInt64(times))
        } else {
            message.set(Field.targetValue, .uint32, 0)
        }
        switch intensity {
        case .active: message.set(Field.intensity, .enumeration, UInt64(FITProfile.Intensity.active))
        case .warmUp: message.set(Field.intensity, .enumeration, UInt64(FITProfile.Intensity.warmup))
        case .rest: message.set(Field.intensity, .enumeration, UInt64(FITProfile.Intensity.rest))
        case .recovery: message.set(Field.intensity, .enumeration, UInt64(FITProfile.Intensity.recovery))
        case nil: break
        }
        if let notes { message.set(Field.notes, string: notes, size: min(notes.utf8.count, WorkoutStep.notesBytes) + 1) }
        if let exercise {
            message.set(Field.exerciseCategory, .uint16, UInt64(exercise.categoryNumber))
            message.set(Field.exerciseName, .uint16, exercise.nameNumber.map(UInt64.init))
        }
        if let weight = weightHundredthsOfKilogram {
            message.set(Field.exerciseWeight, .uint16, UInt64(weight))
            message.set(Field.weightDisplayUnit, .uint16, UInt64(weightShownInPounds ? FITProfile.WeightUnit.pound : FITProfile.WeightUnit.kilogram))
        }
        return message
    }

    /// The longest step note written, in bytes.
    static let notesBytes = 200
}
