import RegimenValues

extension CheckedProgram {
    /// The program as one athlete does it: their swapped exercises in place of the program's (each
    /// keeping the original's place in its chain of harder variants, so progressions move on as
    /// written), their session times, and their days. The planner plans each athlete from this.
    public func personalized(for athlete: CheckedAthlete) -> CheckedProgram {
        guard !athlete.swaps.isEmpty || !athlete.sessionTimes.isEmpty || athlete.weekdays != nil else { return self }
        var program = self
        for (original, replacement) in athlete.swaps {
            var exercise = exercises[replacement]
            exercise.harder = exercises[original].harder
            exercise.alternative = exercises[original].alternative
            program.exercises[original] = exercise
        }
        for (session, time) in athlete.sessionTimes { program.sessions[session].at = time }
        if let weekdays = athlete.weekdays {
            for index in program.weeks.indices {
                var schedule = [[ScheduleEntry]](repeating: [], count: 7)
                for (day, sessions) in weeks[index].schedule.enumerated() { schedule[weekdays[day].rawValue - 1] += sessions }
                program.weeks[index].schedule = schedule
            }
        }
        return program
    }
}
