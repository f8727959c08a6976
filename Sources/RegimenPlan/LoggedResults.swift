/// What a training log says happened in one session instance. `nil` on a session no log covers.
public struct SessionRecord: Hashable, Sendable, Codable {
    public enum Status: String, Hashable, Sendable, Codable {
        /// Done, every prescribed set logged.
        case done
        /// Done in part: some exercises or sets were skipped or cut short.
        case partial
        /// Not done: the athlete missed it (the program's `missed:` policy says what follows).
        case missed
    }

    public var status: Status
    /// The day the session was actually done, when it is not the planned day (a moved session).
    public var doneOn: CivilDate?
    public var notes: String?
    /// Where the record came from, for people: `logs/alex.yaml:14`, `strong.csv:7`.
    public var source: String?

    public init(status: Status, doneOn: CivilDate? = nil, notes: String? = nil, source: String? = nil) {
        self.status = status
        self.doneOn = doneOn
        self.notes = notes
        self.source = source
    }
}

/// What the athlete did in one set, as logged.
public struct ActualSet: Hashable, Sendable {
    public enum Status: String, Hashable, Sendable, Codable {
        case done
        /// Started but cut short (fewer reps or a shorter hold than prescribed).
        case partial
        case skipped
    }

    public var status: Status
    public var reps: Int?
    /// The load used; for a bodyweight exercise, `bodyweight` with any added mass.
    public var load: Load?
    /// Rate of perceived exertion reported (1–10).
    public var rpe: Double?
    public var holdSeconds: Int?
    public var durationSeconds: Int?
    public var distanceMeters: Int?
    /// A warm-up set: shown apart, never counted as a hard set.
    public var isWarmUp: Bool
    public var notes: String?

    public init(
        status: Status = .done, reps: Int? = nil, load: Load? = nil, rpe: Double? = nil, holdSeconds: Int? = nil,
        durationSeconds: Int? = nil, distanceMeters: Int? = nil, isWarmUp: Bool = false, notes: String? = nil
    ) {
        self.status = status
        self.reps = reps
        self.load = load
        self.rpe = rpe
        self.holdSeconds = holdSeconds
        self.durationSeconds = durationSeconds
        self.distanceMeters = distanceMeters
        self.isWarmUp = isWarmUp
        self.notes = notes
    }
}

extension ActualSet: Codable {
    enum CodingKeys: String, CodingKey {
        case status, reps, load, rpe, holdSeconds, durationSeconds, distanceMeters, warmUp, notes
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        status = try container.decode(Status.self, forKey: .status)
        reps = try container.decodeIfPresent(Int.self, forKey: .reps)
        load = try container.decodeIfPresent(Load.self, forKey: .load)
        rpe = try container.decodeIfPresent(Double.self, forKey: .rpe)
        holdSeconds = try container.decodeIfPresent(Int.self, forKey: .holdSeconds)
        durationSeconds = try container.decodeIfPresent(Int.self, forKey: .durationSeconds)
        distanceMeters = try container.decodeIfPresent(Int.self, forKey: .distanceMeters)
        isWarmUp = try container.decodeIfPresent(Bool.self, forKey: .warmUp) ?? false
        notes = try container.decodeIfPresent(String.self, forKey: .notes)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(status, forKey: .status)
        try container.encodeIfPresent(reps, forKey: .reps)
        try container.encodeIfPresent(load, forKey: .load)
        try container.encodeIfPresent(rpe, forKey: .rpe)
        try container.encodeIfPresent(holdSeconds, forKey: .holdSeconds)
        try container.encodeIfPresent(durationSeconds, forKey: .durationSeconds)
        try container.encodeIfPresent(distanceMeters, forKey: .distanceMeters)
        if isWarmUp { try container.encode(true, forKey: .warmUp) }
        try container.encodeIfPresent(notes, forKey: .notes)
    }
}
