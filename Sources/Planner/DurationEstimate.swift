import RegimenPlan

/// Estimates how long a session takes when the spec states no duration: the sum over items of
/// each set's work and rest, rounded up to five minutes (at least five).
///
/// Work per set: reps × the tempo's seconds per rep (3 s without a tempo; the middle of a rep
/// range; the minimum of an as-many-as-possible set), plus the hold, plus the duration (or, when
/// only a distance is given, the distance at 6 min/km). Per-side exercises count their work twice.
/// A superset or circuit adds its rest once per round.
enum DurationEstimate {
    static let secondsPerRep = 3
    static let secondsPerKilometre = 360

    static func minutes(for items: [PlannedItem], perSide: (String) -> Bool) -> Int {
        var seconds = 0
        for item in items {
            switch item {
            case .exercise(let prescription):
                let pace = Pace(prescription, perSide)
                seconds += prescription.sets.reduce(0) { $0 + pace.work($1) + (prescription.restSeconds ?? 0) }
            case .group(let group):
                let paces = group.exercises.map { Pace($0, perSide) }
                for round in 0..<group.rounds {
                    for (prescription, pace) in zip(group.exercises, paces) where round < prescription.sets.count {
                        seconds += pace.work(prescription.sets[round]) + (prescription.restSeconds ?? 0)
                    }
                    seconds += group.restSeconds ?? 0
                }
            }
        }
        let minutes = (seconds + 59) / 60
        return max(5, (minutes + 4) / 5 * 5)
    }

    /// What a prescription's sets take apart from their own numbers, worked out once for all of them.
    struct Pace {
        let secondsPerRep: Int
        let sides: Int

        init(_ prescription: Prescription, _ perSide: (String) -> Bool) {
            secondsPerRep = prescription.tempo.map(DurationEstimate.tempoSeconds) ?? DurationEstimate.secondsPerRep
            sides = perSide(prescription.exercise) && prescription.side == nil ? 2 : 1
        }

        func work(_ set: WorkSet) -> Int {
            var perSet = 0
            if let reps = set.reps {
                let count = switch reps {
                case .exactly(let count): count
                case .range(let lower, let upper): (lower + upper) / 2
                case .asManyAsPossible(let minimum): minimum
                }
                perSet += count * secondsPerRep
            }
            perSet += set.holdSeconds ?? 0
            if let duration = set.durationSeconds {
                perSet += duration
            } else {
                perSet += (set.distanceMeters ?? 0) * DurationEstimate.secondsPerKilometre / 1000
            }
            return perSet * sides
        }
    }

    /// Seconds per rep of a tempo such as `3-1-1-0` (an `X` counts as one second).
    static func tempoSeconds(_ tempo: String) -> Int {
        max(1, tempo.split(separator: "-").reduce(0) { $0 + (Int($1) ?? 1) })
    }
}
