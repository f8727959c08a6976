import RegimenPlan

/// One athlete's program as an HTML page: the same card lines as the printed text cards (both
/// come from `SessionCard`), no JavaScript, readable on a phone, printable with no session split
/// across pages. Everything from the spec is escaped.
public struct AthletePage: Sendable {
    /// A link shown at the top of the page (the calendar feed, say); `href` is used as given.
    public struct Link: Hashable, Sendable {
        public var title: String
        public var href: String

        public init(title: String, href: String) {
            self.title = title
            self.href = href
        }
    }

    public var links: [Link]
    /// Print one session per page instead of one week per page.
    public var sessionPerPage: Bool
    /// The moment the page is made (seconds since 1970, UTC): the week holding that day (in the
    /// athlete's time zone) comes first, then the weeks after it, then the weeks already past.
    /// `nil`, or a day outside the program, lists the weeks in order.
    public var now: Int64?

    public init(links: [Link] = [], sessionPerPage: Bool = false, now: Int64? = nil) {
        self.links = links
        self.sessionPerPage = sessionPerPage
        self.now = now
    }

    /// The weeks in the order the page shows them, and the current week, if any.
    func weekOrder(plan: Plan, athlete: AthletePlan) -> (weeks: [Int], current: Int?) {
        let all = Array(1...max(1, plan.program.weeks))
        guard let now else { return (all, nil) }
        let today = Self.localDay(now, in: athlete.timeZone)
        let days = today.daysSinceEpoch - athlete.startDate.daysSinceEpoch
        guard days >= 0, case let current = days / 7 + 1, all.contains(current) else { return (all, nil) }
        return (Array(all[(current - 1)...]) + all[..<(current - 1)], current)
    }

    /// The calendar day `moment` falls on in `zone`.
    static func localDay(_ moment: Int64, in zone: ZoneSnapshot) -> CivilDate {
        let period = zone.periods.last { ($0.start ?? .min) <= moment } ?? zone.periods.first
        let offset = period.map { ($0.start ?? .min) <= moment ? $0.offset : $0.offsetBefore } ?? 0
        let local = moment + Int64(offset)
        return CivilDate(daysSinceEpoch: Int((local >= 0 ? local : local - 86_399) / 86_400))
    }

    public func html(plan: Plan, athlete: AthletePlan) -> String {
        var page = HTMLDocument()
        let title = athlete.name.map { "\(plan.program.name) – \($0)" } ?? plan.program.name
        page.raw("<!DOCTYPE html>")
        page.raw("<html lang=\"en\">")
        page.raw("<head>")
        page.raw("<meta charset=\"utf-8\">")
        page.raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
        page.raw("<meta name=\"robots\" content=\"noindex, nofollow, noarchive\">")
        page.raw("<meta name=\"referrer\" content=\"no-referrer\">")
        page.element("title", title)
        page.raw("<style>\n\(PageStyle.css)\n</style>")
        page.raw("</head>")
        page.raw(sessionPerPage ? "<body class=\"session-per-page\">" : "<body>")
        header(plan: plan, athlete: athlete, into: &page)
        page.raw("<main>")
        let order = weekOrder(plan: plan, athlete: athlete)
        for week in order.weeks {
            let sessions = athlete.sessions.filter { $0.week == week }
            self.week(week, sessions: sessions, plan: plan, athlete: athlete, isCurrent: week == order.current, into: &page)
        }
        page.raw("</main>")
        page.raw("</body>")
        page.raw("</html>")
        return page.text
    }

    func header(plan: Plan, athlete: AthletePlan, into page: inout HTMLDocument) {
        page.raw("<header>")
        page.element("h1", plan.program.name)
        var people: [String] = []
        if let name = athlete.name { people.append("Athlete: \(name)") }
        if let coach = plan.program.coach { people.append("Coach: \(coach)") }
        if !people.isEmpty { page.element("p", people.joined(separator: " · "), className: "meta") }
        page.element("p", "\(plan.program.weeks) weeks from \(PlanText.longDate(athlete.startDate)) · times in \(athlete.timeZone.identifier)",
                     className: "meta")
        if let notes = plan.program.notes { page.element("p", notes) }
        if !links.isEmpty {
            page.raw("<nav>")
            for link in links {
                page.raw("<a href=\"\(HTMLText.escape(link.href))\">\(HTMLText.escape(link.title))</a>")
            }
            page.raw("</nav>")
        }
        page.raw("</header>")
    }

    func week(_ week: Int, sessions: [SessionInstance], plan: Plan, athlete: AthletePlan, isCurrent: Bool, into page: inout HTMLDocument) {
        let first = athlete.startDate.adding(days: 7 * (week - 1))
        let last = first.adding(days: 6)
        var title = (isCurrent ? "This week: " : "") + "Week \(week) of \(plan.program.weeks)"
        if let phase = sessions.first?.phase ?? plan.program.phases.first(where: { ($0.firstWeek...$0.lastWeek).contains(week) })?.name {
            title += " · \(phase)"
        }
        page.raw("<section class=\"week\(isCurrent ? " current" : "")\" id=\"week-\(week)\">")
        page.element("h2", title)
        page.element("p", "\(PlanText.longDate(first)) – \(PlanText.longDate(last))", className: "meta")
        if sessions.isEmpty { page.element("p", "Rest week: no sessions.", className: "rest") }
        for session in sessions {
            card(SessionCard(session: session, plan: plan), into: &page)
        }
        page.raw("</section>")
    }

    func card(_ card: SessionCard, into page: inout HTMLDocument) {
        page.raw("<article class=\"session\">")
        page.element("h3", card.title)
        page.element("p", "\(card.dateLine) · \(card.timeLine)", className: "when")
        page.element("p", card.weekLine, className: "meta")
        if let notes = card.notes { page.element("p", notes) }
        page.raw("<ol class=\"entries\">")
        for entry in card.entries { self.entry(entry, into: &page) }
        page.raw("</ol>")
        page.raw("</article>")
    }

    func entry(_ entry: SessionCard.Entry, into page: inout HTMLDocument) {
        page.raw("<li class=\"entry\">")
        var head = "<span class=\"label\">\(HTMLText.escape(entry.label)).</span> \(HTMLText.escape(entry.title))"
        if !entry.prescription.isEmpty { head += " — <span class=\"prescription\">\(HTMLText.escape(entry.prescription))</span>" }
        if entry.boxes > 0, entry.boxes <= 12 {
            head += " <span class=\"boxes\" aria-hidden=\"true\">" + String(repeating: "☐", count: entry.boxes) + "</span>"
        }
        page.raw("<p>\(head)</p>")
        if !entry.details.isEmpty { page.element("p", entry.details.joined(separator: " · "), className: "details") }
        if !entry.cues.isEmpty {
            page.raw("<ul class=\"cues\">")
            for cue in entry.cues { page.element("li", cue) }
            page.raw("</ul>")
        }
        if !entry.members.isEmpty {
            page.raw("<ol class=\"entries\">")
            for member in entry.members { self.entry(member, into: &page) }
            page.raw("</ol>")
        }
        if entry.boxes > 0 { logTable(rows: min(entry.boxes, 20), roundLabel: entry.members.isEmpty ? "Set" : "Round", into: &page) }
        page.raw("</li>")
    }

    /// On paper: a row per set (or round) to write what was done.
    func logTable(rows: Int, roundLabel: String, into page: inout HTMLDocument) {
        page.raw("<table class=\"log\">")
        page.raw("<thead><tr><th scope=\"col\">\(roundLabel)</th><th scope=\"col\">Load</th><th scope=\"col\">Reps</th><th scope=\"col\">RPE</th></tr></thead>")
        page.raw("<tbody>")
        for row in 1...rows { page.raw("<tr><td>\(row)</td><td></td><td></td><td></td></tr>") }
        page.raw("</tbody>")
        page.raw("</table>")
    }
}
