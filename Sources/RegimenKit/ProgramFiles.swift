import ProgramSpec

/// Turns the paths given on the command line into the spec files to process.
public enum ProgramFiles {
    public struct Problem: Error, Sendable {
        public var message: String
    }

    /// How folders and patterns are searched.
    public struct ScanOptions: Sendable {
        /// Look into hidden files and folders too (never `.git`).
        public var includeHidden: Bool
        /// Leave out what `.gitignore` and `.regimenignore` files ignore.
        public var honoursIgnoreFiles: Bool

        public init(includeHidden: Bool = false, honoursIgnoreFiles: Bool = true) {
            self.includeHidden = includeHidden
            self.honoursIgnoreFiles = honoursIgnoreFiles
        }
    }

    /// A spec file to process.
    public struct Found: Sendable, Hashable {
        public var path: String
        /// Found by searching a folder or matching a pattern rather than named: such a file is a
        /// Regimen file only when it says so (`regimen:` at the top), and skipped otherwise.
        public var scanned: Bool
        /// The index of the command-line path it came from.
        public var origin: Int

        public init(path: String, scanned: Bool, origin: Int) {
            self.path = path
            self.scanned = scanned
            self.origin = origin
        }
    }

    /// Files as given; folders searched recursively for `*.yaml` and `*.yml`; glob patterns (`*`,
    /// `?`, `[…]`, and `**` for any depth) matched. Searches skip hidden files and folders (unless
    /// `includeHidden`), what ignore files ignore, and the project marker (`regimen-project.yaml`). Each group is sorted, duplicates are
    /// dropped. A path that matches nothing, or a folder named like a spec file, is a problem.
    public static func find(_ paths: [String], options: ScanOptions = ScanOptions(), fileSystem: FileSystem = FileSystem()) -> Result<[Found], Problem> {
        var files: [Found] = []
        var seen: Set<String> = []
        for (origin, path) in paths.enumerated() {
            func add(_ file: String, scanned: Bool) {
                if seen.insert(file).inserted { files.append(Found(path: file, scanned: scanned, origin: origin)) }
            }
            switch fileSystem.kind(of: path) {
            case .file:
                add(path, scanned: false)
            case .directory where isSpecFile(path):
                return .failure(Problem(message: "\(path) is a folder, not a program file; to look for programs in it, write \(path)/"))
            case .directory:
                var found: [String] = []
                let ignore = options.honoursIgnoreFiles ? IgnoreRules(scanning: path, fileSystem: fileSystem) : nil
                collect(in: path, names: ignore?.scannedFolder ?? [], fileSystem: fileSystem, options: options, ignore: ignore, into: &found)
                found.forEach { add($0, scanned: true) }
            case .missing where Glob.isPattern(path):
                var matches = Glob(path).matches(fileSystem: fileSystem, includeHidden: options.includeHidden).filter { !isProjectMarker($0) }
                if options.honoursIgnoreFiles { matches = matches.filter { !ignored($0, fileSystem: fileSystem) } }
                guard !matches.isEmpty else { return .failure(Problem(message: "no files match \(path)")) }
                matches.forEach { add($0, scanned: true) }
            case .missing:
                return .failure(Problem(message: "cannot find \(path)"))
            case .other:
                return .failure(Problem(message: "\(path) is not a file or a folder"))
            }
        }
        return .success(files)
    }

    /// The paths of `find`, for callers that need only them.
    public static func expand(_ paths: [String], options: ScanOptions = ScanOptions(), fileSystem: FileSystem = FileSystem()) -> Result<[String], Problem> {
        find(paths, options: options, fileSystem: fileSystem).map { $0.map(\.path) }
    }

    /// Whether `path` names a project marker file, which is not a spec to check or build.
    public static func isProjectMarker(_ path: String) -> Bool {
        path.split(separator: "/").last.map(String.init) == SpecLoader.projectMarker
    }

    /// Program, library and roster files: YAML files other than the project marker.
    static func isSpecFile(_ name: String) -> Bool {
        (name.hasSuffix(".yaml") || name.hasSuffix(".yml")) && name != SpecLoader.projectMarker
    }

    /// The spec files under `directory`, whose names below the ignore rules' top are `names`.
    static func collect(
        in directory: String, names: [String], fileSystem: FileSystem, options: ScanOptions, ignore: IgnoreRules?,
        into files: inout [String], depth: Int = 0
    ) {
        guard depth < 32, let entries = fileSystem.contents(of: directory) else { return }
        for name in entries where name != ".git" && (options.includeHidden || !name.hasPrefix(".")) {
            let path = PathText.join(directory, name)
            let kind = fileSystem.kind(of: path)
            if let ignore, ignore.ignores(names + [name], isDirectory: kind == .directory) { continue }
            switch kind {
            case .directory:
                collect(in: path, names: names + [name], fileSystem: fileSystem, options: options, ignore: ignore, into: &files, depth: depth + 1)
            case .file where isSpecFile(name):
                files.append(path)
            default:
                break
            }
        }
    }

    /// Every spec file under `directory`, hidden and ignored ones left out.
    public static func collect(in directory: String, fileSystem: FileSystem, into files: inout [String]) {
        let ignore = IgnoreRules(scanning: directory, fileSystem: fileSystem)
        collect(in: directory, names: ignore.scannedFolder, fileSystem: fileSystem, options: ScanOptions(), ignore: ignore, into: &files)
    }

    /// Whether ignore files leave out `path` (a pattern's match), judged from the file's folder.
    private static func ignored(_ path: String, fileSystem: FileSystem) -> Bool {
        let rules = IgnoreRules(scanning: PathText.directory(of: path), fileSystem: fileSystem)
        let name = path.split(separator: "/").last.map(String.init) ?? path
        return rules.ignoresWithFolders(rules.scannedFolder + [name], isDirectory: false)
    }
}

/// Whether a YAML file says it is a Regimen file: a top-level `regimen:` key (programs,
/// libraries and rosters all start with `regimen: 1`) within its first 64 KiB.
public enum RegimenFileMark {
    static let window = 64 * 1024

    public static func isPresent(in bytes: some Collection<UInt8>) -> Bool {
        // Byte by byte, stopping at the first match: this runs on every scanned file, and the key
        // is almost always on the first line. YAML breaks lines only at LF and CR.
        let text = Array(bytes.prefix(window))
        var index = text.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        while index < text.count {
            if keyFollows(in: text, at: index) { return true }
            while index < text.count, text[index] != 0x0A, text[index] != 0x0D { index += 1 }
            while index < text.count, text[index] == 0x0A || text[index] == 0x0D { index += 1 }
        }
        return false
    }

    private static let keys: [[UInt8]] = ["regimen", "\"regimen\"", "'regimen'"].map { Array($0.utf8) }

    /// Whether the line starting at `start` is `regimen:` (plain or quoted), spaces before the colon allowed.
    private static func keyFollows(in text: [UInt8], at start: Int) -> Bool {
        for key in keys where text.count - start >= key.count && text[start..<start + key.count].elementsEqual(key) {
            var index = start + key.count
            while index < text.count, text[index] == 0x20 || text[index] == 0x09 { index += 1 }
            if index < text.count, text[index] == 0x3A { return true }
        }
        return false
    }
}

/// A shell-style glob pattern: `*` and `?` within a name, `[abc]` classes, and `**` for any
/// number of folders. Hidden files and folders match only a pattern part that starts with `.`.
struct Glob {
    let parts: [Substring]
    let absolute: Bool

    init(_ pattern: String) {
        absolute = pattern.hasPrefix("/")
        parts = pattern.split(separator: "/", omittingEmptySubsequences: true)
    }

    static func isPattern(_ path: String) -> Bool {
        path.contains { $0 == "*" || $0 == "?" || $0 == "[" }
    }

    func matches(fileSystem: FileSystem, includeHidden: Bool = false) -> [String] {
        var results: [String] = []
        walk(base: absolute ? "/" : ".", shown: absolute ? "/" : "", index: 0, fileSystem: fileSystem, includeHidden: includeHidden,
             into: &results, depth: 0)
        return results.sorted()
    }

    private func walk(base: String, shown: String, index: Int, fileSystem: FileSystem, includeHidden: Bool,
                      into results: inout [String], depth: Int) {
        guard depth < 64 else { return }
        guard index < parts.count else {
            if fileSystem.kind(of: base) == .file { results.append(shown) }
            return
        }
        let part = parts[index]
        func join(_ folder: String, _ name: String) -> String { folder.isEmpty ? name : (folder.hasSuffix("/") ? folder + name : folder + "/" + name) }
        if part == "**" {
            // Zero folders…
            walk(base: base, shown: shown, index: index + 1, fileSystem: fileSystem, includeHidden: includeHidden, into: &results, depth: depth + 1)
            // …or one more, then `**` again.
            for name in fileSystem.contents(of: base) ?? [] where name != ".git" && (includeHidden || !name.hasPrefix(".")) {
                let path = PathText.join(base, name)
                if fileSystem.kind(of: path) == .directory {
                    walk(base: path, shown: join(shown, name), index: index, fileSystem: fileSystem, includeHidden: includeHidden, into: &results, depth: depth + 1)
                }
            }
            return
        }
        if !Glob.isPattern(String(part)) {
            let path = PathText.join(base, String(part))
            if fileSystem.kind(of: path) != .missing {
                walk(base: path, shown: join(shown, String(part)), index: index + 1, fileSystem: fileSystem, includeHidden: includeHidden, into: &results, depth: depth + 1)
            }
            return
        }
        for name in fileSystem.contents(of: base) ?? [] where includeHidden || !name.hasPrefix(".") || part.hasPrefix(".") {
            if Glob.match(Array(part.unicodeScalars), Array(name.unicodeScalars)) {
                walk(base: PathText.join(base, name), shown: join(shown, name), index: index + 1, fileSystem: fileSystem, includeHidden: includeHidden, into: &results, depth: depth + 1)
            }
        }
    }

    /// Matches one name against one pattern part (`*`, `?`, `[…]`, `[!…]`).
    static func match(_ pattern: [Unicode.Scalar], _ name: [Unicode.Scalar]) -> Bool {
        var p = 0, n = 0
        var star: (p: Int, n: Int)?
        while n < name.count {
            if p < pattern.count {
                switch pattern[p] {
                case "*":
                    star = (p, n)
                    p += 1
                    continue
                case "?":
                    p += 1
                    n += 1
                    continue
                case "[":
                    if let (matched, next) = matchClass(pattern, at: p, name[n]) {
                        if matched {
                            p = next
                            n += 1
                            continue
                        }
                    } else if name[n] == "[" {
                        p += 1
                        n += 1
                        continue
                    }
                default:
                    if pattern[p] == name[n] {
                        p += 1
                        n += 1
                        continue
                    }
                }
            }
            guard let last = star else { return false }
            star = (last.p, last.n + 1)
            p = last.p + 1
            n = last.n + 1
        }
        while p < pattern.count, pattern[p] == "*" { p += 1 }
        return p == pattern.count
    }

    /// `[abc]`, `[a-z]`, `[!x]` at `start`: whether `character` matches, and where the class ends.
    private static func matchClass(_ pattern: [Unicode.Scalar], at start: Int, _ character: Unicode.Scalar) -> (Bool, Int)? {
        var index = start + 1
        let negated = index < pattern.count && (pattern[index] == "!" || pattern[index] == "^")
        if negated { index += 1 }
        var matched = false
        var first = true
        while index < pattern.count, pattern[index] != "]" || first {
            first = false
            if index + 2 < pattern.count, pattern[index + 1] == "-", pattern[index + 2] != "]" {
                if (pattern[index]...pattern[index + 2]).contains(character) { matched = true }
                index += 3
            } else {
                if pattern[index] == character { matched = true }
                index += 1
            }
        }
        guard index < pattern.count else { return nil }
        return (matched != negated, index + 1)
    }
}
