#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A command's hold on its output folder: the folder open and locked, so that one build at a
/// time writes into it, with any build killed there before undone first. The lock is an
/// advisory `flock` on the folder itself (no lock file is left behind); it is released when the
/// session ends or the process exits.
public final class OutputSession {
    let folder: OutputFolder
    /// Notes for the user: builds undone, a lock that could not be taken.
    public private(set) var notes: [String] = []
    /// Files written in this session, and the program that wrote each.
    private(set) var claimed: [String: String] = [:]

    private init(folder: OutputFolder) {
        self.folder = folder
    }

    /// Opens (creating it if needed) and locks the folder at `path`. When another build holds
    /// the lock, waits for it after calling `waiting` with a message, or fails when `wait` is false.
    public static func open(
        _ path: String, wait: Bool = true, waiting: (String) -> Void = { _ in }, perComponentPaths: Bool = false
    ) -> Result<OutputSession, BuildFailure> {
        let folder: OutputFolder
        switch OutputFolder.prepare(path, resolution: perComponentPaths ? .perComponent : .openat2) {
        case .success(let opened): folder = opened
        case .failure(let failure): return .failure(failure)
        }
        let session = OutputSession(folder: folder)
        if flock(folder.descriptor, LOCK_EX | LOCK_NB) != 0 {
            let code = errno
            if code == EWOULDBLOCK {
                guard wait else {
                    return .failure(BuildFailure(cannotWrite: "another regimen build is writing into \(path); try again when it has finished, or leave out --no-wait to wait for it"))
                }
                waiting("waiting for another regimen build writing into \(path) to finish…")
                while flock(folder.descriptor, LOCK_EX) != 0 {
                    guard errno == EINTR else {
                        return .failure(BuildFailure(cannotWrite: "cannot lock \(path): \(FileSystem.errorText(errno))"))
                    }
                }
            } else {
                // A file system without locks: go on, but say so.
                session.notes.append("warning: cannot lock \(path) (\(FileSystem.errorText(code))); make sure no other build writes into it at the same time")
            }
        }
        session.notes += OutputTransaction.recover(folder)
        return .success(session)
    }

    /// Records that `program` wrote `paths`, so that another program of the same command may not.
    func claim(_ paths: [String], by program: String) {
        for path in paths { claimed[path] = program }
    }

    /// The path of a file in the folder, as the user named the folder.
    public func shown(_ relative: String) -> String {
        folder.shown(relative)
    }
}

/// The output folder of a command, opened and locked when the first program is ready to be
/// written (so that a command whose programs all have errors creates nothing).
public final class OutputTarget {
    public let path: String
    let wait: Bool
    /// Called with a message while waiting for another build, and with each of the session's notes.
    let note: (String) -> Void
    private var opened: Result<OutputSession, BuildFailure>?

    public init(_ path: String, wait: Bool = true, note: @escaping (String) -> Void = { _ in }) {
        self.path = path
        self.wait = wait
        self.note = note
    }

    /// The session, opened on first use.
    public func session() -> Result<OutputSession, BuildFailure> {
        if let opened { return opened }
        let result = OutputSession.open(path, wait: wait, waiting: note)
        if case .success(let session) = result { session.notes.forEach(note) }
        opened = result
        return result
    }
}
