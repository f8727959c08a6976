/// How a diff says which weeks a change touches.
enum WeekText {
    /// `from week 5` when two or more weeks run without a gap to `lastWeek` (the last week the
    /// subject appears in), else `week 3` or `weeks 2–4, 6`.
    static func when(_ weeks: [Int], lastWeek: Int) -> String {
        guard let first = weeks.first, let last = weeks.last else { return "" }
        if weeks.count > 1, weeks.count == last - first + 1, last >= lastWeek {
            return "from week \(first)"
        }
        return weeks.count == 1 ? "week \(first)" : "weeks \(ranges(weeks))"
    }

    /// `2–4, 6, 8–9` for ascending, distinct weeks.
    static func ranges(_ weeks: [Int]) -> String {
        var parts: [String] = []
        var index = 0
        while index < weeks.count {
            var end = index
            while end + 1 < weeks.count, weeks[end + 1] == weeks[end] + 1 { end += 1 }
            parts.append(end == index ? "\(weeks[index])" : "\(weeks[index])–\(weeks[end])")
            index = end + 1
        }
        return parts.joined(separator: ", ")
    }

    /// `week 3` or `weeks 2–4, 6`.
    static func named(_ weeks: [Int]) -> String {
        weeks.count == 1 ? "week \(weeks[0])" : "weeks \(ranges(weeks))"
    }

    /// `1 session`, `8 sessions`.
    static func sessions(_ count: Int) -> String {
        count == 1 ? "1 session" : "\(count) sessions"
    }
}
