import Diagnostics
import ProgramSpec
import RegimenPlan

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
