import AthletePage
import ICSBackend
import RegimenPlan

/// How a site is published.
public struct PublishSettings: Sendable {
    public var secret: SiteSecret
    /// Salts by athlete id: changing one moves that athlete's URLs (after a leak).
    public var salts: [String: String]
    /// Where the site is served, `https://example.org/training`, for absolute and `webcal://`
    /// links; without it the pages link relatively.
    public var baseURL: String?
    /// Minutes before a timed session to remind the athlete; 0 for none.
    public var alarmMinutes: Int
    /// Reminders in the coach's combined calendars: none by default, never the athletes'.
    public var coachAlarmMinutes: Int
    /// How often calendar apps should refresh a feed, in hours; 0 to leave it to them.
    public var refreshHours: Int
    /// A fixed build time (`SOURCE_DATE_EPOCH`), for `DTSTAMP`s of new and changed events.
    public var buildTimestamp: Int64?
    /// When this publication happened, in seconds since the epoch, shown on the coach's page;
    /// athlete pages show the week holding that day first.
    public var publishedAt: Int64
    /// Athlete pages print one session per page instead of one week per page.
    public var sessionPerPage = false

    public init(
        secret: SiteSecret, salts: [String: String] = [:], baseURL: String? = nil, alarmMinutes: Int = 0, coachAlarmMinutes: Int = 0,
        refreshHours: Int = 12, buildTimestamp: Int64? = nil, publishedAt: Int64
    ) {
        self.secret = secret
        self.salts = salts
        self.baseURL = baseURL.map { $0.hasSuffix("/") ? String($0.dropLast()) : $0 }
        self.alarmMinutes = alarmMinutes
        self.coachAlarmMinutes = coachAlarmMinutes
        self.refreshHours = refreshHours
        self.buildTimestamp = buildTimestamp
        self.publishedAt = publishedAt
    }
}

/// One athlete's place on the site.
public struct PublishedAthlete: Hashable, Sendable {
    public var program: String
    public var programName: String
    public var id: String
    public var name: String?
    /// The athlete's folder (the token), relative to the site.
    public var folder: String
}

/// A site's files, before they are written.
public struct PublishedSite: Sendable {
    public var files: [OutputFile]
    public var athletes: [PublishedAthlete]
    /// The coach's folder (roster page, coach feeds, the site's state).
    public var coachFolder: String
    public var warnings: [String]
    /// Reasons not to publish anything.
    public var problems: [String]
}

/// Lays out a static site: per athlete a folder named by a token holding `feed.ics` (the `ics`
/// backend's calendar, carrying `SEQUENCE` and `DTSTAMP` forward from the feed already there) and
/// `index.html` (the athlete page); a coach folder with the roster and combined feeds; at the
/// root only `robots.txt` and an empty `index.html`, so that nothing lists the folders.
public struct SitePublisher: Sendable {
    public static let feedName = "feed.ics"
    public static let pageName = "index.html"

    public var settings: PublishSettings

    public init(settings: PublishSettings) {
        self.settings = settings
    }

    /// The site for `plans`; `previous` reads a file of the site as it was (by relative path).
    public func publish(_ plans: [Plan], previous: @escaping @Sendable (String) -> [UInt8]?) -> PublishedSite {
        let coach = settings.secret.coachToken
        var site = PublishedSite(files: [], athletes: [], coachFolder: coach, warnings: [], problems: [])
        var owners: [String: String] = [:]
        for plan in plans {
            for athlete in plan.athletes {
                let folder = settings.secret.athleteToken(program: plan.program.id, athlete: athlete.id, salt: settings.salts[athlete.id] ?? "")
                if let other = owners[folder] {
                    site.problems.append("athlete `\(athlete.id)` of program `\(plan.program.id)` would share a folder with \(other); give one of the programs another `id:`")
                    continue
                }
                owners[folder] = "athlete `\(athlete.id)` of program `\(plan.program.id)`"
                publishAthlete(athlete, of: plan, folder: folder, previous: previous, into: &site)
            }
            coachFeed(plan, previous: previous, into: &site)
        }
        site.files.append(OutputFile(path: "\(coach)/\(Self.pageName)", text: CoachPage(settings: settings, site: site, plans: plans).html))
        site.files.append(OutputFile(path: "robots.txt", text: "User-agent: *\nDisallow: /\n"))
        site.files.append(OutputFile(path: Self.pageName, text: CoachPage.emptyRoot))
        return site
    }

    func publishAthlete(_ athlete: AthletePlan, of plan: Plan, folder: String, previous: @escaping @Sendable (String) -> [UInt8]?,
                        into site: inout PublishedSite) {
        var single = plan
        single.athletes = [athlete]
        let feedPath = "\(folder)/\(Self.feedName)"
        let calendar = render(single, path: feedPath, alarm: settings.alarmMinutes, combined: false, previous: previous, into: &site)
        guard let feed = calendar.first(where: { $0.path.hasSuffix(".ics") }) else { return }
        site.files.append(OutputFile(path: feedPath, contents: feed.contents))
        var links = [AthletePage.Link(title: "Calendar feed (.ics)", href: Self.feedName)]
        if let url = url(feedPath, scheme: "webcal") { links.append(AthletePage.Link(title: "Subscribe in your calendar app", href: url)) }
        let page = AthletePage(links: links, sessionPerPage: settings.sessionPerPage, now: settings.publishedAt).html(plan: single, athlete: athlete)
        site.files.append(OutputFile(path: "\(folder)/\(Self.pageName)", text: page))
        site.athletes.append(PublishedAthlete(program: plan.program.id, programName: plan.program.name, id: athlete.id, name: athlete.name, folder: folder))
    }

    /// The coach's calendar with every athlete of `plan`, with the coach's own alarm setting.
    func coachFeed(_ plan: Plan, previous: @escaping @Sendable (String) -> [UInt8]?, into site: inout PublishedSite) {
        let path = "\(site.coachFolder)/\(plan.program.id).ics"
        let files = render(plan, path: path, alarm: settings.coachAlarmMinutes, combined: true, previous: previous, into: &site)
        guard let feed = files.first(where: { $0.path == plan.program.id + ".coach.ics" }) else { return }
        site.files.append(OutputFile(path: path, contents: feed.contents))
    }

    /// The `ics` backend's files for `plan`, whose calendar is to be published at `path`: its
    /// previous build is the feed there now.
    func render(_ plan: Plan, path: String, alarm: Int, combined: Bool, previous: @escaping @Sendable (String) -> [UInt8]?,
                into site: inout PublishedSite) -> [OutputFile] {
        let backendName = combined ? plan.program.id + ".coach.ics" : OutputNaming.baseName(plan: plan, athlete: plan.athletes[0]) + ".ics"
        let context = RenderContext(compilerVersion: "", buildTimestamp: settings.buildTimestamp) { requested in
            requested == backendName ? previous(path) : nil
        }
        var options = ["alarm": String(alarm), "refresh-hours": String(settings.refreshHours), "cancel-removed": "true"]
        if combined { options["combined"] = "true" }
        do {
            let output = try ICSBackend().render(plan, options: BackendOptionValues(options), context: context)
            for diagnostic in output.diagnostics {
                let message = diagnostic.message.replacingFirst(backendName, with: path)
                if diagnostic.severity == .error { site.problems.append(message) } else { site.warnings.append(message) }
            }
            return output.files
        } catch {
            site.problems.append("\(path): \(error.message)")
            return []
        }
    }

    /// `https://host/path/relative`, or with another scheme (`webcal`); `nil` without a base URL.
    func url(_ relative: String, scheme: String = "https") -> String? {
        guard let base = settings.baseURL else { return nil }
        let full = "\(base)/\(relative)"
        guard scheme != "https", let colon = full.firstIndex(of: ":") else { return full }
        return scheme + full[colon...]
    }
}

extension String {
    /// The string with `target` at its start replaced (a backend's file name in its message).
    func replacingFirst(_ target: String, with replacement: String) -> String {
        guard !target.isEmpty, hasPrefix(target) else { return self }
        return replacement + dropFirst(target.count)
    }
}
