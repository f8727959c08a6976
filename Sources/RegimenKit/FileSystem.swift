#if canImport(Glibc)
import Glibc
let systemRead = Glibc.read
let systemWrite = Glibc.write
#elseif canImport(Darwin)
import Darwin
let systemRead = Darwin.read
let systemWrite = Darwin.write
#endif
import ProgramSpec

/// The file system operations Regimen needs, on POSIX calls directly (no Foundation on the
/// paths every file goes through).
public struct FileSystem: SourceProvider {
    public init() {}

    /// Why an operation failed, from `errno`.
    static func errorText(_ code: Int32) -> String {
        String(cString: strerror(code))
    }

    /// Reads a whole file; fails without reading it when it is larger than `limit` bytes, and
    /// without waiting when it is not a regular file (a named pipe would block a plain `open`).
    public func read(_ path: String, limit: Int = .max) -> Result<[UInt8], SourceReadError> {
        let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC)
        guard descriptor >= 0 else { return .failure(SourceReadError(FileSystem.errorText(errno))) }
        defer { close(descriptor) }
        return Self.readOpened(descriptor, limit: limit)
    }

    /// Reads the first `count` bytes of a regular file (fewer when it is shorter).
    public func readStart(_ path: String, count: Int) -> Result<[UInt8], SourceReadError> {
        let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC)
        guard descriptor >= 0 else { return .failure(SourceReadError(FileSystem.errorText(errno))) }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0, OutputFolder.kind(mode: info.st_mode) == .file else {
            return .failure(SourceReadError("not a regular file"))
        }
        var bytes = [UInt8](repeating: 0, count: min(count, Int(info.st_size)))
        var filled = 0
        while filled < bytes.count {
            let read = bytes.withUnsafeMutableBytes { systemRead(descriptor, $0.baseAddress.map { $0 + filled }, $0.count - filled) }
            if read < 0, errno == EINTR { continue }
            guard read > 0 else { break }
            filled += read
        }
        return .success(Array(bytes.prefix(filled)))
    }

    /// Reads the whole of an open file, which must be a regular file of at most `limit` bytes.
    static func readOpened(_ descriptor: Int32, limit: Int) -> Result<[UInt8], SourceReadError> {
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { return .failure(SourceReadError(FileSystem.errorText(errno))) }
        let kind = OutputFolder.kind(mode: info.st_mode)
        guard kind == .file else {
            return .failure(SourceReadError(kind == .directory ? "it is a folder, not a file" : "it is \(kind.description), not a regular file"))
        }
        // Regular files ignore O_NONBLOCK, but clear it all the same.
        _ = fcntl(descriptor, F_SETFL, fcntl(descriptor, F_GETFL) & ~O_NONBLOCK)
        let size = Int(info.st_size)
        guard size <= limit else { return .failure(SourceReadError("the file is too large", tooLargeSize: size)) }
        var bytes = [UInt8](repeating: 0, count: size)
        var filled = 0
        while filled < size {
            let count = bytes.withUnsafeMutableBytes { buffer in
                systemRead(descriptor, buffer.baseAddress.map { $0 + filled }, size - filled)
            }
            if count < 0, errno == EINTR { continue }
            guard count > 0 else {
                if count == 0 { break }
                return .failure(SourceReadError(FileSystem.errorText(errno)))
            }
            filled += count
        }
        if filled < size { bytes.removeSubrange(filled...) }
        return .success(bytes)
    }

    public func resolve(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    public enum EntryKind: Sendable {
        case file
        case directory
        case missing
        case other
    }

    public func kind(of path: String) -> EntryKind {
        var info = stat()
        guard stat(path, &info) == 0 else { return .missing }
        switch info.st_mode & S_IFMT {
        case S_IFREG: return .file
        case S_IFDIR: return .directory
        default: return .other
        }
    }

    /// The names in a folder, sorted, without `.` and `..`.
    public func contents(of directory: String) -> [String]? {
        guard let handle = opendir(directory) else { return nil }
        defer { closedir(handle) }
        return Self.names(in: handle)
    }

    /// The names in the folder open as `directory`, sorted, without `.` and `..`.
    static func entries(of directory: Int32) -> [String] {
        let copy = fcntl(directory, F_DUPFD_CLOEXEC, 0)
        guard copy >= 0 else { return [] }
        guard let handle = fdopendir(copy) else {
            close(copy)
            return []
        }
        defer { closedir(handle) }
        // A duplicate shares the read position with the original: start from the beginning.
        rewinddir(handle)
        return names(in: handle)
    }

    private static func names(in handle: OpaquePointer) -> [String] {
        var names: [String] = []
        while let entry = readdir(handle) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            if name != "." && name != ".." { names.append(name) }
        }
        return names.sorted()
    }

    /// Creates `path` and any missing parent folders.
    public func createDirectory(_ path: String) -> Result<Void, SourceReadError> {
        if kind(of: path) == .directory { return .success(()) }
        let parent = PathText.directory(of: path)
        if parent != path, parent != ".", parent != "/", kind(of: parent) == .missing {
            if case .failure(let error) = createDirectory(parent) { return .failure(error) }
        }
        guard mkdir(path, 0o755) == 0 || errno == EEXIST else {
            return .failure(SourceReadError("cannot create folder \(path): \(FileSystem.errorText(errno))"))
        }
        return .success(())
    }
}
