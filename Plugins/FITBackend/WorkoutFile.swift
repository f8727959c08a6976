import FITFormat
import RegimenPlan

/// One session instance as a FIT workout file: `file_id`, `workout`, the steps, and an
/// `exercise_title` for each catalog exercise so that the watch shows the coach's name for it.
struct WorkoutFile {
    let plan: Plan
    let athlete: AthletePlan
    let session: SessionInstance
    let settings: FITSettings

    /// The `file_id` fields that identify the workout on a device (and in a schedule file):
    /// a serial number from the session's identity, so that a rebuilt workout replaces the
    /// earlier one rather than sitting next to it.
    var serialNumber: UInt32 { Identity.serialNumber(session.identity.description) }

    /// `SOURCE_DATE_EPOCH` when set; otherwise the session's start (midnight for an all-day
    /// session) in UTC. Never the clock, so that the same plan gives the same bytes.
    var timeCreated: UInt32 {
        if let fixed = settings.buildTimestamp { return FITTime.dateTime(unixSeconds: fixed) }
        return FITTime.dateTime(unixSeconds: Self.localSeconds(session) - Int64(session.utcOffset))
    }

    /// The session's local start as seconds since 1970 on the local clock.
    static func localSeconds(_ session: SessionInstance) -> Int64 {
        Int64(session.date.daysSinceEpoch) * 86_400 + Int64(session.start?.secondsSinceMidnight ?? 0)
    }

    /// `1 Mar Glutes and hamstrings`, cut to the name length the watch shows.
    var workoutName: String {
        let date = "\(session.date.day) \(PlanText.monthNames[session.date.month - 1].prefix(3))"
        return FITText.truncated("\(date) \(session.title)", toBytes: settings.nameBytes)
    }

    /// The card's heading lines: title, week and phase, date, time, duration, place, notes.
    var description: String {
        let card = SessionCard(session: session, plan: plan)
        var parts = [session.title, card.weekLine, card.dateLine, card.timeLine]
        if let notes = session.notes { parts.append(notes) }
        return FITText.truncated(parts.joined(separator: " · "), toBytes: 254)
    }

    /// The activity the watch runs the workout in: `running` for a session of runs (with any
    /// stretching or recovery work), so that the watch records pace and distance;
    /// `training`/`cardio_training` for other cardio alone; `training`/`strength_training`, the
    /// profile for exercise steps with reps and weights, otherwise.
    var sport: (sport: UInt8, subSport: UInt8) {
        let kinds = Set(session.kinds)
        let runs = session.items.flatMap(\.prescriptions).contains { prescription in
            guard let exercise = plan.exercise(prescription.exercise), exercise.kind == .cardio, let fit = exercise.fit else { return false }
            return fit.categoryNumber == Int(FITProfile.ExerciseCategory.run) && fit.name != "walk"
        }
        if runs, kinds.isSubset(of: [.cardio, .mobility, .recovery]) { return (FITProfile.Sport.running, FITProfile.SubSport.generic) }
        if kinds == [.cardio] { return (FITProfile.Sport.training, FITProfile.SubSport.cardioTraining) }
        return (FITProfile.Sport.training, FITProfile.SubSport.strengthTraining)
    }

    /// The file's bytes and the exercises that went out under a generic category.
    func encode() -> (bytes: [UInt8], generic: Set<String>) {
        var builder = WorkoutSteps(plan: plan, athlete: athlete, nameBytes: settings.nameBytes)
        for item in session.items { builder.add(item) }
        var steps = builder.steps
        if steps.isEmpty { steps = [WorkoutStep(name: session.title, duration: .open, intensity: .active)] }

        var writer = FITWriter()
        var fileID = FITMessage(FITProfile.Message.fileID)
        fileID.set(FITProfile.FileID.type, .enumeration, UInt64(FITProfile.FileType.workout))
        fileID.set(FITProfile.FileID.manufacturer, .uint16, UInt64(FITProfile.Manufacturer.development))
        fileID.set(FITProfile.FileID.product, .uint16, UInt64(Identity.product))
        fileID.set(FITProfile.FileID.serialNumber, .uint32z, UInt64(serialNumber))
        fileID.set(FITProfile.FileID.timeCreated, .uint32, UInt64(timeCreated))
        writer.write(fileID)

        var workout = FITMessage(FITProfile.Message.workout)
        let name = workoutName
        workout.set(FITProfile.Workout.name, string: name, size: name.utf8.count + 1)
        workout.set(FITProfile.Workout.sport, .enumeration, UInt64(sport.sport))
        workout.set(FITProfile.Workout.subSport, .enumeration, UInt64(sport.subSport))
        workout.set(FITProfile.Workout.numValidSteps, .uint16, UInt64(steps.count))
        let description = self.description
        workout.set(FITProfile.Workout.description, string: description, size: description.utf8.count + 1)
        writer.write(workout)

        for (index, step) in steps.enumerated() {
            writer.write(step.message(index: index, nameBytes: settings.nameBytes))
        }

        // One title per catalog exercise, with the names of the plan's exercises that use it.
        var titles: [(category: Int, name: Int, names: [String])] = []
        for step in steps {
            guard let fit = step.exercise, let number = fit.nameNumber, let base = step.exerciseTitle else { continue }
            if let index = titles.firstIndex(where: { $0.category == fit.categoryNumber && $0.name == number }) {
                if !titles[index].names.contains(base) { titles[index].names.append(base) }
            } else {
                titles.append((fit.categoryNumber, number, [base]))
            }
        }
        for (index, title) in titles.enumerated() {
            var message = FITMessage(FITProfile.Message.exerciseTitle)
            message.set(FITProfile.Common.messageIndex, .uint16, UInt64(index))
            message.set(FITProfile.ExerciseTitle.category, .uint16, UInt64(title.category))
            message.set(FITProfile.ExerciseTitle.name, .uint16, UInt64(title.name))
            let text = FITText.truncated(title.names.joined(separator: " / "), toBytes: 63)
            message.set(FITProfile.ExerciseTitle.title, string: text, size: text.utf8.count + 1)
            writer.write(message)
        }
        return (writer.finish(), builder.genericExercises)
    }
}

/// How Regimen identifies its files to devices.
enum Identity {
    /// The `product` written with manufacturer `development` (255).
    static let product: UInt16 = 1

    /// FNV-1a of the text, never 0 (`serial_number` is a `uint32z`, where 0 means "none").
    static func serialNumber(_ text: String) -> UInt32 {
        var hash: UInt32 = 2_166_136_261
        for byte in text.utf8 {
            hash ^= UInt32(byte)
            hash = hash &* 16_777_619
        }
        return hash == 0 ? 1 : hash
    }
}
