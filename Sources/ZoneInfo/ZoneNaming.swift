/// What a time zone name written in a spec is, and what to write instead when it is not a name
/// a program may use (see `ZoneCatalog` for the rule).
public enum ZoneNameVerdict: Hashable, Sendable {
    /// `Europe/London`, `UTC`, `Etc/UTC`: use it (when the zone data can be loaded).
    case usable
    /// An abbreviation such as `EST`, `CET` or `EST5EDT`: one UTC offset all year (or, for the
    /// POSIX-style names, the US rules wherever the athlete is). `likely` is the zone most coaches
    /// mean by it; `others` are other zones that use the same abbreviation.
    case abbreviation(likely: String, others: [String])
    /// A fixed offset such as `UTC-5`, `GMT+1` or `Etc/GMT+5`, in seconds east of UTC, with the
    /// most populous zone at that offset when there is one.
    case fixedOffset(seconds: Int, likely: String?)
    /// A name the data keeps for compatibility (`US/Eastern`, `Japan`, `Zulu`, `GMT+0`) that means
    /// the same as `canonical`: correct, but not the name to write.
    case legacyAlias(canonical: String)
    /// Not a zone at all; `likely` is the usable zone it most plausibly means (`New York` →
    /// `America/New_York`, `europe/london` → `Europe/London`), when one is obvious.
    case unknown(likely: String?)
}

/// Classifies time zone names as written by coaches.
public enum ZoneNaming {
    public static func verdict(for name: String, in catalog: ZoneCatalog) -> ZoneNameVerdict {
        if name == "UTC" || name == "Etc/UTC" { return .usable }
        if !name.contains("/"), let guess = abbreviations[name.uppercased()] {
            return .abbreviation(likely: guess.likely, others: guess.others)
        }
        if let seconds = fixedOffset(name) {
            return seconds == 0 ? .legacyAlias(canonical: "UTC") : .fixedOffset(seconds: seconds, likely: zoneAtOffset[seconds])
        }
        if catalog.names.contains(name) {
            if ZoneCatalog.isGeographic(name) { return .usable }
            if let better = preferredTargets[name] { return .legacyAlias(canonical: better) }
            if let target = catalog.links[name] {
                if target == "Etc/UTC" || target == "Etc/GMT" { return .legacyAlias(canonical: "UTC") }
                if ZoneCatalog.isGeographic(target) { return .legacyAlias(canonical: target) }
            }
            if name == "Etc/GMT" { return .legacyAlias(canonical: "UTC") }
            return .unknown(likely: nil)
        }
        if !catalog.isComplete, ZoneCatalog.isGeographic(name) { return .usable }
        return .unknown(likely: likelyZone(for: name, in: catalog))
    }

    /// The usable zone a name that is not one most plausibly means: the same name in other
    /// letter case, a city the data names a zone for, or a large city that shares another
    /// city's zone. Misspellings are left to edit-distance suggestions.
    public static func likelyZone(for name: String, in catalog: ZoneCatalog) -> String? {
        let lower = name.lowercased()
        if let match = catalog.usableNames.first(where: { $0.lowercased() == lower }) { return match }
        // `London, UK` → `London`; `America/New York` → `New York`.
        let place = name.split(separator: ",").first.map(String.init) ?? name
        let city = place.split(separator: "/").last.map(String.init) ?? place
        let key = ZoneCatalog.cityKey(city)
        guard !key.isEmpty else { return nil }
        return catalog.cities[key] ?? citiesWithoutZones[key]
    }

    /// `UTC-5`, `GMT+1`, `UTC+05:30`, `+0100`, `Etc/GMT+5` (whose sign is inverted: UTC−5) → the
    /// offset in seconds east; `nil` for anything else.
    static func fixedOffset(_ name: String) -> Int? {
        var text = Substring(name.uppercased())
        var inverted = false
        for prefix in ["ETC/GMT", "ETC/UTC", "UTC", "GMT", "UT"] where text.hasPrefix(prefix) {
            text = text.dropFirst(prefix.count)
            inverted = prefix == "ETC/GMT"
            break
        }
        text = text.drop { $0 == " " }
        guard let sign = text.first, "+-\u{2212}".contains(sign) else { return nil }
        let digits = text.dropFirst().filter { $0 != ":" }
        guard !digits.isEmpty, digits.count <= 4, digits.allSatisfy({ $0.isASCII && $0.isNumber }),
              !text.dropFirst().contains(where: { !$0.isNumber && $0 != ":" }) else { return nil }
        let (hours, minutes): (Int?, Int?) = digits.count <= 2 ? (Int(digits), 0) : (Int(digits.dropLast(2)), Int(digits.suffix(2)))
        guard let hours, let minutes, hours <= 14, minutes < 60 else { return nil }
        let seconds = hours * 3600 + minutes * 60
        return (sign == "+") != inverted ? seconds : -seconds
    }

    /// Abbreviations and POSIX-style names, with the zone a coach most likely means.
    static let abbreviations: [String: (likely: String, others: [String])] = {
        let groups: [([String], String, [String])] = [
            (["EST", "EDT", "ET", "EST5EDT", "EASTERN"], "America/New_York", ["America/Toronto", "America/Panama"]),
            (["CST", "CDT", "CT", "CST6CDT", "CENTRAL"], "America/Chicago", ["America/Mexico_City", "Asia/Shanghai"]),
            (["MST", "MDT", "MT", "MST7MDT", "MOUNTAIN"], "America/Denver", ["America/Phoenix", "America/Edmonton"]),
            (["PST", "PDT", "PT", "PST8PDT", "PACIFIC"], "America/Los_Angeles", ["America/Vancouver"]),
            (["AKST", "AKDT"], "America/Anchorage", []),
            (["HST", "HDT"], "Pacific/Honolulu", []),
            (["AST", "ADT"], "America/Halifax", ["America/Puerto_Rico", "Asia/Riyadh"]),
            (["NST", "NDT"], "America/St_Johns", []),
            (["GMT", "BST"], "Europe/London", ["UTC", "Europe/Dublin"]),
            (["IST"], "Asia/Kolkata", ["Europe/Dublin", "Asia/Jerusalem"]),
            (["WET", "WEST"], "Europe/Lisbon", ["Atlantic/Canary"]),
            (["CET", "CEST", "MET", "MEST"], "Europe/Paris", ["Europe/Berlin", "Europe/Madrid", "Europe/Rome"]),
            (["EET", "EEST"], "Europe/Athens", ["Europe/Helsinki", "Europe/Bucharest", "Africa/Cairo"]),
            (["MSK"], "Europe/Moscow", []),
            (["JST"], "Asia/Tokyo", []),
            (["KST"], "Asia/Seoul", []),
            (["HKT"], "Asia/Hong_Kong", []),
            (["SGT"], "Asia/Singapore", []),
            (["PHT", "PHST"], "Asia/Manila", []),
            (["WIB"], "Asia/Jakarta", []),
            (["AEST", "AEDT"], "Australia/Sydney", ["Australia/Melbourne", "Australia/Brisbane"]),
            (["ACST", "ACDT"], "Australia/Adelaide", ["Australia/Darwin"]),
            (["AWST"], "Australia/Perth", []),
            (["NZST", "NZDT"], "Pacific/Auckland", []),
            (["SAST"], "Africa/Johannesburg", []),
            (["CAT"], "Africa/Maputo", []),
            (["EAT"], "Africa/Nairobi", []),
            (["WAT"], "Africa/Lagos", []),
            (["BRT", "BRST"], "America/Sao_Paulo", []),
            (["ART"], "America/Argentina/Buenos_Aires", []),
        ]
        var table: [String: (likely: String, others: [String])] = [:]
        for (names, likely, others) in groups {
            for name in names { table[name] = (likely, others) }
        }
        return table
    }()

    /// The most populous zone at each whole or common fractional offset (seconds east).
    static let zoneAtOffset: [Int: String] = [
        -11 * 3600: "Pacific/Pago_Pago", -10 * 3600: "Pacific/Honolulu", -9 * 3600: "America/Anchorage",
        -8 * 3600: "America/Los_Angeles", -7 * 3600: "America/Denver", -6 * 3600: "America/Chicago",
        -5 * 3600: "America/New_York", -4 * 3600: "America/Halifax", -12_600: "America/St_Johns",
        -3 * 3600: "America/Sao_Paulo", -2 * 3600: "America/Noronha", -1 * 3600: "Atlantic/Azores",
        1 * 3600: "Europe/Paris", 2 * 3600: "Europe/Athens", 3 * 3600: "Europe/Moscow", 12_600: "Asia/Tehran",
        4 * 3600: "Asia/Dubai", 16_200: "Asia/Kabul", 5 * 3600: "Asia/Karachi", 19_800: "Asia/Kolkata",
        20_700: "Asia/Kathmandu", 6 * 3600: "Asia/Dhaka", 23_400: "Asia/Yangon", 7 * 3600: "Asia/Bangkok",
        8 * 3600: "Asia/Shanghai", 9 * 3600: "Asia/Tokyo", 34_200: "Australia/Adelaide", 10 * 3600: "Australia/Sydney",
        11 * 3600: "Pacific/Noumea", 12 * 3600: "Pacific/Auckland", 13 * 3600: "Pacific/Tongatapu",
        14 * 3600: "Pacific/Kiritimati",
    ]

    /// Legacy names whose link in the data goes to a zone named for another city than the one
    /// people associate with the name (`Iceland` is a link to `Africa/Abidjan`).
    static let preferredTargets: [String: String] = ["Iceland": "Atlantic/Reykjavik"]

    /// Large cities the tz database has no zone named for, by `ZoneCatalog.cityKey`.
    static let citiesWithoutZones: [String: String] = {
        let groups: [(String, [String])] = [
            ("America/New_York", ["boston", "washington", "washingtondc", "philadelphia", "miami", "atlanta", "orlando",
                                  "charlotte", "pittsburgh", "baltimore", "brooklyn", "newark"]),
            ("America/Chicago", ["dallas", "houston", "austin", "sanantonio", "minneapolis", "stlouis", "saintlouis",
                                 "nashville", "neworleans", "kansascity", "milwaukee"]),
            ("America/Denver", ["saltlakecity", "albuquerque", "coloradosprings"]),
            ("America/Los_Angeles", ["seattle", "sanfrancisco", "sandiego", "sanjose", "portland", "lasvegas", "sacramento", "oakland"]),
            ("America/Toronto", ["ottawa", "quebec", "quebeccity"]),
            ("America/Edmonton", ["calgary"]),
            ("America/Sao_Paulo", ["rio", "riodejaneiro", "brasilia"]),
            ("Europe/London", ["manchester", "birmingham", "edinburgh", "glasgow", "cardiff", "liverpool", "leeds", "bristol", "belfast"]),
            ("Europe/Berlin", ["munich", "munchen", "frankfurt", "hamburg", "cologne", "koln", "stuttgart", "dusseldorf"]),
            ("Europe/Paris", ["marseille", "lyon", "toulouse", "nice", "bordeaux"]),
            ("Europe/Rome", ["milan", "milano", "naples", "napoli", "florence", "firenze", "turin", "torino"]),
            ("Europe/Madrid", ["barcelona", "valencia", "seville", "sevilla", "bilbao"]),
            ("Europe/Zurich", ["geneva", "geneve", "basel", "bern"]),
            ("Europe/Amsterdam", ["rotterdam", "utrecht", "thehague"]),
            ("Europe/Warsaw", ["krakow", "gdansk", "wroclaw"]),
            ("Europe/Moscow", ["stpetersburg", "saintpetersburg"]),
            ("Asia/Shanghai", ["beijing", "guangzhou", "shenzhen"]),
            ("Asia/Kolkata", ["mumbai", "delhi", "newdelhi", "bangalore", "bengaluru", "chennai", "hyderabad"]),
            ("Asia/Tokyo", ["osaka", "kyoto", "yokohama"]),
            ("Asia/Seoul", ["busan"]),
            ("Asia/Ho_Chi_Minh", ["hanoi", "saigon"]),
            ("Asia/Dubai", ["abudhabi"]),
            ("Australia/Brisbane", ["goldcoast"]),
            ("Pacific/Auckland", ["wellington", "christchurch"]),
            ("Africa/Johannesburg", ["capetown", "pretoria", "durban"]),
        ]
        var table: [String: String] = [:]
        for (zone, cities) in groups {
            for city in cities { table[city] = zone }
        }
        return table
    }()
}
