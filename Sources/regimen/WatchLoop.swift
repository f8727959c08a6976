#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import RegimenKit

/// `--watch`: runs a command, then runs it again whenever a file it read changes, until the
/// process is stopped (Ctrl-C). Files are polled twice a second (`FileWatch`).
enum WatchLoop {
    static let interval: useconds_t = 500_000

    /// Runs `job`, which returns the paths to watch (the files it read and the paths it was
    /// given); a failure of the job is its output, not the end of the watch. Never returns.
    /// `paths` (the paths given) are watched while the first run reads them: a file saved while
    /// a run is under way starts the next run as soon as it ends.
    static func run(watching paths: [String], _ job: () -> [String]) -> Never {
        let errorOutput = Terminal.standardError
        var watched = paths
        while true {
            let before = FileWatch(watched)
            var watch = FileWatch(job())
            watch.takeStamps(from: before)
            watched = watch.paths
            errorOutput.write("regimen: watching \(watch.paths.count) file\(watch.paths.count == 1 ? "" : "s") for changes; Ctrl-C stops\n")
            var changed: String?
            while changed == nil {
                usleep(interval)
                changed = watch.changed()
                // Let a save in progress finish: wait until nothing changes for one more interval.
                while changed != nil, (usleep(interval / 5), watch.changed()).1 != nil {}
            }
            errorOutput.write("regimen: \(changed ?? "a file") changed\n")
        }
    }
}
