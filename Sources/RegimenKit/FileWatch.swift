#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import ProgramSpec

/// What `--watch` looks at: files (and the folders they were found in), each by its
/// modification time, size and inode, compared on each `changed()`.
///
/// Polling rather than inotify or kqueue: it works the same on Linux and macOS, on network and
/// container file systems where change events are unreliable, and with editors that save by
/// writing a new file and renaming it over the old one (a new inode). A folder's modification
/// time changes when a file is added to it or removed, so a new spec in a watched folder counts.
public struct FileWatch: Sendable {
    /// What a path looked like; `nil` while it is missing.
    struct Stamp: Equatable, Sendable {
        var modified: Int64
        var size: Int64
        var inode: UInt64
    }

    public let paths: [String]
    /// The folders added to the paths given.
    private let folders: Set<String>
    private var stamps: [Stamp?]

    /// Starts watching `paths` and the folders they are in (duplicates dropped), as they are now.
    public init(_ paths: some Sequence<String>) {
        let files = Set(paths)
        folders = Set(files.map { PathText.directory(of: $0) }).subtracting(files)
        self.paths = files.union(folders).sorted()
        stamps = self.paths.map(Self.stamp)
    }

    /// The first path that changed since the last call (or since `init`), or `nil`. Every
    /// path's stamp is brought up to date, so one change is reported once.
    public mutating func changed() -> String? {
        var changed: [String] = []
        for index in paths.indices {
            let now = Self.stamp(paths[index])
            if now != stamps[index] {
                changed.append(paths[index])
                stamps[index] = now
            }
        }
        // A file saved by renaming a new one over it changes its folder too: name the file.
        return changed.first { !folders.contains($0) } ?? changed.first
    }

    /// Takes the stamps `earlier` has of the paths both watch, so that a change made since
    /// `earlier` (while the files were being read) counts as a change.
    public mutating func takeStamps(from earlier: FileWatch) {
        let known = Dictionary(zip(earlier.paths, earlier.stamps), uniquingKeysWith: { first, _ in first })
        for index in paths.indices {
            if let stamp = known[paths[index]] { stamps[index] = stamp }
        }
    }

    static func stamp(_ path: String) -> Stamp? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        #if canImport(Darwin)
        let time = info.st_mtimespec
        #else
        let time = info.st_mtim
        #endif
        return Stamp(modified: Int64(time.tv_sec) * 1_000_000_000 + Int64(time.tv_nsec), size: Int64(info.st_size), inode: UInt64(info.st_ino))
    }
}
