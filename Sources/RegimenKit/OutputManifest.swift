import ProgramSpec
import RegimenPlan

/// `.regimen-manifest` in an output folder: every file Regimen wrote there, with a digest of
/// what it wrote and the backend that wrote it. A build refuses to overwrite a file that is not
/// in the manifest or no longer matches its digest (a hand-edited card, say), or that another
/// backend wrote, unless told to with `--force`.
///
/// The manifest is the last thing a build writes: it changes only once every file is in place.
struct OutputManifest: Equatable {
    static let fileName = ".regimen-manifest"
    /// The line that marks the current format (digest, backend, path); manifests without it
    /// list digest and path only, and their files have no known backend.
    static let formatLine = "# format 2: digest backend path"

    struct Entry: Equatable {
        var digest: String
        /// The backend that wrote the file, when known.
        var owner: String?
    }

    private(set) var entries: [String: Entry] = [:]

    init() {}

    /// Reads a manifest's bytes; an unreadable or missing one counts as empty.
    init(bytes: [UInt8]?) {
        guard let bytes else { return }
        let lines = String(decoding: bytes, as: UTF8.self).split(separator: "\n")
        let withOwners = lines.contains { $0 == Self.formatLine }
        for line in lines where !line.hasPrefix("#") {
            let parts = line.split(separator: " ", maxSplits: withOwners ? 2 : 1, omittingEmptySubsequences: false)
            guard parts.count == (withOwners ? 3 : 2), parts[0].hasPrefix("fnv1a64:"), !parts[parts.count - 1].isEmpty else { continue }
            entries[String(parts[parts.count - 1])] = Entry(digest: String(parts[0]), owner: withOwners && parts[1] != "-" ? String(parts[1]) : nil)
        }
    }

    /// True when `digest` is that of what Regimen wrote at `path`.
    func wrote(_ path: String, digest: String) -> Bool {
        entries[path]?.digest == digest
    }

    /// The backend that wrote `path`, when the manifest knows.
    func owner(of path: String) -> String? {
        entries[path]?.owner
    }

    mutating func record(_ path: String, digest: String, owner: String) {
        entries[path] = Entry(digest: digest, owner: owner)
    }

    /// Keeps only the entries for which `exists` holds (files since removed are dropped).
    mutating func prune(keeping exists: (String) -> Bool) {
        entries = entries.filter { exists($0.key) }
    }

    var contents: [UInt8] {
        var text = "# Written by regimen: the files it wrote in this folder, each with a digest of what it\n"
        text += "# wrote and the backend that wrote it, so that it never overwrites a file someone has\n"
        text += "# changed, nor one backend's file with another's. Do not edit.\n"
        text += Self.formatLine + "\n"
        for (path, entry) in entries.sorted(by: { $0.key < $1.key }) {
            text += "\(entry.digest) \(entry.owner ?? "-") \(path)\n"
        }
        return Array(text.utf8)
    }

    /// 64-bit FNV-1a, as `fnv1a64:` and 16 hex digits: enough to notice an edit, not a security measure.
    static func digest(_ bytes: [UInt8]) -> String {
        var digest = Digest()
        digest.add(bytes)
        return digest.text
    }

    /// FNV-1a over bytes given in pieces.
    struct Digest {
        private var hash: UInt64 = 0xcbf2_9ce4_8422_2325

        mutating func add(_ bytes: some Sequence<UInt8>) {
            for byte in bytes {
                hash ^= UInt64(byte)
                hash = hash &* 0x0000_0100_0000_01b3
            }
        }

        var text: String { "fnv1a64:" + Padded.hex(hash, 16).lowercased() }
    }
}
