import ProgramSpec
import Synchronization

/// Spec files as they were in one revision of a git repository: a `SourceProvider` for the old
/// side of `regimen diff --git`, so that a program's includes, roster and logs are read from the
/// same revision as the program. Files are read from git's objects when first asked for (and
/// kept); the tree listing answers which paths exist, symbolic links included. Paths are those of
/// the working tree (absolute, or relative to the current folder), optionally written with the
/// revision in front as git does (`HEAD~1:Programs/hips.yaml`), which is how diagnostics name
/// this side's files.
public struct GitRevisionSources: SourceProvider {
    public let repository: GitRepository
    /// The revision as the user named it (`HEAD~1`, `main`).
    public let revision: String
    public let tree: GitTree
    private let cache = BlobCache()

    public init(repository: GitRepository, revision: String, tree: GitTree) {
        self.repository = repository
        self.revision = revision
        self.tree = tree
    }

    /// What this side's paths start with: `HEAD~1:`.
    public var prefix: String { revision + ":" }

    public func read(_ path: String, limit: Int) -> Result<[UInt8], SourceReadError> {
        guard let found = lookUp(path) else {
            return .failure(SourceReadError("no such file in \(revision)"))
        }
        guard found.entry.size <= limit else {
            return .failure(SourceReadError("the file is too large", tooLargeSize: found.entry.size))
        }
        return contents(of: found.entry)
    }

    /// A blob's bytes, read from git once.
    private func contents(of entry: GitTree.Entry) -> Result<[UInt8], SourceReadError> {
        if let bytes = cache.bytes(entry.object) { return .success(bytes) }
        switch repository.blob(entry.object, size: entry.size) {
        case .success(let bytes):
            cache.keep(bytes, for: entry.object)
            return .success(bytes)
        case .failure(let failure):
            return .failure(SourceReadError("cannot read it from \(revision): \(failure.message)"))
        }
    }

    public func resolve(_ path: String) -> String? {
        guard let inside = repositoryPath(path) else { return nil }
        if let found = follow(inside), tree.files[found] != nil { return PathText.join(repository.topLevel, found) }
        if inside.isEmpty { return repository.topLevel }
        return tree.folders.contains(inside) ? PathText.join(repository.topLevel, inside) : nil
    }

    /// The path inside the repository, without this side's prefix.
    func repositoryPath(_ path: String) -> String? {
        repository.repositoryPath(path.hasPrefix(prefix) ? String(path.dropFirst(prefix.count)) : path)
    }

    private func lookUp(_ path: String) -> (path: String, entry: GitTree.Entry)? {
        guard let inside = repositoryPath(path), let found = follow(inside), let entry = tree.files[found] else { return nil }
        return (found, entry)
    }

    /// `path` with every symbolic link in it followed (at most 40), as the file system would.
    func follow(_ path: String) -> String? {
        var remaining = path.split(separator: "/").map(String.init)
        var resolved: [String] = []
        var hops = 0
        while !remaining.isEmpty {
            let name = remaining.removeFirst()
            let candidate = (resolved + [name]).joined(separator: "/")
            guard let entry = tree.files[candidate], entry.isLink else {
                resolved.append(name)
                continue
            }
            hops += 1
            guard hops <= 40, case .success(let bytes) = contents(of: entry) else { return nil }
            let target = String(decoding: bytes, as: UTF8.self)
            let base = target.hasPrefix("/") ? target : PathText.join(repository.topLevel, resolved.joined(separator: "/")) + "/" + target
            guard let inside = repository.repositoryPath(PathText.normalized(base)) else { return nil }
            remaining = inside.split(separator: "/").map(String.init) + remaining
            resolved = []
        }
        return resolved.joined(separator: "/")
    }
}

/// Blobs already read, by object name, shared by the threads that check programs at once.
private final class BlobCache: Sendable {
    private let blobs = Mutex<[String: [UInt8]]>([:])

    func bytes(_ object: String) -> [UInt8]? {
        blobs.withLock { $0[object] }
    }

    func keep(_ bytes: [UInt8], for object: String) {
        blobs.withLock { $0[object] = bytes }
    }
}
