/// The rules of a time zone over the span of a plan, taken from the system's zone data by the
/// planner, so that backends (an iCalendar `VTIMEZONE`, say) need no zone database of their own.
public struct ZoneSnapshot: Hashable, Sendable, Codable {
    /// The IANA identifier, such as `Europe/London`.
    public var identifier: String
    /// The period in effect when the plan starts, then one period per transition up to the plan's
    /// end, in order.
    public var periods: [ZonePeriod]

    public init(identifier: String, periods: [ZonePeriod]) {
        self.identifier = identifier
        self.periods = periods
    }
}

/// A stretch of time with one UTC offset.
public struct ZonePeriod: Hashable, Sendable, Codable {
    /// When the period starts, in seconds since 1970-01-01T00:00:00Z; `nil` when the zone has
    /// never changed its offset.
    public var start: Int64?
    /// The offset in effect before `start` (equal to `offset` when `start` is `nil`).
    public var offsetBefore: Int
    /// Seconds east of UTC.
    public var offset: Int
    public var isDaylightSaving: Bool
    /// The abbreviation, such as `BST`.
    public var abbreviation: String

    public init(start: Int64?, offsetBefore: Int, offset: Int, isDaylightSaving: Bool, abbreviation: String) {
        self.start = start
        self.offsetBefore = offsetBefore
        self.offset = offset
        self.isDaylightSaving = isDaylightSaving
        self.abbreviation = abbreviation
    }
}
