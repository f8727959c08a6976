import FITFormat
import RegimenPlan

/// A FIT schedule file (`file` type `schedules`): one `schedule` message per workout, naming the
/// workout by its `file_id` (manufacturer, product, serial number, time created) and giving the
/// local date and time it is planned for. Watches that read schedules put the workouts in their
/// calendar; see docs/fit.md for what is known of which do.
struct ScheduleFile {
    let plan: Plan
    let athlete: AthletePlan
    let workouts: [WorkoutFile]
    let settings: FITSettings

    func encode() -> [UInt8] {
        var writer = FITWriter()
        var fileID = FITMessage(FITProfile.Message.fileID)
        fileID.set(FITProfile.FileID.type, .enumeration, UInt64(FITProfile.FileType.schedules))
        fileID.set(FITProfile.FileID.manufacturer, .uint16, UInt64(FITProfile.Manufacturer.development))
        fileID.set(FITProfile.FileID.product, .uint16, UInt64(Identity.product))
        fileID.set(FITProfile.FileID.serialNumber, .uint32z, UInt64(Identity.serialNumber("\(plan.program.id)/\(athlete.id)/schedule")))
        let created = settings.buildTimestamp.map(FITTime.dateTime(unixSeconds:)) ?? workouts.map(\.timeCreated).min() ?? 0
        fileID.set(FITProfile.FileID.timeCreated, .uint32, UInt64(created))
        writer.write(fileID)
        for workout in workouts {
            var message = FITMessage(FITProfile.Message.schedule)
            message.set(FITProfile.Schedule.manufacturer, .uint16, UInt64(FITProfile.Manufacturer.development))
            message.set(FITProfile.Schedule.product, .uint16, UInt64(Identity.product))
            message.set(FITProfile.Schedule.serialNumber, .uint32z, UInt64(workout.serialNumber))
            message.set(FITProfile.Schedule.timeCreated, .uint32, UInt64(workout.timeCreated))
            message.set(FITProfile.Schedule.completed, .enumeration, 0)
            message.set(FITProfile.Schedule.type, .enumeration, UInt64(FITProfile.ScheduleType.workout))
            message.set(FITProfile.Schedule.scheduledTime, .uint32, UInt64(FITTime.dateTime(unixSeconds: WorkoutFile.localSeconds(workout.session))))
            writer.write(message)
        }
        return writer.finish()
    }
}
