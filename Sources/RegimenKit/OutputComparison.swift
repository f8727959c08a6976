#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Files in the output folder read a chunk at a time, never whole (a JSON plan of a large roster
/// can be larger than a build should hold in memory): their digest, and whether a staged file or
/// new contents hold the same bytes.
enum OutputComparison {
    static let chunkSize = 1 << 20

    static func same(staged name: String, in stage: Stage, as parts: [String], in folder: OutputFolder) -> Bool {
        let new = openat(stage.descriptor, name, O_RDONLY | O_NOFOLLOW | O_CLOEXEC)
        guard new >= 0 else { return false }
        defer { close(new) }
        guard case .success(let old) = folder.openBeneath(parts[...], flags: O_RDONLY | O_NONBLOCK | O_NOCTTY) else { return false }
        defer { close(old) }
        var newInfo = stat(), oldInfo = stat()
        guard fstat(new, &newInfo) == 0, fstat(old, &oldInfo) == 0, OutputFolder.kind(mode: oldInfo.st_mode) == .file,
              newInfo.st_size == oldInfo.st_size else { return false }
        var left = [UInt8](repeating: 0, count: chunkSize), right = left
        while true {
            guard let count = fill(&left, from: new), fill(&right, from: old) == count else { return false }
            if count == 0 { return true }
            guard left[..<count] == right[..<count] else { return false }
        }
    }

    /// The digest of the regular file at `parts` in the folder, read a chunk at a time, and whether
    /// it holds exactly `contents`; `nil` when it cannot be read.
    static func examine(_ parts: [String], in folder: OutputFolder, against contents: [UInt8]?) -> (digest: String, same: Bool)? {
        guard case .success(let file) = folder.openBeneath(parts[...], flags: O_RDONLY | O_NONBLOCK | O_NOCTTY) else { return nil }
        defer { close(file) }
        var info = stat()
        guard fstat(file, &info) == 0, OutputFolder.kind(mode: info.st_mode) == .file else { return nil }
        var digest = OutputManifest.Digest()
        var same = contents.map { Int(info.st_size) == $0.count } ?? false
        var offset = 0
        var buffer = [UInt8](repeating: 0, count: chunkSize)
        while true {
            guard let count = fill(&buffer, from: file) else { return nil }
            if count == 0 { return (digest.text, same && offset == contents?.count) }
            digest.add(buffer[..<count])
            if same, let contents {
                same = offset + count <= contents.count && buffer[..<count].elementsEqual(contents[offset..<(offset + count)])
            }
            offset += count
        }
    }

    /// Reads up to a whole buffer; the bytes read (0 at the end), or `nil` on an error.
    private static func fill(_ buffer: inout [UInt8], from descriptor: Int32) -> Int? {
        var filled = 0
        while filled < buffer.count {
            let read = buffer.withUnsafeMutableBytes { systemRead(descriptor, $0.baseAddress.map { $0 + filled }, $0.count - filled) }
            if read < 0, errno == EINTR { continue }
            guard read >= 0 else { return nil }
            if read == 0 { break }
            filled += read
        }
        return filled
    }
}
