import ProgramSpec
import RegimenPlan

/// `.regimen-manifest` in an output folder: every file Regimen wrote there, with a digest of
/// what it wrote. A build refuses to overwrite a file that is not in the manifest or no longer
/// matches its digest (a hand-edited card, say), unless told to with `--force`.
///
/// While a build replaces files, the manifest lists both the old and the new digest of each, so
/// that a build killed half-way leaves a folder the next build accepts.
struct OutputManifest {
    static let fileName = ".regimen-manifest"

    /// Accepted digests by relative path.
    private(set) var digests: [String: Set<String>] = [:]

    init() {}

    /// Reads the manifest in `directory`; an unreadable one counts as empty.
    init(directory: String, fileSystem: FileSystem) {
        guard case .success(let bytes) = fileSystem.read(PathText.join(directory, Self.fileName), limit: 16 << 20) else { return }
        for line in String(decoding: bytes, as: UTF8.self).split(separator: "\n") where !line.hasPrefix("#") {
            let parts = line.split(separator: " ", maxSplits: 2, omittingEmptySubsequences: true)
            if parts.count == 2 { digests[String(parts[1]), default: []].insert(String(parts[0])) }
        }
    }

    /// Records what is about to be written at `path`; with `keepingOld`, the digests recorded
    /// before stay accepted too (for the time the files are being replaced).
    mutating func record(_ path: String, contents: [UInt8], keepingOld: Bool = false) {
        let digest = Self.digest(contents)
        if keepingOld { digests[path, default: []].insert(digest) } else { digests[path] = [digest] }
    }

    /// True when `contents` is what Regimen wrote at `path`.
    func wrote(_ path: String, contents: [UInt8]) -> Bool {
        digests[path]?.contains(Self.digest(contents)) ?? false
    }

    /// Drops entries whose files no longer exist.
    mutating func prune(directory: String, fileSystem: FileSystem) {
        digests = digests.filter { fileSystem.kind(of: PathText.join(directory, $0.key)) == .file }
    }

    var contents: [UInt8] {
        var text = "# Written by regimen: the files it wrote in this folder, each with a digest of what it\n"
        text += "# wrote, so that it never overwrites a file someone has changed. Do not edit.\n"
        for (path, accepted) in digests.sorted(by: { $0.key < $1.key }) {
            for digest in accepted.sorted() { text += "\(digest) \(path)\n" }
        }
        return Array(text.utf8)
    }

    /// 64-bit FNV-1a, as `fnv1a64:` and 16 hex digits: enough to notice an edit, not a security measure.
    static func digest(_ bytes: [UInt8]) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        return "fnv1a64:" + Padded.hex(hash, 16).lowercased()
    }
}
