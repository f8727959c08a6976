#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Every entry of a site folder, sorted into the files Regimen wrote (and nobody changed since)
/// and everything else: files neither in the manifest nor in the site's state (or changed since),
/// links and special files. Regimen's own hidden files at the top (the manifest, a stage) are
/// left out.
struct SiteScan {
    let folder: OutputFolder
    /// True for a file Regimen wrote and nobody changed, by relative path and contents.
    let isKnown: (String, [UInt8]) -> Bool
    /// Stops after this many entries, so a huge folder cannot hang a publish.
    var limit = 100_000

    /// The foreign entries, as paths relative to the site, sorted, and the digest of each file
    /// Regimen wrote, by path; at most `limit` entries looked at.
    func entries() -> (foreign: [String], known: [String: String]) {
        var foreign: [String] = []
        var known: [String: String] = [:]
        var looked = 0
        var pending: [[String]] = [[]]
        while let parts = pending.popLast() {
            guard case .success(let descriptor) = folder.openFolder(parts[...]) else {
                foreign.append(parts.joined(separator: "/") + "/")
                continue
            }
            defer { close(descriptor) }
            for name in FileSystem.entries(of: descriptor) {
                looked += 1
                guard looked <= limit else { return (foreign.sorted() + ["… (more than \(limit) entries; stopped looking)"], known) }
                if parts.isEmpty, name.hasPrefix(".regimen-") { continue }
                let path = (parts + [name]).joined(separator: "/")
                switch OutputFolder.kind(of: name, in: descriptor) {
                case .directory:
                    pending.append(parts + [name])
                case .file:
                    if let bytes = folder.readFile(path, limit: 64 << 20), isKnown(path, bytes) {
                        known[path] = OutputManifest.digest(bytes)
                    } else {
                        foreign.append(path)
                    }
                case .missing:
                    continue
                default:
                    foreign.append(path)
                }
            }
        }
        return (foreign.sorted(), known)
    }
}
