import RegimenPlan

/// Changes found session instance by session instance, gathered into one line per subject and
/// aspect: a rule change that raises a lift's load in forty sessions reads as one line, with the
/// weeks it touches and the values before and after.
struct ChangeGroups {
    /// A line being gathered.
    struct Group {
        var kind: Change.Kind
        var aspect: ChangeAspect
        var subject: String
        var session: String?
        var exercise: String?
        var lift: String?
        /// The key of `lastWeeks` that says how far the subject runs, for "from week N".
        var extent: String
        /// Words between the subject and the values: `rest`, `tempo`, `added to Squat:`.
        var label: String
        /// The whole line without when, when it does not depend on the values (moves, renames).
        var fixedWhat: String?
        /// Where a value may be shortened after the part both sides share (`3×8 @ 47.5 kg → 50 kg`).
        var sharesPrefixAt: String?
        /// False when the values name the subject themselves (`Romanian deadlift → Good morning`).
        var showsSubject = true
        var occurrences: [Occurrence] = []
    }

    private var order: [String] = []
    private var groups: [String: Group] = [:]

    var isEmpty: Bool { order.isEmpty }

    /// Adds `occurrence` to the line `key`, starting it with `make` when it is new.
    mutating func add(_ key: String, _ occurrence: Occurrence, make: () -> Group) {
        if groups[key] == nil {
            order.append(key)
            groups[key] = make()
        }
        groups[key]?.occurrences.append(occurrence)
    }

    /// The extents the lines need, for `lastWeeks`.
    var extents: Set<String> { Set(groups.values.map(\.extent)) }

    /// The lines, in the order of their first date, then subject and key; `lastWeeks` gives the
    /// last week each extent runs to.
    func changes(lastWeeks: [String: Int]) -> [Change] {
        var result: [(key: String, change: Change)] = []
        result.reserveCapacity(order.count)
        for key in order {
            guard var group = groups[key] else { continue }
            group.occurrences.sort { ($0.date, $0.week, $0.session, $0.uid) < ($1.date, $1.week, $1.session, $1.uid) }
            result.append((key, ChangeGroups.change(group, lastWeek: lastWeeks[group.extent] ?? 0)))
        }
        result.sort { a, b in
            let first = (a.change.firstDate?.daysSinceEpoch ?? .min, b.change.firstDate?.daysSinceEpoch ?? .min)
            if first.0 != first.1 { return first.0 < first.1 }
            return (a.change.subject, a.key) < (b.change.subject, b.key)
        }
        return result.map(\.change)
    }

    static func change(_ group: Group, lastWeek: Int) -> Change {
        var weeks: [Int] = []
        var seenWeeks: Set<Int> = []
        for occurrence in group.occurrences where seenWeeks.insert(occurrence.week).inserted { weeks.append(occurrence.week) }
        weeks.sort()
        let pairs = ValuePairs(group.occurrences)
        let what = group.fixedWhat ?? {
            var label = group.label
            var values = pairs.text(sharingPrefixAt: group.sharesPrefixAt)
            if pairs.distinct.count > 1, let field = sharedField(group.occurrences) {
                // Sets that differ from week to week but in one number only: say that number.
                label = field
                values = ValuePairs(group.occurrences.map { occurrence in
                    var shown = occurrence
                    shown.old = occurrence.fieldChange?.old
                    shown.new = occurrence.fieldChange?.new
                    return shown
                }).text(sharingPrefixAt: nil)
            }
            return [group.showsSubject ? group.subject : "", label, values].filter { !$0.isEmpty }.joined(separator: " ")
        }()
        let count = group.occurrences.count
        let single = pairs.distinct.count == 1 ? pairs.distinct.first : nil
        let fields = Set(group.occurrences.flatMap(\.fields))
        return Change(
            kind: group.kind, aspect: group.aspect, subject: group.subject, session: group.session, exercise: group.exercise,
            lift: group.lift, when: WeekText.when(weeks, lastWeek: lastWeek),
            what: count > 1 ? "\(what) (\(WeekText.sessions(count)))" : what,
            old: single?.old, new: single?.new, fields: SetFieldChanges.order.filter(fields.contains), weeks: weeks,
            firstDate: group.occurrences.first?.date, occurrences: group.occurrences)
    }

    /// The one number every instance changed, with a uniform value on each side, if there is one.
    static func sharedField(_ occurrences: [Occurrence]) -> String? {
        guard let field = occurrences.first?.fieldChange?.field,
              occurrences.allSatisfy({ $0.fieldChange?.field == field }) else { return nil }
        return field
    }
}

/// The distinct before-and-after values of a line's instances, in order of first appearance,
/// with the weeks each appears in.
struct ValuePairs {
    struct Pair: Hashable {
        var old: String?
        var new: String?
    }

    private(set) var distinct: [Pair] = []
    private(set) var weeks: [Pair: [Int]] = [:]

    init(_ occurrences: [Occurrence]) {
        for occurrence in occurrences {
            let pair = Pair(old: occurrence.old, new: occurrence.new)
            if weeks[pair] == nil { distinct.append(pair) }
            if weeks[pair]?.last != occurrence.week { weeks[pair, default: []].append(occurrence.week) }
        }
    }

    /// `A → B`; several pairs in the same weeks (a session on two days) all listed; otherwise two
    /// pairs each with their weeks, more as the first and the last with `…` between.
    func text(sharingPrefixAt separator: String?) -> String {
        func show(_ pair: Pair) -> String { ValuePairs.arrow(pair.old, pair.new, sharingPrefixAt: separator) }
        func withWeeks(_ pair: Pair) -> String { "\(show(pair)) (\(WeekText.named(weeks[pair] ?? [])))" }
        if distinct.count > 1, distinct.count <= 7, distinct.allSatisfy({ weeks[$0] == weeks[distinct[0]] }) {
            return distinct.map(show).joined(separator: ", ")
        }
        switch distinct.count {
        case 0: return ""
        case 1: return show(distinct[0])
        case 2: return distinct.map(withWeeks).joined(separator: ", ")
        default: return "\(withWeeks(distinct[0])) … \(withWeeks(distinct[distinct.count - 1]))"
        }
    }

    /// `old → new`; a side without a value shows only the other. With a separator such as ` @ `,
    /// what both sides share up to it is said once: `3×8 @ 47.5 kg → 50 kg`; with ` ` (words),
    /// the words they start with: `double progression +2.5 kg every session → +5 kg every session`.
    static func arrow(_ old: String?, _ new: String?, sharingPrefixAt separator: String?) -> String {
        switch (old, new) {
        case (let old?, let new?):
            if separator == " ", let shared = sharedWords(old, new) {
                return "\(old) → \(new.dropFirst(shared))"
            }
            if let separator, separator != " ", let shared = sharedPrefix(old, new, through: separator) {
                return "\(old) → \(new.dropFirst(shared))"
            }
            return "\(old) → \(new)"
        case (let old?, nil): return old
        case (nil, let new?): return new
        case (nil, nil): return ""
        }
    }

    /// The length of the words both start with (and the space after them), when each has more.
    static func sharedWords(_ old: String, _ new: String) -> Int? {
        let before = old.split(separator: " ", omittingEmptySubsequences: false)
        let after = new.split(separator: " ", omittingEmptySubsequences: false)
        var count = 0
        while count < before.count - 1, count < after.count - 1, before[count] == after[count] { count += 1 }
        guard count > 0 else { return nil }
        return after[..<count].reduce(0) { $0 + $1.count + 1 }
    }

    /// The length of the text both share up to and including the only `separator` in each, when
    /// neither is a list (`, `) and the rest differs.
    static func sharedPrefix(_ old: String, _ new: String, through separator: String) -> Int? {
        guard !old.contains(", "), !new.contains(", "), let oldEnd = old.firstRange(of: separator)?.upperBound,
              let newEnd = new.firstRange(of: separator)?.upperBound else { return nil }
        let oldHead = old[..<oldEnd], newHead = new[..<newEnd]
        guard oldHead == newHead, old[oldEnd...].firstRange(of: separator) == nil, new[newEnd...].firstRange(of: separator) == nil else {
            return nil
        }
        return newHead.count
    }
}
