import ProgramSpec

/// The rules of `.gitignore` and `.regimenignore` files, for scanning folders: a file or folder
/// they ignore is not looked at. Both files have Git's syntax (`gitignore(5)`): one pattern a
/// line; `#` comments; `!` re-includes; a trailing `/` matches folders only; a pattern with a `/`
/// at the start or in the middle is relative to the file's folder, one without matches a name at
/// any depth; `*`, `?`, `[…]` within a name and `**` for any number of folders. Rules of a
/// deeper folder, and later lines, win. Rules are read from the repository's root (the nearest
/// folder holding `.git`) down, or from the scanned folder itself outside a repository.
final class IgnoreRules {
    static let fileNames = [".gitignore", ".regimenignore"]

    /// The folder the rules start from, as a path the file system can open.
    let top: String
    /// The scanned folder's names below `top`.
    let scannedFolder: [String]
    private let fileSystem: FileSystem
    /// Rules by folder (names below `top`, joined with `/`; "" is `top`).
    private var cache: [String: [Rule]] = [:]

    /// Rules for scanning `folder`.
    init(scanning folder: String, fileSystem: FileSystem) {
        self.fileSystem = fileSystem
        let canonical = fileSystem.resolve(folder) ?? folder
        var names = canonical.split(separator: "/").map(String.init)
        var below: [String] = []
        var repository: String?
        // The nearest enclosing repository, if any.
        while true {
            let candidate = "/" + names.joined(separator: "/")
            if fileSystem.kind(of: PathText.join(candidate, ".git")) != .missing {
                repository = candidate
                break
            }
            guard let last = names.popLast() else { break }
            below.insert(last, at: 0)
        }
        if let repository {
            top = repository
            scannedFolder = below
        } else {
            top = canonical
            scannedFolder = []
        }
    }

    /// Whether the entry at `names` (below `top`) is ignored, by the rules of its folder and
    /// every folder above it up to `top`. Folders above the entry are not looked at: a scan never
    /// goes into an ignored folder.
    func ignores(_ names: [String], isDirectory: Bool) -> Bool {
        var ignored = false
        for depth in 0..<names.count {
            for rule in rules(in: names[..<depth].joined(separator: "/")) where rule.matches(names[depth...], isDirectory: isDirectory) {
                ignored = !rule.negated
            }
        }
        return ignored
    }

    /// Whether the entry, or any folder on the way to it from `top`, is ignored.
    func ignoresWithFolders(_ names: [String], isDirectory: Bool) -> Bool {
        for depth in 1..<max(1, names.count) where ignores(Array(names[..<depth]), isDirectory: true) { return true }
        return ignores(names, isDirectory: isDirectory)
    }

    private func rules(in folder: String) -> [Rule] {
        if let known = cache[folder] { return known }
        var rules: [Rule] = []
        for name in Self.fileNames {
            let path = PathText.join(folder.isEmpty ? top : PathText.join(top, folder), name)
            guard case .success(let bytes) = fileSystem.read(path, limit: 1 << 20) else { continue }
            rules += String(decoding: bytes, as: UTF8.self).split(whereSeparator: { $0 == "\n" || $0 == "\r\n" }).compactMap { Rule(String($0)) }
        }
        cache[folder] = rules
        return rules
    }

    /// One line of an ignore file.
    struct Rule {
        let negated: Bool
        let directoryOnly: Bool
        /// Relative to the file's folder (a `/` at the start or in the middle).
        let anchored: Bool
        let parts: [[Unicode.Scalar]]

        init?(_ line: String) {
            var text = Substring(line)
            if text.hasSuffix("\r") { text = text.dropLast() }
            // Trailing spaces are dropped unless escaped.
            while text.hasSuffix(" "), !text.hasSuffix("\\ ") { text = text.dropLast() }
            guard !text.isEmpty, !text.hasPrefix("#") else { return nil }
            var negated = false
            if text.hasPrefix("!") {
                negated = true
                text = text.dropFirst()
            } else if text.hasPrefix("\\!") || text.hasPrefix("\\#") {
                text = text.dropFirst()
            }
            var directoryOnly = false
            if text.hasSuffix("/") {
                directoryOnly = true
                text = text.dropLast()
            }
            guard !text.isEmpty else { return nil }
            let anchored = text.dropLast().contains("/")
            if text.hasPrefix("/") { text = text.dropFirst() }
            self.negated = negated
            self.directoryOnly = directoryOnly
            self.anchored = anchored
            // `\ ` is a space; other escapes stay for the name matcher.
            parts = text.split(separator: "/").map { part in
                var scalars: [Unicode.Scalar] = []
                for scalar in part.unicodeScalars {
                    if scalar == " ", scalars.last == "\\" { scalars.removeLast() }
                    scalars.append(scalar)
                }
                return scalars
            }
            guard !parts.isEmpty else { return nil }
        }

        /// Whether the rule matches `names`, relative to the rule's folder.
        func matches(_ names: ArraySlice<String>, isDirectory: Bool) -> Bool {
            if directoryOnly, !isDirectory { return false }
            guard anchored else {
                guard let last = names.last, parts.count == 1 else { return false }
                return Glob.match(parts[0], Array(last.unicodeScalars))
            }
            return Self.match(parts[...], names)
        }

        private static let anyFolders = Array("**".unicodeScalars)

        static func match(_ pattern: ArraySlice<[Unicode.Scalar]>, _ names: ArraySlice<String>) -> Bool {
            guard let first = pattern.first else { return names.isEmpty }
            if first == anyFolders {
                for skipped in 0...names.count where match(pattern.dropFirst(), names.dropFirst(skipped)) { return true }
                return false
            }
            guard let name = names.first, Glob.match(first, Array(name.unicodeScalars)) else { return false }
            return match(pattern.dropFirst(), names.dropFirst())
        }
    }
}
