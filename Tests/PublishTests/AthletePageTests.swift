@testable import AthletePage
import Foundation
import RegimenKit
import RegimenPlan
import Testing

/// The athlete page: the same card lines as the text backend, everything from the spec escaped.
struct AthletePageTests {
    static let root: String = {
        let file = #filePath
        return String(file[..<file.range(of: "/Tests/PublishTests/")!.lowerBound])
    }()

    static func plan() throws -> Plan {
        try #require(Compiler().compile(root + "/Programs/runner-hip-balance.yaml").plan)
    }

    @Test("Text from the spec is escaped: markup in names, titles, cues and notes is shown, never run")
    func escapesSpecText() throws {
        var plan = try Self.plan()
        plan.program.name = "<script>alert('x')</script> & co"
        plan.program.notes = "\"quoted\" <b>bold</b>\u{7}"
        plan.athletes[0].name = "<img src=x onerror=alert(1)>"
        plan.athletes[0].sessions[0].title = "</h3><h1>Pwned"
        let html = AthletePage(links: [AthletePage.Link(title: "<feed>", href: "feed.ics?a=1&b=\"2\"")]).html(plan: plan, athlete: plan.athletes[0])
        #expect(!html.contains("<script>") && !html.contains("<img") && !html.contains("<b>") && !html.contains("<h1>Pwned"))
        #expect(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; co"))
        #expect(html.contains("&quot;quoted&quot; &lt;b&gt;bold&lt;/b&gt;</p>"))
        #expect(html.contains("href=\"feed.ics?a=1&amp;b=&quot;2&quot;\">&lt;feed&gt;</a>"))
        #expect(HTMLText.escape("a\u{0}b\u{1B}c\u{85}d\u{FFFE}e\tf") == "abcd" + "e\tf")
    }

    @Test("Every session is one article with the card model's lines, one log row per set, in week sections")
    func sameLinesAsTheCards() throws {
        let plan = try Self.plan()
        let athlete = plan.athletes[0]
        let html = AthletePage().html(plan: plan, athlete: athlete)
        #expect(html.components(separatedBy: "<article class=\"session\">").count - 1 == athlete.sessions.count)
        #expect(html.components(separatedBy: "<section class=\"week\"").count - 1 == plan.program.weeks)
        let card = SessionCard(session: athlete.sessions[0], plan: plan)
        #expect(html.contains("<p class=\"when\">\(card.dateLine) · \(card.timeLine)</p>"))
        for entry in card.entries where !entry.prescription.isEmpty {
            #expect(html.contains(HTMLText.escape(entry.title)) && html.contains(HTMLText.escape(entry.prescription)))
        }
        #expect(html.contains(".session { break-inside: avoid; page-break-inside: avoid; }"))
        #expect(html.contains("<meta name=\"robots\" content=\"noindex"))
        #expect(!html.contains("<script"))
    }

    /// The week ids in the order the page shows them.
    static func weekOrder(_ html: String) -> [Int] {
        html.components(separatedBy: "id=\"week-").dropFirst().compactMap { Int($0.prefix { $0.isNumber }) }
    }

    @Test("The week holding the publish day (in the athlete's zone) comes first, then later weeks, then past ones")
    func currentWeekFirst() throws {
        let plan = try Self.plan()
        let athlete = plan.athletes[0]
        let weeks = plan.program.weeks
        #expect(weeks >= 3)
        let noon = { (days: Int) in Int64(athlete.startDate.adding(days: days).daysSinceEpoch) * 86_400 + 12 * 3600 }
        let html = AthletePage(now: noon(2 * 7 + 3)).html(plan: plan, athlete: athlete)
        #expect(Self.weekOrder(html) == Array(3...weeks) + [1, 2])
        #expect(html.contains("<section class=\"week current\" id=\"week-3\">"))
        #expect(html.contains("<h2>This week: Week 3 of \(weeks)"))
        #expect(html.components(separatedBy: "class=\"week current\"").count == 2)
        // Before the program starts, after it ends, or without a date: the weeks in order.
        for now in [noon(-1), noon(7 * weeks), nil] {
            let page = AthletePage(now: now).html(plan: plan, athlete: athlete)
            #expect(Self.weekOrder(page) == Array(1...weeks))
            #expect(!page.contains("This week"))
        }
        // The same moment gives the same page.
        #expect(AthletePage(now: noon(17)).html(plan: plan, athlete: athlete) == AthletePage(now: noon(17)).html(plan: plan, athlete: athlete))
    }

    @Test("The local day decides the week: late on the last day of week 1 in UTC is already week 2 further east")
    func localDay() throws {
        let zone = ZoneSnapshot(identifier: "Pacific/Auckland", periods: [ZonePeriod(start: nil, offsetBefore: 46_800, offset: 46_800, isDaylightSaving: true, abbreviation: "NZDT")])
        let start = CivilDate(daysSinceEpoch: 20_000)
        let lateUTC = Int64(start.adding(days: 6).daysSinceEpoch) * 86_400 + 20 * 3600
        #expect(AthletePage.localDay(lateUTC, in: zone) == start.adding(days: 7))
        let utc = ZoneSnapshot(identifier: "UTC", periods: [])
        #expect(AthletePage.localDay(lateUTC, in: utc) == start.adding(days: 6))
    }

    @Test("One session per printed page: the option sets the class the print stylesheet breaks on")
    func sessionPerPage() throws {
        let plan = try Self.plan()
        #expect(AthletePage(sessionPerPage: true).html(plan: plan, athlete: plan.athletes[0]).contains("<body class=\"session-per-page\">"))
        #expect(AthletePage().html(plan: plan, athlete: plan.athletes[0]).contains("<body>"))
    }
}
