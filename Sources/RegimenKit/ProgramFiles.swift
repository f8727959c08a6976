import ProgramSpec

/// Turns the paths given on the command line into the spec files to process.
public enum ProgramFiles {
    public struct Problem: Error, Sendable {
        public var message: String
    }

    /// Files as given; folders searched recursively for `*.yaml` and `*.yml`, skipping hidden
    /// files and folders and the project marker (`regimen-project.yaml`); glob patterns (`*`, `?`, `[…]`, and `**` for any depth) matched the
    /// same way. Each group is sorted, duplicates are dropped. A path that matches nothing is a
    /// problem.
    public static func expand(_ paths: [String], fileSystem: FileSystem = FileSystem()) -> Result<[String], Problem> {
        var files: [String] = []
        var seen: Set<String> = []
        func add(_ path: String) {
            if seen.insert(path).inserted { files.append(path) }
        }
        for path in paths {
            switch fileSystem.kind(of: path) {
            case .file:
                add(path)
            case .directory:
                var found: [String] = []
                collect(in: path, fileSystem: fileSystem, into: &found)
                found.forEach(add)
            case .missing where Glob.isPattern(path):
                let matches = Glob(path).matches(fileSystem: fileSystem).filter { !isProjectMarker($0) }
                guard !matches.isEmpty else { return .failure(Problem(message: "no files match \(path)")) }
                matches.forEach(add)
            case .missing:
                return .failure(Problem(message: "cannot find \(path)"))
            case .other:
                return .failure(Problem(message: "\(path) is not a file or a folder"))
            }
        }
        return .success(files)
    }

    /// Whether `path` names a project marker file, which is not a spec to check or build.
    public static func isProjectMarker(_ path: String) -> Bool {
        path.split(separator: "/").last.map(String.init) == SpecLoader.projectMarker
    }

    /// Program, library and roster files: YAML files other than the project marker.
    static func isSpecFile(_ name: String) -> Bool {
        (name.hasSuffix(".yaml") || name.hasSuffix(".yml")) && name != SpecLoader.projectMarker
    }

    public static func collect(in directory: String, fileSystem: FileSystem, into files: inout [String], depth: Int = 0) {
        guard depth < 32, let names = fileSystem.contents(of: directory) else { return }
        for name in names where !name.hasPrefix(".") {
            let path = PathText.join(directory, name)
            switch fileSystem.kind(of: path) {
            case .directory:
                collect(in: path, fileSystem: fileSystem, into: &files, depth: depth + 1)
            case .file where isSpecFile(name):
                files.append(path)
            default:
                break
            }
        }
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

    func matches(fileSystem: FileSystem) -> [String] {
        var results: [String] = []
        walk(base: absolute ? "/" : ".", shown: absolute ? "/" : "", index: 0, fileSystem: fileSystem, into: &results, depth: 0)
        return results.sorted()
    }

    private func walk(base: String, shown: String, index: Int, fileSystem: FileSystem, into results: inout [String], depth: Int) {
        guard depth < 64 else { return }
        guard index < parts.count else {
            if fileSystem.kind(of: base) == .file { results.append(shown) }
            return
        }
        let part = parts[index]
        func join(_ folder: String, _ name: String) -> String { folder.isEmpty ? name : (folder.hasSuffix("/") ? folder + name : folder + "/" + name) }
        if part == "**" {
            // Zero folders…
            walk(base: base, shown: shown, index: index + 1, fileSystem: fileSystem, into: &results, depth: depth + 1)
            // …or one more, then `**` again.
            for name in fileSystem.contents(of: base) ?? [] where !name.hasPrefix(".") {
                let path = PathText.join(base, name)
                if fileSystem.kind(of: path) == .directory {
                    walk(base: path, shown: join(shown, name), index: index, fileSystem: fileSystem, into: &results, depth: depth + 1)
                }
            }
            return
        }
        if !Glob.isPattern(String(part)) {
            let path = PathText.join(base, String(part))
            if fileSystem.kind(of: path) != .missing {
                walk(base: path, shown: join(shown, String(part)), index: index + 1, fileSystem: fileSystem, into: &results, depth: depth + 1)
            }
            return
        }
        for name in fileSystem.contents(of: base) ?? [] where !name.hasPrefix(".") || part.hasPrefix(".") {
            if Glob.match(Array(part.unicodeScalars), Array(name.unicodeScalars)) {
                walk(base: PathText.join(base, name), shown: join(shown, name), index: index + 1, fileSystem: fileSystem, into: &results, depth: depth + 1)
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
