#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import ProgramSpec
import RegimenPlan

/// One build's files, written all or nothing.
///
/// Files are checked and written as they come (`add`) into a stage, a hidden folder
/// `.regimen-stage-…` inside the output folder (so that moving them into place is a rename on
/// the same file system), each flushed to disk. Nothing in the output folder changes until
/// `commit`, which writes a journal of the steps it is about to take, then for each file keeps
/// the file it replaces (a hard link in the stage) and renames the new one into place, and
/// renames the manifest into place last. If any step fails, the steps taken are undone in
/// reverse, so the folder and its manifest are exactly as they were; the stage is removed either
/// way. A build killed part-way leaves every file whole (old or new) and the stage with its
/// journal, and the next build into the folder undoes the interrupted one before it starts
/// (`recover`).
///
/// Every path is opened beneath the folder's descriptor without following symbolic links
/// (`OutputFolder`), at the checks and again at each step.
final class OutputTransaction {
    /// A way for tests to fail a step of the commit (return `false` to fail the step named).
    struct Hooks: Sendable {
        var beforeStep: @Sendable (String) -> Bool = { _ in true }
    }

    let folder: OutputFolder
    let force: Bool
    /// The most bytes this build may write, over all its files.
    let sizeLimit: Int
    let hooks: Hooks
    /// Paths another program of the same command already wrote, and which program.
    let claimed: [String: String]

    private(set) var manifest: OutputManifest
    private var stage: Stage?
    private var files: [StagedFile] = []
    private var fileIndex: [String: Int] = [:]
    /// Folders the staged files need, and the first file that needs each.
    private var neededFolders: [String: Int] = [:]
    private(set) var totalBytes = 0
    /// Why the build must not be written (the backends' fault, or the folder's contents).
    private(set) var refusals: [String] = []
    /// A write that failed for a reason of the system's (no space, file too large, …).
    private(set) var writeFailure: String?

    private struct StagedFile {
        var path: String
        var parts: [String]
        var backend: String
        var digest: String
        /// The file in the folder already holds exactly these bytes: nothing to write.
        var unchanged: Bool
    }

    init(folder: OutputFolder, force: Bool, sizeLimit: Int, claimed: [String: String] = [:], hooks: Hooks = Hooks()) {
        self.folder = folder
        self.force = force
        self.sizeLimit = sizeLimit
        self.claimed = claimed
        self.hooks = hooks
        manifest = OutputManifest(bytes: folder.readFile(OutputManifest.fileName, limit: 64 << 20))
    }

    deinit { stage?.remove() }

    /// The paths staged so far, in order.
    var paths: [String] { files.map(\.path) }

    var failed: Bool { !refusals.isEmpty || writeFailure != nil }

    // MARK: Adding files

    /// Records a reason not to write anything (a backend's error, say).
    func refuse(_ message: String) {
        refusals.append(message)
    }

    /// Checks `file` against the build so far and the folder's contents, and stages it. Problems
    /// are collected (`refusals`, `writeFailure`); once there is one, files are still checked, so
    /// that every problem is reported, but no longer written.
    func add(_ file: OutputFile, backend: String) {
        guard writeFailure == nil else { return }
        let path = file.path
        func refuse(_ message: String) { refusals.append(message) }
        guard OutputPath.isSafe(path) else {
            return refuse("backend `\(backend)` returned the unsafe file name `\(OutputPath.quoted(path))`; names must be relative and stay inside the output folder")
        }
        let parts = path.split(separator: "/").map(String.init)
        if let long = parts.first(where: { $0.utf8.count > 255 }) {
            return refuse("backend `\(backend)` returned a file name of \(long.utf8.count) bytes (`\(OutputPath.quoted(String(long.prefix(40))))…`); a file or folder name can be at most 255 bytes")
        }
        if let earlier = fileIndex[path] {
            let owner = files[earlier].backend
            return refuse(owner == backend
                ? "backend `\(backend)` returned the file name `\(path)` twice"
                : "backend `\(backend)` and backend `\(owner)` both write `\(path)`")
        }
        if let program = claimed[path] {
            return refuse("\(folder.shown(path)) was written by \(program) in this build too; give one of the programs another `id:`")
        }
        // A file where another file needs a folder, or the other way round.
        if let user = neededFolders[path] {
            return refuse("backend `\(backend)` writes `\(path)` as a file, but backend `\(files[user].backend)` writes `\(files[user].path)` inside it as a folder")
        }
        for depth in 1..<parts.count {
            let prefix = parts[..<depth].joined(separator: "/")
            if let other = fileIndex[prefix] {
                return refuse("backend `\(backend)` writes `\(path)`, inside `\(prefix)`, which backend `\(files[other].backend)` writes as a file")
            }
        }
        guard let verdict = checkFolder(for: path, parts: parts, backend: backend, contents: file.contents) else { return }
        for depth in 1..<parts.count where neededFolders[parts[..<depth].joined(separator: "/")] == nil {
            neededFolders[parts[..<depth].joined(separator: "/")] = files.count
        }
        fileIndex[path] = files.count
        files.append(StagedFile(path: path, parts: parts, backend: backend, digest: OutputManifest.digest(file.contents),
                                unchanged: verdict == .unchanged))
        let before = totalBytes
        totalBytes += file.contents.count
        if totalBytes > sizeLimit {
            guard before <= sizeLimit else { return }
            return refuse("the build's files come to more than \(sizeLimit) bytes (the limit); raise it with --output-size-limit")
        }
        guard refusals.isEmpty, verdict == .write else { return }
        stageContents(file.contents, index: files.count - 1)
    }

    /// Whether what is on disk lets `path` be written: no symbolic link, file or folder in the way
    /// (unless forced, for links and files), and an existing file only when Regimen wrote it,
    /// unchanged, with the same backend. `nil` when the file may not be written.
    private func checkFolder(for path: String, parts: [String], backend: String, contents: [UInt8]) -> Verdict? {
        let shown = folder.shown(path)
        switch folder.lookup(parts) {
        case .missingFolder:
            return .write
        case .cannotOpen(let index, let code):
            writeFailure = "cannot open \(folder.shown(parts[...index].joined(separator: "/"))): \(WriteError.text(code))"
            return nil
        case .blocked(let index, let kind):
            let blocker = folder.shown(parts[...index].joined(separator: "/"))
            if force, kind == .symbolicLink || kind == .file || kind.isSpecial { return .write }
            if kind == .symbolicLink {
                refusals.append("backend `\(backend)` writes `\(path)`, but \(blocker) is a symbolic link; regimen never writes through one (the file would land outside the output folder); remove the link, or build with --force to replace the link itself with a folder")
            } else {
                refusals.append("backend `\(backend)` writes `\(path)`, but \(blocker) is \(kind.description), not a folder; move it away, or build with --force to replace it with a folder")
            }
            return nil
        case .found(.missing):
            return .write
        case .found(.directory):
            refusals.append("backend `\(backend)` writes `\(path)`, but \(shown) is a folder; move it away")
            return nil
        case .found(.file):
            if force { return .write }
            guard let existing = folder.readFile(path, limit: 1 << 30), manifest.wrote(path, digest: OutputManifest.digest(existing)) else {
                refusals.append("\(shown) was not written by regimen, or was changed since (hand-edited?); move it away, or build with --force to overwrite it")
                return nil
            }
            if let owner = manifest.owner(of: path), owner != backend {
                refusals.append("backend `\(backend)` writes \(shown), which backend `\(owner)` wrote; one backend never replaces another's files; remove it first, or build with --force to replace it")
                return nil
            }
            return existing == contents ? .unchanged : .write
        case .found(let kind):
            if force { return .write }
            let what = kind == .symbolicLink ? "a symbolic link; regimen never writes through one" : "\(kind.description), not a regular file"
            refusals.append("\(shown) is \(what); remove it, or build with --force to replace it (what a link points to is left alone)")
            return nil
        }
    }

    /// What to do with a file that may be written.
    private enum Verdict {
        case write
        case unchanged
    }

    private func stageContents(_ contents: [UInt8], index: Int) {
        if stage == nil {
            switch Stage.create(in: folder) {
            case .success(let created): stage = created
            case .failure(let problem):
                writeFailure = problem.message
                return
            }
        }
        guard let stage else { return }
        if let code = stage.write(contents, named: Stage.newName(index)) {
            writeFailure = "cannot write \(folder.shown(files[index].path)): \(WriteError.text(code))"
        }
    }

    // MARK: Committing

    /// The steps of a commit, as written in the journal.
    enum Step: Equatable {
        /// Create the folder at `parts`.
        case makeFolder([String])
        /// Move the link or file at `parts` into the stage as backup `index`, and create a folder there.
        case replaceWithFolder(index: Int, parts: [String])
        /// Keep what is at `parts` as backup `index` (when there is something), and rename the
        /// staged file `index` into place.
        case placeFile(index: Int, parts: [String])

        /// The path the step is about, by names.
        var parts: [String] {
            switch self {
            case .makeFolder(let parts), .replaceWithFolder(_, let parts), .placeFile(_, let parts): parts
            }
        }
    }

    /// Moves every staged file into place and the manifest last; on any failure, undoes what was
    /// done. Returns the paths written.
    func commit() -> Result<[String], BuildFailure> {
        if let writeFailure { return .failure(BuildFailure(cannotWrite: writeFailure)) }
        guard refusals.isEmpty else { return .failure(BuildFailure(refusals)) }
        let steps = plannedSteps()
        // The new manifest: the old one's entries whose files are still there, and this build's.
        var next = manifest
        next.prune { path in
            if case .found(.file) = folder.lookup(path.split(separator: "/").map(String.init)) { return true }
            return false
        }
        for file in files { next.record(file.path, digest: file.digest, owner: file.backend) }
        if steps.isEmpty, next == manifest { return .success(files.map(\.path)) }
        if stage == nil {
            switch Stage.create(in: folder) {
            case .success(let created): stage = created
            case .failure(let problem): return .failure(BuildFailure(cannotWrite: problem.message))
            }
        }
        guard let stage else { return .failure(BuildFailure(cannotWrite: "cannot write into \(folder.path)")) }
        if let code = stage.write(next.contents, named: Stage.manifestName) {
            return .failure(BuildFailure(cannotWrite: "cannot write \(folder.shown(OutputManifest.fileName)): \(WriteError.text(code))"))
        }
        if let code = stage.write(Array(Journal.text(steps).utf8), named: Stage.journalName) ?? stage.sync() {
            return .failure(BuildFailure(cannotWrite: "cannot write into \(folder.path): \(WriteError.text(code))"))
        }
        var done = 0
        var failure: String?
        for step in steps {
            let name = Journal.describe(step)
            guard hooks.beforeStep(name) else {
                failure = "stopped before \(name)"
                break
            }
            if let problem = perform(step, stage: stage) {
                failure = problem
                break
            }
            done += 1
        }
        if failure == nil {
            if !hooks.beforeStep("writing the manifest") {
                failure = "stopped before writing the manifest"
            } else if renameat(stage.descriptor, Stage.manifestName, folder.descriptor, OutputManifest.fileName) != 0 {
                failure = "cannot write \(folder.shown(OutputManifest.fileName)): \(WriteError.text(errno))"
            }
        }
        if let failure {
            let leftovers = Self.undo(steps.prefix(done), folder: folder, stage: stage)
            if leftovers.isEmpty {
                stage.remove()
                self.stage = nil
            } else {
                stage.abandon()
                self.stage = nil
                return .failure(BuildFailure(cannotWrite: failure, notes: leftovers))
            }
            return .failure(BuildFailure(cannotWrite: failure))
        }
        syncFolders(steps)
        stage.remove()
        self.stage = nil
        manifest = next
        return .success(files.map(\.path))
    }

    /// Folders to create or replace first (once each, outermost first), then each file.
    private func plannedSteps() -> [Step] {
        var steps: [Step] = []
        // Folders already seen, and whether this commit creates each.
        var creates: [String: Bool] = [:]
        var backup = files.count
        for (index, file) in files.enumerated() where !file.unchanged {
            var parentCreated = false
            for depth in 1..<file.parts.count {
                let parts = Array(file.parts[..<depth])
                let key = parts.joined(separator: "/")
                if let known = creates[key] {
                    parentCreated = known
                    continue
                }
                if !parentCreated {
                    switch folder.lookup(parts) {
                    case .found(.directory):
                        creates[key] = false
                        continue
                    case .found(.missing), .missingFolder, .cannotOpen:
                        steps.append(.makeFolder(parts))
                    default:
                        // Only under --force does a link or a file in the way get this far.
                        steps.append(.replaceWithFolder(index: backup, parts: parts))
                        backup += 1
                    }
                } else {
                    steps.append(.makeFolder(parts))
                }
                creates[key] = true
                parentCreated = true
            }
            steps.append(.placeFile(index: index, parts: file.parts))
        }
        return steps
    }

    /// Takes one step; returns why it failed.
    private func perform(_ step: Step, stage: Stage) -> String? {
        let parts = step.parts
        let name = parts[parts.count - 1]
        let parent: Int32
        switch folder.openFolder(parts.dropLast()) {
        case .success(let opened): parent = opened
        case .failure(let problem): return problem.message
        }
        defer { close(parent) }
        let shown = folder.shown(parts.joined(separator: "/"))
        switch step {
        case .makeFolder:
            guard mkdirat(parent, name, 0o755) == 0 || (errno == EEXIST && OutputFolder.kind(of: name, in: parent) == .directory) else {
                return "cannot create the folder \(shown): \(WriteError.text(errno))"
            }
        case .replaceWithFolder(let index, _):
            guard renameat(parent, name, stage.descriptor, Stage.oldName(index)) == 0 else {
                return "cannot move \(shown) aside: \(WriteError.text(errno))"
            }
            guard mkdirat(parent, name, 0o755) == 0 else { return "cannot create the folder \(shown): \(WriteError.text(errno))" }
        case .placeFile(let index, _):
            switch OutputFolder.kind(of: name, in: parent) {
            case .missing:
                break
            case .directory:
                return "cannot write \(shown): it is a folder"
            case .file:
                // Keep the old file: a hard link costs nothing, and the file stays in place, whole.
                if linkat(parent, name, stage.descriptor, Stage.oldName(index), 0) != 0 {
                    if let code = stage.copy(from: parent, name: name, to: Stage.oldName(index)) {
                        return "cannot keep a copy of \(shown) while replacing it: \(WriteError.text(code))"
                    }
                }
            case .symbolicLink, .special:
                guard renameat(parent, name, stage.descriptor, Stage.oldName(index)) == 0 else {
                    return "cannot move \(shown) aside: \(WriteError.text(errno))"
                }
            }
            guard renameat(stage.descriptor, Stage.newName(index), parent, name) == 0 else {
                return "cannot write \(shown): \(WriteError.text(errno))"
            }
        }
        return nil
    }

    /// Undoes `steps` (those taken), last first. Returns what could not be put back.
    static func undo(_ steps: some BidirectionalCollection<Step>, folder: OutputFolder, stage: Stage) -> [String] {
        var leftovers: [String] = []
        for step in steps.reversed() {
            let parts = step.parts
            let name = parts[parts.count - 1]
            guard case .success(let parent) = folder.openFolder(parts.dropLast()) else { continue }
            defer { close(parent) }
            let shown = folder.shown(parts.joined(separator: "/"))
            switch step {
            case .makeFolder:
                unlinkat(parent, name, AT_REMOVEDIR)
            case .replaceWithFolder(let index, _):
                guard OutputFolder.kind(of: Stage.oldName(index), in: stage.descriptor) != .missing else { continue }
                unlinkat(parent, name, AT_REMOVEDIR)
                if renameat(stage.descriptor, Stage.oldName(index), parent, name) != 0 {
                    leftovers.append("\(shown) is kept in \(folder.shown(stage.name))/\(Stage.oldName(index))")
                }
            case .placeFile(let index, _):
                if OutputFolder.kind(of: Stage.oldName(index), in: stage.descriptor) != .missing {
                    if renameat(stage.descriptor, Stage.oldName(index), parent, name) != 0 {
                        leftovers.append("the previous \(shown) is kept in \(folder.shown(stage.name))/\(Stage.oldName(index))")
                    }
                } else if OutputFolder.kind(of: Stage.newName(index), in: stage.descriptor) == .missing,
                          OutputFolder.kind(of: name, in: parent) == .file {
                    // The new file was moved into place where there was none before.
                    unlinkat(parent, name, 0)
                }
            }
        }
        return leftovers
    }

    private func syncFolders(_ steps: [Step]) {
        var synced: Set<[String]> = []
        for step in steps {
            let parent = Array(step.parts.dropLast())
            guard synced.insert(parent).inserted, case .success(let descriptor) = folder.openFolder(parent[...]) else { continue }
            fsync(descriptor)
            close(descriptor)
        }
        fsync(folder.descriptor)
    }

    // MARK: Recovering

    /// Undoes a build into `folder` that was killed before it committed, and removes the stages
    /// of killed builds. Call with the folder locked. Returns a note for each build undone.
    static func recover(_ folder: OutputFolder) -> [String] {
        var notes: [String] = []
        for name in folder.entries() where name.hasPrefix(Stage.prefix) {
            guard let stage = Stage.open(name, in: folder) else { continue }
            if let journal = stage.read(Stage.journalName), OutputFolder.kind(of: Stage.manifestName, in: stage.descriptor) == .file {
                let steps = Journal.steps(String(decoding: journal, as: UTF8.self))
                let leftovers = undo(steps, folder: folder, stage: stage)
                if !leftovers.isEmpty {
                    stage.abandon()
                    notes.append("an interrupted build into \(folder.path) could not be fully undone: " + leftovers.joined(separator: "; "))
                    continue
                }
                notes.append("undid an interrupted build into \(folder.path)")
            }
            stage.remove()
        }
        return notes
    }
}

/// The stage: a hidden folder in the output folder holding a build's new files (`nN`), the files
/// they replace (`oN`), the new manifest and the journal, by plain names.
final class Stage {
    static let prefix = ".regimen-stage-"
    static let journalName = "journal"
    static let manifestName = "manifest"
    static func newName(_ index: Int) -> String { "n\(index)" }
    static func oldName(_ index: Int) -> String { "o\(index)" }

    let folder: OutputFolder
    let name: String
    let descriptor: Int32
    private var removed = false

    private init(folder: OutputFolder, name: String, descriptor: Int32) {
        self.folder = folder
        self.name = name
        self.descriptor = descriptor
    }

    deinit { close(descriptor) }

    struct Problem: Error {
        var message: String
    }

    static func create(in folder: OutputFolder) -> Result<Stage, Problem> {
        var random = SystemRandomNumberGenerator()
        for _ in 0..<100 {
            let name = prefix + String(random.next() & 0xFFFF_FFFF, radix: 36)
            guard mkdirat(folder.descriptor, name, 0o700) == 0 else {
                if errno == EEXIST { continue }
                return .failure(Problem(message: "cannot write into \(folder.path): \(WriteError.text(errno))"))
            }
            if let stage = open(name, in: folder) { return .success(stage) }
            return .failure(Problem(message: "cannot write into \(folder.path): \(WriteError.text(errno))"))
        }
        return .failure(Problem(message: "cannot write into \(folder.path): cannot find a free name for the stage"))
    }

    static func open(_ name: String, in folder: OutputFolder) -> Stage? {
        let descriptor = openat(folder.descriptor, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
        return descriptor >= 0 ? Stage(folder: folder, name: name, descriptor: descriptor) : nil
    }

    /// Writes a new file `name` in the stage and flushes it to disk; returns `errno` on failure.
    func write(_ contents: [UInt8], named name: String) -> Int32? {
        let file = openat(descriptor, name, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o644)
        guard file >= 0 else { return errno }
        var failure = WriteError.writeAll(contents, to: file)
        if failure == nil, fchmod(file, 0o644) != 0 || fsync(file) != 0 { failure = errno }
        close(file)
        if failure != nil { unlinkat(descriptor, name, 0) }
        return failure
    }

    /// Copies the file `name` in the folder `source` to `target` in the stage.
    func copy(from source: Int32, name: String, to target: String) -> Int32? {
        let file = openat(source, name, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC)
        guard file >= 0 else { return errno }
        defer { close(file) }
        switch FileSystem.readOpened(file, limit: .max) {
        case .success(let bytes): return write(bytes, named: target)
        case .failure: return EIO
        }
    }

    func read(_ name: String) -> [UInt8]? {
        let file = openat(descriptor, name, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC)
        guard file >= 0 else { return nil }
        defer { close(file) }
        return try? FileSystem.readOpened(file, limit: 64 << 20).get()
    }

    func sync() -> Int32? {
        fsync(descriptor) == 0 ? nil : errno
    }

    /// Removes the stage and everything in it.
    func remove() {
        guard !removed else { return }
        removed = true
        for entry in FileSystem.entries(of: descriptor) { unlinkat(descriptor, entry, 0) }
        unlinkat(folder.descriptor, name, AT_REMOVEDIR)
    }

    /// Leaves the stage in place (it holds files that could not be put back).
    func abandon() { removed = true }
}

/// The journal of a commit: one step a line, in order.
enum Journal {
    static func text(_ steps: [OutputTransaction.Step]) -> String {
        "regimen-stage 1\n" + steps.map { step in
            switch step {
            case .makeFolder(let parts): "mkdir - " + parts.joined(separator: "/")
            case .replaceWithFolder(let index, let parts): "swap \(index) " + parts.joined(separator: "/")
            case .placeFile(let index, let parts): "file \(index) " + parts.joined(separator: "/")
            }
        }.map { $0 + "\n" }.joined()
    }

    static func steps(_ text: String) -> [OutputTransaction.Step] {
        text.split(separator: "\n").dropFirst().compactMap { line in
            let fields = line.split(separator: " ", maxSplits: 2, omittingEmptySubsequences: false)
            guard fields.count == 3 else { return nil }
            let parts = fields[2].split(separator: "/").map(String.init)
            guard !parts.isEmpty, parts.allSatisfy({ $0 != ".." && $0 != "." }) else { return nil }
            switch fields[0] {
            case "mkdir": return .makeFolder(parts)
            case "swap": return Int(fields[1]).map { .replaceWithFolder(index: $0, parts: parts) }
            case "file": return Int(fields[1]).map { .placeFile(index: $0, parts: parts) }
            default: return nil
            }
        }
    }

    /// The step in words, for messages and test hooks.
    static func describe(_ step: OutputTransaction.Step) -> String {
        switch step {
        case .makeFolder(let parts): "creating the folder " + parts.joined(separator: "/")
        case .replaceWithFolder(_, let parts): "replacing " + parts.joined(separator: "/") + " with a folder"
        case .placeFile(_, let parts): "writing " + parts.joined(separator: "/")
        }
    }
}

/// Words for a failed write, and writing a whole buffer.
enum WriteError {
    /// Why a write failed, in the words of the issue a user would search for.
    static func text(_ code: Int32) -> String {
        switch code {
        case EFBIG: "file too large (the limit on file size, `ulimit -f`, is lower)"
        case ENOSPC: "no space left on the device"
        case EDQUOT: "the disk quota is used up"
        case EROFS: "the file system is read-only"
        case EACCES, EPERM: "permission denied"
        case ENAMETOOLONG: "the name is too long"
        default: FileSystem.errorText(code)
        }
    }

    /// Writes all of `bytes` to `descriptor`; returns `errno` on failure.
    static func writeAll(_ bytes: [UInt8], to descriptor: Int32) -> Int32? {
        var written = 0
        while written < bytes.count {
            let count = bytes.withUnsafeBytes { buffer in
                systemWrite(descriptor, buffer.baseAddress.map { $0 + written }, bytes.count - written)
            }
            if count < 0, errno == EINTR { continue }
            guard count > 0 else { return count == 0 ? EIO : errno }
            written += count
        }
        return nil
    }
}
