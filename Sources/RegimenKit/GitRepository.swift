#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import ProgramSpec

/// A git repository, read with the `git` command and never changed: revisions resolved, trees
/// listed and files read by object (what `git show REV:path` prints), with nothing checked out
/// and nothing written. Used by `regimen diff --git`.
public struct GitRepository: Sendable {
    /// Why the repository or a revision cannot be read, in words for the coach.
    public struct Problem: Error, Sendable {
        public var message: String
    }

    /// The `git` executable.
    public let executable: String
    /// The top folder of the working tree, resolved.
    public let topLevel: String
    /// The current folder, resolved: paths on the command line are relative to it.
    public let workingDirectory: String
    /// Seconds one git command may run.
    public var timeout: Double = 120

    /// The repository the current folder is in, read with the first `git` on `PATH`.
    public static func current(path: String? = nil) -> Result<GitRepository, Problem> {
        guard let git = findExecutable("git", path: path ?? getenv("PATH").map { String(cString: $0) } ?? "") else {
            return .failure(Problem(message: "cannot find `git` on PATH; `regimen diff --git` reads earlier versions with it (install git, or compare two files or folders with `regimen diff OLD NEW`)"))
        }
        guard let here = FileSystem().resolve(".") else {
            return .failure(Problem(message: "cannot read the current folder"))
        }
        let probe = GitRepository(executable: git, topLevel: here, workingDirectory: here)
        switch probe.run(["rev-parse", "--show-toplevel"], errors: .mergedIntoOutput) {
        case .success(let output):
            let top = output.trimmingLineEnd
            return .success(GitRepository(executable: git, topLevel: FileSystem().resolve(top) ?? top, workingDirectory: here))
        case .failure(let failure):
            return .failure(Problem(message: "the current folder is not in a git repository that can be read: \(failure.message)"))
        }
    }

    static func findExecutable(_ name: String, path: String) -> String? {
        for folder in path.split(separator: ":") where !folder.isEmpty {
            let candidate = PathText.join(String(folder), name)
            if access(candidate, X_OK) == 0, FileSystem().kind(of: candidate) == .file { return candidate }
        }
        return nil
    }

    /// What a git command printed, or why it failed.
    struct Failure: Error {
        var message: String
    }

    /// Runs `git ARGUMENTS` in the current folder; fails on a non-zero exit with what git said
    /// (when its errors are merged into the output).
    func run(_ arguments: [String], errors: PluginProcess.ErrorOutput = .discarded, maxOutput: Int = 256 << 20) -> Result<String, Failure> {
        runBytes(arguments, errors: errors, maxOutput: maxOutput).map { String(decoding: $0, as: UTF8.self) }
    }

    func runBytes(_ arguments: [String], errors: PluginProcess.ErrorOutput = .discarded, maxOutput: Int = 256 << 20) -> Result<[UInt8], Failure> {
        var process = PluginProcess(executable: executable, arguments: arguments, limits: .init(timeout: timeout, maxOutput: maxOutput))
        process.errorOutput = errors
        switch process.run(input: []) {
        case .finished(status: 0, let output):
            return .success(output)
        case .finished(let status, let output):
            let said = String(decoding: output, as: UTF8.self).trimmingLineEnd
            return .failure(Failure(message: said.isEmpty ? "git \(arguments.first ?? "") exited with status \(status)" : said))
        case .killed(let signal):
            return .failure(Failure(message: "git \(arguments.first ?? "") was stopped by signal \(signal)"))
        case .timedOut:
            return .failure(Failure(message: "git \(arguments.first ?? "") did not finish within \(Int(timeout)) seconds"))
        case .outputTooLarge:
            return .failure(Failure(message: "git \(arguments.first ?? "") printed more than \(maxOutput) bytes"))
        case .couldNotStart(let reason):
            return .failure(Failure(message: "cannot run \(executable): \(reason)"))
        }
    }

    /// The commit `revision` names (a branch, tag, commit or expression such as `HEAD~1`), as a
    /// full object name.
    public func commit(_ revision: String) -> Result<String, Problem> {
        guard !revision.isEmpty, !revision.hasPrefix("-") else {
            return .failure(Problem(message: "`\(revision)` is not a revision; name a branch, tag or commit, such as HEAD~1, main or origin/main"))
        }
        if case .success(let output) = run(["rev-parse", "--verify", "--quiet", "--end-of-options", revision + "^{commit}"]) {
            let name = output.trimmingLineEnd
            if !name.isEmpty { return .success(name) }
        }
        if isShallow {
            let branch = revision.contains(where: { "~^@:".contains($0) }) ? "" : ", or `git fetch origin \(revision)`"
            return .failure(Problem(message: "there is no revision `\(revision)` in this clone, which is shallow (it holds only the latest commits); fetch the history it needs (`git fetch --unshallow`\(branch); in GitHub Actions, `fetch-depth: 0` on actions/checkout) and run again"))
        }
        return .failure(Problem(message: "there is no revision `\(revision)` in this repository; name a branch, tag or commit, such as HEAD~1, main or origin/main (a branch of a remote must be fetched first: `git fetch origin main`)"))
    }

    /// True when the repository is a shallow clone.
    public var isShallow: Bool {
        if case .success(let output) = run(["rev-parse", "--is-shallow-repository"]) { return output.trimmingLineEnd == "true" }
        return false
    }

    /// Every file in the tree of `commit`, with its object and size.
    public func tree(_ commit: String) -> Result<GitTree, Problem> {
        switch runBytes(["ls-tree", "-r", "-z", "-l", "--full-tree", commit]) {
        case .success(let output): return .success(GitTree(listing: output))
        case .failure(let failure): return .failure(Problem(message: "cannot list the files of \(commit): \(failure.message)"))
        }
    }

    /// The contents of the blob `object`, which is `size` bytes.
    func blob(_ object: String, size: Int) -> Result<[UInt8], Failure> {
        runBytes(["cat-file", "blob", object], maxOutput: size + 1)
    }

    /// `path` (absolute, or relative to the current folder) as a path inside the repository, or
    /// `nil` when it is outside the working tree. `""` is the top folder.
    public func repositoryPath(_ path: String) -> String? {
        let absolute = PathText.normalized(path.hasPrefix("/") ? path : workingDirectory + "/" + path)
        if absolute == topLevel { return "" }
        let top = topLevel.hasSuffix("/") ? topLevel : topLevel + "/"
        return absolute.hasPrefix(top) ? String(absolute.dropFirst(top.count)) : nil
    }

    /// A repository path as the user would write it from the current folder:
    /// `Programs/hips.yaml`, or `../Programs/hips.yaml` from a folder beside it.
    public func shownPath(_ repositoryPath: String) -> String {
        let here = self.repositoryPath(workingDirectory) ?? ""
        var base = here.split(separator: "/")
        var target = repositoryPath.split(separator: "/")
        while let first = base.first, let other = target.first, first == other {
            base.removeFirst()
            target.removeFirst()
        }
        let parts = Array(repeating: "..", count: base.count) + target.map(String.init)
        return parts.isEmpty ? "." : parts.joined(separator: "/")
    }
}

extension String {
    /// Without the trailing line breaks a command prints.
    var trimmingLineEnd: String {
        var text = self
        while text.last == "\n" || text.last == "\r" { text.removeLast() }
        return text
    }
}

/// The files of one commit's tree, by path inside the repository.
public struct GitTree: Sendable {
    public struct Entry: Sendable, Hashable {
        public var object: String
        public var size: Int
        /// A symbolic link: the blob holds the path it points to.
        public var isLink: Bool
    }

    public private(set) var files: [String: Entry] = [:]
    /// Every folder that holds a file, at any depth (`Programs`, `Programs/library`).
    public private(set) var folders: Set<String> = []

    /// Reads `git ls-tree -r -z -l` output: `MODE TYPE OBJECT SIZE<TAB>PATH<NUL>` per entry.
    init(listing: [UInt8]) {
        for record in listing.split(separator: 0) {
            guard let tab = record.firstIndex(of: UInt8(ascii: "\t")) else { continue }
            let fields = record[..<tab].split(separator: UInt8(ascii: " "))
            guard fields.count == 4, String(decoding: fields[1], as: UTF8.self) == "blob" else { continue }
            let mode = String(decoding: fields[0], as: UTF8.self)
            let path = String(decoding: record[record.index(after: tab)...], as: UTF8.self)
            files[path] = Entry(object: String(decoding: fields[2], as: UTF8.self),
                                size: Int(String(decoding: fields[3], as: UTF8.self)) ?? 0, isLink: mode == "120000")
            var folder = PathText.directory(of: path)
            while folder != ".", folders.insert(folder).inserted {
                folder = PathText.directory(of: folder)
            }
        }
    }

    /// Spec files (`*.yaml`, `*.yml`) under `folder` (`""` for all), as `ProgramFiles` finds them in
    /// a folder: hidden files and folders below it skipped, the project marker left out. Sorted.
    public func specFiles(under folder: String) -> [String] {
        let prefix = folder.isEmpty ? "" : folder + "/"
        return files.keys.filter { path in
            guard path.hasPrefix(prefix) else { return false }
            let below = path.dropFirst(prefix.count).split(separator: "/")
            guard let name = below.last, !below.contains(where: { $0.hasPrefix(".") }) else { return false }
            return ProgramFiles.isSpecFile(String(name))
        }.sorted()
    }

    /// Spec files matching a glob pattern given as a path inside the repository, with `**` for
    /// any number of folders. Sorted.
    public func specFiles(matching pattern: String) -> [String] {
        let parts = pattern.split(separator: "/").map { Array($0.unicodeScalars) }
        return files.keys.filter { path in
            let names = path.split(separator: "/").map { Array($0.unicodeScalars) }
            guard let last = names.last, ProgramFiles.isSpecFile(String(String.UnicodeScalarView(last))) else { return false }
            return GitTree.match(parts[...], names[...])
        }.sorted()
    }

    private static func match(_ pattern: ArraySlice<[Unicode.Scalar]>, _ names: ArraySlice<[Unicode.Scalar]>) -> Bool {
        guard let part = pattern.first else { return names.isEmpty }
        if part == Array("**".unicodeScalars) {
            // Zero folders, or one more and `**` again; hidden folders are not entered.
            if match(pattern.dropFirst(), names) { return true }
            guard let name = names.first, name.first != "." else { return false }
            return match(pattern, names.dropFirst())
        }
        guard let name = names.first, name.first != "." || part.first == "." else { return false }
        return Glob.match(part, name) && match(pattern.dropFirst(), names.dropFirst())
    }
}
