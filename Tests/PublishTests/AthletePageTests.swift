import AthletePage
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
}
