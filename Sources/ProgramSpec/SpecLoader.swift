import Diagnostics
import YAMLReader

/// Where spec files come from: the file system in the command-line tool, memory in tests.
public protocol SourceProvider: Sendable {
    /// The contents of the file at `path`, or why it cannot be read. Files larger than `limit`
    /// bytes are not read.
    func read(_ path: String, limit: Int) -> Result<[UInt8], SourceReadError>
    /// The absolute path `path` resolves to, with symbolic links and `..` resolved, or `nil` if
    /// there is no such file.
    func resolve(_ path: String) -> String?
}

/// Why a file could not be read, in words for the coach.
public struct SourceReadError: Error, Sendable, Hashable {
    public var message: String
    /// The file's size, when it was not read because it is larger than the limit.
    public var tooLargeSize: Int?

    public init(_ message: String, tooLargeSize: Int? = nil) {
        self.message = message
        self.tooLargeSize = tooLargeSize
    }
}

/// A program with every library it includes, decoded.
public struct LoadedProgram: Sendable {
    public var program: ProgramSpec?
    /// Set instead of `program` when the file loaded is itself an exercise library.
    public var rootLibrary: LibrarySpec?
    /// Set instead of `program` when the file loaded is itself a roster.
    public var rootRoster: RosterSpec?
    /// Included libraries in the order they were first included.
    public var libraries: [LibrarySpec]
    /// True when some included file could not be loaded or read in full, so names it may define
    /// are unknown.
    public var includesIncomplete = false
    /// The roster file the program names, when there is one and it could be read.
    public var roster: RosterSpec?
    /// True when the program names a roster file that could not be read.
    public var rosterIncomplete = false
    public var diagnostics: [Diagnostic]
    /// The text of every file read, by the name diagnostics use, for showing source lines.
    public var sources: [String: [UInt8]]
}

/// Reads a program file and the libraries it includes, transitively.
public struct SpecLoader: Sendable {
    public var reader: YAMLReader
    public var provider: any SourceProvider
    /// How deep `include:` may nest (a program including a library that includes another is 2).
    public var maxIncludeDepth: Int

    public init(reader: YAMLReader = YAMLReader(), provider: any SourceProvider, maxIncludeDepth: Int = 8) {
        self.reader = reader
        self.provider = provider
        self.maxIncludeDepth = maxIncludeDepth
    }

    /// Loads the program at `path`. Included files must resolve inside `root` (by default the
    /// program's own folder).
    public func load(_ path: String, root: String? = nil) -> LoadedProgram {
        var result = LoadedProgram(program: nil, rootLibrary: nil, libraries: [], diagnostics: [], sources: [:])
        guard let document = readDocument(path, into: &result) else { return result }
        let includes: [Located<String>]
        var rosterReference: Located<String>?
        switch SpecDecoder.kind(of: document) {
        case .roster:
            let decoded = SpecDecoder.decodeRoster(document)
            result.diagnostics += decoded.diagnostics
            result.rootRoster = decoded.spec
            return result
        case .library:
            let decoded = SpecDecoder.decodeLibrary(document)
            result.diagnostics += decoded.diagnostics
            result.rootLibrary = decoded.spec
            includes = decoded.spec?.includes ?? []
        case .program:
            let decoded = SpecDecoder.decodeProgram(document)
            result.diagnostics += decoded.diagnostics
            result.program = decoded.spec
            includes = decoded.spec?.includes ?? []
            rosterReference = decoded.spec?.roster
        }
        let canonical = provider.resolve(path) ?? path
        var state = IncludeState(boundary: includeBoundary(program: path, canonical: canonical, explicitRoot: root), visited: [canonical])
        let origin = Origin(file: canonical, displayName: path, depth: 1, stack: [canonical])
        loadIncludes(includes, from: origin, state: &state, into: &result)
        if let rosterReference {
            loadRoster(rosterReference, from: origin, state: &state, into: &result)
        }
        return result
    }

    private struct IncludeState {
        let boundary: IncludeBoundary
        var visited: Set<String>
    }

    /// The folder that included files and rosters must resolve inside, and what it is.
    struct IncludeBoundary {
        enum Kind {
            /// The program's own folder: there is no project marker above it.
            case programFolder
            /// The nearest folder above the program holding `regimen-project.yaml`.
            case project
            /// A folder given by the caller.
            case explicit
        }

        /// Resolved absolute path.
        let folder: String
        /// The folder as the user would recognise it (relative to the program's path as given), for messages.
        let displayFolder: String
        let kind: Kind

        func refusal(_ reference: String) -> String {
            switch kind {
            case .programFolder:
                "`\(reference)` is outside the program's folder (\(displayFolder)); move it into that folder, or mark your project's root folder with a `\(SpecLoader.projectMarker)` file so that programs can include files from anywhere inside the project"
            case .project:
                "`\(reference)` is outside the project (\(displayFolder), the folder with `\(SpecLoader.projectMarker)`); files a program uses must be inside its project"
            case .explicit:
                "`\(reference)` is outside the folder includes must stay in (\(displayFolder))"
            }
        }
    }

    /// The name of the file that marks a project's root folder. Its presence is what counts: programs
    /// anywhere below it may include libraries and rosters from anywhere inside it.
    public static let projectMarker = "regimen-project.yaml"

    /// The include boundary of a program: the caller's root when given, else the nearest folder at or
    /// above the program's that holds a project marker, else the program's own folder.
    func includeBoundary(program path: String, canonical: String, explicitRoot: String?) -> IncludeBoundary {
        if let explicitRoot {
            return IncludeBoundary(folder: provider.resolve(explicitRoot) ?? explicitRoot, displayFolder: explicitRoot, kind: .explicit)
        }
        let programFolder = PathText.directory(of: canonical)
        var folder = programFolder
        var levels = 0
        while levels < 256 {
            if hasProjectMarker(in: folder) {
                return IncludeBoundary(folder: folder, displayFolder: PathText.ancestor(of: PathText.directory(of: path), levels: levels),
                                       kind: .project)
            }
            let parent = PathText.directory(of: folder)
            guard parent != folder, folder.hasPrefix("/") else { break }
            folder = parent
            levels += 1
        }
        return IncludeBoundary(folder: programFolder, displayFolder: PathText.directory(of: path), kind: .programFolder)
    }

    /// Whether `folder` holds a project marker: a regular file (whatever it holds, empty included).
    private func hasProjectMarker(in folder: String) -> Bool {
        let marker = PathText.join(folder, Self.projectMarker)
        guard provider.resolve(marker) != nil else { return false }
        switch provider.read(marker, limit: 0) {
        case .success: return true
        case .failure(let failure): return failure.tooLargeSize != nil
        }
    }

    /// The file whose references are being followed.
    private struct Origin {
        let file: String
        let displayName: String
        let depth: Int
        let stack: [String]
    }

    /// Resolves a file a spec refers to, or reports why it cannot be used. Returns the resolved
    /// path and the name to show for it.
    private func resolveReference(
        _ reference: Located<String>, from origin: Origin, what: String, state: IncludeState, into result: inout LoadedProgram
    ) -> (canonical: String, displayName: String)? {
        let target = PathText.join(PathText.directory(of: origin.file), reference.value)
        let displayTarget = PathText.tidied(PathText.join(PathText.directory(of: origin.displayName), reference.value))
        func refuse(_ message: String) -> (String, String)? {
            result.diagnostics.append(.error(.includeProblem, message, at: reference.span))
            return nil
        }
        guard origin.depth <= maxIncludeDepth else {
            return refuse("includes are nested more than \(maxIncludeDepth) deep; include the library from the program directly")
        }
        guard let canonical = provider.resolve(target) else {
            return refuse("cannot find the \(what) `\(reference.value)` (looked for \(displayTarget))")
        }
        guard PathText.isInside(canonical, folder: state.boundary.folder) else {
            return refuse(state.boundary.refusal(reference.value))
        }
        if origin.stack.contains(canonical) {
            return refuse("`\(reference.value)` includes itself, directly or through other files; remove one of the includes")
        }
        return (canonical, displayTarget)
    }

    private func loadIncludes(_ includes: [Located<String>], from origin: Origin, state: inout IncludeState, into result: inout LoadedProgram) {
        for include in includes {
            guard let (canonical, displayName) = resolveReference(include, from: origin, what: "included file", state: state, into: &result) else {
                result.includesIncomplete = true
                continue
            }
            guard state.visited.insert(canonical).inserted else { continue }
            guard let document = readDocument(displayName, resolved: canonical, into: &result, requestedBy: include) else {
                result.includesIncomplete = true
                continue
            }
            guard SpecDecoder.kind(of: document) == .library else {
                result.diagnostics.append(.error(
                    .includeProblem, "`\(include.value)` is not an exercise library (it has no `library:` at the top); only libraries can be included",
                    at: include.span))
                result.includesIncomplete = true
                continue
            }
            let decoded = SpecDecoder.decodeLibrary(document)
            result.diagnostics += decoded.diagnostics
            guard let library = decoded.spec else {
                result.includesIncomplete = true
                continue
            }
            if library.exercisesDamaged { result.includesIncomplete = true }
            result.libraries.append(library)
            let next = Origin(file: canonical, displayName: displayName, depth: origin.depth + 1, stack: origin.stack + [canonical])
            loadIncludes(library.includes, from: next, state: &state, into: &result)
        }
    }

    private func loadRoster(_ reference: Located<String>, from origin: Origin, state: inout IncludeState, into result: inout LoadedProgram) {
        result.rosterIncomplete = true
        guard let (canonical, displayName) = resolveReference(reference, from: origin, what: "roster", state: state, into: &result),
              let document = readDocument(displayName, resolved: canonical, into: &result, requestedBy: reference)
        else { return }
        guard SpecDecoder.kind(of: document) == .roster else {
            result.diagnostics.append(.error(
                .includeProblem, "`\(reference.value)` is not a roster (it has no `roster:` at the top)", at: reference.span))
            return
        }
        let decoded = SpecDecoder.decodeRoster(document)
        result.diagnostics += decoded.diagnostics
        result.roster = decoded.spec
        result.rosterIncomplete = decoded.spec == nil
    }

    private func readDocument(
        _ displayName: String, resolved: String? = nil, into result: inout LoadedProgram, requestedBy include: Located<String>? = nil
    ) -> YAMLDocument? {
        let place = include?.span ?? SourceSpan(file: displayName, at: SourcePosition(line: 1, column: 1))
        switch provider.read(resolved ?? displayName, limit: reader.limits.maxBytes) {
        case .failure(let failure):
            if let size = failure.tooLargeSize {
                result.diagnostics.append(.error(
                    .limitExceeded,
                    "\(displayName) is \(size) bytes, more than the limit of \(reader.limits.maxBytes) bytes; split it with `include:` or raise the limit with `--max-file-size`",
                    at: place))
            } else {
                result.diagnostics.append(.error(.unreadableFile, "cannot read \(displayName): \(failure.message)", at: place))
            }
            return nil
        case .success(let bytes):
            result.sources[displayName] = bytes
            let read = reader.read(bytes, file: displayName)
            result.diagnostics += read.diagnostics
            return read.document
        }
    }
}

/// Path arithmetic on `/`-separated text, without touching the file system.
public enum PathText {
    public static func directory(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }

    public static func join(_ folder: String, _ relative: String) -> String {
        if relative.hasPrefix("/") { return relative }
        if folder == "." { return relative }
        return folder.hasSuffix("/") ? folder + relative : folder + "/" + relative
    }

    /// A path as shown to the user, with `.` parts and `folder/..` pairs removed lexically:
    /// `Programs/running/../library/hips.yaml` → `Programs/library/hips.yaml`. Leading `..` stay.
    public static func tidied(_ path: String) -> String {
        let absolute = path.hasPrefix("/")
        var parts: [Substring] = []
        for part in path.split(separator: "/") where part != "." {
            if part == "..", let last = parts.last, last != ".." {
                parts.removeLast()
            } else if part == "..", absolute, parts.isEmpty {
                continue
            } else {
                parts.append(part)
            }
        }
        let joined = parts.joined(separator: "/")
        return absolute ? "/" + joined : (joined.isEmpty ? "." : joined)
    }

    /// The folder `levels` above `folder`, written relative where `folder` is: `Programs/running` → `Programs`,
    /// `.` → `..`, `..` → `../..`.
    public static func ancestor(of folder: String, levels: Int) -> String {
        var path = folder
        for _ in 0..<max(0, levels) {
            if path == "." || path.isEmpty {
                path = ".."
            } else if path == ".." || path.hasSuffix("/..") {
                path += "/.."
            } else if path != "/" {
                path = directory(of: path)
            }
        }
        return path
    }

    /// True when `path` is `folder` or lies under it. Both must be resolved absolute paths.
    public static func isInside(_ path: String, folder: String) -> Bool {
        folder == "/" || path == folder || path.hasPrefix(folder.hasSuffix("/") ? folder : folder + "/")
    }

    /// An absolute path with `.` and `..` parts and repeated slashes resolved lexically.
    public static func normalized(_ path: String) -> String {
        var parts: [Substring] = []
        for part in path.split(separator: "/") {
            if part == "." { continue }
            if part == ".." { if !parts.isEmpty { parts.removeLast() }; continue }
            parts.append(part)
        }
        return "/" + parts.joined(separator: "/")
    }

    /// The file name without folders and without its extension: `Programs/a.yaml` → `a`.
    public static func stem(of path: String) -> String {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return name }
        return String(name[..<dot])
    }
}
