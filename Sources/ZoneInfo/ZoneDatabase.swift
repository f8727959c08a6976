#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Synchronization

/// The system's time zone data (`/usr/share/zoneinfo`, or the folder in `TZDIR`).
///
/// Loaded zones are cached; the database is safe to share between threads.
public final class ZoneDatabase: Sendable {
    public let directory: String
    private struct State {
        var cache: [String: ZoneRules] = [:]
        var names: [String]?
    }
    private let state = Mutex(State())

    public init(directory: String? = nil) {
        let fromEnvironment = getenv("TZDIR").map { String(cString: $0) }
        self.directory = directory ?? fromEnvironment ?? "/usr/share/zoneinfo"
    }

    /// The shared database at the default location.
    public static let system = ZoneDatabase()

    /// Why a zone could not be loaded.
    public enum LookupError: Error, Sendable, Equatable {
        case unknownZone
        case unreadable(String)
    }

    /// The rules of the zone named `identifier` (an IANA name such as `Europe/London`, or `UTC`).
    public func rules(for identifier: String) -> Result<ZoneRules, LookupError> {
        if let cached = state.withLock({ $0.cache[identifier] }) { return .success(cached) }
        guard ZoneDatabase.isPlausibleName(identifier) else { return .failure(.unknownZone) }
        guard let bytes = readFile(directory + "/" + identifier) else { return .failure(.unknownZone) }
        do {
            let rules = try TZifParser.parse(bytes, identifier: identifier)
            state.withLock { $0.cache[identifier] = rules }
            return .success(rules)
        } catch {
            return .failure(.unreadable(error.reason))
        }
    }

    /// Every zone name the database lists (from `tzdata.zi` or `zone1970.tab`), for suggestions.
    public func identifiers() -> [String] {
        if let names = state.withLock({ $0.names }) { return names }
        do {
            var found: [String] = ["UTC"]
            if let table = readFile(directory + "/tzdata.zi") {
                for line in String(decoding: table, as: UTF8.self).split(separator: "\n") {
                    let fields = line.split(separator: " ")
                    if fields.first == "Z", fields.count > 1 { found.append(String(fields[1])) }
                    if fields.first == "L", fields.count > 2 { found.append(String(fields[2])) }
                }
            } else if let table = readFile(directory + "/zone1970.tab") {
                for line in String(decoding: table, as: UTF8.self).split(separator: "\n") where !line.hasPrefix("#") {
                    let fields = line.split(separator: "\t")
                    if fields.count > 2 { found.append(String(fields[2])) }
                }
            }
            let names = Array(Set(found)).sorted()
            state.withLock { $0.names = names }
            return names
        }
    }

    /// Zone names are relative paths of letters, digits, `_`, `-`, `+` and `/`, never `..`.
    static func isPlausibleName(_ name: String) -> Bool {
        guard !name.isEmpty, name.utf8.count < 64, !name.hasPrefix("/"), !name.contains("..") else { return false }
        return name.unicodeScalars.allSatisfy { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || "_-+/".unicodeScalars.contains($0)) }
    }

    private func readFile(_ path: String) -> [UInt8]? {
        guard let file = fopen(path, "rb") else { return nil }
        defer { fclose(file) }
        var result: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 16_384)
        while true {
            let count = fread(&buffer, 1, buffer.count, file)
            if count > 0 { result.append(contentsOf: buffer[0..<count]) }
            if count < buffer.count { break }
            if result.count > 1 << 20 { return nil }
        }
        return result
    }
}
