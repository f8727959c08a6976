import Testing
@testable import ZoneInfo

/// Which time zone names a program may use, and what each other name should be instead.
@Suite("Time zone names")
struct ZoneNameTests {
    let catalog = ZoneDatabase.system.catalog()

    func verdict(_ name: String) -> ZoneNameVerdict { ZoneNaming.verdict(for: name, in: catalog) }

    @Test func theSystemListsEveryName() {
        // Debian's tzdata ships tzdata.zi; without it the rules fall back to the zone tables.
        #expect(catalog.isComplete)
        #expect(catalog.names.contains("America/New_York"))
        #expect(catalog.links["US/Eastern"] == "America/New_York")
    }

    @Test(arguments: ["UTC", "Etc/UTC", "Europe/London", "America/New_York", "America/Argentina/Buenos_Aires",
                      "America/Indiana/Indianapolis", "Australia/Sydney", "Europe/Oslo", "Asia/Kolkata", "Asia/Calcutta"])
    func ianaNamesAreUsable(name: String) {
        #expect(verdict(name) == .usable)
    }

    @Test func everyGeographicNameInTheDataIsUsableAndNoOtherIs() {
        for name in catalog.names {
            let usable = verdict(name) == .usable
            #expect(usable == (ZoneCatalog.isGeographic(name) || name == "UTC" || name == "Etc/UTC"), "\(name)")
        }
    }

    @Test func abbreviationsGetTheZoneMostPeopleMean() {
        #expect(verdict("EST") == .abbreviation(likely: "America/New_York", others: ["America/Toronto", "America/Panama"]))
        #expect(verdict("pst") == .abbreviation(likely: "America/Los_Angeles", others: ["America/Vancouver"]))
        #expect(verdict("EST5EDT") == .abbreviation(likely: "America/New_York", others: ["America/Toronto", "America/Panama"]))
        if case .abbreviation(let likely, _) = verdict("CET") { #expect(likely == "Europe/Paris") } else { Issue.record("CET") }
        if case .abbreviation(let likely, _) = verdict("GMT") { #expect(likely == "Europe/London") } else { Issue.record("GMT") }
    }

    @Test func fixedOffsetsReadTheirSignTheWayTheirFamilyDoes() {
        #expect(ZoneNaming.fixedOffset("UTC-5") == -18_000)
        #expect(ZoneNaming.fixedOffset("GMT+1") == 3600)
        #expect(ZoneNaming.fixedOffset("UTC+05:30") == 19_800)
        #expect(ZoneNaming.fixedOffset("UTC\u{2212}0330") == -12_600)
        #expect(ZoneNaming.fixedOffset("+0100") == 3600)
        // POSIX and the tz database invert the sign of Etc/GMT names: Etc/GMT+5 is UTC−5.
        #expect(ZoneNaming.fixedOffset("Etc/GMT+5") == -18_000)
        #expect(ZoneNaming.fixedOffset("Etc/GMT-14") == 50_400)
        #expect(ZoneNaming.fixedOffset("UTC+15") == nil)
        #expect(ZoneNaming.fixedOffset("UTC") == nil)
        #expect(ZoneNaming.fixedOffset("US/Eastern") == nil)
        #expect(verdict("Etc/GMT+5") == .fixedOffset(seconds: -18_000, likely: "America/New_York"))
        #expect(verdict("UTC+7") == .fixedOffset(seconds: 25_200, likely: "Asia/Bangkok"))
        #expect(verdict("UTC+2:15") == .fixedOffset(seconds: 8100, likely: nil))
    }

    @Test func everyEtcGMTZoneIsAFixedOffsetAgreeingWithItsData() throws {
        for name in catalog.names where name.hasPrefix("Etc/GMT") && name.count > 7 {
            guard case .fixedOffset(let seconds, _) = verdict(name) else {
                #expect(verdict(name) == .legacyAlias(canonical: "UTC"), "\(name)")
                continue
            }
            let rules = try ZoneDatabase.system.rules(for: name).get()
            #expect(rules.type(at: 1_800_000_000).offset == seconds, "\(name)")
        }
    }

    @Test func legacyAliasesPointAtTheirCurrentName() {
        #expect(verdict("US/Eastern") == .legacyAlias(canonical: "America/New_York"))
        #expect(verdict("Japan") == .legacyAlias(canonical: "Asia/Tokyo"))
        #expect(verdict("GB") == .legacyAlias(canonical: "Europe/London"))
        #expect(verdict("Iceland") == .legacyAlias(canonical: "Atlantic/Reykjavik"))
        #expect(verdict("Zulu") == .legacyAlias(canonical: "UTC"))
        #expect(verdict("Etc/GMT") == .legacyAlias(canonical: "UTC"))
        #expect(verdict("GMT+0") == .legacyAlias(canonical: "UTC"))
    }

    @Test func cityNamesAndWrongCaseFindTheirZone() {
        #expect(verdict("New York") == .unknown(likely: "America/New_York"))
        #expect(verdict("new_york") == .unknown(likely: "America/New_York"))
        #expect(verdict("Sydney") == .unknown(likely: "Australia/Sydney"))
        #expect(verdict("europe/london") == .unknown(likely: "Europe/London"))
        #expect(verdict("São Paulo") == .unknown(likely: "America/Sao_Paulo"))
        #expect(verdict("Indianapolis") == .unknown(likely: "America/Indiana/Indianapolis"))
        #expect(verdict("Boston") == .unknown(likely: "America/New_York"))
        #expect(verdict("London, UK") == .unknown(likely: "Europe/London"))
        #expect(verdict("Atlantis") == .unknown(likely: nil))
        #expect(verdict("Factory") == .unknown(likely: nil))
        #expect(verdict("posix/Europe/London") == .unknown(likely: "Europe/London"))
    }

    @Test func withoutTzdataZiTheZoneTablesDecide() {
        let partial = ZoneCatalog(names: ["UTC", "Etc/UTC", "Europe/London"], zones: ["Europe/London"], links: [:], isComplete: false)
        #expect(ZoneNaming.verdict(for: "Europe/Oslo", in: partial) == .usable)
        #expect(ZoneNaming.verdict(for: "london", in: partial) == .unknown(likely: "Europe/London"))
        #expect(ZoneNaming.verdict(for: "CET", in: partial) == .abbreviation(likely: "Europe/Paris", others: ["Europe/Berlin", "Europe/Madrid", "Europe/Rome"]))
    }
}
