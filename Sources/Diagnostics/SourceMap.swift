/// Where things are in the spec, for diagnostics about the compiled plan (the coaching lints),
/// which work from the plan and would otherwise have no place to point at. The checker records
/// them; the lints point at them.
public struct SourceMap: Sendable {
    public var program: SourceSpan
    public var weeks: SourceSpan?
    public var schedule: SourceSpan?
    /// Session names, by session id.
    public var sessions: [String: SourceSpan] = [:]
    /// Sessions' stated durations, by session id.
    public var sessionDurations: [String: SourceSpan] = [:]
    /// Exercise definitions, by exercise id.
    public var exercises: [String: SourceSpan] = [:]
    /// Items naming an exercise, by exercise id, in source order.
    public var items: [String: [SourceSpan]] = [:]
    /// `side:` of items, by exercise id.
    public var sides: [String: [SourceSpan]] = [:]
    /// `hold:` of items, by exercise id.
    public var holds: [String: [SourceSpan]] = [:]
    /// Progression rules of items, by exercise id.
    public var rules: [String: [SourceSpan]] = [:]
    /// Each session's prescriptions in order (a group's flattened), by session id: the place
    /// that names the exercise and the item's first progression rule, if any.
    public var sessionItems: [String: [ItemAnchor]] = [:]

    /// Where one prescription of a session is.
    public struct ItemAnchor: Sendable {
        public var exercise: SourceSpan
        public var rule: SourceSpan?

        public init(exercise: SourceSpan, rule: SourceSpan?) {
            self.exercise = exercise
            self.rule = rule
        }
    }

    public init(program: SourceSpan, weeks: SourceSpan? = nil, schedule: SourceSpan? = nil) {
        self.program = program
        self.weeks = weeks
        self.schedule = schedule
    }
}
