// The Codable form of a planned item, as the JSON backend writes it.

extension PlannedItem: Codable {
    enum CodingKeys: String, CodingKey {
        case exercise
        case group
    }

    /// Decodes `{"exercise": {…}}` or `{"group": {…}}`.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        if let prescription = try container.decodeIfPresent(Prescription.self, forKey: .exercise) {
            self = .exercise(prescription)
        } else {
            self = .group(try container.decode(ExerciseGroup.self, forKey: .group))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        switch self {
        case .exercise(let prescription): try container.encode(prescription, forKey: .exercise)
        case .group(let group): try container.encode(group, forKey: .group)
        }
    }
}

// Fields added after schema version 1 was published are optional in the JSON form, so that
// plans written by earlier versions (and by filter plugins that do not know them) still decode.

extension SessionInstance: Codable {
    enum CodingKeys: String, CodingKey {
        case identity, date, weekday, week, phase, isDeload, session, title, start, utcOffset, durationMinutes,
             durationIsEstimate, estimatedMinutes, kinds, location, notes, items, record, isProjected, scheduledStart
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            identity: try container.decode(SessionIdentity.self, forKey: .identity),
            date: try container.decode(CivilDate.self, forKey: .date),
            week: try container.decode(Int.self, forKey: .week),
            phase: try container.decodeIfPresent(String.self, forKey: .phase),
            isDeload: try container.decode(Bool.self, forKey: .isDeload),
            session: try container.decode(String.self, forKey: .session),
            title: try container.decode(String.self, forKey: .title),
            start: try container.decodeIfPresent(LocalTime.self, forKey: .start),
            utcOffset: try container.decode(Int.self, forKey: .utcOffset),
            durationMinutes: try container.decode(Int.self, forKey: .durationMinutes),
            durationIsEstimate: try container.decode(Bool.self, forKey: .durationIsEstimate),
            estimatedMinutes: try container.decode(Int.self, forKey: .estimatedMinutes),
            kinds: try container.decode([ExerciseKind].self, forKey: .kinds),
            location: try container.decodeIfPresent(String.self, forKey: .location),
            notes: try container.decodeIfPresent(String.self, forKey: .notes),
            items: try container.decode([PlannedItem].self, forKey: .items),
            record: try container.decodeIfPresent(SessionRecord.self, forKey: .record),
            isProjected: try container.decodeIfPresent(Bool.self, forKey: .isProjected) ?? false,
            scheduledStart: try container.decodeIfPresent(LocalTime.self, forKey: .scheduledStart))
        if let weekday = try container.decodeIfPresent(Weekday.self, forKey: .weekday), weekday != self.weekday {
            throw DecodingError.dataCorruptedError(
                forKey: .weekday, in: container, debugDescription: "\(date) is a \(self.weekday.name), not \(weekday.name)")
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(identity, forKey: .identity)
        try container.encode(date, forKey: .date)
        try container.encode(weekday, forKey: .weekday)
        try container.encode(week, forKey: .week)
        try container.encodeIfPresent(phase, forKey: .phase)
        try container.encode(isDeload, forKey: .isDeload)
        try container.encode(session, forKey: .session)
        try container.encode(title, forKey: .title)
        try container.encodeIfPresent(start, forKey: .start)
        try container.encodeIfPresent(scheduledStart, forKey: .scheduledStart)
        try container.encode(utcOffset, forKey: .utcOffset)
        try container.encode(durationMinutes, forKey: .durationMinutes)
        try container.encode(durationIsEstimate, forKey: .durationIsEstimate)
        try container.encode(estimatedMinutes, forKey: .estimatedMinutes)
        try container.encode(kinds, forKey: .kinds)
        try container.encodeIfPresent(location, forKey: .location)
        try container.encodeIfPresent(notes, forKey: .notes)
        try container.encode(items, forKey: .items)
        try container.encodeIfPresent(record, forKey: .record)
        if isProjected { try container.encode(true, forKey: .isProjected) }
    }
}

extension WorkSet: Codable {
    enum CodingKeys: String, CodingKey {
        case reps, load, holdSeconds, durationSeconds, distanceMeters, rpe, rir, target, warmUp
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            reps: try container.decodeIfPresent(Reps.self, forKey: .reps),
            load: try container.decodeIfPresent(Load.self, forKey: .load),
            holdSeconds: try container.decodeIfPresent(Int.self, forKey: .holdSeconds),
            durationSeconds: try container.decodeIfPresent(Int.self, forKey: .durationSeconds),
            distanceMeters: try container.decodeIfPresent(Int.self, forKey: .distanceMeters),
            rpe: try container.decodeIfPresent(Double.self, forKey: .rpe),
            rir: try container.decodeIfPresent(Int.self, forKey: .rir),
            target: try container.decodeIfPresent(String.self, forKey: .target),
            isWarmUp: try container.decodeIfPresent(Bool.self, forKey: .warmUp) ?? false)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(reps, forKey: .reps)
        try container.encodeIfPresent(load, forKey: .load)
        try container.encodeIfPresent(holdSeconds, forKey: .holdSeconds)
        try container.encodeIfPresent(durationSeconds, forKey: .durationSeconds)
        try container.encodeIfPresent(distanceMeters, forKey: .distanceMeters)
        try container.encodeIfPresent(rpe, forKey: .rpe)
        try container.encodeIfPresent(rir, forKey: .rir)
        try container.encodeIfPresent(target, forKey: .target)
        if isWarmUp { try container.encode(true, forKey: .warmUp) }
    }
}
