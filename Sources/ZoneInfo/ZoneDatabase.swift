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
        var catalog: ZoneCatalog?
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

    /// The names the database lists, and which a program may use (read once, then cached).
    public func catalog() -> ZoneCatalog {
        if let catalog = state.withLock({ $0.catalog }) { return catalog }
        let catalog = ZoneCatalog.read(from: directory, readFile: readFile)
        state.withLock { $0.catalog = catalog }
        return catalog
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
