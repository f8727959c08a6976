#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import ProgramSpec
import RegimenPlan

/// Writes a set of output files so that a failure or a kill at any point leaves each file either
/// as it was or completely new: every file goes to a temporary file in its destination folder,
/// is flushed to disk, and only when all are written are they renamed into place.
public struct AtomicWriter: Sendable {
    public var fileSystem: FileSystem
    /// Called between renames; tests use it to inject a failure part-way through.
    public var beforeRename: @Sendable (String) -> Bool

    public init(fileSystem: FileSystem = FileSystem(), beforeRename: @escaping @Sendable (String) -> Bool = { _ in true }) {
        self.fileSystem = fileSystem
        self.beforeRename = beforeRename
    }

    public struct Failure: Error, Sendable {
        public var message: String
    }

    /// Writes `files` under `directory`. Paths must already be validated as relative and inside.
    public func write(_ files: [OutputFile], into directory: String) -> Result<Void, Failure> {
        var staged: [(temporary: String, final: String)] = []
        func discard() {
            for entry in staged { unlink(entry.temporary) }
        }
        for file in files {
            let final = PathText.join(directory, file.path)
            let folder = PathText.directory(of: final)
            if case .failure(let error) = fileSystem.createDirectory(folder) {
                discard()
                return .failure(Failure(message: error.message))
            }
            switch writeTemporary(file.contents, besides: final) {
            case .success(let temporary):
                staged.append((temporary, final))
            case .failure(let failure):
                discard()
                return .failure(failure)
            }
        }
        for (index, entry) in staged.enumerated() {
            guard beforeRename(entry.final) else {
                for rest in staged[index...] { unlink(rest.temporary) }
                return .failure(Failure(message: "stopped before writing \(entry.final)"))
            }
            guard rename(entry.temporary, entry.final) == 0 else {
                let reason = FileSystem.errorText(errno)
                for rest in staged[index...] { unlink(rest.temporary) }
                return .failure(Failure(message: "cannot write \(entry.final): \(reason)"))
            }
        }
        syncDirectories(Set(staged.map { PathText.directory(of: $0.final) }))
        return .success(())
    }

    /// Removes temporary files a killed earlier build left behind (`.NAME.regimen-XXXXXX`).
    public func removeStaleTemporaryFiles(in folders: Set<String>) {
        for folder in folders {
            for name in fileSystem.contents(of: folder) ?? [] where Self.isTemporaryName(name) {
                unlink(PathText.join(folder, name))
            }
        }
    }

    static func isTemporaryName(_ name: String) -> Bool {
        name.hasPrefix(".") && name.suffix(15).hasPrefix(".regimen-")
    }

    private func writeTemporary(_ contents: [UInt8], besides final: String) -> Result<String, Failure> {
        let folder = PathText.directory(of: final)
        let name = final.split(separator: "/").last.map(String.init) ?? "output"
        var template = Array(PathText.join(folder, ".\(name).regimen-XXXXXX").utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard descriptor >= 0 else {
            return .failure(Failure(message: "cannot write in \(folder): \(FileSystem.errorText(errno))"))
        }
        let temporary = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        var written = 0
        while written < contents.count {
            let count = contents.withUnsafeBytes { buffer in
                systemWrite(descriptor, buffer.baseAddress.map { $0 + written }, contents.count - written)
            }
            if count < 0, errno == EINTR { continue }
            guard count > 0 else {
                let reason = FileSystem.errorText(errno)
                close(descriptor)
                unlink(temporary)
                return .failure(Failure(message: "cannot write \(final): \(reason)"))
            }
            written += count
        }
        fchmod(descriptor, 0o644)
        let synced = fsync(descriptor) == 0
        close(descriptor)
        guard synced else {
            unlink(temporary)
            return .failure(Failure(message: "cannot flush \(final) to disk: \(FileSystem.errorText(errno))"))
        }
        return .success(temporary)
    }

    private func syncDirectories(_ folders: Set<String>) {
        for folder in folders {
            let descriptor = open(folder, O_RDONLY | O_DIRECTORY)
            if descriptor >= 0 {
                fsync(descriptor)
                close(descriptor)
            }
        }
    }
}
