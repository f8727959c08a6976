import Publish

/// `regimen-site-state.txt` in the coach's folder of a published site: when it was published and
/// every file the publication wrote, with its digest. A fresh checkout that syncs the site down
/// (without the hidden `.regimen-manifest`, which sync tools and static hosts often skip) still
/// knows which files are Regimen's, so it publishes over them, carrying each feed's `SEQUENCE`
/// and `DTSTAMP` forward, and refuses anything else. It sits in the coach's unguessable folder,
/// because it names every athlete's.
struct SiteState: Equatable {
    static let fileName = "regimen-site-state.txt"
    static let formatLine = "# regimen site state, format 1: digest path"

    /// Digests by path, relative to the site.
    var files: [String: String] = [:]
    var publishedAt: Int64?

    init() {}

    /// Reads a state file; `nil` when the bytes are not one.
    init?(bytes: [UInt8]) {
        let lines = String(decoding: bytes, as: UTF8.self).split(separator: "\n")
        guard lines.contains(where: { $0 == Self.formatLine }) else { return nil }
        for line in lines where !line.hasPrefix("#") {
            let parts = line.split(separator: " ", maxSplits: 1)
            guard parts.count == 2 else { continue }
            if parts[0] == "published" {
                publishedAt = Int64(parts[1])
            } else if parts[0].hasPrefix("fnv1a64:"), OutputPath.isSafe(String(parts[1])) {
                files[String(parts[1])] = String(parts[0])
            }
        }
    }

    var contents: [UInt8] {
        var text = "# Written by regimen publish: the files of this site, so that publishing again from a\n"
        text += "# fresh checkout that synced the site down knows them. Do not edit; do not publish it elsewhere.\n"
        text += Self.formatLine + "\n"
        if let publishedAt { text += "published \(publishedAt)\n" }
        for (path, digest) in files.sorted(by: { $0.key < $1.key }) { text += "\(digest) \(path)\n" }
        return Array(text.utf8)
    }
}
