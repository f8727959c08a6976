import Diagnostics
import ProgramSpec
import RegimenPlan

/// Renders a plan through backends and writes their files, all or nothing.
public struct BuildRequest: Sendable {
    public var backends: [any Backend]
    /// Options by backend name.
    public var options: [String: BackendOptionValues]
    public var outputDirectory: String
    /// A fixed build time (from `SOURCE_DATE_EPOCH`), for backends that stamp their outputs.
    public var buildTimestamp: Int64?
    /// Overwrite files Regimen did not write (or that were changed since it wrote them).
    public var force: Bool

    public init(
        backends: [any Backend], options: [String: BackendOptionValues] = [:], outputDirectory: String,
        buildTimestamp: Int64? = nil, force: Bool = false
    ) {
        self.backends = backends
        self.options = options
        self.outputDirectory = outputDirectory
        self.buildTimestamp = buildTimestamp
        self.force = force
    }
}

/// What a build wrote.
public struct BuildResult: Sendable {
    public var paths: [String]
    /// Warnings the backends reported.
    public var warnings: [String]
}

/// Why a build wrote nothing.
public struct BuildFailure: Error, Sendable {
    public var messages: [String]

    init(_ messages: [String]) {
        self.messages = messages
    }
}

extension Compiler {
    /// Renders `plan` with every requested backend, then writes every file atomically. Nothing
    /// is written if any backend fails or returns a file name that is unsafe or taken twice.
    /// Returns the paths written, in the order the backends produced them, and backend warnings.
    public func build(_ plan: Plan, request: BuildRequest, writer: AtomicWriter = AtomicWriter()) -> Result<BuildResult, BuildFailure> {
        let directory = request.outputDirectory
        let fileSystem = self.fileSystem
        var files: [OutputFile] = []
        var owners: [String: String] = [:]
        var problems: [String] = []
        var warnings: [String] = []
        for backend in request.backends {
            let context = RenderContext(compilerVersion: RegimenVersion.current, buildTimestamp: request.buildTimestamp) { path in
                guard OutputPath.isSafe(path) else { return nil }
                return try? fileSystem.read(PathText.join(directory, path), limit: 64 << 20).get()
            }
            do {
                let output = try backend.render(plan, options: request.options[backend.name] ?? BackendOptionValues(), context: context)
                for diagnostic in output.diagnostics {
                    if diagnostic.severity == .error {
                        problems.append("backend `\(backend.name)`: \(diagnostic.message)")
                    } else {
                        warnings.append("backend `\(backend.name)`: \(diagnostic.message)")
                    }
                }
                for file in output.files {
                    guard OutputPath.isSafe(file.path) else {
                        problems.append("backend `\(backend.name)` returned the unsafe file name `\(OutputPath.quoted(file.path))`; names must be relative and stay inside the output folder")
                        continue
                    }
                    if let owner = owners[file.path] {
                        problems.append(owner == backend.name
                            ? "backend `\(backend.name)` returned the file name `\(file.path)` twice"
                            : "backend `\(backend.name)` and backend `\(owner)` both write `\(file.path)`")
                        continue
                    }
                    owners[file.path] = backend.name
                    files.append(file)
                }
            } catch {
                problems.append("backend `\(backend.name)`: \(error.message)")
            }
        }
        guard problems.isEmpty else { return .failure(BuildFailure(problems)) }
        // Never overwrite what someone else wrote or changed, unless forced.
        var manifest = OutputManifest(directory: directory, fileSystem: fileSystem)
        if !request.force {
            for file in files {
                let path = PathText.join(directory, file.path)
                guard fileSystem.kind(of: path) != .missing else { continue }
                if case .success(let existing) = fileSystem.read(path, limit: 1 << 30), manifest.wrote(file.path, contents: existing) { continue }
                problems.append("\(path) was not written by regimen, or was changed since (hand-edited?); move it away, or build with --force to overwrite it")
            }
            guard problems.isEmpty else { return .failure(BuildFailure(problems)) }
        }
        writer.removeStaleTemporaryFiles(in: Set(files.map { PathText.directory(of: PathText.join(directory, $0.path)) }))
        manifest.prune(directory: directory, fileSystem: fileSystem)
        // First a manifest that accepts the old and the new files, then the files, then a
        // manifest of the new files alone: a kill at any point leaves a folder that is accepted.
        var transition = manifest
        for file in files { transition.record(file.path, contents: file.contents, keepingOld: true) }
        for file in files { manifest.record(file.path, contents: file.contents) }
        let steps = [
            [OutputFile(path: OutputManifest.fileName, contents: transition.contents)],
            files,
            [OutputFile(path: OutputManifest.fileName, contents: manifest.contents)],
        ]
        for step in steps {
            if case .failure(let failure) = writer.write(step, into: directory) { return .failure(BuildFailure([failure.message])) }
        }
        return .success(BuildResult(paths: files.map { PathText.join(directory, $0.path) }, warnings: warnings))
    }
}

/// Rules for the relative paths backends give their files.
public enum OutputPath {
    /// The path with control characters shown as `\u{…}`, for messages.
    static func quoted(_ path: String) -> String {
        String(path.prefix(200)).unicodeScalars.map { $0.value < 0x20 || $0.value == 0x7F ? "\\u{\(String($0.value, radix: 16))}" : String($0) }.joined()
    }

    /// Relative, `/`-separated, no empty, `.` or `..` parts, no control characters, not hidden.
    public static func isSafe(_ path: String) -> Bool {
        guard path != OutputManifest.fileName else { return false }
        guard !path.isEmpty, !path.hasPrefix("/"), path.utf8.count <= 1024 else { return false }
        let parts = path.split(separator: "/", omittingEmptySubsequences: false)
        return parts.allSatisfy { part in
            !part.isEmpty && part != "." && part != ".." && !part.hasPrefix(".")
                && part.unicodeScalars.allSatisfy { $0.value >= 0x20 && $0 != "\\" && $0.value != 0x7F }
        }
    }
}
