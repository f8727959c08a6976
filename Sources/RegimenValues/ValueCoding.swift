// Codable forms of the shared value types, as they appear in the Plan's JSON
// (`schema/plan.schema.json`).

extension CivilDate: Codable {
    /// Decodes `2027-01-04`.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
              let date = CivilDate(year: year, month: month, day: day)
        else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "expected a date like 2027-01-04, got \(text)")
        }
        self = date
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}

extension LocalTime: Codable {
    /// Decodes `07:00`.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        let parts = text.split(separator: ":")
        guard parts.count == 2, parts[0].count == 2, parts[1].count == 2,
              let hour = Int(parts[0]), let minute = Int(parts[1]), let time = LocalTime(hour: hour, minute: minute)
        else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "expected a time like 07:00, got \(text)")
        }
        self = time
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}

extension Weekday: Codable {
    /// Decodes the three-letter key, `mon`.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let day = Weekday.allCases.first(where: { $0.key == text }) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "expected a weekday like mon, got \(text)")
        }
        self = day
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(key)
    }
}

extension MassUnit: Codable {}

extension Mass: Codable {
    enum CodingKeys: String, CodingKey {
        case amount
        case unit
    }

    /// Decodes `{"amount": 42.5, "unit": "kg"}`.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let amount = try container.decode(Double.self, forKey: .amount)
        guard amount.isFinite, abs(amount) < 1e12 else {
            throw DecodingError.dataCorruptedError(forKey: .amount, in: container, debugDescription: "amount out of range")
        }
        self.init(thousandths: Int64((amount * 1000).rounded()), unit: try container.decode(MassUnit.self, forKey: .unit))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(Double(thousandths) / 1000, forKey: .amount)
        try container.encode(unit, forKey: .unit)
    }
}

extension Reps: Codable {
    enum CodingKeys: String, CodingKey {
        case min
        case max
        case amrap
    }

    /// Decodes `{"min": 8, "max": 12}`; exact reps have `min == max`; as many as possible has
    /// `"amrap": true` and no `max`.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let minimum = try container.decode(Int.self, forKey: .min)
        if try container.decodeIfPresent(Bool.self, forKey: .amrap) == true {
            self = .asManyAsPossible(minimum: minimum)
            return
        }
        let maximum = try container.decode(Int.self, forKey: .max)
        self = maximum == minimum ? .exactly(minimum) : .range(minimum, maximum)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        switch self {
        case .exactly(let count):
            try container.encode(count, forKey: .min)
            try container.encode(count, forKey: .max)
        case .range(let lower, let upper):
            try container.encode(lower, forKey: .min)
            try container.encode(upper, forKey: .max)
        case .asManyAsPossible(let minimum):
            try container.encode(minimum, forKey: .min)
            try container.encode(true, forKey: .amrap)
        }
    }
}

