import RegimenValues

/// The names the system's zone data lists, and which of them a program may use.
///
/// A program's time zone must be an IANA `Area/Location` name in one of the ten geographic areas
/// of the tz database (`Africa`, `America`, `Antarctica`, `Arctic`, `Asia`, `Atlantic`,
/// `Australia`, `Europe`, `Indian`, `Pacific`; see the tz project's *Theory and pragmatics*),
/// such as `Europe/London` or `America/Argentina/Buenos_Aires`, or `UTC` (also written
/// `Etc/UTC`). Every other name in the data is an abbreviation (`EST`, `CET`), a POSIX-style
/// rule (`EST5EDT`), a fixed offset (`Etc/GMT+5`) or a legacy alias kept for compatibility
/// (`US/Eastern`, `Japan`); `ZoneNaming` says what each one should be instead.
public struct ZoneCatalog: Sendable {
    /// Every zone and link name the data lists.
    public let names: Set<String>
    /// Names defined as zones (`Z` lines of `tzdata.zi`), as opposed to links.
    public let zones: Set<String>
    /// Each link name with the zone it finally refers to.
    public let links: [String: String]
    /// True when the names come from `tzdata.zi` and so are all there are. False when only the
    /// `zone.tab` tables were found (some macOS versions): a usable name may then be missing
    /// from `names`, and only loading it decides.
    public let isComplete: Bool
    /// The names a program may use, sorted: `UTC`, `Etc/UTC` and the geographic names.
    public let usableNames: [String]
    /// A city's name in a normal form (see `cityKey`) → the usable zone named for it.
    public let cities: [String: String]
    /// The keys of `cities`, sorted, for suggestions.
    public let cityKeys: [String]

    /// The ten geographic areas of the tz database.
    public static let areas: Set<Substring> = [
        "Africa", "America", "Antarctica", "Arctic", "Asia", "Atlantic", "Australia", "Europe", "Indian", "Pacific",
    ]

    /// `Area/Location` with `Area` a geographic area (`America/Indiana/Indianapolis` included).
    public static func isGeographic(_ name: String) -> Bool {
        let parts = name.split(separator: "/", omittingEmptySubsequences: false)
        return parts.count >= 2 && areas.contains(parts[0]) && parts.dropFirst().allSatisfy { !$0.isEmpty }
    }

    /// `New York`, `new_york`, `NEW-YORK` and `New_York` all become `newyork`; diacritics are
    /// dropped (`Zürich` → `zurich`).
    public static func cityKey(_ text: some StringProtocol) -> String {
        String(String.UnicodeScalarView(Transliteration.latinToASCII(String(text)).lowercased().unicodeScalars.filter {
            ("a"..."z").contains($0) || ("0"..."9").contains($0)
        }))
    }

    public init(names: Set<String>, zones: Set<String>, links: [String: String], isComplete: Bool) {
        self.names = names
        self.zones = zones
        var resolved: [String: String] = [:]
        for (name, target) in links {
            // Follow chains of links (rare, but the format allows them), at most a few steps.
            var end = target
            for _ in 0..<8 { guard let next = links[end] else { break }; end = next }
            resolved[name] = end
        }
        self.links = resolved
        self.isComplete = isComplete
        let usable = names.filter { $0 == "UTC" || $0 == "Etc/UTC" || Self.isGeographic($0) }.union(["UTC", "Etc/UTC"])
        usableNames = usable.sorted()
        // A city's zone: a zone of its own wins over a link, then the shorter name
        // (`America/Indianapolis` is a link; `America/Indiana/Indianapolis` is the zone).
        var cities: [String: String] = [:]
        for name in usableNames where Self.isGeographic(name) {
            guard let city = name.split(separator: "/").last else { continue }
            let key = Self.cityKey(city)
            if let existing = cities[key] {
                let better = (zones.contains(name) ? 1 : 0, -name.count) > (zones.contains(existing) ? 1 : 0, -existing.count)
                if !better { continue }
            }
            cities[key] = name
        }
        self.cities = cities
        cityKeys = cities.keys.sorted()
    }

    /// Reads the catalog from a zone data folder: `tzdata.zi` (every zone and link), or else
    /// `zone1970.tab` and `zone.tab` (the geographic zones only).
    static func read(from directory: String, readFile: (String) -> [UInt8]?) -> ZoneCatalog {
        var names: Set<String> = ["UTC", "Etc/UTC"]
        var zones: Set<String> = []
        var links: [String: String] = [:]
        if let table = readFile(directory + "/tzdata.zi") {
            for line in String(decoding: table, as: UTF8.self).split(separator: "\n") {
                let fields = line.split(separator: " ")
                if fields.first == "Z", fields.count > 1 {
                    names.insert(String(fields[1]))
                    zones.insert(String(fields[1]))
                }
                if fields.first == "L", fields.count > 2 {
                    names.insert(String(fields[2]))
                    links[String(fields[2])] = String(fields[1])
                }
            }
            return ZoneCatalog(names: names, zones: zones, links: links, isComplete: true)
        }
        for file in ["zone1970.tab", "zone.tab"] {
            guard let table = readFile(directory + "/" + file) else { continue }
            for line in String(decoding: table, as: UTF8.self).split(separator: "\n") where !line.hasPrefix("#") {
                let fields = line.split(separator: "\t")
                if fields.count > 2 {
                    names.insert(String(fields[2]))
                    zones.insert(String(fields[2]))
                }
            }
        }
        return ZoneCatalog(names: names, zones: zones, links: links, isComplete: false)
    }
}
