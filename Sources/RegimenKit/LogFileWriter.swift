#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import ProgramSpec

/// Replaces one training log in place, atomically (`regimen log`): the new contents go to a
/// temporary file beside it, are flushed to disk with the file's permissions, and are renamed over
/// it, so that a failure or a kill leaves the log either as it was or completely new. A log is the
/// user's own file, next to their program, so this is not the output folder's transaction.
enum LogFileWriter {
    static func replace(_ path: String, with contents: [UInt8], mode: mode_t) -> Result<Void, BuildFailure> {
        let folder = PathText.directory(of: path)
        let name = String(path.split(separator: "/").last ?? Substring(path))
        let temporary = PathText.join(folder, ".\(name).regimen-\(getpid()).tmp")
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, mode)
        guard descriptor >= 0 else {
            return .failure(BuildFailure(cannotWrite: "cannot write \(path): \(WriteError.text(errno))"))
        }
        var failure = WriteError.writeAll(contents, to: descriptor)
        if failure == nil, fchmod(descriptor, mode) != 0 || fsync(descriptor) != 0 { failure = errno }
        close(descriptor)
        if failure == nil, rename(temporary, path) != 0 { failure = errno }
        if let failure {
            unlink(temporary)
            return .failure(BuildFailure(cannotWrite: "cannot write \(path): \(WriteError.text(failure))"))
        }
        let folderDescriptor = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if folderDescriptor >= 0 {
            fsync(folderDescriptor)
            close(folderDescriptor)
        }
        return .success(())
    }
}
