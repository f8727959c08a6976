import RegimenValues

/// A kind of local time a zone uses: its offset, whether it is daylight-saving time, and its
/// abbreviation.
public struct LocalTimeType: Hashable, Sendable {
    /// Seconds east of UTC.
    public var offset: Int
    public var isDaylightSaving: Bool
    public var abbreviation: String
}

/// A moment when a zone switches from one local time type to another.
public struct ZoneTransition: Hashable, Sendable {
    /// Seconds since 1970-01-01T00:00:00Z.
    public var at: Int64
    public var before: LocalTimeType
    public var after: LocalTimeType
}

/// The complete rules of one time zone: recorded transitions, then a rule for the years after.
public struct ZoneRules: Sendable {
    public let identifier: String
    let initialType: LocalTimeType
    let transitions: [(at: Int64, type: LocalTimeType)]
    let footer: PosixTimeZone?

    init(identifier: String, initialType: LocalTimeType, transitions: [(at: Int64, type: LocalTimeType)], footer: PosixTimeZone?) {
        self.identifier = identifier
        self.initialType = initialType
        self.transitions = transitions
        self.footer = footer
    }

    /// The local time type in effect at `instant` (seconds since the epoch, UTC).
    public func type(at instant: Int64) -> LocalTimeType {
        if let last = transitions.last, instant >= last.at, let footer {
            return footer.type(at: instant)
        }
        if transitions.isEmpty, let footer { return footer.type(at: instant) }
        var low = 0, high = transitions.count
        while low < high {
            let mid = (low + high) / 2
            if transitions[mid].at <= instant { low = mid + 1 } else { high = mid }
        }
        return low == 0 ? initialType : transitions[low - 1].type
    }

    /// Every transition in `range`, in order, from the recorded data and the footer rule.
    public func transitions(in range: ClosedRange<Int64>) -> [ZoneTransition] {
        var result: [ZoneTransition] = []
        var previous = initialType
        for transition in transitions {
            if range.contains(transition.at), transition.type != previous {
                result.append(ZoneTransition(at: transition.at, before: previous, after: transition.type))
            }
            previous = transition.type
        }
        guard let footer else { return result }
        let ruleStart = transitions.last?.at ?? Int64.min
        let firstYear = CivilDate(daysSinceEpoch: Int(max(range.lowerBound, ruleStart) / 86_400)).year - 1
        let lastYear = CivilDate(daysSinceEpoch: Int(range.upperBound / 86_400)).year + 1
        guard firstYear <= lastYear else { return result }
        for year in firstYear...lastYear {
            for transition in footer.transitions(in: year) where transition.at > ruleStart && range.contains(transition.at) {
                result.append(transition)
            }
        }
        return result.sorted { $0.at < $1.at }
    }

    /// The UTC instant of a local wall-clock time, following RFC 5545: a time skipped by a
    /// spring-forward gap is moved forward by the gap; a time repeated in an autumn fold is taken
    /// at its first occurrence.
    public func instant(date: CivilDate, secondsOfDay: Int) -> (instant: Int64, offset: Int) {
        let local = Int64(date.daysSinceEpoch) * 86_400 + Int64(secondsOfDay)
        // Try the offsets in effect a day either side; the earliest consistent one wins.
        var earliest: Int64?
        for probe in [local - 86_400, local, local + 86_400] {
            let candidate = local - Int64(type(at: probe).offset)
            if Int64(type(at: candidate).offset) == local - candidate, candidate < (earliest ?? .max) { earliest = candidate }
        }
        if let earliest {
            return (earliest, type(at: earliest).offset)
        }
        // In a gap: interpret with the offset before the gap, which lands after it.
        let before = type(at: local - 86_400).offset
        let instant = local - Int64(before)
        return (instant, type(at: instant).offset)
    }
}
