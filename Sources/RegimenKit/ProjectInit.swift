#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import ProgramSpec
import RegimenPlan
import ZoneInfo

/// `regimen init`: writes a starter project into a folder, never over a file that exists.
public struct ProjectInit: Sendable {
    public var fileSystem = FileSystem()
    public var zones: ZoneDatabase

    public init(zones: ZoneDatabase = .system) {
        self.zones = zones
    }

    public struct Failure: Error, Sendable {
        public var message: String
    }

    /// Writes `template` into `directory` (created when missing). A folder with files in it
    /// (other than `.git`) is refused unless `intoNonEmpty`; a file the template would write that
    /// already exists is always refused, before anything is written. Returns the paths written.
    public func create(
        _ template: ProjectTemplate, in directory: String, start: CivilDate, timezone: String, intoNonEmpty: Bool
    ) -> Result<[String], Failure> {
        switch fileSystem.kind(of: directory) {
        case .missing: break
        case .directory:
            let entries = (fileSystem.contents(of: directory) ?? []).filter { $0 != ".git" }
            if !entries.isEmpty, !intoNonEmpty {
                return .failure(Failure(message: "\(directory) is not empty (it has \(entries.prefix(3).joined(separator: ", "))\(entries.count > 3 ? ", …" : "")); choose an empty folder, or add --force to add the starter files beside them"))
            }
        case .file, .other:
            return .failure(Failure(message: "\(directory) exists and is not a folder"))
        }
        // A file that exists is left alone: the same text need not be written again, and the
        // schema of an earlier `init` is kept (`regimen schema` refreshes it); any other is a
        // conflict, and nothing is written.
        var files: [OutputFile] = []
        var conflicts: [String] = []
        for file in template.files(start: start, timezone: timezone) {
            let path = PathText.join(directory, file.path)
            guard fileSystem.kind(of: path) != .missing else {
                files.append(file)
                continue
            }
            let same = (try? fileSystem.read(path).get()) == file.contents
            if !same, file.path != ProjectTemplate.schemaPath { conflicts.append(file.path) }
        }
        guard conflicts.isEmpty else {
            return .failure(Failure(message: "\(conflicts.joined(separator: ", ")) already exist\(conflicts.count == 1 ? "s" : ""); init never overwrites a file, so nothing was written"))
        }
        if case .failure(let error) = fileSystem.createDirectory(directory) {
            return .failure(Failure(message: error.message))
        }
        return writeNew(files, into: directory)
    }

    /// Writes each file as a new file (`O_EXCL`, so a file that appeared since the check above is
    /// not replaced, and no symbolic link is followed); on any failure the files written so far
    /// are removed again, so that init writes all of its files or none.
    private func writeNew(_ files: [OutputFile], into directory: String) -> Result<[String], Failure> {
        var written: [String] = []
        for file in files {
            let path = PathText.join(directory, file.path)
            var problem: String?
            if case .failure(let error) = fileSystem.createDirectory(PathText.directory(of: path)) {
                problem = error.message
            } else {
                let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o644)
                if descriptor < 0 {
                    problem = "cannot write \(path): \(WriteError.text(errno))"
                } else {
                    if let code = WriteError.writeAll(file.contents, to: descriptor) ?? (fsync(descriptor) == 0 ? nil : errno) {
                        problem = "cannot write \(path): \(WriteError.text(code))"
                        unlink(path)
                    }
                    close(descriptor)
                }
            }
            if let problem {
                for earlier in written { unlink(earlier) }
                return .failure(Failure(message: problem + "; nothing was written"))
            }
            written.append(path)
        }
        return .success(files.map(\.path))
    }

    /// Whether `name` is a zone a program may use (`Europe/London`, `UTC`), with the diagnostic's
    /// advice otherwise ("did you mean `America/New_York`?").
    public func checkTimeZone(_ name: String) -> Result<Void, Failure> {
        switch ZoneNaming.verdict(for: name, in: zones.catalog()) {
        case .usable:
            if case .success = zones.rules(for: name) { return .success(()) }
            return .failure(Failure(message: "`\(name)` is not in this system's zone data"))
        case .abbreviation(let likely, _), .legacyAlias(let likely):
            return .failure(Failure(message: "`\(name)` is not an IANA time zone name; did you mean `\(likely)`?"))
        case .fixedOffset(_, let likely):
            return .failure(Failure(message: "`\(name)` is a fixed UTC offset, which ignores daylight-saving time; use a zone name" + (likely.map { " such as `\($0)`" } ?? "")))
        case .unknown(let likely):
            return .failure(Failure(message: "`\(name)` is not a time zone" + (likely.map { "; did you mean `\($0)`?" } ?? "; use a name like `Europe/London`")))
        }
    }

    /// This computer's time zone when it is one a program may use: `TZ`, then `/etc/localtime`
    /// (a link into the zone data), then `/etc/timezone` (Debian); `UTC` otherwise.
    public func localTimeZone() -> String {
        var candidates: [String] = []
        if let tz = getenv("TZ").map({ String(cString: $0) }) { candidates.append(tz.hasPrefix(":") ? String(tz.dropFirst()) : tz) }
        var buffer = [CChar](repeating: 0, count: 1024)
        let length = readlink("/etc/localtime", &buffer, buffer.count - 1)
        if length > 0 {
            let target = String(decoding: buffer[0..<length].map { UInt8(bitPattern: $0) }, as: UTF8.self)
            if let range = target.firstRange(of: "zoneinfo/") { candidates.append(String(target[range.upperBound...])) }
        }
        if case .success(let bytes) = fileSystem.read("/etc/timezone", limit: 256) {
            candidates.append(String(decoding: bytes, as: UTF8.self).trimmingSpaces)
        }
        let zone = candidates.first { checkTimeZone($0).isSuccess } ?? "UTC"
        return zone == "Etc/UTC" ? "UTC" : zone
    }

    /// The first Monday after `today`: a week to make the program one's own.
    public static func nextMonday(after today: CivilDate) -> CivilDate {
        let daysToMonday = (Weekday.monday.rawValue - today.weekday.rawValue + 7) % 7
        return today.adding(days: daysToMonday == 0 ? 7 : daysToMonday)
    }

    /// `2027-01-04` as a date; `nil` for anything else.
    public static func date(_ text: String) -> CivilDate? {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
              let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]), (1900...2999).contains(year)
        else { return nil }
        return CivilDate(year: year, month: month, day: day)
    }

    /// Today's date in UTC, from the system clock.
    public static var today: CivilDate {
        CivilDate(daysSinceEpoch: Int(time(nil) / 86_400))
    }
}

extension Result {
    fileprivate var isSuccess: Bool {
        if case .success = self { true } else { false }
    }
}

extension String {
    /// Without surrounding spaces and line breaks.
    fileprivate var trimmingSpaces: String {
        let isSpace = { (character: Character) in character == " " || character == "\n" || character == "\t" }
        return String(String(drop(while: isSpace).reversed().drop(while: isSpace).reversed()))
    }
}
