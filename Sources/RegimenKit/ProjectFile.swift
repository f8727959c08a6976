import Diagnostics
import ProgramSpec
import YAMLReader

/// `regimen-project.yaml`, the file that marks a project's root folder (for includes), read for
/// its settings: backend and filter `options:`, the `output:` folder, `plugin-paths:` and
/// `publish:` (see docs/publish.md). An empty file, or one with comments only, marks the root and
/// sets nothing.
public struct ProjectFile: Sendable {
    /// One `options:` entry (`ics: {alarm: 30}`), with where it is written.
    public struct OptionSetting: Sendable, Equatable {
        public var owner: String
        public var key: String
        public var value: String
        /// Where the value is written.
        public var span: SourceSpan
        /// Where the option's name and its owner's name are written, for an unknown one.
        public var keySpan: SourceSpan
        public var ownerSpan: SourceSpan

        public init(owner: String, key: String, value: String, span: SourceSpan, keySpan: SourceSpan? = nil, ownerSpan: SourceSpan? = nil) {
            self.owner = owner
            self.key = key
            self.value = value
            self.span = span
            self.keySpan = keySpan ?? span
            self.ownerSpan = ownerSpan ?? keySpan ?? span
        }
    }

    /// `regimen publish`'s settings; the command line overrides each.
    public struct PublishSection: Sendable {
        /// The site folder, resolved against the project's folder.
        public var site: String?
        public var baseURL: String?
        public var alarm: Int?
        public var coachAlarm: Int?
        public var refreshHours: Int?
        /// A file holding the secret (outside the project), resolved; `~/` is the home folder.
        public var secretFile: String?
        public var salts: [String: String] = [:]
        /// Athlete pages print one session per page.
        public var sessionPerPage: Bool?

        public init() {}
    }

    /// The project file's path, as found.
    public var path: String
    public var publish = PublishSection()
    /// Backend and filter options, in the order written.
    public var options: [OptionSetting] = []
    /// `regimen build`'s output folder, resolved against the project's folder.
    public var output: String?
    /// Folders to look in for plugins, resolved; searched after `--plugin-path`.
    public var pluginPaths: [String] = []

    /// The nearest `regimen-project.yaml` at or above `path` (a program or a folder), if any.
    public static func find(from path: String, fileSystem: FileSystem = FileSystem()) -> String? {
        guard let resolved = fileSystem.resolve(path) else { return nil }
        var folder = fileSystem.kind(of: resolved) == .directory ? resolved : PathText.directory(of: resolved)
        for _ in 0..<256 {
            let marker = PathText.join(folder, SpecLoader.projectMarker)
            if fileSystem.kind(of: marker) == .file { return marker }
            let parent = PathText.directory(of: folder)
            guard parent != folder, folder.hasPrefix("/") else { break }
            folder = parent
        }
        return nil
    }

    /// Reads the project file at `path`: its settings, or the problems with it (each at its line
    /// and column), and its bytes for showing them.
    public static func load(_ path: String, home: String?, fileSystem: FileSystem = FileSystem())
        -> (project: ProjectFile?, diagnostics: [Diagnostic], source: [UInt8]) {
        let bytes: [UInt8]
        switch fileSystem.read(path, limit: 1 << 20) {
        case .success(let read): bytes = read
        case .failure(let failure):
            return (nil, [.error(.unreadableFile, "cannot read the project file \(path): \(failure.message)", at: nil)], [])
        }
        var project = ProjectFile(path: path)
        let isBlank = String(decoding: bytes, as: UTF8.self).split(separator: "\n").allSatisfy { line in
            let trimmed = line.drop { $0 == " " || $0 == "\t" || $0 == "\r" }
            return trimmed.isEmpty || trimmed.hasPrefix("#")
        }
        if isBlank { return (project, [], bytes) }
        let read = YAMLReader().read(bytes, file: path)
        guard let document = read.document, read.diagnostics.allSatisfy({ $0.severity != .error }) else { return (nil, read.diagnostics, bytes) }
        var decoder = ProjectDecoder(document: document, folder: PathText.directory(of: path), home: home)
        decoder.decode(into: &project)
        return (decoder.diagnostics.contains { $0.severity == .error } ? nil : project, read.diagnostics + decoder.diagnostics, bytes)
    }
}

/// Reads the project file's node tree into its settings, reporting unknown keys and bad values.
struct ProjectDecoder {
    let document: YAMLDocument
    let folder: String
    let home: String?
    private(set) var diagnostics: [Diagnostic] = []
    /// The key node of each value read, for pointing at an unknown key.
    private var keyNodes: [YAMLNodeID: YAMLNodeID] = [:]

    init(document: YAMLDocument, folder: String, home: String?) {
        self.document = document
        self.folder = folder
        self.home = home
    }

    mutating func decode(into project: inout ProjectFile) {
        guard let root = document.root, !document.isNull(root) else { return }
        guard let top = mapping(root, "the project file") else { return }
        for (key, value) in top {
            switch key {
            case "publish": decodePublish(value, into: &project.publish)
            case "options": decodeOptions(value, into: &project.options)
            case "output": project.output = text(value, key).map { PathText.normalized(PathText.join(folder, $0)) }
            case "plugin-paths": project.pluginPaths = texts(value, key).map { PathText.normalized(PathText.join(folder, $0)) }
            default: unknown(key, at: value, known: ["options", "output", "plugin-paths", "publish"], in: "the project file")
            }
        }
    }

    mutating func decodePublish(_ node: YAMLNodeID, into publish: inout ProjectFile.PublishSection) {
        guard let entries = mapping(node, "`publish`") else { return }
        let keys = ["site", "base-url", "alarm", "coach-alarm", "refresh-hours", "secret-file", "salts", "session-per-page"]
        for (key, value) in entries {
            switch key {
            case "site": publish.site = text(value, key).map { PathText.normalized(PathText.join(folder, $0)) }
            case "base-url":
                if let url = text(value, key) {
                    if url.hasPrefix("https://") || url.hasPrefix("http://") {
                        publish.baseURL = url
                    } else {
                        diagnostics.append(.error(.wrongShape, "`base-url` must be an http:// or https:// address, like https://example.org/training",
                                                  at: document.span(of: value)))
                    }
                }
            case "alarm": publish.alarm = integer(value, key, 0...1440)
            case "coach-alarm": publish.coachAlarm = integer(value, key, 0...1440)
            case "refresh-hours": publish.refreshHours = integer(value, key, 0...720)
            case "session-per-page":
                guard let word = text(value, key) else { continue }
                guard let flag = ["true": true, "false": false][word] else {
                    diagnostics.append(.error(.wrongShape, "`session-per-page` must be `true` or `false`, not `\(word)`", at: document.span(of: value)))
                    continue
                }
                publish.sessionPerPage = flag
            case "secret-file":
                guard let file = text(value, key) else { continue }
                let resolved = file.hasPrefix("~/") ? home.map { PathText.join($0, String(file.dropFirst(2))) } : PathText.join(folder, file)
                guard let resolved else {
                    diagnostics.append(.error(.unreadableFile, "`secret-file` starts with `~/` but HOME is not set", at: document.span(of: value)))
                    continue
                }
                if PathText.isInside(PathText.normalized(resolved), folder: PathText.normalized(folder)) {
                    diagnostics.append(.error(.wrongShape, "`secret-file` (\(file)) is inside the project; keep the secret outside the repository, like ~/.config/regimen/publish-secret",
                                              at: document.span(of: value)))
                    continue
                }
                publish.secretFile = resolved
            case "salts":
                guard let salts = mapping(value, "`salts`") else { continue }
                for (athlete, salt) in salts {
                    if let text = text(salt, athlete) { publish.salts[athlete] = text }
                }
            default: unknown(key, at: value, known: keys, in: "`publish`")
            }
        }
    }

    /// `options:`: a mapping of backend or filter names to mappings of option names to values.
    mutating func decodeOptions(_ node: YAMLNodeID, into options: inout [ProjectFile.OptionSetting]) {
        guard let owners = mapping(node, "`options`") else { return }
        for (owner, ownerNode) in owners {
            guard let entries = mapping(ownerNode, "`options.\(owner)` (the options of backend or filter `\(owner)`)") else { continue }
            for (key, value) in entries {
                guard let text = text(value, "\(owner).\(key)") else { continue }
                options.append(ProjectFile.OptionSetting(owner: owner, key: key, value: text, span: document.span(of: value),
                                                         keySpan: keySpan(of: value), ownerSpan: keySpan(of: ownerNode)))
            }
        }
    }

    /// Where the key of the entry holding `value` is written.
    func keySpan(of value: YAMLNodeID) -> SourceSpan { document.span(of: keyNodes[value] ?? value) }

    /// One value or a sequence of them.
    mutating func texts(_ node: YAMLNodeID, _ key: String) -> [String] {
        guard document.kind(of: node) == .sequence else { return text(node, key).map { [$0] } ?? [] }
        return document.items(of: node).compactMap { text($0, key) }
    }

    /// A mapping's entries as (key text, value node); `nil` with a diagnostic when `node` is not one.
    mutating func mapping(_ node: YAMLNodeID, _ what: String) -> [(String, YAMLNodeID)]? {
        guard document.kind(of: node) == .mapping else {
            diagnostics.append(.error(.wrongShape, "\(what) must be a mapping of keys to values", at: document.span(of: node)))
            return nil
        }
        return document.entries(of: node).map { entry in
            keyNodes[entry.value] = entry.key
            return (document.scalar(entry.key) ?? "", entry.value)
        }
    }

    mutating func text(_ node: YAMLNodeID, _ key: String) -> String? {
        guard document.kind(of: node) == .scalar, let value = document.scalar(node), !document.isNull(node) else {
            diagnostics.append(.error(.wrongShape, "`\(key)` must be a single value", at: document.span(of: node)))
            return nil
        }
        return value
    }

    mutating func integer(_ node: YAMLNodeID, _ key: String, _ range: ClosedRange<Int>) -> Int? {
        guard let value = text(node, key) else { return nil }
        guard let number = Int(value), range.contains(number) else {
            diagnostics.append(.error(.outOfRange, "`\(key)` must be a whole number from \(range.lowerBound) to \(range.upperBound), not `\(value)`",
                                      at: document.span(of: node)))
            return nil
        }
        return number
    }

    mutating func unknown(_ key: String, at node: YAMLNodeID, known: [String], in what: String) {
        diagnostics.append(.error(.unknownKey, "\(what) has no key `\(key)`; it knows \(known.map { "`\($0)`" }.joined(separator: ", "))",
                                  at: document.span(of: keyNodes[node] ?? node)))
    }
}
