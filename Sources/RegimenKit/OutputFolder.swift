#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CSystemCalls
import ProgramSpec

/// The output folder, held open. Every path beneath it is resolved on disk relative to the
/// folder's descriptor, never as text: with Linux's `openat2` (`RESOLVE_BENEATH |
/// RESOLVE_NO_SYMLINKS`) where it exists, and otherwise one name at a time with `openat` and
/// `O_NOFOLLOW`. A symbolic link anywhere beneath the folder is never followed, so nothing a
/// backend names can be read or written outside it.
final class OutputFolder: Sendable {
    /// How paths beneath the folder are opened: `openat2` first (falling back to one name at a
    /// time where the kernel lacks it), or always one name at a time (for tests of the fallback).
    enum Resolution: Sendable {
        case openat2
        case perComponent
    }

    /// The folder as the user named it, for messages.
    let path: String
    let descriptor: Int32
    let resolution: Resolution

    private init(path: String, descriptor: Int32, resolution: Resolution) {
        self.path = path
        self.descriptor = descriptor
        self.resolution = resolution
    }

    deinit { close(descriptor) }

    /// Opens the folder at `path`, creating it and missing parents (the user's own path is
    /// followed as given, symbolic links included: only what lies beneath it is guarded).
    static func prepare(_ path: String, creating: Bool = true, resolution: Resolution = .openat2) -> Result<OutputFolder, BuildFailure> {
        let fileSystem = FileSystem()
        switch fileSystem.kind(of: path) {
        case .directory:
            break
        case .missing where creating:
            if case .failure(let error) = fileSystem.createDirectory(path) {
                return .failure(BuildFailure(cannotWrite: error.message))
            }
        case .missing:
            return .failure(BuildFailure(cannotWrite: "cannot write into \(path): there is no such folder"))
        case .file, .other:
            return .failure(BuildFailure(cannotWrite: "cannot write into \(path): it is a file, not a folder; choose another folder with -o"))
        }
        let descriptor = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else {
            return .failure(BuildFailure(cannotWrite: "cannot open the folder \(path): \(FileSystem.errorText(errno))"))
        }
        return .success(OutputFolder(path: path, descriptor: descriptor, resolution: resolution))
    }

    /// `relative` as the user sees it, under the folder's own name.
    func shown(_ relative: String) -> String {
        relative.isEmpty ? path : PathText.join(path, relative)
    }

    // MARK: Looking

    /// What a directory entry is, looked at without following a symbolic link.
    enum EntryKind: Equatable, Sendable {
        case missing
        case file
        case directory
        case symbolicLink
        /// A named pipe, a device or a socket, described.
        case special(String)

        var isSpecial: Bool {
            if case .special = self { return true }
            return false
        }

        var description: String {
            switch self {
            case .missing: "missing"
            case .file: "a file"
            case .directory: "a folder"
            case .symbolicLink: "a symbolic link"
            case .special(let what): what
            }
        }
    }

    /// The kind of `name` in the folder open as `directory`.
    static func kind(of name: String, in directory: Int32) -> EntryKind {
        var info = stat()
        guard fstatat(directory, name, &info, AT_SYMLINK_NOFOLLOW) == 0 else { return .missing }
        return kind(mode: info.st_mode)
    }

    static func kind(mode: mode_t) -> EntryKind {
        switch mode & S_IFMT {
        case S_IFREG: .file
        case S_IFDIR: .directory
        case S_IFLNK: .symbolicLink
        case S_IFIFO: .special("a named pipe (FIFO)")
        case S_IFSOCK: .special("a socket")
        case S_IFCHR, S_IFBLK: .special("a device")
        default: .special("not a regular file")
        }
    }

    /// What stands at each step of the way to `parts`, from the folder down.
    enum Lookup: Equatable {
        /// Every folder on the way exists; the last part is of this kind.
        case found(EntryKind)
        /// The folder at `parts[..<index]` exists and `parts[index]` (a folder on the way, not
        /// the last part) is missing, and so is everything after it.
        case missingFolder(at: Int)
        /// `parts[index]`, a folder on the way, is something else.
        case blocked(at: Int, EntryKind)
        /// `parts[index]`, a folder on the way, cannot be opened (`errno`).
        case cannotOpen(at: Int, code: Int32)
    }

    func lookup(_ parts: [String]) -> Lookup {
        var current = descriptor
        defer { if current != descriptor { close(current) } }
        for (index, part) in parts.enumerated() {
            if index == parts.count - 1 { return .found(Self.kind(of: part, in: current)) }
            let next = openat(current, part, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
            guard next >= 0 else {
                let code = errno
                let kind = Self.kind(of: part, in: current)
                switch kind {
                case .missing: return .missingFolder(at: index)
                case .directory: return .cannotOpen(at: index, code: code)
                default: return .blocked(at: index, kind)
                }
            }
            if current != descriptor { close(current) }
            current = next
        }
        return .found(.directory)
    }

    /// The names in the folder itself, sorted.
    func entries() -> [String] {
        FileSystem.entries(of: descriptor)
    }

    // MARK: Opening

    /// Why a path beneath the folder could not be opened.
    struct OpenProblem: Error {
        /// `errno`.
        var code: Int32
        var message: String
    }

    /// Opens the folder `parts` (all of them folders) beneath this folder, refusing symbolic
    /// links; the caller closes the descriptor. No parts is the folder itself (a duplicate).
    func openFolder(_ parts: ArraySlice<String>) -> Result<Int32, OpenProblem> {
        openBeneath(parts, flags: O_RDONLY | O_DIRECTORY)
    }

    /// Opens `parts` beneath the folder with `flags` (never creating), refusing symbolic links on
    /// the way and at the end; the caller closes the descriptor.
    func openBeneath(_ parts: ArraySlice<String>, flags: Int32) -> Result<Int32, OpenProblem> {
        let flags = flags | O_CLOEXEC | O_NOFOLLOW
        if resolution == .openat2, !parts.isEmpty {
            let opened = regimen_openat_beneath(descriptor, parts.joined(separator: "/"), flags)
            if opened >= 0 { return .success(opened) }
            // Where openat2 is missing or refuses, go one name at a time: that also finds the
            // part to name in the message.
        }
        var current = fcntl(descriptor, F_DUPFD_CLOEXEC, 0)
        guard current >= 0 else { return .failure(OpenProblem(code: errno, message: FileSystem.errorText(errno))) }
        for (offset, part) in parts.enumerated() {
            let last = offset == parts.count - 1
            let next = openat(current, part, last ? flags : O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
            guard next >= 0 else {
                let code = errno
                let kind = Self.kind(of: part, in: current)
                close(current)
                let shown = self.shown(parts.prefix(offset + 1).joined(separator: "/"))
                return .failure(OpenProblem(code: code, message: Self.reason(code: code, kind: kind, shown: shown)))
            }
            close(current)
            current = next
        }
        return .success(current)
    }

    /// Words for a failed open of `shown`, which is of `kind`.
    static func reason(code: Int32, kind: EntryKind, shown: String) -> String {
        switch kind {
        case .symbolicLink:
            "\(shown) is a symbolic link; regimen never writes or reads through one"
        case .file where code == ENOTDIR, .special where code == ENOTDIR:
            "\(shown) is \(kind.description), not a folder"
        default:
            "cannot open \(shown): \(FileSystem.errorText(code))"
        }
    }

    // MARK: Reading

    /// The contents of the regular file at `relative`, read without following any symbolic
    /// link; `nil` when it is missing, not a regular file, larger than `limit` or unreadable.
    func readFile(_ relative: String, limit: Int) -> [UInt8]? {
        let parts = relative.split(separator: "/").map(String.init)
        guard case .success(let file) = openBeneath(parts[...], flags: O_RDONLY | O_NONBLOCK | O_NOCTTY) else { return nil }
        defer { close(file) }
        return try? FileSystem.readOpened(file, limit: limit).get()
    }
}
