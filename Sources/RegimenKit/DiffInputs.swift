import ProgramSpec

/// The programs `regimen diff` compares, and where each side reads them from: two files, two
/// folders (files matched by their path inside each), or a git revision against the working tree
/// or another revision (files matched by their path in the repository).
public struct DiffInputs: Sendable {
    /// One program file, on either side or both.
    public struct Pair: Sendable, Hashable {
        /// The file as shown: `Programs/hips.yaml`, or `old.yaml → new.yaml` for two files.
        public var shown: String
        /// The path each side's compiler reads; `nil` when that side has no such file.
        public var old: String?
        public var new: String?
    }

    /// Why the inputs cannot be compared: a usage problem or an unreadable repository.
    public struct Problem: Error, Sendable {
        public var message: String

        public init(message: String) {
            self.message = message
        }
    }

    public var oldLabel: String
    public var newLabel: String
    public var old: Compiler
    public var new: Compiler
    public var pairs: [Pair]
    /// Worth saying before the diff: `Programs/new.yaml did not exist in HEAD: every session is added`.
    public var notes: [String] = []

    /// Two files, or two folders whose spec files are matched by their path inside each.
    public static func paths(old: String, new: String, compiler: Compiler) -> Result<DiffInputs, Problem> {
        let fileSystem = compiler.fileSystem
        switch (fileSystem.kind(of: old), fileSystem.kind(of: new)) {
        case (.file, .file):
            let pair = Pair(shown: old == new ? old : "\(old) → \(new)", old: old, new: new)
            return .success(DiffInputs(oldLabel: old, newLabel: new, old: compiler, new: compiler, pairs: [pair]))
        case (.directory, .directory):
            let before = Set(relativeSpecFiles(in: old, fileSystem: fileSystem))
            let after = Set(relativeSpecFiles(in: new, fileSystem: fileSystem))
            let pairs = before.union(after).sorted().map { path in
                Pair(shown: path, old: before.contains(path) ? PathText.join(old, path) : nil,
                     new: after.contains(path) ? PathText.join(new, path) : nil)
            }
            return .success(DiffInputs(oldLabel: old, newLabel: new, old: compiler, new: compiler, pairs: pairs))
        case (.missing, _):
            return .failure(Problem(message: "cannot find \(old)"))
        case (_, .missing):
            return .failure(Problem(message: "cannot find \(new)"))
        default:
            return .failure(Problem(message: "compare two program files or two folders (\(old) and \(new) are not both files or both folders)"))
        }
    }

    /// Spec files in `folder`, as `check` finds them, relative to it.
    static func relativeSpecFiles(in folder: String, fileSystem: FileSystem) -> [String] {
        var found: [String] = []
        ProgramFiles.collect(in: folder, fileSystem: fileSystem, into: &found)
        let prefix = folder == "." ? "" : (folder.hasSuffix("/") ? folder : folder + "/")
        return found.map { $0.hasPrefix(prefix) ? String($0.dropFirst(prefix.count)) : $0 }
    }

    /// `revision` against the working tree (or `toRevision`), over `paths` (files, folders or
    /// glob patterns, relative to the current folder; the current folder when empty). The old
    /// side's files (and everything they include) are read from git, never checked out.
    public static func git(
        revision: String, toRevision: String?, paths: [String], compiler: Compiler, repository: GitRepository
    ) -> Result<DiffInputs, Problem> {
        func side(_ revision: String) -> Result<GitRevisionSources, Problem> {
            repository.commit(revision).flatMap(repository.tree).map {
                GitRevisionSources(repository: repository, revision: revision, tree: $0)
            }.mapError { Problem(message: $0.message) }
        }
        let oldSources: GitRevisionSources, newSources: GitRevisionSources?
        switch side(revision) {
        case .success(let sources): oldSources = sources
        case .failure(let problem): return .failure(problem)
        }
        if let toRevision {
            switch side(toRevision) {
            case .success(let sources): newSources = sources
            case .failure(let problem): return .failure(problem)
            }
        } else {
            newSources = nil
        }
        let newLabel = toRevision ?? "working tree"
        var oldFiles: Set<String> = [], newFiles: Set<String> = []
        var notes: [String] = []
        for path in paths.isEmpty ? ["."] : paths {
            guard let inside = repository.repositoryPath(path) else {
                return .failure(Problem(message: "\(path) is outside the repository (\(repository.topLevel))"))
            }
            let before = files(inside, tree: oldSources.tree)
            let after: Listing = if let newSources { files(inside, tree: newSources.tree) } else { workingTreeFiles(path, repository: repository) }
            guard before.exists || after.exists else {
                return .failure(Problem(message: "cannot find \(path) in the \(newLabel) or in \(revision)"))
            }
            if after.isFile, !before.exists {
                notes.append("\(path) did not exist in \(revision): every session is added")
            } else if before.isFile, !after.exists {
                notes.append("\(path) does not exist in the \(newLabel): every session is cancelled")
            }
            oldFiles.formUnion(before.files)
            newFiles.formUnion(after.files)
        }
        let pairs = oldFiles.union(newFiles).map { inside in
            let shown = repository.shownPath(inside)
            return Pair(shown: shown, old: oldFiles.contains(inside) ? oldSources.prefix + shown : nil,
                        new: newFiles.contains(inside) ? (newSources.map { $0.prefix } ?? "") + shown : nil)
        }.sorted { $0.shown < $1.shown }
        var old = compiler, new = compiler
        old.sources = oldSources
        if let newSources { new.sources = newSources }
        return .success(DiffInputs(oldLabel: revision, newLabel: newLabel, old: old, new: new, pairs: pairs, notes: notes))
    }

    /// The spec files a path names on one side, as paths inside the repository.
    struct Listing {
        var files: [String]
        /// The path names something on this side (a file, or a folder with or without spec files).
        var exists: Bool
        var isFile: Bool
    }

    static func files(_ inside: String, tree: GitTree) -> Listing {
        if tree.files[inside] != nil { return Listing(files: [inside], exists: true, isFile: true) }
        if inside.isEmpty || tree.folders.contains(inside) { return Listing(files: tree.specFiles(under: inside), exists: true, isFile: false) }
        if Glob.isPattern(inside) {
            let matches = tree.specFiles(matching: inside)
            return Listing(files: matches, exists: !matches.isEmpty, isFile: false)
        }
        return Listing(files: [], exists: false, isFile: false)
    }

    static func workingTreeFiles(_ path: String, repository: GitRepository) -> Listing {
        let fileSystem = FileSystem()
        var found: [String] = []
        switch fileSystem.kind(of: path) {
        case .file:
            found = [path]
        case .directory:
            ProgramFiles.collect(in: path, fileSystem: fileSystem, into: &found)
        case .missing where Glob.isPattern(path):
            found = Glob(path).matches(fileSystem: fileSystem).filter { !ProgramFiles.isProjectMarker($0) }
        case .missing, .other:
            return Listing(files: [], exists: false, isFile: false)
        }
        return Listing(files: found.compactMap(repository.repositoryPath), exists: fileSystem.kind(of: path) != .missing || !found.isEmpty,
                       isFile: fileSystem.kind(of: path) == .file)
    }
}
