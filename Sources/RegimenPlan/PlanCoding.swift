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
