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
    /// Overwrite files Regimen did not write (or that were changed since it wrote them), and
    /// replace symbolic links and files that stand where a file or folder goes.
    public var force: Bool
    /// The most bytes one build may write, over all its files.
    public var sizeLimit: Int
    /// The program being built, for messages.
    public var program: String

    /// 8 GiB: twice the largest plan the limits allow (250,000 dated sessions), through every backend.
    public static let defaultSizeLimit = 8 << 30

    public init(
        backends: [any Backend], options: [String: BackendOptionValues] = [:], outputDirectory: String,
        buildTimestamp: Int64? = nil, force: Bool = false, sizeLimit: Int = BuildRequest.defaultSizeLimit, program: String = "the program"
    ) {
        self.backends = backends
        self.options = options
        self.outputDirectory = outputDirectory
        self.buildTimestamp = buildTimestamp
        self.force = force
        self.sizeLimit = sizeLimit
        self.program = program
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
    public enum Kind: Sendable {
        /// The build's files were refused: a backend failed, or a file may not be written (exit 1).
        case refused
        /// The output folder cannot be written: no space, file too large, no permission (exit 2).
        case cannotWrite
    }

    public var messages: [String]
    public var kind: Kind
    /// What could not be put back after a failure, if anything.
    public var notes: [String] = []

    init(_ messages: [String]) {
        self.messages = messages
        kind = .refused
    }

    init(cannotWrite message: String, notes: [String] = []) {
        messages = [message]
        kind = .cannotWrite
        self.notes = notes
    }
}

/// Test hooks for a build's writing.
public struct WriteHooks: Sendable {
    var hooks: OutputTransaction.Hooks

    /// `beforeStep` is called with each step of the commit in words ("writing NAME", "writing the
    /// manifest"); returning `false` fails that step.
    public init(beforeStep: @escaping @Sendable (String) -> Bool = { _ in true }) {
        hooks = OutputTransaction.Hooks(beforeStep: beforeStep)
    }
}

extension Compiler {
    /// Renders `plan` with every requested backend and writes every file, all or nothing: nothing
    /// in the folder changes if any backend fails, returns a file name that is unsafe or taken
    /// twice, or any write fails. Returns the paths written, in the order the backends produced
    /// them, and backend warnings. Without a `session`, the folder is opened and locked for this
    /// build alone.
    public func build(
        _ plan: Plan, request: BuildRequest, session given: OutputSession? = nil, hooks: WriteHooks = WriteHooks()
    ) -> Result<BuildResult, BuildFailure> {
        let session: OutputSession
        if let given {
            session = given
        } else {
            switch OutputSession.open(request.outputDirectory) {
            case .success(let opened): session = opened
            case .failure(let failure): return .failure(failure)
            }
        }
        let folder = session.folder
        let transaction = OutputTransaction(folder: folder, force: request.force, sizeLimit: request.sizeLimit,
                                            claimed: session.claimed, hooks: hooks.hooks)
        var warnings: [String] = []
        for backend in request.backends {
            let context = RenderContext(compilerVersion: RegimenVersion.current, buildTimestamp: request.buildTimestamp) { path in
                OutputPath.isSafe(path) ? folder.readFile(path, limit: 64 << 20) : nil
            }
            do {
                let output = try backend.render(plan, options: request.options[backend.name] ?? BackendOptionValues(), context: context)
                for diagnostic in output.diagnostics {
                    if diagnostic.severity == .error {
                        transaction.refuse("backend `\(backend.name)`: \(diagnostic.message)")
                    } else {
                        warnings.append("backend `\(backend.name)`: \(diagnostic.message)")
                    }
                }
                for file in output.files { transaction.add(file, backend: backend.name) }
            } catch {
                transaction.refuse("backend `\(backend.name)`: \(error.message)")
            }
        }
        switch transaction.commit() {
        case .success(let paths):
            session.claim(paths, by: request.program)
            return .success(BuildResult(paths: paths.map(folder.shown), warnings: warnings))
        case .failure(let failure):
            return .failure(failure)
        }
    }
}

/// Rules for the relative paths backends give their files.
public enum OutputPath {
    /// The path with control characters shown as `\u{…}`, for messages.
    static func quoted(_ path: String) -> String {
        String(path.prefix(200)).unicodeScalars.map { $0.value < 0x20 || $0.value == 0x7F ? "\\u{\(String($0.value, radix: 16))}" : String($0) }.joined()
    }

    /// Relative, `/`-separated, no empty, `.` or `..` parts, no control characters, not hidden
    /// (so never the manifest or the stage).
    public static func isSafe(_ path: String) -> Bool {
        guard !path.isEmpty, !path.hasPrefix("/"), path.utf8.count <= 1024 else { return false }
        let parts = path.split(separator: "/", omittingEmptySubsequences: false)
        return parts.allSatisfy { part in
            !part.isEmpty && part != "." && part != ".." && !part.hasPrefix(".")
                && part.unicodeScalars.allSatisfy { $0.value >= 0x20 && $0 != "\\" && $0.value != 0x7F }
        }
    }
}
