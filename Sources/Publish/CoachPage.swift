import AthletePage
import RegimenPlan

/// The coach's page: the roster with each athlete's page and feed (`https://` and `webcal://`
/// when the site's address is known), the coach's combined feeds, and when the site was last
/// published. It lives in the coach's own token folder; the site's root lists nothing.
struct CoachPage {
    let settings: PublishSettings
    let site: PublishedSite
    let plans: [Plan]

    var html: String {
        let publisher = SitePublisher(settings: settings)
        var lines = CoachPage.head(title: "Regimen – published programs")
        lines.append("<h1>Published programs</h1>")
        lines.append("<p class=\"meta\">Last published \(HTMLText.escape(CoachPage.timestamp(settings.publishedAt)))</p>")
        if settings.baseURL == nil {
            lines.append("<p class=\"meta\">Links are relative to this page: publish with <code>--base-url</code> to show the full <code>https://</code> and <code>webcal://</code> addresses to send to athletes.</p>")
        }
        for plan in plans {
            lines.append("<h2>\(HTMLText.escape(plan.program.name))</h2>")
            let feed = "\(plan.program.id).ics"
            var coachFeed = "<a href=\"\(HTMLText.escape(feed))\">All athletes’ sessions (.ics)</a>"
            if let webcal = publisher.url("\(site.coachFolder)/\(feed)", scheme: "webcal") {
                coachFeed += " · <a href=\"\(HTMLText.escape(webcal))\">subscribe</a>"
            }
            lines.append("<p>\(coachFeed)</p>")
            lines.append("<table>")
            lines.append("<thead><tr><th scope=\"col\">Athlete</th><th scope=\"col\">Page</th><th scope=\"col\">Feed</th></tr></thead>")
            lines.append("<tbody>")
            for athlete in site.athletes where athlete.program == plan.program.id {
                let page = "../\(athlete.folder)/"
                let feedPath = "\(athlete.folder)/\(SitePublisher.feedName)"
                let pageText = publisher.url("\(athlete.folder)/") ?? page
                var feedCell = "<a href=\"\(HTMLText.escape(publisher.url(feedPath) ?? "../" + feedPath))\">\(HTMLText.escape(publisher.url(feedPath) ?? "feed.ics"))</a>"
                if let webcal = publisher.url(feedPath, scheme: "webcal") {
                    feedCell += "<br><a href=\"\(HTMLText.escape(webcal))\">\(HTMLText.escape(webcal))</a>"
                }
                let who = athlete.name.map { "\($0) (\(athlete.id))" } ?? athlete.id
                lines.append("<tr><td>\(HTMLText.escape(who))</td><td><a href=\"\(HTMLText.escape(page))\">\(HTMLText.escape(pageText))</a></td><td>\(feedCell)</td></tr>")
            }
            lines.append("</tbody>")
            lines.append("</table>")
        }
        lines += ["</body>", "</html>"]
        return lines.joined(separator: "\n") + "\n"
    }

    /// The site root's page: says nothing about who is published.
    static var emptyRoot: String {
        (head(title: "Nothing here") + ["<p>Nothing here.</p>", "</body>", "</html>"]).joined(separator: "\n") + "\n"
    }

    static func head(title: String) -> [String] {
        [
            "<!DOCTYPE html>", "<html lang=\"en\">", "<head>", "<meta charset=\"utf-8\">",
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">",
            "<meta name=\"robots\" content=\"noindex, nofollow, noarchive\">",
            "<meta name=\"referrer\" content=\"no-referrer\">",
            "<title>\(HTMLText.escape(title))</title>",
            "<style>body { font: 1rem/1.45 system-ui, sans-serif; margin: 0 auto; padding: 0.75rem; max-width: 60rem; overflow-wrap: anywhere; } "
                + "table { border-collapse: collapse; width: 100%; } th, td { border: 1px solid; padding: 0.25rem 0.4rem; text-align: left; vertical-align: top; } "
                + ".meta { color: GrayText; }</style>",
            "</head>", "<body>",
        ]
    }

    /// `2026-11-27 13:05 UTC`.
    static func timestamp(_ seconds: Int64) -> String {
        let days = Int(seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400)
        let time = Int(seconds - Int64(days) * 86_400)
        let date = CivilDate(daysSinceEpoch: days)
        return "\(date) \(Padded.digits(time / 3600, 2)):\(Padded.digits(time % 3600 / 60, 2)) UTC"
    }
}
